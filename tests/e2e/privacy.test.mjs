// Privacy over a whole visit: a person fills in "About you", makes a plan, opens a workout,
// swaps an exercise and logs the workout, moves on a week, starts and leaves the guided workout
// in Today and picks a rest time, downloads the calendar, adds foods by search and a
// supplement, switches language and downloads their data. Every request is recorded: only the
// page's own origin; after load, only the one static file the language switch needs (the
// Spanish strings, a plain GET with no query: nothing the person entered can ride
// on it); no cookies, and nothing written to localStorage,
// sessionStorage, IndexedDB or Cache Storage (with storage="none", and with storage="local"
// before the person opts in). Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan, recordDownloads, takeDownloads, showTab } from './lib/widget.mjs';
import { addFood, addSupplement } from './lib/journey.mjs';

/** Everything the page could have kept: storage areas, databases, caches, cookies. */
const kept = (page) => page.evaluate(async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  indexedDB: (await indexedDB.databases()).map((d) => d.name),
  caches: typeof caches === 'undefined' ? [] : await caches.keys(),
  cookie: document.cookie,
}));
const NOTHING = { local: [], session: [], indexedDB: [], caches: [], cookie: '' };

async function journey(page) {
  await inRoot(page, (root) => {
    const age = root.querySelector('input[name=age]');
    age.value = '67';
    age.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await makePlan(page);
  // Open the first workout, swap its first exercise if it has an alternative, and log it.
  const day = await inRoot(page, (root) => {
    const open = root.querySelector('li.day .workout [data-focus^=open-]');
    open.click();
    return open.closest('li.day').dataset.day;
  });
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-focus=log-save]'));
  await inRoot(page, (root) => {
    const swap = root.querySelector('.detail [data-focus^=swap-]');
    swap.click();
    root.querySelector(`button[data-focus=${swap.getAttribute('data-focus').replace(/^swap-/, 'alt-')}-0]`)?.click();
  });
  await inRoot(page, (root) => root.querySelector('[data-focus=log-save]').click());
  const parts = await waitFor(page, (d) => {
    const { plan } = document.querySelector('osteo-plan').data;
    const ids = plan.weeks[0].days.find((x) => x.day === d).sessions.map((x) => x.id);
    return plan.log.length === ids.length && plan.log.every((l) => l.done && ids.includes(l.sessionId)) && ids.length;
  }, day);
  assert.ok(parts > 0, 'the workout is logged, one entry per part');
  await inRoot(page, (root) => root.querySelector('[data-focus=week-next]').click());
  await inRoot(page, (root) => root.querySelector('[data-focus=ics]').click());
  // Today: a rest time, then start the guided workout, go to the next exercise and leave it.
  await showTab(page, 'today');
  await inRoot(page, (root) => {
    const rest = root.querySelector('[data-focus=pref-rest]');
    rest.value = '90';
    rest.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await waitFor(page, () => document.querySelector('osteo-plan').data.preferences.restSeconds === 90);
  await inRoot(page, (root) => root.querySelector('[data-focus=start-workout]').click());
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=guided]'));
  await inRoot(page, (root) => root.querySelector('[data-focus=g-next]').click());
  await inRoot(page, (root) => root.querySelector('[data-focus=g-end]').click());
  await inRoot(page, (root) => root.querySelector('[data-focus=g-discard]')?.click());
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-focus=start-workout]'));
  await addFood(page, { query: 'milk', amount: 2 });
  await addFood(page, { query: 'salmon', portion: 'weight', amount: 120, per: 'week' });
  await addSupplement(page, { nutrient: 'vitaminD', amount: 20 });
  await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2').textContent === 'Sobre usted');
  await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
  const files = await takeDownloads(page);
  assert.deepEqual(files.map((f) => f.type).sort(), ['application/json', 'text/calendar'].sort(), 'the calendar and the data file were offered');
  const data = JSON.parse(files.find((f) => f.type === 'application/json').text);
  assert.equal(data.profile.age, 67);
  assert.equal(data.intake.entries.length, 3);
  assert.equal(data.preferences.restSeconds, 90);
}

for (const name of BROWSERS) {
  describe(`privacy over a whole visit in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    for (const [label, path] of [['storage="none"', 'fixtures/journey.html'], ['storage="local" without opting in', '']]) {
      test(`${label}: own origin only, after load only the strings a language switch needs, no cookies, nothing stored`, async () => {
        const page = await openPage(env.browser);
        const requests = [];
        const sent = [];
        // data: and blob: URLs never leave the device (Chromium draws the date picker's icon
        // from a data: URL; downloads are blob: URLs), so they are not network requests.
        page.on('request', (req) => {
          if (/^(data|blob):/.test(req.url())) return;
          requests.push(req.url());
          // fetch() and XHR refuse a body on GET, so GET-only means nothing was sent in one.
          if (req.method() !== 'GET') sent.push(`${req.method()} ${req.url()}`);
        });
        await page.goto(`${env.server.url}${path}`);
        await waitForWidget(page);
        // A clean slate from any earlier test in this browser profile, then a settled page.
        await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
        await new Promise((r) => setTimeout(r, 300));
        assert.deepEqual(await kept(page), NOTHING);
        await recordDownloads(page);
        const afterLoad = requests.length;

        await journey(page);
        await new Promise((r) => setTimeout(r, 500));

        const origin = new URL(env.server.url).origin;
        assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'no request leaves the page origin');
        assert.deepEqual(requests.slice(afterLoad), [`${origin}/pkg/strings-es.js`], 'after load, only the Spanish strings when the language switches');
        assert.deepEqual(sent, [], 'every request is a GET');
        assert.deepEqual(await kept(page), NOTHING, 'nothing kept in the browser');
        assert.deepEqual(await page.cookies(), [], 'no cookies');
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
