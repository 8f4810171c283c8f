// The whole schedule journey by keyboard alone — the three first-use steps → plan → move a
// workout → log it → the "Your data" tab → export — in English and Spanish, Chromium and
// Firefox ESR. Only Tab, Shift+Tab, Space, Enter, arrows and typing; assertions on what the
// person sees and on the exported file.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import {
  startPlannerServer, waitForWidget, readWeek, readFindings, waitForFinding, focused, tabUntil, recordDownloads, takeDownloads,
  w1BreakingMove,
} from './lib/widget.mjs';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TEXT = {
  en: { plan: 'Make my 12-week plan', week: 'Week 1 of 12', done: '✓ Done', save: 'Mark the workout done and save', data: 'Your data' },
  es: { plan: 'Crear mi plan de 12 semanas', week: 'Semana 1 de 12', done: '✓ Hecho', save: 'Marcar la rutina como hecha y guardar', data: 'Sus datos' },
};

/** waitFor, naming the step that timed out. */
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

for (const name of BROWSERS) {
  describe(`keyboard-only journey in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    for (const lang of ['en', 'es']) {
      test(`profile steps → plan → move a workout → log → export by keyboard (${lang})`, async () => {
        const text = TEXT[lang];
        const page = await openPage(env.browser);
        await page.goto(env.server.url);
        await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
        await waitStep('language applied', page, (t) => document.querySelector('osteo-plan').shadowRoot?.querySelector('form button[type=submit]')?.textContent === t, text.plan);
        await recordDownloads(page);

        // Profile, one step at a time: age; Next; one fewer day; Next; one safety answer.
        await tabUntil(page, (f) => f.key === 'p-age');
        await typeInto(page, '67');
        await tabUntil(page, (f) => f.key === 'p-next');
        await page.keyboard.press('Enter');
        await waitStep('step 2 shown', page, () => document.querySelector('osteo-plan').shadowRoot.activeElement?.getAttribute('data-focus') === 'p-step');
        await tabUntil(page, (f) => f.key === 'p-day-sat');
        await page.keyboard.press(' ');
        await tabUntil(page, (f) => f.key === 'p-next');
        await page.keyboard.press('Enter');
        await waitStep('step 3 shown', page, () => document.querySelector('osteo-plan').shadowRoot.activeElement?.getAttribute('data-focus') === 'p-step');
        await tabUntil(page, (f) => f.key === 'p-flag-osteoporosis');
        await page.keyboard.press(' ');
        const generate = await tabUntil(page, (f) => f.key === 'p-generate');
        assert.equal(generate.text, text.plan);
        await page.keyboard.press('Enter');
        await waitStep('plan drawn', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ol.week li.day'));
        assert.equal((await focused(page)).key, 'schedule-heading', 'focus goes to the new schedule');
        assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.tab), 'week', 'the Week tab is open');
        const week = await readWeek(page);
        assert.equal(week.heading.split(' · ')[0], text.week);
        assert.equal(week.days.find((d) => d.day === 'sat').sessions.length, 0, 'Saturday was taken out');

        // Move the workout: pick up with Enter, arrows to the day, Enter to drop.
        const move = w1BreakingMove(week);
        assert.ok(move);
        const moving = week.days.find((d) => d.day === move.fromDay).sessions.map((s) => s.kind);
        await tabUntil(page, (f) => f.key === `move-${move.fromDay}`);
        await page.keyboard.press('Enter');
        const steps = ORDER.indexOf(move.toDay) - ORDER.indexOf(move.fromDay);
        for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
        await page.keyboard.press('Enter');
        await waitStep('workout moved', page, (m) => [...document.querySelector('osteo-plan').shadowRoot
          .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
        assert.equal((await focused(page)).key, `move-${move.toDay}`, 'focus follows the workout');
        assert.deepEqual((await readWeek(page)).days.find((d) => d.day === move.toDay).sessions.map((s) => s.kind), moving, 'every part moved');
        await waitForFinding(page, 'W1');
        assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'W1 is shown for this week after the move');

        // Open the moved workout and log it.
        await tabUntil(page, (f) => f.key === `open-${move.toDay}`, { back: true });
        await page.keyboard.press('Enter');
        await waitStep('detail focused', page, () => document.querySelector('osteo-plan').shadowRoot.activeElement?.getAttribute('data-focus') === 'detail-heading');
        // The first strength exercise's reps (the workout's earlier parts may be timed).
        const reps = await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot
          .querySelector('.detail [data-focus^=log-reps-]').getAttribute('data-focus'));
        await tabUntil(page, (f) => f.key === reps);
        await typeInto(page, '12');
        await tabUntil(page, (f) => f.key === 'log-effort');
        await typeInto(page, '7');
        await tabUntil(page, (f) => f.key === 'log-pain');
        await typeInto(page, '2');
        const save = await tabUntil(page, (f) => f.key === 'log-save');
        assert.equal(save.text, text.save);
        await page.keyboard.press('Enter');
        await waitStep('workout logged', page, (m) => document.querySelector('osteo-plan').shadowRoot
          .querySelector(`li.day[data-day=${m.toDay}] .workout .done-tag`), move);
        const after = await page.evaluate((d) => document.querySelector('osteo-plan').shadowRoot
          .querySelector(`[data-focus=open-${d}]`).textContent, move.toDay);
        assert.ok(after.endsWith(text.done), after);

        // Export: back to the tab bar, arrows to "Your data", Tab into it.
        await tabUntil(page, (f) => f.key === 'tab-week', { back: true });
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        const tab = await waitStep('data tab', page, () => {
          const root = document.querySelector('osteo-plan').shadowRoot;
          return root.activeElement?.getAttribute('data-focus') === 'tab-data' && !root.querySelector('[part~=data]').hidden && root.activeElement.textContent;
        });
        assert.equal(tab, text.data);
        await tabUntil(page, (f) => f.key === 'export');
        await page.keyboard.press('Enter');
        const [file] = await takeDownloads(page);
        const data = JSON.parse(file.text);
        assert.equal(data.profile.age, 67);
        assert.equal(data.profile.osteoporosis, true);
        assert.ok(!data.profile.availableDays.includes('sat'));
        const exportedDay = data.plan.weeks[0].days.find((d) => d.day === move.toDay);
        assert.ok(exportedDay.sessions.some((s) => s.kind === 'resistance'), 'the exported plan has the move');
        assert.deepEqual(exportedDay.sessions.map((s) => s.kind), moving, 'the whole workout moved');
        assert.ok(exportedDay.sessions.every((s) => s.id.startsWith(`w1-${move.fromDay}`)), 'its parts keep their ids');
        assert.deepEqual(data.plan.log.map((l) => l.sessionId).sort(), exportedDay.sessions.map((s) => s.id).sort(), 'one log entry per part');
        for (const l of data.plan.log) assert.deepEqual([l.effort, l.pain], [7, 2]);
        assert.ok(data.plan.log.flatMap((l) => l.results).some((r) => r.reps === 12), 'the reps typed are logged');
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
