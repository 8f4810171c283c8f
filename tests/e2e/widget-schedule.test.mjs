// The weekly schedule as a person uses it with the mouse: make a plan, read the week and its
// findings, move a session (drag and drop and the Move button), swap an exercise, log a session,
// walk the 12 weeks, download the calendar and print the week. Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { BROWSERS, openPage, assertNoProblems, waitFor, screenshot, useBrowser } from './lib/harness.mjs';
import {
  startPlannerServer, inRoot, waitForWidget, readWeek, readFindings, makePlan, recordDownloads, takeDownloads,
  w1BreakingMove,
} from './lib/widget.mjs';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

for (const name of BROWSERS) {
  describe(`schedule in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    async function planned(url = env.server.url, setup) {
      const page = await openPage(env.browser);
      await page.goto(url);
      await waitForWidget(page);
      if (setup) await setup(page);
      await makePlan(page);
      return page;
    }

    test('a new plan shows week 1 of 12 with sessions only on the days the person chose', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      const before = await inRoot(page, (root) => root.querySelector('[data-testid=no-plan]')?.textContent);
      assert.match(before, /No plan yet/);
      // Only Monday, Wednesday and Friday.
      await inRoot(page, (root) => {
        for (const box of root.querySelectorAll('input[name=day]')) {
          box.checked = ['mon', 'wed', 'fri'].includes(box.value);
          box.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
      await makePlan(page);
      const week = await readWeek(page);
      assert.equal(week.heading, 'Week 1 of 12');
      assert.deepEqual(week.days.map((d) => d.day), ORDER);
      const busy = week.days.filter((d) => d.sessions.length).map((d) => d.day);
      assert.ok(busy.length > 0, 'some sessions are planned');
      for (const day of busy) assert.ok(['mon', 'wed', 'fri'].includes(day), `no session on ${day}`);
      for (const d of week.days.filter((x) => !x.sessions.length)) {
        assert.match(await inRoot(page, (root, day) => root.querySelector(`li.day[data-day=${day}] .rest`)?.textContent, d.day), /Rest day/);
      }
      for (const f of await readFindings(page)) {
        assert.match(f.rule, /^[GWP]\d+$/, 'every finding names its rule');
        assert.match(f.source ?? '', /^Source: .+/, `finding ${f.rule} names its source`);
      }
      assertNoProblems(page);
      await page.close();
    });

    test('moving a strength session next to another by drag and drop shows a W1 warning beside that week\'s days', async () => {
      const page = await planned();
      const week = await readWeek(page);
      const move = w1BreakingMove(week);
      assert.ok(move, `the plan has two strength days to move: ${JSON.stringify(week.days.map((d) => [d.day, d.sessions.map((s) => s.kind)]))}`);
      assert.ok(!(await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'no W1 for this week before the edit');
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
      await waitFor(page, (m) => document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`).length === m.count + 1, { ...move, count: countBefore });
      const after = await readWeek(page);
      assert.ok(after.days.find((d) => d.day === move.toDay).sessions.some((s) => s.kind === 'resistance'));
      // W1 for two strength days in a row sits next to the later day (the one to move); a W1
      // about the week's count (no single day) sits above the week's days.
      const w1 = (await readFindings(page)).filter((f) => f.rule === 'W1' && f.scope !== 'plan');
      assert.ok(w1.length >= 1, 'the checker reports two strength days in a row');
      assert.ok(w1.every((f) => /^Warning:/.test(f.text)), 'shown as a warning');
      assert.ok(w1.every((f) => /^Source: .+/.test(f.source ?? '')), 'with its source');
      const near = [move.toDay, ORDER[ORDER.indexOf(move.toDay) + 1]];
      assert.ok(w1.some((f) => f.scope === 'day' && near.includes(f.day)), 'the 48-hour W1 sits beside the later of the two days');
      assert.ok(w1.every((f) => f.scope === 'week' || near.includes(f.day)), 'no W1 beside an unrelated day');
      assertNoProblems(page);
      await page.close();
    });

    test('the Move button moves a session with the arrow keys and Escape cancels', async () => {
      const page = await planned();
      const week = await readWeek(page);
      const move = w1BreakingMove(week);
      const moveButton = async () => (await page.evaluateHandle((m) => document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.fromDay}] li.session`)[m.index].querySelector('.move'), move)).asElement();
      // Escape cancels: nothing moves.
      await (await moveButton()).focus();
      await page.keyboard.press('Enter');
      assert.equal(await inRoot(page, (root) => root.activeElement?.getAttribute('aria-pressed')), 'true');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      assert.deepEqual((await readWeek(page)).days, week.days);
      // Enter, arrows to the target day, Enter.
      await (await moveButton()).focus();
      await page.keyboard.press('Enter');
      const steps = ORDER.indexOf(move.toDay) - ORDER.indexOf(move.fromDay);
      for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.keyboard.press('Enter');
      await waitFor(page, (m) => [...document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
      const focusedDay = await inRoot(page, (root) => root.activeElement?.closest('li.day')?.dataset.day);
      assert.equal(focusedDay, move.toDay, 'focus follows the session to its new day');
      assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'));
      assertNoProblems(page);
      await page.close();
    });

    test('week navigation walks all 12 weeks and stops at both ends', async () => {
      const page = await planned();
      const click = (key) => inRoot(page, (root, k) => root.querySelector(`[data-focus=${k}]`).click(), key);
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=week-prev]').disabled), true);
      const headings = [(await readWeek(page)).heading];
      for (let i = 0; i < 11; i++) {
        await click('week-next');
        headings.push((await readWeek(page)).heading);
      }
      headings.forEach((h, i) => assert.match(h, new RegExp(`^Week ${i + 1} of 12( · Easier week)?$`)));
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').disabled), true);
      await click('week-prev');
      assert.equal((await readWeek(page)).heading, 'Week 11 of 12');
      assertNoProblems(page);
      await page.close();
    });

    test('session detail shows exercises with sets × reps, cues and variants, and Swap replaces an exercise', async () => {
      const page = await planned();
      const day = (await readWeek(page)).days.find((d) => d.sessions.some((s) => s.kind === 'resistance')).day;
      await inRoot(page, (root, d) => [...root.querySelectorAll(`li.day[data-day=${d}] li.session`)]
        .find((s) => s.dataset.kind === 'resistance').querySelector('.open').click(), day);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail li.exercise'));
      const detail = await inRoot(page, (root) => ({
        heading: root.querySelector('.detail h3').textContent,
        focusedHeading: root.activeElement === root.querySelector('.detail h3'),
        exercises: [...root.querySelectorAll('.detail li.exercise')].map((li) => ({
          id: li.dataset.exercise, name: li.querySelector('h4').textContent, dose: li.querySelector('.dose').textContent,
          cues: li.querySelectorAll('.cues li').length,
        })),
      }));
      assert.match(detail.heading, /Strength, \d+ min/);
      assert.ok(detail.focusedHeading, 'opening a session moves focus to its detail');
      assert.ok(detail.exercises.length >= 1);
      for (const ex of detail.exercises) assert.match(ex.dose, /^\d+ × \d+ (reps|s|min|impacts)$|^\d+ (impacts|s|min)$/);
      assert.ok(detail.exercises.some((ex) => ex.cues > 0), 'cues are shown');
      // Swap the first exercise that has an alternative.
      let swapped = null;
      for (let i = 0; i < detail.exercises.length && !swapped; i++) {
        await inRoot(page, (root, x) => root.querySelector(`[data-focus=swap-${x}]`).click(), i);
        const alt = await inRoot(page, (root, x) => root.querySelector(`button[data-focus=alt-${x}-0]`)?.textContent ?? null, i);
        if (!alt) continue;
        await inRoot(page, (root, x) => root.querySelector(`button[data-focus=alt-${x}-0]`).click(), i);
        swapped = { i, name: alt.replace(/^Use /, '') };
      }
      assert.ok(swapped, 'some exercise has a safe alternative');
      await waitFor(page, (s) => document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll('.detail li.exercise h4')[s.i]?.textContent === s.name, swapped);
      assertNoProblems(page);
      await page.close();
    });

    test('logging a session marks it done, adapts the coming weeks and ends up in the exported JSON', async () => {
      const page = await planned();
      await recordDownloads(page);
      const day = (await readWeek(page)).days.find((d) => d.sessions.some((s) => s.kind === 'resistance')).day;
      await inRoot(page, (root, d) => [...root.querySelectorAll(`li.day[data-day=${d}] li.session`)]
        .find((s) => s.dataset.kind === 'resistance').querySelector('.open').click(), day);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log'));
      await inRoot(page, (root) => {
        const set = (sel, v) => { const el = root.querySelector(sel); el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); };
        set("[data-focus=log-reps-0]", "12");
        set('[data-focus=log-effort]', '6');
        set('[data-focus=log-pain]', '7');
        root.querySelector('[data-focus=log-save]').click();
      });
      await waitFor(page, (d) => [...document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${d}] li.session`)].some((s) => s.querySelector('.done-tag')), day);
      const week = await readWeek(page);
      assert.ok(week.days.find((d) => d.day === day).sessions.find((s) => s.kind === 'resistance').done);
      assert.match(week.days.find((d) => d.day === day).sessions.find((s) => s.kind === 'resistance').text, /✓ Done/);
      // Pain 7 of 10: the coming weeks get gentler, and week 2 says so (P6, pointing to the care team).
      await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
      const p6 = (await readFindings(page)).filter((f) => f.rule === 'P6' && f.scope !== 'plan');
      assert.ok(p6.length > 0, 'week 2 explains the gentler plan');
      assert.ok(p6.every((f) => /^Warning: P6: Pain 7\/10/.test(f.text)), p6.map((f) => f.text).join('\n'));
      assert.match(p6[0].text, /care team/);
      await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
      const [file] = await takeDownloads(page);
      assert.match(file.name, /^osteoplan-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(file.text);
      assert.equal(data.format, 'osteoplan');
      assert.equal(data.version, 1);
      assert.equal(data.plan.weeks.length, 12);
      const logged = JSON.stringify(data.plan);
      assert.match(logged, /"pain":7/);
      assert.match(logged, /"effort":6/);
      assert.equal(data.profile.age, 60);
      assert.deepEqual(data.intake, { entries: [], supplements: [], referenceSet: 'us-dri', filters: {} });
      assertNoProblems(page);
      await page.close();
    });

    test('two workouts at the top of the rep range move the coming weeks to harder exercises (2-for-2)', async () => {
      const page = await planned();
      const plan = () => page.evaluate(() => document.querySelector('osteo-plan').data.plan);
      const names = (p, week) => p.weeks[week].days.flatMap((d) => d.sessions.filter((x) => x.kind === 'resistance')
        .flatMap((x) => x.exercises.map((e) => e.exerciseId)));
      const before = names(await plan(), 1);
      const days = (await readWeek(page)).days.filter((d) => d.sessions.some((x) => x.kind === 'resistance')).map((d) => d.day);
      assert.ok(days.length >= 2, 'two strength days in week 1');
      for (const day of days.slice(0, 2)) {
        await inRoot(page, (root, d) => [...root.querySelectorAll(`li.day[data-day=${d}] li.session`)]
          .find((x) => x.dataset.kind === 'resistance').querySelector('.open').click(), day);
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log'));
        // Every exercise done with 2 reps over its target on the last set.
        await inRoot(page, (root) => {
          for (const input of root.querySelectorAll('.detail input[data-focus^=log-reps-]')) input.value = String(Number(input.value) + 2);
          root.querySelector('[data-focus=log-save]').click();
        });
        await waitFor(page, (d) => [...document.querySelector('osteo-plan').shadowRoot
          .querySelectorAll(`li.day[data-day=${d}] li.session`)].some((x) => x.querySelector('.done-tag')), day);
      }
      const after = names(await plan(), 1);
      assert.notDeepEqual(after, before, 'week 2 changed');
      // What the person sees: week 2 shows a harder exercise that week 1 does not have.
      const harder = after.find((id) => !before.includes(id));
      await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
      const shown = await inRoot(page, (root) => {
        const out = [];
        for (const card of root.querySelectorAll('li.session[data-kind=resistance]')) {
          card.querySelector('.open').click();
          out.push(...[...root.querySelectorAll('.detail li.exercise')].map((li) => li.dataset.exercise));
        }
        return out;
      });
      assert.ok(shown.includes(harder), `week 2 shows ${harder}`);
      assertNoProblems(page);
      await page.close();
    });

    test('the calendar download is RFC 5545 text that ical.js parses, one event per planned session', async () => {
      const page = await planned();
      await recordDownloads(page);
      await inRoot(page, (root) => {
        const start = root.querySelector('[data-focus=start-date]');
        start.value = '2027-03-01';
        start.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.day[data-day=mon] h4 .date').textContent === 'Mar 1');
      await inRoot(page, (root) => root.querySelector('[data-focus=ics]').click());
      const [file] = await takeDownloads(page);
      assert.equal(file.name, 'osteoplan.ics');
      assert.match(file.type, /^text\/calendar/);
      assert.match(file.text, /^BEGIN:VCALENDAR\r\n/);
      const cal = new ICAL.Component(ICAL.parse(file.text));
      const events = cal.getAllSubcomponents('vevent');
      const sessions = await inRoot(page, () => document.querySelector('osteo-plan').data.plan.weeks
        .reduce((n, w) => n + w.days.reduce((m, d) => m + d.sessions.length, 0), 0));
      assert.equal(events.length, sessions);
      const starts = events.map((e) => e.getFirstPropertyValue('dtstart').toString()).sort();
      assert.ok(starts[0] >= '2027-03-01', `first event ${starts[0]} is on or after the start date`);
      assert.equal(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size, events.length, 'UIDs are unique');
      assertNoProblems(page);
      await page.close();
    });

    test('bone metastases: a stop finding sends the person to their oncology team and no sessions are planned', async () => {
      const p = await openPage(env.browser);
      await p.goto(env.server.url);
      await waitForWidget(p);
      await inRoot(p, (root) => {
        const box = root.querySelector('input[name=flag][value=boneMetastases]');
        box.checked = true;
        box.dispatchEvent(new Event('change', { bubbles: true }));
        root.querySelector('form button[type=submit]').click();
      });
      await waitFor(p, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.finding.sev-stop'));
      const findings = await readFindings(p);
      const stop = findings.find((f) => f.rule === 'G1');
      assert.ok(stop, 'G1 is shown');
      assert.match(stop.text, /^Stop:/);
      assert.match(stop.text, /oncology/i);
      const sessions = await inRoot(p, (root) => root.querySelectorAll('li.session').length);
      assert.equal(sessions, 0);
      assertNoProblems(p);
      await p.close();
    });

    test('week-start="sun" puts Sunday first and Spanish shows translated days, kinds and findings', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      await page.evaluate(() => {
        const el = document.querySelector('osteo-plan');
        el.setAttribute('week-start', 'sun');
        el.setAttribute('lang', 'es');
      });
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('form button[type=submit]').textContent.startsWith('Crear'));
      await makePlan(page);
      const week = await readWeek(page);
      assert.equal(week.heading, 'Semana 1 de 12');
      assert.equal(week.days[0].day, 'sun');
      assert.match(week.days[0].title, /^domingo/);
      const kinds = week.days.flatMap((d) => d.sessions.map((s) => s.text));
      assert.ok(kinds.some((k) => /Fuerza|Aeróbico|Equilibrio|Impacto|Flexibilidad/.test(k)), kinds.join(', '));
      for (const f of await readFindings(page)) assert.match(f.text, /^(Alto|Aviso|Nota):/);
      if (name === 'chromium') await screenshot(page, 'widget-schedule-desktop-es');
      assertNoProblems(page);
      await page.close();
    });

    test('under the strict CSP the plan, a move, a log, the charts and the downloads cause no violation', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}fixtures/csp/index.html`);
      await waitForWidget(page);
      await recordDownloads(page);
      await makePlan(page);
      const move = w1BreakingMove(await readWeek(page));
      await inRoot(page, (root, m) => {
        const button = root.querySelectorAll(`li.day[data-day=${m.fromDay}] li.session`)[m.index].querySelector('.move');
        button.click();
        for (let i = 0; i < 7; i++) button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      }, move);
      await inRoot(page, (root, m) => {
        const button = root.querySelectorAll(`li.day[data-day=${m.fromDay}] li.session`)[m.index].querySelector('.move');
        const steps = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m.toDay);
        for (let i = 0; i < steps; i++) button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        button.click();
      }, move);
      await waitFor(page, (m) => [...document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((x) => x.dataset.kind === 'resistance'), move);
      await inRoot(page, (root) => root.querySelector('li.session .open').click());
      await inRoot(page, (root) => root.querySelector('[data-focus=log-save]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.session .done-tag'));
      await inRoot(page, (root) => root.querySelector('[data-focus=ics]').click());
      await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
      const files = await takeDownloads(page);
      assert.deepEqual(files.map((f) => f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE')), ['osteoplan.ics', 'osteoplan-DATE.json']);
      const chartBars = await inRoot(page, (root) => root.querySelectorAll('svg.progress rect.bar').length);
      assert.ok(chartBars > 0, 'the progression chart is drawn');
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      assertNoProblems(page);
      await page.close();
    });

    if (name === 'chromium') {
      test('printing shows the week on one page with a blank log sheet', async () => {
        const page = await planned();
        await page.emulateMediaType('print');
        const look = await inRoot(page, (root) => ({
          sheet: getComputedStyle(root.querySelector('.print-sheet')).display,
          grid: getComputedStyle(root.querySelector('ol.week')).display,
          profile: getComputedStyle(root.querySelector('[part~=profile]')).display,
          headers: [...root.querySelectorAll('.print-sheet th[scope=col]')].map((th) => th.textContent),
          blanks: root.querySelectorAll('.print-sheet td.blank').length,
        }));
        assert.equal(look.sheet, 'block');
        assert.equal(look.grid, 'none');
        assert.equal(look.profile, 'none');
        assert.deepEqual(look.headers, ['Day', 'Session', 'Exercise', 'Planned', 'Done ✓', 'Reps', 'Load', 'Effort 0–10', 'Pain 0–10']);
        assert.ok(look.blanks > 0);
        await screenshot(page, 'widget-print-week');
        const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: false }));
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        assert.equal(pages, 1, 'the week prints on one page');
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
