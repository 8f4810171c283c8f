// The whole schedule journey by keyboard alone — profile → plan → move a session → log →
// export — in English and Spanish, Chromium and Firefox ESR. Only Tab, Shift+Tab, Space,
// Enter, arrows and typing; assertions on what the person sees and on the exported file.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import {
  startPlannerServer, waitForWidget, readWeek, readFindings, focused, tabUntil, recordDownloads, takeDownloads,
  w1BreakingMove,
} from './lib/widget.mjs';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TEXT = {
  en: { plan: 'Make my 12-week plan', week: 'Week 1 of 12', done: '✓ Done', save: 'Mark done and save' },
  es: { plan: 'Crear mi plan de 12 semanas', week: 'Semana 1 de 12', done: '✓ Hecho', save: 'Marcar como hecha y guardar' },
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
      test(`profile → plan → move → log → export by keyboard (${lang})`, async () => {
        const text = TEXT[lang];
        const page = await openPage(env.browser);
        await page.goto(env.server.url);
        await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
        await waitStep('language applied', page, (t) => document.querySelector('osteo-plan').shadowRoot?.querySelector('form button[type=submit]')?.textContent === t, text.plan);
        await recordDownloads(page);

        // Profile: age, one fewer day, one safety answer.
        await tabUntil(page, (f) => f.key === 'p-age');
        await typeInto(page, '67');
        await tabUntil(page, (f) => f.key === 'p-day-sat');
        await page.keyboard.press(' ');
        await tabUntil(page, (f) => f.key === 'p-flag-osteoporosis');
        await page.keyboard.press(' ');
        const generate = await tabUntil(page, (f) => f.key === 'p-generate');
        assert.equal(generate.text, text.plan);
        await page.keyboard.press('Enter');
        await waitStep('plan drawn', page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ol.week'));
        assert.equal((await focused(page)).key, 'schedule-heading', 'focus goes to the new schedule');
        const week = await readWeek(page);
        assert.equal(week.heading.split(' · ')[0], text.week);
        assert.equal(week.days.find((d) => d.day === 'sat').sessions.length, 0, 'Saturday was taken out');

        // Move: pick up with Enter, arrows to the day, Enter to drop.
        const move = w1BreakingMove(week);
        assert.ok(move);
        await tabUntil(page, (f) => f.key === `move-${move.fromDay}-${move.index}`);
        await page.keyboard.press('Enter');
        const steps = ORDER.indexOf(move.toDay) - ORDER.indexOf(move.fromDay);
        for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
        await page.keyboard.press('Enter');
        await waitStep('session moved', page, (m) => [...document.querySelector('osteo-plan').shadowRoot
          .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
        assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'W1 is shown for this week after the move');

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
        const save = await tabUntil(page, (f) => f.key === 'log-save');
        assert.equal(save.text, text.save);
        await page.keyboard.press('Enter');
        await waitStep('session logged', page, (m) => document.querySelector('osteo-plan').shadowRoot
          .querySelector(`li.day[data-day=${m.toDay}] .done-tag`), move);
        const after = (await readWeek(page)).days.find((d) => d.day === move.toDay).sessions[index];
        assert.ok(after.text.includes(text.done), after.text);

        // Export.
        await tabUntil(page, (f) => f.key === 'export');
        await page.keyboard.press('Enter');
        const [file] = await takeDownloads(page);
        const data = JSON.parse(file.text);
        assert.equal(data.profile.age, 67);
        assert.equal(data.profile.osteoporosis, true);
        assert.ok(!data.profile.availableDays.includes('sat'));
        const exportedDay = data.plan.weeks[0].days.find((d) => d.day === move.toDay);
        assert.ok(exportedDay.sessions.some((s) => s.kind === 'resistance'), 'the exported plan has the move');
        assert.match(JSON.stringify(data.plan), /"effort":7/);
        assert.match(JSON.stringify(data.plan), /"pain":2/);
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
