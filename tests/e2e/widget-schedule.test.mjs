// The weekly schedule as a person uses it with the mouse: make a plan, read the week and its
// findings, move a workout (drag and drop and the Move button; all its parts go, onto a training
// day the two workouts swap, its log and calendar UID go with it), swap an exercise, log a
// workout, walk the 12 weeks, download the calendar and print the week. Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { BROWSERS, openPage, assertNoProblems, waitFor, settled, screenshot, useBrowser } from './lib/harness.mjs';
import {
  startPlannerServer, inRoot, waitForWidget, readWeek, readFindings, waitForFinding, makePlan, recordDownloads, takeDownloads,
  w1BreakingMove, dragWorkout, showTab, widgetElement,
} from './lib/widget.mjs';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const plan = (page) => page.evaluate(() => document.querySelector('osteo-plan').data.plan);
/** Session ids of `day` in the plan's week at `pos` (0-based), in plan order. */
const idsOn = (p, day, pos = 0) => p.weeks[pos].days.find((d) => d.day === day)?.sessions.map((s) => s.id) ?? [];
/** What a day shows: its workout's title and parts, or none. */
const shownDay = (week, day) => {
  const d = week.days.find((x) => x.day === day);
  return { workout: d.workout?.title ?? null, parts: d.sessions.map((s) => s.text) };
};

/** Ticks the box at `selector` in the profile form and presses "Make my plan" in the same task (before any idle moment). */
const tickAndMakePlan = (page, selector) => inRoot(page, (root, sel) => {
  const box = root.querySelector(sel);
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  root.querySelector('form button[type=submit]').click();
}, selector);

for (const name of BROWSERS) {
  describe(`schedule in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    /** A new page on the last first-use step (the safety questions), once the page is quiet. */
    async function lastStep(size) {
      const page = await openPage(env.browser, size);
      await page.goto(env.server.url);
      await waitForWidget(page);
      for (let i = 0; i < 2; i++) await inRoot(page, (root) => root.querySelector('[data-focus=p-next]').click());
      await settled(page);
      await settled(page);
      return page;
    }

    async function planned(url = env.server.url, setup) {
      const page = await openPage(env.browser);
      await page.goto(url);
      await waitForWidget(page);
      if (setup) await setup(page);
      await makePlan(page);
      return page;
    }

    test('a new plan shows week 1 of 12 with workouts only on the days the person chose', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      const before = await inRoot(page, (root) => root.querySelector('[data-testid=no-plan]')?.textContent);
      assert.match(before, /No plan yet/);
      assert.equal(await inRoot(page, (root) => root.querySelector('[part~=schedule]').hidden), false, 'without a plan the Week tab is open');
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
      const busy = week.days.filter((d) => d.workout).map((d) => d.day);
      assert.ok(busy.length > 0, 'some workouts are planned');
      for (const day of busy) assert.ok(['mon', 'wed', 'fri'].includes(day), `no workout on ${day}`);
      for (const d of week.days) assert.equal(Boolean(d.workout), d.sessions.length > 0, `${d.day}: parts only inside a workout`);
      for (const d of week.days.filter((x) => !x.workout)) {
        assert.match(await inRoot(page, (root, day) => root.querySelector(`li.day[data-day=${day}] .rest`)?.textContent, d.day), /Rest day/);
      }
      for (const f of await readFindings(page)) {
        assert.match(f.rule, /^[GWP]\d+$/, 'every finding names its rule');
        assert.match(f.source ?? '', /^Source: .+/, `finding ${f.rule} names its source`);
      }
      assertNoProblems(page);
      await page.close();
    });

    test('moving a strength workout next to another by drag and drop moves all its parts, swaps with the workout there and shows a W1 warning beside that week\'s days', async () => {
      const page = await planned();
      const week = await readWeek(page);
      const move = w1BreakingMove(week);
      assert.ok(move, `the plan has two strength days to move: ${JSON.stringify(week.days.map((d) => [d.day, d.sessions.map((s) => s.kind)]))}`);
      assert.ok(!(await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'), 'no W1 for this week before the edit');
      const planBefore = await plan(page);
      const fromIds = idsOn(planBefore, move.fromDay);
      const toIds = idsOn(planBefore, move.toDay);
      assert.ok(fromIds.length > 1, 'the workout to move has several parts');
      await dragWorkout(page, move);
      await waitFor(page, (m) => document.querySelector('osteo-plan').data.plan.weeks[0].days
        .find((d) => d.day === m.toDay)?.sessions[0]?.id === m.first, { ...move, first: fromIds[0] });
      // Every part went, in order, ids kept; the workout that was there went the other way.
      const planAfter = await plan(page);
      assert.deepEqual(idsOn(planAfter, move.toDay), fromIds, 'all the parts moved together');
      assert.deepEqual(idsOn(planAfter, move.fromDay), toIds, 'the two workouts swapped days');
      const after = await readWeek(page);
      assert.deepEqual(shownDay(after, move.toDay), shownDay(week, move.fromDay), 'the moved workout shows on its new day');
      assert.deepEqual(shownDay(after, move.fromDay), shownDay(week, move.toDay), 'the other workout shows on the old day');
      for (const day of ORDER.filter((d) => d !== move.fromDay && d !== move.toDay)) {
        assert.deepEqual(shownDay(after, day), shownDay(week, day), `${day} is unchanged`);
      }
      assert.ok(after.days.find((d) => d.day === move.toDay).sessions.some((s) => s.kind === 'resistance'));
      // W1 for two strength days in a row sits next to the later day (the one to move); a W1
      // about the week's count (no single day) sits above the week's days.
      await waitForFinding(page, 'W1');
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

    test('a move is drawn in the frame after it and its findings right after that frame, then announced with their count', async () => {
      const page = await planned();
      const move = w1BreakingMove(await readWeek(page));
      const w1Beside = () => inRoot(page, (root) => root.querySelectorAll('li.day li.finding[data-rule=W1]').length);
      assert.equal(await w1Beside(), 0, 'no W1 beside a day before the move');
      await inRoot(page, (root, m) => root.querySelector(`[data-focus=move-${m.fromDay}]`).click(), move);
      await waitFor(page, (m) => document.querySelector('osteo-plan').shadowRoot.querySelector(`[data-focus=move-here-${m.toDay}]`), move);
      // The frame after the press: the plan checker (it reads the whole plan again) has not run yet.
      // Also: the words that stay (the headings, the tabs, the disclaimer) are not written again.
      const frame = await inRoot(page, (root, m) => new Promise((resolve) => {
        const rewritten = [];
        new MutationObserver((records) => rewritten.push(...records.map((r) => r.target.closest?.('h2, [role=tab], .disclaimer')?.textContent).filter(Boolean)))
          .observe(root, { subtree: true, childList: true });
        root.querySelector(`[data-focus=move-here-${m.toDay}]`).click();
        requestAnimationFrame(() => resolve({
          moved: [...root.querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'),
          w1: root.querySelectorAll('li.day li.finding[data-rule=W1]').length,
          focused: root.activeElement?.getAttribute('data-focus'),
          rewritten,
        }));
      }), move);
      assert.deepEqual(frame, { moved: true, w1: 0, focused: `move-${move.toDay}`, rewritten: [] }, 'the workout is on its new day, its findings not checked yet');
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.day li.finding[data-rule=W1]'));
      assert.equal(await inRoot(page, (root) => root.activeElement?.getAttribute('data-focus')), `move-${move.toDay}`,
        'focus stays on the moved workout when its findings come');
      await waitFor(page, () => /notes to read\.$/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('.wrap > [aria-live=polite]').textContent));
      const said = await inRoot(page, (root) => root.querySelector('.wrap > [aria-live=polite]').textContent);
      assert.match(said, /^The workouts? .+\. \d+ notes to read\.$/, said);
      assert.ok(Number(said.match(/(\d+) notes/)[1]) >= 1, `the W1 warning is counted: ${said}`);
      assertNoProblems(page);
      await page.close();
    });

    test('the Move button moves a workout with the arrow keys and Escape cancels', async () => {
      const page = await planned();
      const week = await readWeek(page);
      const move = w1BreakingMove(week);
      const fromIds = idsOn(await plan(page), move.fromDay);
      const moveButton = async () => (await page.evaluateHandle((m) => document.querySelector('osteo-plan').shadowRoot
        .querySelector(`li.day[data-day=${m.fromDay}] .workout [data-focus=move-${m.fromDay}]`), move)).asElement();
      assert.equal(await inRoot(page, (root) => root.querySelectorAll('li.day .workout .move').length), week.days.filter((d) => d.workout).length, 'one Move button per workout');
      // Escape cancels: nothing moves.
      await (await moveButton()).focus();
      await page.keyboard.press('Enter');
      assert.equal(await inRoot(page, (root) => root.activeElement?.getAttribute('aria-pressed')), 'true');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      assert.equal(await inRoot(page, (root) => root.activeElement?.getAttribute('aria-pressed')), 'false', 'Escape puts the workout down');
      assert.deepEqual((await readWeek(page)).days, week.days);
      // Enter, arrows to the target day, Enter.
      await (await moveButton()).focus();
      await page.keyboard.press('Enter');
      const steps = ORDER.indexOf(move.toDay) - ORDER.indexOf(move.fromDay);
      for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
      // The redraw gives up focus before it changes anything (moving focus out of a half-changed
      // week made the browser lay it out an extra time): when the Move button loses focus, the
      // week still has its old days.
      await inRoot(page, (root) => {
        const days = [...root.querySelectorAll('ol.week > li.day')];
        root.activeElement.addEventListener('blur', () => {
          window.weekAtBlur = [...root.querySelectorAll('ol.week > li.day')].map((day, i) => day === days[i]);
        }, { once: true });
      });
      await page.keyboard.press('Enter');
      await waitFor(page, (m) => [...document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
      assert.deepEqual(await page.evaluate(() => window.weekAtBlur), Array(7).fill(true));
      assert.deepEqual(idsOn(await plan(page), move.toDay), fromIds, 'the whole workout moved');
      assert.deepEqual(shownDay(await readWeek(page), move.toDay), shownDay(week, move.fromDay));
      const focusedOn = await inRoot(page, (root) => ({
        day: root.activeElement?.closest('li.day')?.dataset.day, key: root.activeElement?.getAttribute('data-focus'),
      }));
      assert.deepEqual(focusedOn, { day: move.toDay, key: `move-${move.toDay}` }, 'focus follows the workout to its new day');
      await waitForFinding(page, 'W1');
      assert.ok((await readFindings(page)).some((f) => f.rule === 'W1' && f.scope !== 'plan'));
      assertNoProblems(page);
      await page.close();
    });

    test('a single pointer moves a workout without dragging: "Move", then "Move it here" (mouse, and a tap on a phone)', async () => {
      const page = await planned();
      const week = await readWeek(page);
      const move = w1BreakingMove(week);
      const fromIds = idsOn(await plan(page), move.fromDay);
      const handle = (selector) => widgetElement(page, selector);
      // The moved workout's strength part is on its new day.
      const moved = (p) => waitFor(p, (m) => [...document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((s) => s.dataset.kind === 'resistance'), move);
      const targets = () => inRoot(page, (root) => [...root.querySelectorAll('li.day .move-here')].map((b) => ({ day: b.closest('li.day').dataset.day, text: b.textContent })));
      // A real mouse: pressing "Move it here" must not blur the Move button into putting the workout down first.
      await (await handle(`[data-focus=move-${move.fromDay}]`)).click();
      const shown = await targets();
      assert.deepEqual(shown.map((b) => b.day), ORDER.filter((d) => d !== move.fromDay), 'one target on every other day');
      for (const b of shown) {
        const busy = week.days.find((d) => d.day === b.day).workout !== null;
        assert.ok(b.text.startsWith(busy ? 'Swap with this day' : 'Move it here'), JSON.stringify(b));
      }
      // Pressing anywhere else puts the workout down: nothing moves.
      await (await handle('[data-testid=week-heading]')).click();
      assert.deepEqual(await targets(), []);
      assert.deepEqual((await readWeek(page)).days, week.days);
      await (await handle(`[data-focus=move-${move.fromDay}]`)).click();
      await (await handle(`[data-focus=move-here-${move.toDay}]`)).click();
      await moved(page);
      assert.deepEqual(idsOn(await plan(page), move.toDay), fromIds, 'the whole workout moved');
      assert.deepEqual(await targets(), [], 'the targets are gone');
      assert.equal(await inRoot(page, (root) => root.activeElement?.getAttribute('data-focus')), `move-${move.toDay}`, 'focus follows the workout');
      assertNoProblems(page);
      await page.close();
      if (name !== 'chromium') return;
      // A phone: taps on a touch screen, 360 px.
      const phone = await openPage(env.browser, { width: 360, height: 740 });
      await phone.setViewport({ width: 360, height: 740, isMobile: true, hasTouch: true });
      await phone.goto(env.server.url);
      await waitForWidget(phone);
      await makePlan(phone);
      const tap = async (selector) => {
        const el = await widgetElement(phone, selector);
        await el.scrollIntoView();
        const box = await el.boundingBox();
        await phone.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      };
      const before = idsOn(await plan(phone), move.fromDay);
      await tap(`[data-focus=move-${move.fromDay}]`);
      await tap(`[data-focus=move-here-${move.toDay}]`);
      await moved(phone);
      assert.deepEqual(idsOn(await plan(phone), move.toDay), before, 'moved by two taps');
      assertNoProblems(phone);
      await phone.close();
    });

    test('moving one workout redraws only what changed: the open workout elsewhere keeps what the person typed in its log', async () => {
      const page = await planned();
      const week = await readWeek(page);
      const busy = week.days.filter((d) => d.workout).map((d) => d.day);
      const rest = week.days.find((d) => !d.workout)?.day;
      assert.ok(busy.length >= 2 && rest, 'two workouts and a rest day');
      const [open, moved] = [busy[0], busy[busy.length - 1]];
      await inRoot(page, (root, day) => root.querySelector(`li.day[data-day=${day}] .workout .open`).click(), open);
      await inRoot(page, (root) => {
        const effort = root.querySelector('[data-focus=log-effort]');
        effort.value = '8';
        effort.dispatchEvent(new Event('input', { bubbles: true }));
        root.querySelector('section.detail').probe = true;
        root.querySelector('.toolbar').probe = true;
      });
      const moveButton = (await page.evaluateHandle((day) => document.querySelector('osteo-plan').shadowRoot
        .querySelector(`[data-focus=move-${day}]`), moved)).asElement();
      await moveButton.focus();
      await page.keyboard.press('Enter');
      const steps = ORDER.indexOf(rest) - ORDER.indexOf(moved);
      for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.keyboard.press('Enter');
      await waitFor(page, (day) => document.querySelector('osteo-plan').shadowRoot.querySelector(`li.day[data-day=${day}] .workout`), rest);
      const after = await inRoot(page, (root) => ({
        effort: root.querySelector('[data-focus=log-effort]')?.value,
        detailKept: root.querySelector('section.detail')?.probe === true,
        toolbarKept: root.querySelector('.toolbar')?.probe === true,
      }));
      assert.deepEqual(after, { effort: '8', detailKept: true, toolbarKept: true });
      assert.equal((await readWeek(page)).days.find((d) => d.day === moved).workout, null, 'the moved workout left its day');
      assertNoProblems(page);
      await page.close();
    });

    test('a moved workout keeps its log (still done) and its calendar UID; moving it to a rest day leaves the old day resting', async () => {
      const page = await planned();
      await recordDownloads(page);
      const week = await readWeek(page);
      const from = week.days.find((d) => d.workout).day;
      const to = ORDER.find((d) => !week.days.find((x) => x.day === d).workout);
      assert.ok(to, 'the week has a rest day');
      const before = await plan(page);
      const ids = idsOn(before, from);
      // Log the workout, and read its calendar event.
      await inRoot(page, (root, d) => root.querySelector(`[data-focus=open-${d}]`).click(), from);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log'));
      await inRoot(page, (root) => {
        root.querySelector('[data-focus=log-effort]').value = '4';
        root.querySelector('[data-focus=log-save]').click();
      });
      await waitFor(page, (d) => document.querySelector('osteo-plan').shadowRoot.querySelector(`li.day[data-day=${d}] .workout .done-tag`), from);
      const log = (await plan(page)).log;
      assert.deepEqual(log.map((l) => l.sessionId).sort(), [...ids].sort(), 'one log entry per part');
      const event = async (date) => {
        await inRoot(page, (root) => root.querySelector('[data-focus=ics]').click());
        const [file] = await takeDownloads(page);
        const events = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent');
        return events.filter((e) => e.getFirstPropertyValue('dtstart').toString() === date).map((e) => e.getFirstPropertyValue('uid'));
      };
      const dateOf = (p, day) => {
        const [y, m, d] = p.split('-').map(Number);
        const first = new Date(Date.UTC(y, m - 1, d));
        const monday = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86400000);
        return new Date(monday.getTime() + ORDER.indexOf(day) * 86400000).toISOString().slice(0, 10);
      };
      const start = await page.evaluate(() => document.querySelector('osteo-plan').data.startDate);
      const uid = await event(dateOf(start, from));
      assert.equal(uid.length, 1, 'one event on the workout\'s day');
      assert.ok(uid[0].startsWith(`${ids[0]}-`), `the UID ${uid[0]} comes from the workout's first part`);
      // Move it onto the rest day with the Move button (click to pick up, arrows, click to drop).
      await inRoot(page, (root, m) => {
        const button = root.querySelector(`[data-focus=move-${m.from}]`);
        button.click();
        const steps = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m.to) - ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m.from);
        for (let i = 0; i < Math.abs(steps); i++) button.dispatchEvent(new KeyboardEvent('keydown', { key: steps > 0 ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
        button.click();
      }, { from, to });
      await waitFor(page, (d) => document.querySelector('osteo-plan').shadowRoot.querySelector(`li.day[data-day=${d}] .workout`), to);
      const after = await plan(page);
      assert.deepEqual(idsOn(after, to), ids, 'all the parts moved');
      assert.deepEqual(idsOn(after, from), [], 'nothing is left on the old day');
      assert.deepEqual(after.log, log, 'the log is unchanged');
      const shown = await readWeek(page);
      assert.equal(shown.days.find((d) => d.day === to).workout.done, true, 'the moved workout is still done');
      assert.equal(shown.days.find((d) => d.day === from).workout, null);
      assert.match(await inRoot(page, (root, d) => root.querySelector(`li.day[data-day=${d}] .rest`)?.textContent, from), /Rest day/);
      assert.deepEqual(await event(dateOf(start, to)), uid, 'the calendar event keeps its UID on the new day');
      assert.deepEqual(await event(dateOf(start, from)), [], 'no event left on the old day');
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

    test('the charts show the shown week\'s minutes by kind and every week\'s total, and follow the week shown', async () => {
      const page = await planned();
      const KINDS = ['resistance', 'aerobic', 'impact', 'balance', 'flexibility'];
      const minutes = (week, kind) => week.days.flatMap((d) => d.sessions).filter((x) => kind === undefined || x.kind === kind).reduce((a, x) => a + x.minutes, 0);
      const wanted = (p, pos) => ({
        week: Object.fromEntries(KINDS.map((k) => [k, minutes(p.weeks[pos], k)])),
        totals: p.weeks.map((week) => minutes(week)),
      });
      // The charts are drawn right after the frame that shows the week: read until they agree.
      const shown = () => inRoot(page, (root) => {
        const first = (el) => Number(el?.textContent.match(/\d[\d,]*/)?.[0].replace(/,/g, ''));
        return {
          week: Object.fromEntries([...root.querySelectorAll('[data-testid=week-chart] .value[data-kind]')].map((el) => [el.dataset.kind, first(el)])),
          totals: [...root.querySelectorAll('[data-testid=progress-chart] tbody tr')].map((tr) => first(tr.querySelector('td'))),
          current: root.querySelector('[data-testid=progress-chart] rect.current')?.getAttribute('x'),
        };
      });
      const agree = async (want) => {
        let got;
        for (let i = 0; i < 50; i++) {
          got = await shown();
          if (JSON.stringify({ week: got.week, totals: got.totals }) === JSON.stringify(want)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        assert.deepEqual({ week: got.week, totals: got.totals }, want);
        return got.current;
      };
      const p = await plan(page);
      assert.ok(p.weeks.every((week) => minutes(week) > 0), 'every week has minutes');
      const first = await agree(wanted(p, 0));
      await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
      await waitFor(page, () => /^Week 2 of 12/.test(document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=week-heading]').textContent));
      await agree(wanted(p, 1));
      await waitFor(page, (x) => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=progress-chart] rect.current')?.getAttribute('x') !== x, first);
      assertNoProblems(page);
      await page.close();
    });

    test('workout detail shows every part in order with its exercises, sets × reps, cues and variants, and Swap replaces an exercise', async () => {
      const page = await planned();
      const day = (await readWeek(page)).days.find((d) => d.sessions.some((s) => s.kind === 'resistance'));
      await inRoot(page, (root, d) => root.querySelector(`li.day[data-day=${d}] .workout [data-focus=open-${d}]`).click(), day.day);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail li.exercise'));
      const detail = await inRoot(page, (root) => ({
        heading: root.querySelector('.detail h3').textContent,
        focusedHeading: root.activeElement === root.querySelector('.detail h3'),
        parts: [...root.querySelectorAll('.detail section.part')].map((s) => ({ kind: s.dataset.kind, title: s.querySelector('.part-title').textContent })),
        exercises: [...root.querySelectorAll('.detail li.exercise')].map((li) => ({
          id: li.dataset.exercise, kind: li.closest('section.part').dataset.kind, name: li.querySelector('h5').textContent,
          dose: li.querySelector('.dose').textContent, cues: li.querySelectorAll('.cues li').length,
          swap: li.querySelector('[data-focus^=swap-]').getAttribute('data-focus'),
        })),
      }));
      assert.match(detail.heading, /^[A-Z][a-z]+day, [A-Z][a-z]+ \d+: /);
      assert.ok(detail.heading.endsWith(`: ${day.workout.title}`), `${detail.heading} names the workout ${day.workout.title}`);
      assert.match(detail.heading, /Strength/);
      assert.ok(detail.focusedHeading, 'opening a workout moves focus to its detail');
      // The parts as the card lists them, in the same order, each with its minutes.
      assert.deepEqual(detail.parts.map((p) => p.kind), day.sessions.map((s) => s.kind));
      detail.parts.forEach((p, i) => assert.equal(p.title.replace(' · ', ' '), day.sessions[i].text));
      // Every exercise of every part of that day in the plan is shown, in its part.
      const inPlan = (await plan(page)).weeks[0].days.find((d) => d.day === day.day).sessions;
      assert.deepEqual(detail.exercises.map((ex) => `${ex.kind}:${ex.id}`).sort(),
        inPlan.flatMap((s) => s.exercises.map((x) => `${s.kind}:${x.exerciseId}`)).sort());
      const strength = detail.exercises.filter((ex) => ex.kind === 'resistance');
      assert.ok(strength.length >= 1);
      for (const ex of strength) assert.match(ex.dose, /^\d+ × \d+ (reps|s|min|impacts)$|^\d+ (impacts|s|min)$/);
      for (const ex of detail.exercises) assert.match(ex.dose, /^\d+ × \d+ (reps|s|min|impacts)$|^\d+ (impacts|s|min)$|^\d+ × \d+ (s|min)$/, `${ex.id}: ${ex.dose}`);
      assert.ok(detail.exercises.some((ex) => ex.cues > 0), 'cues are shown');
      // Swap the first strength exercise that has an alternative.
      let swapped = null;
      for (const ex of strength) {
        const at = detail.exercises.indexOf(ex);
        const key = ex.swap.replace(/^swap-/, '');
        await inRoot(page, (root, x) => root.querySelector(`[data-focus=swap-${x}]`).click(), key);
        const alt = await inRoot(page, (root, x) => root.querySelector(`button[data-focus=alt-${x}-0]`)?.textContent ?? null, key);
        if (!alt) continue;
        await inRoot(page, (root, x) => root.querySelector(`button[data-focus=alt-${x}-0]`).click(), key);
        swapped = { at, name: alt.replace(/^Use /, '') };
        break;
      }
      assert.ok(swapped, 'some strength exercise has a safe alternative');
      await waitFor(page, (s) => document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll('.detail li.exercise h5')[s.at]?.textContent === s.name, swapped);
      // Only that exercise changed.
      const now = await inRoot(page, (root) => [...root.querySelectorAll('.detail li.exercise h5')].map((x) => x.textContent));
      assert.deepEqual(now.filter((_, i) => i !== swapped.at), detail.exercises.map((ex) => ex.name).filter((_, i) => i !== swapped.at));
      assertNoProblems(page);
      await page.close();
    });

    test('logging a workout marks it done, adapts the coming weeks and ends up in the exported JSON', async () => {
      const page = await planned();
      await recordDownloads(page);
      const day = (await readWeek(page)).days.find((d) => d.sessions.some((s) => s.kind === 'resistance')).day;
      await inRoot(page, (root, d) => root.querySelector(`li.day[data-day=${d}] .workout [data-focus=open-${d}]`).click(), day);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log'));
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=log-save]').textContent), 'Mark the workout done and save');
      const first = await inRoot(page, (root) => {
        const set = (el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); };
        const reps = root.querySelector('.detail [data-focus^=log-reps-]');
        set(reps, '12');
        set(root.querySelector('[data-focus=log-effort]'), '6');
        set(root.querySelector('[data-focus=log-pain]'), '7');
        root.querySelector('[data-focus=log-save]').click();
        return reps.closest('fieldset').querySelector('legend').textContent;
      });
      await waitFor(page, (d) => document.querySelector('osteo-plan').shadowRoot.querySelector(`li.day[data-day=${d}] .workout .done-tag`), day);
      const week = await readWeek(page);
      const logged = week.days.find((d) => d.day === day);
      assert.ok(logged.workout.done);
      assert.match(await inRoot(page, (root, d) => root.querySelector(`[data-focus=open-${d}]`).textContent, day), /✓ Done$/);
      assert.ok(week.days.filter((d) => d.workout && d.day !== day).every((d) => !d.workout.done), 'no other workout is done');
      // Pain 7 of 10: the coming weeks get gentler, and week 2 says so (P6, pointing to the care team).
      await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
      await waitForFinding(page, 'P6');
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
      // One entry per part of the workout, each with the effort and pain given; the reps typed
      // go with the exercise they were typed for.
      const parts = data.plan.weeks[0].days.find((d) => d.day === day).sessions;
      assert.deepEqual(data.plan.log.map((l) => l.sessionId).sort(), parts.map((s) => s.id).sort());
      for (const l of data.plan.log) assert.deepEqual([l.done, l.effort, l.pain], [true, 6, 7]);
      const results = data.plan.log.flatMap((l) => l.results);
      assert.ok(results.some((r) => r.reps === 12), JSON.stringify(results));
      assert.ok(first.length > 0);
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
        await inRoot(page, (root, d) => root.querySelector(`li.day[data-day=${d}] .workout [data-focus=open-${d}]`).click(), day);
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log'));
        // Every exercise done with 2 reps over its target on the last set.
        await inRoot(page, (root) => {
          for (const input of root.querySelectorAll('.detail input[data-focus^=log-reps-]')) input.value = String(Number(input.value) + 2);
          root.querySelector('[data-focus=log-save]').click();
        });
        await waitFor(page, (d) => document.querySelector('osteo-plan').shadowRoot.querySelector(`li.day[data-day=${d}] .workout .done-tag`), day);
      }
      const after = names(await plan(), 1);
      assert.notDeepEqual(after, before, 'week 2 changed');
      // What the person sees: week 2 shows a harder exercise that week 1 does not have.
      const harder = after.find((id) => !before.includes(id));
      await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
      const shown = await inRoot(page, (root) => {
        const out = [];
        for (const card of root.querySelectorAll('li.day .workout')) {
          if (!card.querySelector('li.session[data-kind=resistance]')) continue;
          card.querySelector('.open').click();
          out.push(...[...root.querySelectorAll('.detail section.part[data-kind=resistance] li.exercise')].map((li) => li.dataset.exercise));
        }
        return out;
      });
      assert.ok(shown.includes(harder), `week 2 shows ${harder}`);
      assertNoProblems(page);
      await page.close();
    });

    test('the calendar download is RFC 5545 text that ical.js parses, one event per planned workout', async () => {
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
      const workouts = (await plan(page)).weeks.flatMap((w) => w.days.filter((d) => d.sessions.length));
      assert.ok(workouts.some((d) => d.sessions.length > 1), 'some workout has several parts');
      assert.equal(events.length, workouts.length, 'one event per workout, not per part');
      const starts = events.map((e) => e.getFirstPropertyValue('dtstart').toString()).sort();
      assert.ok(starts[0] >= '2027-03-01', `first event ${starts[0]} is on or after the start date`);
      assert.equal(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size, events.length, 'UIDs are unique');
      assert.deepEqual(events.map((e) => e.getFirstPropertyValue('uid').replace(/-\d{8}@osteoplan$/, '')).sort(),
        workouts.map((d) => d.sessions[0].id).sort(), 'each UID comes from its workout\'s first part');
      assertNoProblems(page);
      await page.close();
    });

    test('the plan made ahead while the page is idle is the one the click would make, and is not used once an answer has changed', async () => {
      // On the last step the plan for the answers on screen is made while the browser is idle.
      // The same answers: the same plan as a click made before anything was ready.
      const fresh = await openPage(env.browser);
      await fresh.goto(env.server.url);
      await waitForWidget(fresh);
      await makePlan(fresh);
      const early = await plan(fresh);
      const page = await lastStep();
      await makePlan(page);
      assert.deepEqual(await plan(page), early);
      // An answer changed and the button pressed at once, before any idle moment: the new answer counts.
      const changed = await lastStep();
      await tickAndMakePlan(changed, 'input[name=flag][value=boneMetastases]');
      await waitFor(changed, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.finding.sev-stop'));
      assert.equal(await inRoot(changed, (root) => root.querySelectorAll('li.session, .workout').length), 0, 'no workouts with bone metastases');
      // The easier-week choice counts too.
      const deload = await lastStep();
      await tickAndMakePlan(deload, '[data-focus=p-deload]');
      await waitFor(deload, () => document.querySelector('osteo-plan').data.plan);
      assert.ok((await plan(deload)).weeks.some((w) => w.deload), 'an easier week is planned');
      assert.ok(!early.weeks.some((w) => w.deload), 'none without the choice');
      for (const p of [fresh, page, changed, deload]) {
        assertNoProblems(p);
        await p.close();
      }
    });

    test('the tap on Make my plan is answered by its busy button; the next frame has the days whose tops are on screen, the others come right after', async () => {
      // The frame after the tap, then the first frame with the week: what it shows, and where
      // the week list and the focused heading are.
      const firstFrame = async (size) => {
        const page = await lastStep(size);
        const seen = await inRoot(page, (root) => new Promise((resolve) => {
          const button = root.querySelector('[data-focus=p-generate]');
          button.click();
          requestAnimationFrame(() => {
            const tap = { busy: button.getAttribute('aria-busy'), week: root.querySelector('ol.week') !== null };
            const weekFrame = () => requestAnimationFrame(() => {
              if (!root.querySelector('ol.week')) return weekFrame();
              resolve({
                tap,
                tops: [...root.querySelectorAll('ol.week li.day')].map((day) => day.getBoundingClientRect().top),
                listTop: root.querySelector('ol.week').getBoundingClientRect().top,
                busy: root.querySelector('ol.week').getAttribute('aria-busy'),
                screen: innerHeight,
                focused: root.activeElement?.dataset.focus,
                headingTop: root.activeElement?.getBoundingClientRect().top,
              });
            });
            weekFrame();
          });
        }));
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('ol.week li.day').length === 7);
        const after = await inRoot(page, (root) => ({
          tops: [...root.querySelectorAll('ol.week li.day')].map((day) => day.getBoundingClientRect().top),
          busy: root.querySelector('ol.week').getAttribute('aria-busy'),
          headingTop: root.activeElement?.getBoundingClientRect().top,
        }));
        assert.deepEqual(seen.tap, { busy: 'true', week: false }, 'the frame after the tap shows the button busy, the week comes next');
        assert.equal(seen.focused, 'schedule-heading');
        assert.equal(after.busy, null, 'the list is not busy once every day is there');
        assert.equal(after.headingTop, seen.headingTop, 'nothing on screen moved when the days came');
        assert.deepEqual(after.tops.slice(0, seen.tops.length), seen.tops, 'the days drawn first stayed where they were');
        // Every day whose top is on screen is in the first frame; of those below, at most the first.
        const onScreen = after.tops.filter((top) => top < seen.screen).length;
        assert.ok(seen.tops.length >= onScreen && seen.tops.length <= onScreen + 1, `${seen.tops.length} days drawn first, ${onScreen} begin on screen`);
        assert.equal(seen.busy, seen.tops.length < 7 ? 'true' : null, 'busy while days are missing');
        return { page, seen };
      };
      const phone = await firstFrame({ width: 360, height: 740 });
      assert.ok(phone.seen.listTop >= phone.seen.screen, 'on a phone the week begins below the screen');
      assert.equal(phone.seen.tops.length, 0, 'the first frame does not wait for days below the screen');
      const taller = await firstFrame({ width: 360, height: 1500 });
      assert.ok(taller.seen.tops.length > 0 && taller.seen.tops.length < 7, `a taller phone gets the days on its screen first (${taller.seen.tops.length})`);
      const tall = await firstFrame({ width: 1280, height: 1200 });
      assert.equal(tall.seen.tops.length, 7, 'a wide screen shows the whole week in one row, in the first frame');
      for (const p of [phone.page, taller.page, tall.page]) {
        assertNoProblems(p);
        await p.close();
      }
    });

    test('the plan\'s notes are written when "Why your plan looks like this" is first opened, by a click or any other way', async () => {
      const page = await planned();
      const closed = await inRoot(page, (root) => ({
        summary: root.querySelector('details.plan-notes > summary').textContent,
        notes: root.querySelectorAll('[data-testid=plan-notes] li.finding').length,
      }));
      assert.equal(closed.notes, 0, 'not written while closed');
      const n = Number(/\((\d+)/.exec(closed.summary)[1]);
      // A click (also Enter or Space on the summary): open, with its notes, in the same task.
      const opened = await inRoot(page, (root) => {
        root.querySelector('details.plan-notes > summary').click();
        const details = root.querySelector('details.plan-notes');
        return { open: details.open, rules: [...details.querySelectorAll('li.finding')].map((f) => f.dataset.rule) };
      });
      assert.equal(opened.open, true);
      assert.equal(opened.rules.length, n, 'as many notes as the summary says');
      // The plan's own notes: the checker's plan-level notes for this plan.
      const expected = await page.evaluate(async () => {
        const el = document.querySelector('osteo-plan');
        const core = await (await import('/pkg/osteo-plan.js')).loadCore();
        const { profile, plan } = el.data;
        const found = core.checkPlan(profile, plan);
        for (const f of plan.findings ?? []) if (!found.some((g) => g.ruleId === f.ruleId && g.week === f.week && g.day === f.day)) found.push(f);
        return found.filter((f) => f.week == null && f.severity === 'info').map((f) => f.ruleId);
      });
      assert.deepEqual(opened.rules, expected);
      // Closed and opened again: written once.
      await inRoot(page, (root) => { for (let i = 0; i < 2; i++) root.querySelector('details.plan-notes > summary').click(); });
      assert.equal(await inRoot(page, (root) => root.querySelectorAll('details.plan-notes ul').length), 1);
      // Opened by a script (or find in page): the notes follow.
      const other = await planned();
      await inRoot(other, (root) => { root.querySelector('details.plan-notes').open = true; });
      await waitFor(other, (k) => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('[data-testid=plan-notes] li.finding').length === k, n);
      for (const p of [page, other]) {
        assertNoProblems(p);
        await p.close();
      }
    });

    test('bone metastases: a stop finding sends the person to their oncology team and no workouts are planned', async () => {
      const p = await openPage(env.browser);
      await p.goto(env.server.url);
      await waitForWidget(p);
      await tickAndMakePlan(p, 'input[name=flag][value=boneMetastases]');
      await waitFor(p, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.finding.sev-stop'));
      const findings = await readFindings(p);
      const stop = findings.find((f) => f.rule === 'G1');
      assert.ok(stop, 'G1 is shown');
      assert.match(stop.text, /^Stop:/);
      assert.match(stop.text, /oncology/i);
      const shown = await inRoot(p, (root) => root.querySelectorAll('li.session, .workout').length);
      assert.equal(shown, 0);
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
        const button = root.querySelector(`[data-focus=move-${m.fromDay}]`);
        button.click();
        for (let i = 0; i < 7; i++) button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      }, move);
      await inRoot(page, (root, m) => {
        const button = root.querySelector(`[data-focus=move-${m.fromDay}]`);
        const steps = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m.toDay);
        for (let i = 0; i < steps; i++) button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        button.click();
      }, move);
      await waitFor(page, (m) => [...document.querySelector('osteo-plan').shadowRoot
        .querySelectorAll(`li.day[data-day=${m.toDay}] li.session`)].some((x) => x.dataset.kind === 'resistance'), move);
      await inRoot(page, (root) => root.querySelector('li.day .workout .open').click());
      await inRoot(page, (root) => root.querySelector('[data-focus=log-save]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('li.day .workout .done-tag'));
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
        // Drawn when print media starts to apply (as on the browser's own print command).
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.print-sheet td.blank'));
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

      test('printing from another tab prints the current week, drawn then (not on every edit)', async () => {
        const page = await planned();
        await showTab(page, 'today');
        // A change while the Week tab is closed: the language.
        await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[role=tab][data-tab=week]').textContent === 'Semana');
        assert.equal(await inRoot(page, (root) => root.querySelectorAll('.print-sheet tbody tr').length), 0, 'not drawn before printing');
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        const sheet = await inRoot(page, (root) => ({
          headers: [...root.querySelectorAll('.print-sheet th[scope=col]')].map((th) => th.textContent),
          rows: root.querySelectorAll('.print-sheet tbody tr').length,
        }));
        assert.equal(sheet.headers[0], 'Día', 'in the language now shown');
        assert.ok(sheet.rows >= 7, `${sheet.rows} rows: the whole week`);
        await page.emulateMediaType('print');
        assert.equal(await inRoot(page, (root) => getComputedStyle(root.querySelector('.print-sheet')).display), 'block');
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
