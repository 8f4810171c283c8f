// Today (issue #13) in WebKit, beside the guided journey in journeys.webkit.mjs: a rest day says
// so and shows the next workout, and a returning person lands on Today (360 px); the #osteoplan-*
// deep links open their tabs and axe-core finds nothing in the guided workout (320 px); a
// version-1 export from the release before imports as one workout per day with its log kept.
// The cases of ../today.test.mjs (Chromium, Firefox ESR), over WebDriver. The page's Date is
// replaced before any script runs by fixtures/fake-clock.js, loaded by fixtures/today-clock.html
// ahead of the widget's module (WebDriver has no "before the page's scripts" hook). Phone widths
// are an iframe of that width: MiniBrowser's window cannot be narrower than about 450 px.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, waitFor } from '../lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan, showTab, readWeek, overflowing, axe, formatViolations } from '../lib/widget.mjs';
import { importFile } from '../lib/journey.mjs';
import { click, planOf } from '../lib/guided.mjs';
import { useWebKit, skipReason, assertNoProblems, SUITE_TIMEOUT } from './lib/webkit.mjs';

const CLOCK_PAGE = '/fixtures/today-clock.html';

describe('Today in WebKit', { skip: skipReason(), timeout: SUITE_TIMEOUT }, () => {
  const env = useWebKit(startPlannerServer);
  let dir;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'osteoplan-webkit-today-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `fn` inside a `width`-px iframe of the fake-clock page at `now`; returns what it returns. */
  async function inPhone({ width, now, height = 800 }, fn) {
    const { page, driver } = env;
    const src = `${CLOCK_PAGE}?now=${now}`;
    await page.goto(`${env.server.url}__webkit/frame.html?width=${width}&height=${height}&src=${encodeURIComponent(src)}`);
    const enter = async () => {
      await driver.switchTo().defaultContent();
      await driver.switchTo().frame(await driver.findElement({ id: 'frame' }));
    };
    await enter();
    try {
      assert.equal(await page.evaluate(() => innerWidth), width);
      return await fn(page, enter);
    } finally {
      await driver.switchTo().defaultContent();
    }
  }

  test('a rest day says so and shows the next workout; a returning person lands on Today (360 px)', async () => {
    await inPhone({ width: 360, now: '2026-12-06T09:00' }, async (page, enter) => { // Sunday 6 December: a rest day in week 1
      // Saved data from an earlier file on this origin would be restored before a clear could
      // act: clear, then load the page again so the widget starts empty (the first-use form).
      await page.evaluate(() => localStorage.clear());
      await page.evaluate(() => location.reload());
      await enter();
      await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('form button[type=submit]'));
      await click(page, 'remember');
      try {
        await makePlan(page);
        // A reload of the iframe's page: the same fake Sunday, the plan from storage.
        await page.evaluate(() => location.reload());
        await enter();
        await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('[data-testid=profile-summary]'));
        const tab = await inRoot(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.tab);
        assert.equal(tab, 'today', 'a returning person with a plan lands on Today');
        const text = await inRoot(page, (root) => root.querySelector('[part=today]').textContent);
        assert.match(text, /Today is a rest day\./);
        assert.match(text, /Next workout: Monday, December 7 · week 2/);
        assert.deepEqual(await overflowing(page), []);
        assert.equal(await inRoot(page, (root) => root.querySelector('[data-testid=profile-summary]') !== null), true, 'the profile is one line');
        await assertNoProblems(page);
      } finally {
        await page.evaluate(() => localStorage.clear());
      }
    });
  });

  test('deep links open a tab; the guided workout fits 320 px and axe finds no WCAG 2.2 AA violation in it', async () => {
    await inPhone({ width: 320, now: '2026-11-30T09:00' }, async (page) => {
      await waitForWidget(page);
      await click(page, 'p-generate');
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=profile-summary]'));
      await page.evaluate(() => { location.hash = '#osteoplan-food'; });
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-tab=food]').getAttribute('aria-selected') === 'true');
      assert.equal(await inRoot(page, (root) => root.querySelector('[part=calculator]').hidden), false, '#osteoplan-food opens Food');
      await page.evaluate(() => { location.hash = '#osteoplan-today'; });
      await waitFor(page, () => !document.querySelector('osteo-plan').shadowRoot.querySelector('[part=today]').hidden);
      assert.equal(await inRoot(page, (root) => root.querySelector('[part=schedule]').hidden), true, 'one tab at a time');
      await click(page, 'start-workout');
      assert.ok(await inRoot(page, (root) => root.querySelector('[data-testid=guided]')?.getClientRects().length > 0), 'the guided workout is on screen');
      assert.deepEqual(await overflowing(page), [], 'nothing sticks out at 320 px');
      const violations = await axe(page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await assertNoProblems(page);
    });
  });

  test('a version-1 export from the release before imports: one workout per day, parts in order, its log kept', async () => {
    const { page } = env;
    const v1 = readFileSync(join(REPO, 'tests', 'e2e', 'fixtures', 'v1-export.json'), 'utf8');
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${env.server.url}${CLOCK_PAGE.slice(1)}?now=2026-11-30T09:00`);
    await waitForWidget(page);
    await showTab(page, 'data');
    await importFile(page, dir, v1);
    await waitFor(page, () => document.querySelector('osteo-plan').data.plan !== null);
    await showTab(page, 'week');
    const week = await readWeek(page);
    const old = JSON.parse(v1).plan;
    assert.deepEqual(week.days.filter((d) => d.workout).map((d) => d.day), old.weeks[0].days.filter((d) => d.sessions.length).map((d) => d.day));
    for (const d of week.days.filter((x) => x.workout)) {
      assert.equal(await inRoot(page, (root, day) => root.querySelectorAll(`li.day[data-day=${day}] .workout`).length, d.day), 1, `${d.day}: one workout card`);
    }
    // Tuesday's parts were stored aerobic before impact; the workout does impact first.
    assert.deepEqual(week.days.find((d) => d.day === 'tue').sessions.map((s) => s.kind), ['balance', 'impact', 'aerobic']);
    assert.equal(week.days.find((d) => d.day === 'tue').workout.done, true, 'its three logged sessions make the workout done');
    assert.equal(week.days.find((d) => d.day === 'mon').workout.done, false);
    // The moved impact session is Sunday's workout.
    assert.deepEqual(week.days.find((d) => d.day === 'sun').sessions.map((s) => s.kind), ['impact']);
    assert.deepEqual((await planOf(page)).log, old.log, 'the log is kept as it was');
    await assertNoProblems(page);
  });
});
