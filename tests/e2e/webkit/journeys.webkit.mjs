// The journeys that matter most in Safari's engine, in WebKitGTK's MiniBrowser through
// WebKitWebDriver: load, first use in three steps, form controls by keyboard, the keyboard
// journey (profile → plan → move a workout → log it → export from "Your data"), a start date
// typed into WebKit's date field, drag and drop of a workout card, foods and a supplement with
// their results, export → import through the real file input, a language switch over every tab,
// axe-core, Today's guided workout on a fake clock (a timed hold and its rest, Too hard, the log,
// then Pain on a second run), and screenshots at 360 px (Today) and 1280 px (Week). The journey
// code is the Chromium/Firefox suite's own (../lib/widget.mjs, ../lib/journey.mjs) over a
// WebDriver page. What cannot run here is a skipped test with its reason.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, ARTIFACTS, waitFor } from '../lib/harness.mjs';
import {
  startPlannerServer, inRoot, waitForWidget, makePlan, readWeek, readFindings, waitForFinding, focused, tabUntil,
  recordDownloads, takeDownloads, w1BreakingMove, dragWorkout, overflowing, axe, formatViolations, showTab, widgetElement,
} from '../lib/widget.mjs';
import { importFile, addFood, addSupplement, visibleText } from '../lib/journey.mjs';
import { guided, click, planOf, advance, nextUntil } from '../lib/guided.mjs';
import { useWebKit, skipReason, assertNoProblems, SUITE_TIMEOUT } from './lib/webkit.mjs';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TABS = ['today', 'week', 'food', 'data'];
/** The fixture page whose Date is replaced before any script runs (see fixtures/fake-clock.js). */
const CLOCK_PAGE = 'fixtures/today-clock.html';
/** Monday 30 November 2026, 9:00 local time: a strength day in week 1 of the default plan. */
const MONDAY = '2026-11-30T09:00';
// UPDATE_SCREENSHOTS=1 also copies the two screenshots over docs/screenshot-webkit-*.png.
const UPDATE_DOCS = process.env.UPDATE_SCREENSHOTS === '1';

async function waitStep(label, page, fn, arg) {
  try {
    return await waitFor(page, fn, arg);
  } catch (err) {
    throw new Error(`${label}: ${err.message}`);
  }
}

/** The session ids of each day of week 1, from the element's data. */
const weekOneIds = (page) => page.evaluate(() => Object.fromEntries(document.querySelector('osteo-plan').data.plan.weeks[0].days
  .map((d) => [d.day, d.sessions.map((s) => s.id)])));

/** The open tab and which tab panels are on screen. */
const tabState = (page) => inRoot(page, (root) => ({
  selected: root.querySelector('[role=tab][aria-selected=true]')?.dataset.tab ?? null,
  shown: [...root.querySelectorAll('[role=tabpanel]')].filter((p) => !p.hidden && p.getClientRects().length).map((p) => p.getAttribute('part')),
}));

async function typeInto(page, value) {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}

describe('journeys in WebKit', { skip: skipReason(), timeout: SUITE_TIMEOUT }, () => {
  const env = useWebKit(startPlannerServer);
  let dir;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'osteoplan-webkit-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function open(path = '') {
    const { page } = env;
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${env.server.url}${path}`);
    await waitForWidget(page);
    return page;
  }

  test('load: the demo renders the schedule and the calculator with no error', async (t) => {
    const page = await open();
    const shown = await inRoot(page, (root) => ({
      heading: root.querySelector('h2')?.textContent ?? null,
      profile: Boolean(root.querySelector('form button[type=submit]')),
      calculator: Boolean(root.querySelector('.calc [role=combobox]')),
    }));
    assert.ok(shown.heading, 'the widget has a heading');
    assert.ok(shown.profile && shown.calculator, `both sections render: ${JSON.stringify(shown)}`);
    // The tab bar: Today, Week, Food, Your data; with no plan yet, Week is open and alone on screen.
    const tabs = await inRoot(page, (root) => [...root.querySelectorAll('[role=tablist] [role=tab]')].map((b) => [b.dataset.tab, b.textContent]));
    assert.deepEqual(tabs, [['today', 'Today'], ['week', 'Week'], ['food', 'Food'], ['data', 'Your data']]);
    assert.deepEqual(await tabState(page), { selected: 'week', shown: ['schedule'] });
    await showTab(page, 'food');
    assert.deepEqual(await tabState(page), { selected: 'food', shown: ['calculator'] });
    const engine = await page.evaluate(() => ({
      ua: navigator.userAgent,
      compression: typeof CompressionStream, decompression: typeof DecompressionStream,
      dialog: typeof HTMLDialogElement, wakeLock: 'wakeLock' in navigator, vibrate: typeof navigator.vibrate,
    }));
    assert.match(engine.ua, /AppleWebKit\/605/);
    t.diagnostic(`WebKit: ${engine.ua}; CompressionStream ${engine.compression}, DecompressionStream ${engine.decompression}, dialog ${engine.dialog}, Wake Lock ${engine.wakeLock}, vibrate ${engine.vibrate}`);
    await assertNoProblems(page);
  });

  test('first use: three steps, then a profile typed into the form makes a 12-week plan that honours it', async () => {
    const page = await open();
    const step = () => inRoot(page, (root) => ({
      title: root.querySelector('[data-focus=p-step]').textContent,
      shown: [...root.querySelectorAll('form [data-step]')].filter((x) => !x.hidden && x.getClientRects().length).map((x) => x.dataset.step),
    }));
    assert.deepEqual(await step(), { title: 'Step 1 of 3: You', shown: ['0'] });
    await click(page, 'p-next');
    assert.deepEqual(await step(), { title: 'Step 2 of 3: Your time and equipment', shown: ['1'] });
    await click(page, 'p-next');
    assert.deepEqual(await step(), { title: 'Step 3 of 3: Safety questions', shown: ['2'] });
    await click(page, 'p-back');
    assert.deepEqual((await step()).shown, ['1']);
    await inRoot(page, (root) => {
      const set = (sel, v) => {
        const el = root.querySelector(sel);
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      set('input[name=age]', '64');
      const sat = root.querySelector('[data-focus=p-day-sat]');
      if (sat.checked) sat.click();
    });
    await click(page, 'p-next');
    await makePlan(page);
    assert.deepEqual(await tabState(page), { selected: 'week', shown: ['schedule'] }, 'the new plan opens in Week');
    assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=profile-summary]')?.textContent ?? ''), /^64 years · 5 days a week/, 'the profile is one line');
    const week = await readWeek(page);
    assert.match(week.heading, /^Week 1 of 12/);
    assert.equal(week.days.length, 7);
    assert.equal(week.days.find((d) => d.day === 'sat').sessions.length, 0, 'Saturday was taken out');
    assert.ok(week.days.some((d) => d.sessions.some((s) => s.kind === 'resistance')), 'the week has strength work');
    const data = await page.evaluate(() => document.querySelector('osteo-plan').data);
    assert.equal(data.profile.age, 64);
    assert.equal(data.plan.weeks.length, 12);
    await assertNoProblems(page);
  });

  test('form controls by keyboard in WebKit: select, radio, range, number and the food combobox', async () => {
    const page = await open();
    const profile = () => page.evaluate(() => {
      const p = document.querySelector('osteo-plan').data.profile;
      return { sex: p.sex, level: p.fitnessLevel, pain: p.jointPain, age: p.age };
    });
    const focus = (key) => inRoot(page, (root, k) => root.querySelector(`[data-focus="${k}"]`).focus(), key);
    assert.deepEqual(await profile(), { sex: 'female', level: 'beginner', pain: 0, age: 60 });
    await focus('p-sex');
    await page.keyboard.press('ArrowDown');
    await waitStep('select changed', page, () => document.querySelector('osteo-plan').data.profile.sex === 'male');
    await focus('p-level-beginner');
    await page.keyboard.press('ArrowDown');
    await waitStep('radio changed', page, () => document.querySelector('osteo-plan').data.profile.fitnessLevel === 'intermediate');
    assert.equal((await focused(page))?.key, 'p-level-intermediate');
    await focus('p-age');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await waitStep('number changed', page, () => document.querySelector('osteo-plan').data.profile.age === 61);
    // The pain slider is on the third first-use step: "Next" twice, by keyboard.
    for (let i = 0; i < 2; i++) {
      await focus('p-next');
      await page.keyboard.press('Enter');
    }
    await waitStep('third step shown', page, () => !document.querySelector('osteo-plan').shadowRoot.querySelector('form [data-step="2"]').hidden);
    await focus('p-jointPain');
    assert.equal((await focused(page))?.key, 'p-jointPain', 'the slider takes focus');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitStep('range changed', page, () => document.querySelector('osteo-plan').data.profile.jointPain === 3);
    assert.equal(await inRoot(page, (root) => root.querySelector('.pain-value').textContent), '3', 'the shown value follows the slider');
    assert.deepEqual(await profile(), { sex: 'male', level: 'intermediate', pain: 3, age: 61 });
    // The food search, in the Food tab: type, arrow to the first result, Enter picks it and moves on to the amount.
    await showTab(page, 'food');
    await inRoot(page, (root) => root.querySelector('.calc [role=combobox]').focus());
    await page.keyboard.type('milk');
    await waitStep('results listed', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=option]'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitStep('food picked', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=combobox]').getAttribute('aria-expanded') === 'false');
    assert.match(await inRoot(page, (root) => root.querySelector('.calc [role=combobox]').value), /milk/i);
    assert.match((await focused(page))?.key ?? '', /amount-kind$/, 'focus moves on to the amount');
    await assertNoProblems(page);
  });

  test('keyboard only: profile in three steps → plan → move a workout → log it → export', async () => {
    const page = await open();
    await recordDownloads(page);
    await tabUntil(page, (f) => f.key === 'p-age');
    await typeInto(page, '67');
    // First use is three steps; "Next" shows the next one and takes focus to its title.
    const next = async () => {
      await tabUntil(page, (f) => f.key === 'p-next');
      await page.keyboard.press('Enter');
      assert.equal((await focused(page))?.key, 'p-step');
    };
    await next();
    await tabUntil(page, (f) => f.key === 'p-day-sat');
    await page.keyboard.press(' ');
    await next();
    await tabUntil(page, (f) => f.key === 'p-flag-osteoporosis');
    await page.keyboard.press(' ');
    const generate = await tabUntil(page, (f) => f.key === 'p-generate');
    assert.equal(generate.text, 'Make my 12-week plan');
    await page.keyboard.press('Enter');
    await waitStep('plan drawn', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ol.week li.day'));
    assert.equal((await focused(page))?.key, 'schedule-heading', 'focus goes to the new schedule');
    assert.deepEqual(await tabState(page), { selected: 'week', shown: ['schedule'] });
    const week = await readWeek(page);
    assert.equal(week.days.find((d) => d.day === 'sat').sessions.length, 0, 'Saturday was taken out');
    assert.equal(week.days.find((d) => d.day === 'sat').workout, null);

    // Move a whole workout: pick up with Enter, arrows to the day, Enter to drop. The second
    // strength day's workout goes to the day after the first: the two workouts swap.
    const move = w1BreakingMove(week);
    assert.ok(move, 'the plan has two strength workouts to move');
    const before = await weekOneIds(page);
    assert.ok(before[move.toDay].length, 'the target day has a workout (a swap)');
    await tabUntil(page, (f) => f.key === `move-${move.fromDay}`);
    await page.keyboard.press('Enter');
    const steps = ORDER.indexOf(move.toDay) - ORDER.indexOf(move.fromDay);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.keyboard.press('Enter');
    await waitStep('workout moved', page, (m) => [...document.querySelector('osteo-plan').shadowRoot
      .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
    const after = await weekOneIds(page);
    assert.deepEqual(after[move.toDay], before[move.fromDay], 'the whole workout moved');
    assert.deepEqual(after[move.fromDay], before[move.toDay], 'the two workouts swapped');
    assert.equal((await focused(page))?.key, `move-${move.toDay}`, 'focus follows the moved workout');
    await waitForFinding(page, 'W1');
    assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'W1 is shown after the move');

    // Open the moved workout and log it: reps of its first strength exercise, effort and pain.
    await tabUntil(page, (f) => f.key === `open-${move.toDay}`);
    await page.keyboard.press('Enter');
    await waitStep('detail focused', page, () => document.querySelector('osteo-plan').shadowRoot.activeElement?.getAttribute('data-focus') === 'detail-heading');
    const reps = await tabUntil(page, (f) => /^log-reps-\d+$/.test(f.key ?? ''));
    await typeInto(page, '12');
    await tabUntil(page, (f) => f.key === 'log-effort');
    await typeInto(page, '7');
    await tabUntil(page, (f) => f.key === 'log-pain');
    await typeInto(page, '2');
    await tabUntil(page, (f) => f.key === 'log-save');
    await page.keyboard.press('Enter');
    await waitStep('workout logged', page, (m) => document.querySelector('osteo-plan').shadowRoot
      .querySelector(`li.day[data-day=${m.toDay}] .workout .done-tag`), move);

    // "Your data" is a tab: back to the tab bar, arrows to the tab (it opens on focus), into the panel.
    await tabUntil(page, (f) => f.key === 'tab-week', { back: true });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitStep('Your data open', page, () => document.querySelector('osteo-plan').shadowRoot.activeElement?.getAttribute('data-focus') === 'tab-data');
    assert.deepEqual(await tabState(page), { selected: 'data', shown: ['data'] });
    await tabUntil(page, (f) => f.key === 'export');
    await page.keyboard.press('Enter');
    const [file] = await takeDownloads(page);
    const data = JSON.parse(file.text);
    assert.equal(data.profile.age, 67);
    assert.equal(data.profile.osteoporosis, true);
    assert.ok(!data.profile.availableDays.includes('sat'));
    const moved = data.plan.weeks[0].days.find((d) => d.day === move.toDay);
    assert.deepEqual(moved.sessions.map((s) => s.id), before[move.fromDay], 'the export has the move');
    // One log entry per part of the workout, each with the effort and pain typed.
    assert.deepEqual(data.plan.log.map((l) => l.sessionId).sort(), [...before[move.fromDay]].sort(), 'every part of the workout is logged');
    for (const l of data.plan.log) assert.deepEqual([l.effort, l.pain], [7, 2]);
    const exercises = moved.sessions.flatMap((s) => s.exercises);
    const typed = exercises[Number(reps.key.slice('log-reps-'.length))].exerciseId;
    assert.equal(data.plan.log.flatMap((l) => l.results).find((r) => r.exerciseId === typed)?.reps, 12, 'the reps typed are logged');
    await assertNoProblems(page);
  });

  test('plan start typed into WebKit\'s date field by keyboard: the week follows and focus stays where Tab took it', async () => {
    const page = await open();
    await makePlan(page);
    // Making the plan fixed its start at today: week 1 is this week. The date typed is next week's Monday.
    const label = (d) => `${d.toLocaleDateString('en', { weekday: 'long' })}${d.toLocaleDateString('en', { day: 'numeric', month: 'short' })}`;
    const now = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth(), new Date().getDate()]);
    const monday = new Date(now[0], now[1], now[2]);
    monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
    const nextMonday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
    const first = async () => (await readWeek(page)).days[0].title;
    assert.equal(await first(), label(monday), 'week 1 is this week');
    assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=start-date]').type), 'date', 'WebKit has a real date field');
    // WebKit's date field is three segments (month/day/year in English); Tab moves between them and
    // the typed date is committed (`change`) only when focus leaves the field.
    await inRoot(page, (root) => root.querySelector('[data-focus=start-date]').focus());
    await page.keyboard.type(String(nextMonday.getMonth() + 1).padStart(2, '0'));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(nextMonday.getDate()).padStart(2, '0'));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(nextMonday.getFullYear()));
    assert.equal(await first(), label(monday), 'nothing is committed while typing');
    await page.keyboard.press('Tab');
    await waitStep('week moved', page, (l) => document.querySelector('osteo-plan').shadowRoot.querySelector('li.day h4').textContent === l, label(nextMonday));
    assert.equal(await first(), label(nextMonday));
    assert.equal((await focused(page))?.key, 'ics', 'focus is on the next control, not back at the top of the page');
    const iso = `${nextMonday.getFullYear()}-${String(nextMonday.getMonth() + 1).padStart(2, '0')}-${String(nextMonday.getDate()).padStart(2, '0')}`;
    assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').data.startDate), iso);
    await assertNoProblems(page);
  });

  test('drag and drop moves a whole workout (DragEvents in the page); onto a training day the two swap', async () => {
    const page = await open();
    await makePlan(page);
    const week = await readWeek(page);
    const move = w1BreakingMove(week);
    assert.ok(move);
    const before = await weekOneIds(page);
    assert.ok(before[move.fromDay].length > 1 && before[move.toDay].length, 'a workout of several parts onto a training day');
    await dragWorkout(page, move);
    await waitStep('workout dropped', page, (m) => document.querySelector('osteo-plan').data.plan.weeks[0].days
      .find((d) => d.day === m.toDay).sessions[0]?.id === m.first, { ...move, first: before[move.fromDay][0] });
    const after = await weekOneIds(page);
    assert.deepEqual(after[move.toDay], before[move.fromDay], 'every part of the workout moved');
    assert.deepEqual(after[move.fromDay], before[move.toDay], 'the two workouts swapped');
    const shown = await readWeek(page);
    for (const day of [move.fromDay, move.toDay]) {
      assert.equal(await inRoot(page, (root, d) => root.querySelectorAll(`li.day[data-day=${d}] .workout`).length, day), 1, `${day}: one workout card`);
    }
    assert.deepEqual(shown.days.find((d) => d.day === move.toDay).sessions.map((x) => x.kind), week.days.find((d) => d.day === move.fromDay).sessions.map((x) => x.kind));
    await waitForFinding(page, 'W1');
    assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'W1 is shown after the drop');
    await assertNoProblems(page);
  });

  test('"Move", then "Move it here": a workout moved by two mouse clicks (WebDriver), no dragging', async () => {
    const page = await open();
    await makePlan(page);
    const move = w1BreakingMove(await readWeek(page));
    const before = await weekOneIds(page);
    const click = async (selector) => (await widgetElement(page, selector)).click();
    // WebKit does not focus a button on a click: pressing "Move it here" must not put the workout down first.
    await click(`[data-focus=move-${move.fromDay}]`);
    await waitStep('targets shown', page, () => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('.move-here').length === 6);
    await click(`[data-focus=move-here-${move.toDay}]`);
    await waitStep('workout moved', page, (m) => document.querySelector('osteo-plan').data.plan.weeks[0].days
      .find((d) => d.day === m.toDay).sessions[0]?.id === m.first, { ...move, first: before[move.fromDay][0] });
    assert.equal(await inRoot(page, (root) => root.querySelectorAll('.move-here').length), 0, 'the targets are gone');
    await assertNoProblems(page);
  });

  test('drag and drop with the mouse through WebDriver', {
    skip: 'WebKitGTK under WebDriver starts a drag (dragstart fires) but the GTK drag session never sees the synthetic pointer moves, so no dragover/drop: drag and drop is covered with DragEvents above, and the Move button by keyboard and by clicks',
  }, () => {});

  test('foods and a supplement: the list and the results follow, and export → import restores them', async () => {
    const page = await open();
    await makePlan(page);
    await showTab(page, 'food');
    const value = () => inRoot(page, (root) => root.querySelector('.calc [data-testid=value-calcium]').textContent);
    const empty = await value();
    assert.equal(await addFood(page, { query: 'milk', portion: 0, amount: 2 }), 1);
    assert.equal(await addFood(page, { query: 'cheese', pick: 1, portion: 'weight', amount: 40, per: 'week' }), 2);
    assert.equal(await addSupplement(page, { nutrient: 'vitaminD', amount: 800, unit: 'IU', per: 'day' }), 3);
    const after = await value();
    assert.notEqual(after, empty, 'the calcium result moved');
    assert.match(after, /^\d[\d,]* mg of [\d,]+ mg a day/);
    const data = await page.evaluate(() => document.querySelector('osteo-plan').data);
    assert.equal(data.intake.entries.length, 3);
    assert.deepEqual(data.intake.entries[2], { supplement: 'vitaminD', amount: 800, unit: 'IU', per: 'day' });
    // The results the person reads: each main nutrient's value shows the amount the core computes.
    const analysis = await page.evaluate(async (entries) => {
      const core = await (await import('/pkg/osteo-plan.js')).loadCore();
      const el = document.querySelector('osteo-plan');
      return core.analyzeIntake(el.data.profile, entries, { referenceSet: el.data.intake.referenceSet }).nutrients;
    }, data.intake.entries);
    const results = () => inRoot(page, (root) => Object.fromEntries([...root.querySelectorAll('.calc [data-testid^=value-]')]
      .map((e) => [e.dataset.testid.slice('value-'.length), e.textContent])));
    const shown = await results();
    for (const id of ['calcium', 'vitaminD', 'protein', 'magnesium', 'potassium']) {
      const n = analysis[id];
      const amount = new Intl.NumberFormat('en', { maximumFractionDigits: Math.abs(n.amount) >= 20 ? 0 : 1 }).format(n.amount);
      assert.ok(shown[id]?.includes(`${amount} ${n.unit}`), `${id}: "${shown[id]}" shows ${amount} ${n.unit}`);
    }

    await recordDownloads(page);
    await showTab(page, 'data');
    await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
    const [file] = await takeDownloads(page);
    assert.match(file.name, /^osteoplan-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(JSON.parse(file.text), data, 'the file is the element\'s data');

    // A fresh page, the file through the real <input type=file> (WebDriver sends the path).
    await page.reload();
    await waitForWidget(page);
    assert.equal(await inRoot(page, (root) => root.querySelectorAll('.entries > li').length), 0, 'a fresh widget (nothing remembered)');
    await showTab(page, 'data');
    await importFile(page, dir, file.text);
    await waitStep('file loaded', page, () => /loaded from the file/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
    assert.deepEqual(await page.evaluate(() => document.querySelector('osteo-plan').data), data, 'data deep-equal after the round trip');
    await showTab(page, 'food');
    assert.deepEqual(await results(), shown, 'the same results are shown');
    assert.equal(await inRoot(page, (root) => root.querySelectorAll('.entries > li').length), 3);
    await assertNoProblems(page);
  });

  test('language switch: en → es changes every visible text in every tab, keeps the plan, and back', async () => {
    const page = await open();
    await makePlan(page);
    await click(page, 'p-edit'); // the whole profile form on screen too
    /** The visible text of every tab in turn (one tab panel shows at a time), then back to Week. */
    const everyTab = async () => {
      const out = [];
      for (const tab of TABS) {
        await showTab(page, tab);
        out.push(await visibleText(page));
      }
      await showTab(page, 'week');
      return out.join(' ');
    };
    const en = await everyTab();
    for (const text of ['Week 1 of 12', 'Make my 12-week plan', 'Download my data', 'Workout settings', 'Add a food']) assert.ok(en.includes(text), `"${text}" is on screen in English`);
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
    await waitStep('Spanish applied', page, () => /Semana 1 de 12/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=week-heading]')?.textContent ?? ''));
    const es = await everyTab();
    for (const word of ['Week 1 of 12', 'Make my 12-week plan', 'Download my data', 'Workout settings', 'Add a food', 'Your data']) assert.ok(!es.includes(word), `"${word}" left in English`);
    assert.match(es, /Descargar mis datos/);
    assert.match(es, /Semana 1 de 12/);
    assert.match(es, /Crear mi plan de 12 semanas/);
    const week = await readWeek(page);
    assert.equal(week.days.length, 7, 'the plan stays');
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'en'));
    await waitStep('English again', page, () => /Week 1 of 12/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=week-heading]')?.textContent ?? ''));
    await assertNoProblems(page);
  });

  // One axe run, on the fullest page (the whole profile form, the plan, an open workout with an
  // exercise's alternatives), in Spanish (longer strings; the page mixes the two languages' lang
  // attributes): an axe run takes 10-25 s in WebKit here, and both languages are checked by axe
  // in Chromium and Firefox ESR. Today's guided workout gets its own run below.
  test('axe-core finds no WCAG 2.2 AA violation in WebKit (es), with a plan and an open workout', async () => {
    const page = await open();
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
    await waitStep('language applied', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('form button[type=submit]')
      ?.textContent.startsWith('Crear'));
    await makePlan(page);
    await click(page, 'p-edit');
    const day = await inRoot(page, (root) => {
      const li = [...root.querySelectorAll('li.day')].find((d) => d.querySelector('li.session[data-kind=resistance]'));
      li.querySelector('.workout .open').click();
      return li.dataset.day;
    });
    assert.ok(day, 'a strength workout to open');
    await waitStep('workout open', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail section.part[data-kind=resistance]'));
    const swap = await inRoot(page, (root) => {
      const b = root.querySelector('.detail section.part[data-kind=resistance] [data-focus^=swap-]');
      b.click();
      return b.dataset.focus;
    });
    await waitStep('alternatives shown', page, (key) => document.querySelector('osteo-plan').shadowRoot.querySelector(`[data-focus^=alt-${key.slice('swap-'.length)}-]`), swap);
    const violations = await axe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    await assertNoProblems(page);
  });

  test('Today on a fake clock: start, a timed hold and its rest, the keys, Too hard, finish and save; Pain on a second run stops it', async () => {
    // The page's Date is replaced by a classic script that runs before the widget's module
    // (fixtures/fake-clock.js): Monday 30 November 2026, 9:00, moved forward by the test.
    const { page } = env;
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${env.server.url}${CLOCK_PAGE}?now=${MONDAY}`);
    await waitForWidget(page);
    assert.equal(await page.evaluate(() => new Date().toDateString()), 'Mon Nov 30 2026', 'the fake clock is in place before the widget');
    // Active most weeks: the strength exercises start above the bottom rung, so one can get easier.
    await click(page, 'p-level-intermediate');
    await makePlan(page);
    assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').data.startDate), '2026-11-30', 'the plan starts on the fake today');
    await showTab(page, 'today');
    assert.deepEqual(await tabState(page), { selected: 'today', shown: ['today'] });
    const card = await inRoot(page, (root) => root.querySelector('[data-testid=today-workout]')?.textContent);
    assert.match(card, /Today’s workout · week 1/);
    assert.match(card, /Strength \+ /);
    assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=today-date]').textContent), /^Monday, November 30$/);
    await click(page, 'start-workout');
    const first = await guided(page);
    assert.match(first.progress, /^Exercise 1 of \d+/);
    assert.equal(first.name, 'Easy warm-up march', 'the warm-up comes first');
    assert.equal((await focused(page))?.key, 'guided-heading', 'focus goes to the exercise');

    // A timed balance hold, 2 × 20 s: start, move the clock 21 s, and the rest begins by itself.
    const hold = await nextUntil(page, (x) => x.phase === 'Hold');
    assert.equal(hold.set, 'Set 1 of 2');
    assert.equal(hold.clock, '0:20');
    await click(page, 'clock-toggle');
    await advance(page, 21_000);
    await waitStep('rest begins', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.guided .phase')?.textContent === 'Rest');
    const rest = await guided(page);
    assert.equal(rest.set, 'Set 1 of 2', 'resting after set 1');
    assert.match(rest.clock, /^[01]:\d\d$/);
    // The rest is 60 s by default: 61 s later set 2 is ready, its hold timer full again.
    await advance(page, 61_000);
    await waitStep('set 2', page, () => /Set 2 of 2/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=set-counter]')?.textContent ?? ''));
    const second = await guided(page);
    assert.equal(second.phase, 'Hold');
    assert.equal(second.clock, '0:20');
    // Space starts and pauses the timer; the arrow keys go back and forward one exercise.
    await inRoot(page, (root) => root.querySelector('[data-focus=guided-heading]').focus());
    await page.keyboard.press(' ');
    await waitStep('timer running', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-focus=clock-toggle]')?.textContent === 'Pause');
    await advance(page, 5_000);
    await waitStep('clock moves with the fake clock', page, () => /^0:1[45]$/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=clock]')?.textContent ?? ''));
    await page.keyboard.press(' ');
    await waitStep('timer paused', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-focus=clock-toggle]')?.textContent === 'Start timer');
    const paused = (await guided(page)).clock;
    await advance(page, 30_000);
    await new Promise((r) => setTimeout(r, 400)); // more than one tick of the timer
    assert.equal((await guided(page)).clock, paused, 'a paused timer stays where it was');
    await page.keyboard.press('ArrowLeft');
    assert.notEqual((await guided(page)).name, second.name);
    await page.keyboard.press('ArrowRight');
    assert.equal((await guided(page)).name, second.name);

    // "Too hard" on a strength exercise: the easier rung of its ladder takes its place.
    const hard = await nextUntil(page, (x) => x.buttons.includes('too-hard') && /reps/.test(x.dose));
    const planBefore = await planOf(page);
    await click(page, 'too-hard');
    const easier = await guided(page);
    assert.notEqual(easier.name, hard.name);
    const ids = (plan) => plan.weeks[0].days.find((d) => d.day === 'mon').sessions.flatMap((x) => x.exercises.map((e) => e.exerciseId));
    assert.notDeepEqual(ids(await planOf(page)), ids(planBefore), 'the plan now has the easier exercise');

    // Its sets with a weight: 3 kg.
    const setLoad = () => inRoot(page, (root) => { root.querySelector('[data-focus=g-load]').value = '3'; });
    await setLoad();
    const sets = Number(/of (\d+)/.exec(easier.set ?? 'of 1')[1]);
    const exerciseId = easier.id;
    assert.ok(!ids(planBefore).includes(exerciseId));
    for (let i = 0; i < sets; i++) {
      await click(page, 'set-done');
      if (i < sets - 1) {
        await click(page, 'skip-rest');
        await setLoad();
      }
    }
    // On to the end: the log is filled in from what was done.
    for (let i = 0; i < 30 && !(await inRoot(page, (root) => root.querySelector('[data-testid=finish]') !== null)); i++) await click(page, 'g-next');
    const loads = await inRoot(page, (root) => [...root.querySelectorAll('[data-testid=finish] input[data-focus^=log-load]')].map((x) => x.value));
    assert.ok(loads.includes('3'), `the log is pre-filled with the 3 kg used: ${loads}`);
    await click(page, 'log-save');
    await waitStep('workout saved', page, () => document.querySelector('osteo-plan').data.plan.log.length > 0);
    const plan = await planOf(page);
    const monday = plan.weeks[0].days.find((d) => d.day === 'mon');
    assert.deepEqual(plan.log.map((l) => l.sessionId).sort(), monday.sessions.map((x) => x.id).sort(), 'every part of the workout is logged');
    assert.equal(plan.log.flatMap((l) => l.results).find((r) => r.exerciseId === exerciseId).load, 3);
    const nextWeek = plan.weeks[1].days.flatMap((d) => d.sessions).flatMap((x) => x.exercises).filter((e) => e.exerciseId === exerciseId);
    assert.ok(nextWeek.length, 'the exercise is in week 2');
    assert.ok(nextWeek.every((e) => e.load === 3), `week 2 carries the logged 3 kg: ${JSON.stringify(nextWeek)}`);
    assert.ok(planBefore.weeks[1].days.flatMap((d) => d.sessions).flatMap((x) => x.exercises).every((e) => e.load == null), 'no load before the log');
    assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=today-status]')?.textContent), /Workout saved/);
    assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=today-workout]').textContent), /✓ Done/);

    // A second run, in Spanish: "Pain" stops it, the stop advice shows, and nothing progresses.
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
    await waitStep('Spanish applied', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-tab=today]').textContent === 'Hoy');
    const saved = await planOf(page);
    await click(page, 'start-workout');
    await click(page, 'g-next');
    await click(page, 'g-pain');
    const stop = await inRoot(page, (root) => {
      const box = root.querySelector('[data-testid=pain-stop]');
      return box && { text: box.textContent, role: box.getAttribute('role'), shown: box.getClientRects().length > 0, focus: root.activeElement?.dataset.focus };
    });
    assert.ok(stop?.shown, 'the stop advice is on screen');
    assert.equal(stop.role, 'alert');
    assert.equal(stop.focus, 'stop-heading', 'focus goes to the advice');
    assert.match(stop.text, /Pare ahora/);
    assert.match(stop.text, /dolor de huesos nuevo/);
    assert.match(stop.text, /equipo de atención médica/);
    assert.equal(await inRoot(page, (root) => root.querySelector('[data-testid=guided]') !== null), false, 'the workout is over');
    await click(page, 'stop-back');
    assert.deepEqual(await planOf(page), saved, 'no log, no progression, the same plan');
    assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=today-status]').textContent), /No se guardó nada/);
    await assertNoProblems(page);
  });

  test('screenshots at 1280 px (Week) and 360 px (Today), no horizontal scroll in any tab', async (t) => {
    const page = await open();
    await makePlan(page);
    await page.setViewport({ width: 1280, height: 1000 });
    const size = await page.evaluate(() => [innerWidth, innerHeight]);
    assert.deepEqual(size, [1280, 1000], 'the window gives a 1280 × 1000 viewport');
    /** Every tab in turn, nothing sticking out; ends on Week. */
    const noOverflow = async (label) => {
      for (const tab of [...TABS.filter((x) => x !== 'week'), 'week']) {
        await showTab(page, tab);
        assert.deepEqual(await overflowing(page), [], `${label}, ${tab}: nothing sticks out`);
      }
    };
    await noOverflow('1280 px');
    await inRoot(page, (root) => {
      root.querySelector('[role=tablist]').scrollIntoView({ block: 'start' });
      scrollBy(0, -12); // the focus outline in view
    });
    const desktop = await page.screenshot({ path: join(ARTIFACTS, 'webkit-desktop.png') });

    // MiniBrowser's window cannot be narrower than about 450 px: the phone is a 360 × 780 iframe,
    // which is a viewport of its own (its media queries and layout are the phone's). It shows
    // Today on the fake clock's Monday, so the shot is the same every time.
    await page.goto(`${env.server.url}__webkit/frame.html?width=360&height=780&src=${encodeURIComponent(`/${CLOCK_PAGE}?now=${MONDAY}`)}`);
    const frame = await env.driver.findElement({ id: 'frame' });
    await env.driver.switchTo().frame(frame);
    try {
      await waitForWidget(page);
      await makePlan(page);
      assert.equal(await page.evaluate(() => innerWidth), 360);
      await noOverflow('360 px');
      await showTab(page, 'today');
      assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=today-workout]').textContent), /Today’s workout · week 1/);
      await inRoot(page, (root) => {
        root.querySelector('[role=tablist]').scrollIntoView({ block: 'start' });
        scrollBy(0, -8);
      });
      await assertNoProblems(page);
    } finally {
      await env.driver.switchTo().defaultContent();
    }
    const phone = await page.screenshot({ path: join(ARTIFACTS, 'webkit-phone.png'), element: frame });
    // The guided workout at 360 px: nothing sticks out either (its shot stays among the artifacts).
    await env.driver.switchTo().frame(frame);
    try {
      await click(page, 'start-workout');
      await nextUntil(page, (x) => x.phase === 'Hold');
      assert.deepEqual(await overflowing(page), [], '360 px, the guided workout: nothing sticks out');
      await inRoot(page, (root) => {
        root.querySelector('[data-testid=guided]').scrollIntoView({ block: 'start' });
        scrollBy(0, -root.querySelector('[role=tablist]').getBoundingClientRect().height - 8); // below the sticky tab bar
      });
      await assertNoProblems(page);
    } finally {
      await env.driver.switchTo().defaultContent();
    }
    await page.screenshot({ path: join(ARTIFACTS, 'webkit-phone-guided.png'), element: frame });
    if (UPDATE_DOCS) {
      copyFileSync(desktop, join(REPO, 'docs', 'screenshot-webkit-desktop.png'));
      copyFileSync(phone, join(REPO, 'docs', 'screenshot-webkit-phone.png'));
      t.diagnostic('docs/screenshot-webkit-desktop.png and docs/screenshot-webkit-phone.png updated');
    }
  });
});
