// The journeys that matter most in Safari's engine, in WebKitGTK's MiniBrowser through
// WebKitWebDriver: load, first use, form controls by keyboard, the keyboard journey (profile →
// plan → move a workout → log → export), a start date typed into WebKit's date field, drag and
// drop, foods and a supplement with their results, export → import through the real file input,
// a language switch, axe-core, and screenshots at 360 px and 1280 px. The journey code is the
// Chromium/Firefox suite's own (../lib/widget.mjs, ../lib/journey.mjs) over a WebDriver page.
// What cannot run here is a skipped test with its reason.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, ARTIFACTS, waitFor } from '../lib/harness.mjs';
import {
  startPlannerServer, inRoot, waitForWidget, makePlan, readWeek, readFindings, focused, tabUntil,
  recordDownloads, takeDownloads, w1BreakingMove, overflowing, axe, formatViolations,
} from '../lib/widget.mjs';
import { importFile, addFood, addSupplement, visibleText } from '../lib/journey.mjs';
import { useWebKit, skipReason, assertNoProblems, SUITE_TIMEOUT } from './lib/webkit.mjs';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// UPDATE_SCREENSHOTS=1 also copies the two screenshots over docs/screenshot-webkit-*.png.
const UPDATE_DOCS = process.env.UPDATE_SCREENSHOTS === '1';

async function waitStep(label, page, fn, arg) {
  try {
    return await waitFor(page, fn, arg);
  } catch (err) {
    throw new Error(`${label}: ${err.message}`);
  }
}

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
    const engine = await page.evaluate(() => ({
      ua: navigator.userAgent,
      compression: typeof CompressionStream, decompression: typeof DecompressionStream,
      dialog: typeof HTMLDialogElement, wakeLock: 'wakeLock' in navigator, vibrate: typeof navigator.vibrate,
    }));
    assert.match(engine.ua, /AppleWebKit\/605/);
    t.diagnostic(`WebKit: ${engine.ua}; CompressionStream ${engine.compression}, DecompressionStream ${engine.decompression}, dialog ${engine.dialog}, Wake Lock ${engine.wakeLock}, vibrate ${engine.vibrate}`);
    await assertNoProblems(page);
  });

  test('first use: a profile typed into the form makes a 12-week plan that honours it', async () => {
    const page = await open();
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
    await makePlan(page);
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
    await focus('p-jointPain');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitStep('range changed', page, () => document.querySelector('osteo-plan').data.profile.jointPain === 3);
    assert.equal(await inRoot(page, (root) => root.querySelector('.pain-value').textContent), '3', 'the shown value follows the slider');
    await focus('p-age');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await waitStep('number changed', page, () => document.querySelector('osteo-plan').data.profile.age === 61);
    assert.deepEqual(await profile(), { sex: 'male', level: 'intermediate', pain: 3, age: 61 });
    // The food search: type, arrow to the first result, Enter picks it and moves on to the amount.
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

  test('keyboard only: profile → plan → move a workout → log it → export', async () => {
    const page = await open();
    await recordDownloads(page);
    await tabUntil(page, (f) => f.key === 'p-age');
    await typeInto(page, '67');
    await tabUntil(page, (f) => f.key === 'p-day-sat');
    await page.keyboard.press(' ');
    await tabUntil(page, (f) => f.key === 'p-flag-osteoporosis');
    await page.keyboard.press(' ');
    const generate = await tabUntil(page, (f) => f.key === 'p-generate');
    assert.equal(generate.text, 'Make my 12-week plan');
    await page.keyboard.press('Enter');
    await waitStep('plan drawn', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ol.week'));
    assert.equal((await focused(page))?.key, 'schedule-heading', 'focus goes to the new schedule');
    const week = await readWeek(page);
    assert.equal(week.days.find((d) => d.day === 'sat').sessions.length, 0, 'Saturday was taken out');

    // Move: pick up with Enter, arrows to the day, Enter to drop.
    const move = w1BreakingMove(week);
    assert.ok(move, 'the plan has two strength sessions to move');
    await tabUntil(page, (f) => f.key === `move-${move.fromDay}-${move.index}`);
    await page.keyboard.press('Enter');
    const steps = ORDER.indexOf(move.toDay) - ORDER.indexOf(move.fromDay);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.keyboard.press('Enter');
    await waitStep('session moved', page, (m) => [...document.querySelector('osteo-plan').shadowRoot
      .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
    assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'W1 is shown after the move');

    // Open the moved session and log it.
    const moved = (await readWeek(page)).days.find((d) => d.day === move.toDay);
    const index = moved.sessions.findIndex((s) => s.kind === 'resistance');
    await tabUntil(page, (f) => f.key === `open-${move.toDay}-${index}`);
    await page.keyboard.press('Enter');
    await waitStep('detail focused', page, () => document.querySelector('osteo-plan').shadowRoot.activeElement?.getAttribute('data-focus') === 'detail-heading');
    await tabUntil(page, (f) => f.key === 'log-reps-0');
    await typeInto(page, '12');
    await tabUntil(page, (f) => f.key === 'log-effort');
    await typeInto(page, '7');
    await tabUntil(page, (f) => f.key === 'log-pain');
    await typeInto(page, '2');
    await tabUntil(page, (f) => f.key === 'log-save');
    await page.keyboard.press('Enter');
    await waitStep('session logged', page, (m) => document.querySelector('osteo-plan').shadowRoot
      .querySelector(`li.day[data-day=${m.toDay}] .done-tag`), move);

    await tabUntil(page, (f) => f.key === 'export');
    await page.keyboard.press('Enter');
    const [file] = await takeDownloads(page);
    const data = JSON.parse(file.text);
    assert.equal(data.profile.age, 67);
    assert.equal(data.profile.osteoporosis, true);
    assert.ok(!data.profile.availableDays.includes('sat'));
    assert.ok(data.plan.weeks[0].days.find((d) => d.day === move.toDay).sessions.some((s) => s.kind === 'resistance'), 'the export has the move');
    assert.match(JSON.stringify(data.plan), /"effort":7/);
    assert.match(JSON.stringify(data.plan), /"pain":2/);
    await assertNoProblems(page);
  });

  test('plan start typed into WebKit\'s date field by keyboard: the week follows and focus stays where Tab took it', async () => {
    const page = await open();
    await makePlan(page);
    const first = async () => (await readWeek(page)).days[0].title;
    assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=start-date]').type), 'date', 'WebKit has a real date field');
    // WebKit's date field is three segments (month/day/year in English); Tab moves between them and
    // the typed date is committed (`change`) only when focus leaves the field.
    await inRoot(page, (root) => root.querySelector('[data-focus=start-date]').focus());
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('07');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    assert.equal(await first(), 'MondayNov 30', 'nothing is committed while typing');
    await page.keyboard.press('Tab');
    await waitStep('week moved', page, () => /Dec 7/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('li.day h4').textContent));
    assert.equal(await first(), 'MondayDec 7');
    assert.equal((await focused(page))?.key, 'ics', 'focus is on the next control, not back at the top of the page');
    await assertNoProblems(page);
  });

  test('drag and drop moves a workout (DragEvents in the page)', async () => {
    const page = await open();
    await makePlan(page);
    const week = await readWeek(page);
    const move = w1BreakingMove(week);
    assert.ok(move);
    const countBefore = week.days.find((d) => d.day === move.toDay).sessions.length;
    await inRoot(page, (root, m) => {
      const card = root.querySelectorAll(`li.day[data-day=${m.fromDay}] li.session`)[m.index];
      const target = root.querySelector(`li.day[data-day=${m.toDay}]`);
      const dt = new DataTransfer();
      card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      card.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: dt }));
    }, move);
    await waitStep('session dropped', page, (m) => document.querySelector('osteo-plan').shadowRoot
      .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`).length === m.count + 1, { ...move, count: countBefore });
    assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'W1 is shown after the drop');
    await assertNoProblems(page);
  });

  test('drag and drop with the mouse through WebDriver', {
    skip: 'WebKitGTK under WebDriver starts a drag (dragstart fires) but the GTK drag session never sees the synthetic pointer moves, so no dragover/drop: drag and drop is covered with DragEvents above, and the Move button by keyboard',
  }, () => {});

  test('foods and a supplement: the list and the results follow, and export → import restores them', async () => {
    const page = await open();
    await makePlan(page);
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
    await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
    const [file] = await takeDownloads(page);
    assert.match(file.name, /^osteoplan-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(JSON.parse(file.text), data, 'the file is the element\'s data');

    // A fresh page, the file through the real <input type=file> (WebDriver sends the path).
    await page.reload();
    await waitForWidget(page);
    assert.equal(await inRoot(page, (root) => root.querySelectorAll('.entries > li').length), 0, 'a fresh widget (nothing remembered)');
    await importFile(page, dir, file.text);
    await waitStep('file loaded', page, () => /loaded from the file/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent));
    assert.deepEqual(await page.evaluate(() => document.querySelector('osteo-plan').data), data, 'data deep-equal after the round trip');
    assert.deepEqual(await results(), shown, 'the same results are shown');
    assert.equal(await inRoot(page, (root) => root.querySelectorAll('.entries > li').length), 3);
    await assertNoProblems(page);
  });

  test('language switch: en → es changes every visible text, keeps the plan, and back', async () => {
    const page = await open();
    await makePlan(page);
    const en = await visibleText(page);
    assert.match(en, /Week 1 of 12/);
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
    await waitStep('Spanish applied', page, () => /Semana 1 de 12/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=week-heading]')?.textContent ?? ''));
    const es = await visibleText(page);
    for (const word of ['Week 1 of 12', 'Make my 12-week plan', 'Download my data']) assert.ok(!es.includes(word), `"${word}" left in English`);
    assert.match(es, /Descargar mis datos/);
    const week = await readWeek(page);
    assert.equal(week.days.length, 7, 'the plan stays');
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'en'));
    await waitStep('English again', page, () => /Week 1 of 12/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=week-heading]')?.textContent ?? ''));
    await assertNoProblems(page);
  });

  // One axe run, on the fullest page (profile form, plan, open session, alternatives), in Spanish
  // (longer strings; the page mixes the two languages' lang attributes): an axe run takes 10-25 s
  // in WebKit here, and both languages are checked by axe in Chromium and Firefox ESR.
  test('axe-core finds no WCAG 2.2 AA violation in WebKit (es), with a plan and an open session', async () => {
    const page = await open();
    await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
    await waitStep('language applied', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('form button[type=submit]')
      ?.textContent.startsWith('Crear'));
    await makePlan(page);
    await inRoot(page, (root) => (root.querySelector('li.session[data-kind=resistance]') ?? root.querySelector('li.session')).querySelector('.open').click());
    await waitStep('session open', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail'));
    await inRoot(page, (root) => root.querySelector('[data-focus=swap-0]')?.click());
    const violations = await axe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    await assertNoProblems(page);
  });

  test('Today with a timer', { skip: 'the guided "Today" workout with a timer is not built yet (issue 13); nothing to drive in WebKit' }, () => {});

  test('screenshots at 1280 px and 360 px, no horizontal scroll', async (t) => {
    const page = await open();
    await makePlan(page);
    await page.setViewport({ width: 1280, height: 1000 });
    const size = await page.evaluate(() => [innerWidth, innerHeight]);
    assert.deepEqual(size, [1280, 1000], 'the window gives a 1280 × 1000 viewport');
    assert.deepEqual(await overflowing(page), []);
    const toSchedule = () => inRoot(page, (root) => {
      root.querySelector('[data-focus=schedule-heading]').scrollIntoView({ block: 'start' });
      scrollBy(0, -12); // the focus outline in view
    });
    await toSchedule();
    const desktop = await page.screenshot({ path: join(ARTIFACTS, 'webkit-desktop.png') });

    // MiniBrowser's window cannot be narrower than about 450 px: the phone is a 360 × 780 iframe,
    // which is a viewport of its own (its media queries and layout are the phone's).
    await page.goto(`${env.server.url}__webkit/frame.html?src=/&width=360&height=780`);
    const frame = await env.driver.findElement({ id: 'frame' });
    await env.driver.switchTo().frame(frame);
    try {
      await waitForWidget(page);
      await makePlan(page);
      assert.equal(await page.evaluate(() => innerWidth), 360);
      assert.deepEqual(await overflowing(page), [], 'nothing sticks out at 360 px');
      await toSchedule();
      await assertNoProblems(page);
    } finally {
      await env.driver.switchTo().defaultContent();
    }
    const phone = await page.screenshot({ path: join(ARTIFACTS, 'webkit-phone.png'), element: frame });
    if (UPDATE_DOCS) {
      copyFileSync(desktop, join(REPO, 'docs', 'screenshot-webkit-desktop.png'));
      copyFileSync(phone, join(REPO, 'docs', 'screenshot-webkit-phone.png'));
      t.diagnostic('docs/screenshot-webkit-desktop.png and docs/screenshot-webkit-phone.png updated');
    }
  });
});
