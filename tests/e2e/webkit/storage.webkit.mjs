// Opt-in storage in WebKit, and its fault recovery: nothing is stored without the opt-in; with
// it, data survives a reload until "Delete my data". Saved data that goes wrong (corrupted,
// truncated, old, future, wrong-type) loads fresh, says so in English and Spanish, keeps a backup
// and offers the raw copy; a full storage keeps the earlier copy. The cases are those of
// ../storage-faults.test.mjs (Chromium, Firefox ESR), over WebDriver.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '../lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan, recordDownloads, takeDownloads, showTab } from '../lib/widget.mjs';
import { useWebKit, skipReason, assertNoProblems, SUITE_TIMEOUT } from './lib/webkit.mjs';

const KEY = 'osteoplan:saved';
const BACKUP = `${KEY}:backup-1`;

const valid = (over = {}) => ({
  format: 'osteoplan', version: 1, coreVersion: null,
  profile: { age: 71, sex: 'female', weightKg: 60, availableDays: ['mon', 'wed', 'fri'], minutesPerSession: 30, equipment: ['bands'], fitnessLevel: 'beginner', jointPain: 0, boneMetastases: false, vertebralFracture: false, multipleFractures: false, osteoporosis: false, fallRisk: false, lymphedema: false },
  planOptions: { deload: false }, startDate: null, plan: null,
  intake: { entries: [], supplements: [], referenceSet: 'us-dri', filters: {} },
  ...over,
});

const BAD = [
  { name: 'corrupted JSON', raw: '{"format":"osteoplan",,"version":1}', en: /could not be read/, es: /No se pudieron leer/ },
  { name: 'truncated JSON', raw: JSON.stringify(valid()).slice(0, 80), en: /could not be read/, es: /No se pudieron leer/ },
  { name: 'an old-version object', raw: JSON.stringify(valid({ version: 0 })), en: /older version/, es: /versión anterior/ },
  { name: 'a future-version object', raw: JSON.stringify(valid({ version: 2, profile: { age: 80 } })), en: /newer version/, es: /versión más nueva/ },
  { name: 'a wrong-type value (array)', raw: '["osteoplan", 1]', en: /could not be read/, es: /No se pudieron leer/ },
];

const notice = (page) => inRoot(page, (root) => {
  const box = root.querySelector('[data-testid=storage-notice]');
  const shown = box && box.getBoundingClientRect().height > 0;
  return { text: shown ? box.textContent : '', role: box?.firstElementChild?.getAttribute('role') ?? null };
});
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
const age = (page, index = 0) => inRoot(page, (root) => root.querySelector('input[name=age]').value, null, index);
const setAge = (page, value, index = 0) => inRoot(page, (root, a) => {
  const input = root.querySelector('input[name=age]');
  input.value = String(a);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}, value, index);
/** Waits until the first widget's storage notice matches `re`. */
const noticeText = (page, re) => waitFor(page, (src) => new RegExp(src).test(document.querySelector('#saved').shadowRoot.querySelector('[data-testid=storage-notice]').textContent), re.source);

describe('opt-in storage and its faults in WebKit', { skip: skipReason(), timeout: SUITE_TIMEOUT }, () => {
  const env = useWebKit(startPlannerServer);

  /**
   * Opens the storage fixture with exactly `entries` in localStorage; `full` makes every
   * setItem throw QuotaExceededError from the first script on (the probe's test hook).
   */
  async function openWith(entries, { full = false } = {}) {
    const { page } = env;
    await page.goto(`${env.server.url}fixtures/storage.html`);
    await waitForWidget(page);
    await page.evaluate((e, f) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
      if (f) sessionStorage.setItem('webkit-probe:storage-full', '1');
      else sessionStorage.removeItem('webkit-probe:storage-full');
    }, entries, full);
    await page.reload();
    await waitForWidget(page);
    await waitForWidget(page, 1);
    return page;
  }

  test('nothing is stored without opt-in; with it, data survives a reload until "Delete my data"', async () => {
    const page = await openWith({});
    assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]'), null, 1), null, 'storage="none" offers no opt-in');
    await setAge(page, 71);
    await setAge(page, 72, 1);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored before opting in');
    await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
    await makePlan(page);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('osteoplan:saved')));
    assert.equal(saved.profile.age, 71);
    assert.equal(saved.plan.weeks.length, 12);
    assert.equal(await page.evaluate(() => localStorage.length), 1, 'only the opted-in element stores');

    await page.reload();
    await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot?.querySelector('ol.week li.day'));
    // A returning person with a plan lands on Today, the profile one line; Edit shows the form.
    assert.equal(await inRoot(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.tab), 'today');
    assert.match(await inRoot(page, (root) => root.querySelector('[data-testid=profile-summary]').textContent), /^71 years · /);
    await inRoot(page, (root) => root.querySelector('[data-focus=p-edit]').click());
    assert.equal(await age(page), '71');
    assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]').checked), true);
    assert.equal(await age(page, 1), '60', 'the other element starts fresh');

    await inRoot(page, (root) => root.querySelector('[data-focus=delete]').click());
    await waitFor(page, () => document.querySelector('osteo-plan').data.plan === null);
    // The Week tab, opened as a person would, has no plan any more.
    await showTab(page, 'week');
    await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=no-plan]'));
    assert.equal(await inRoot(page, (root) => root.querySelector('ol.week')), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('osteoplan:saved')), null);
    await page.reload();
    await waitForWidget(page);
    assert.equal(await inRoot(page, (root) => root.querySelector('ol.week')), null, 'nothing comes back after deleting');
    await assertNoProblems(page);
  });

  for (const bad of BAD) {
    test(`${bad.name}: loads fresh, says so in English and Spanish, keeps a backup and offers the raw copy`, async () => {
      const page = await openWith({ [KEY]: bad.raw });
      assert.equal(await age(page), '60', 'the planner starts from the defaults');
      const en = await notice(page);
      assert.match(en.text, bad.en);
      assert.match(en.text, /Nothing was deleted/);
      assert.match(en.text, new RegExp(`"${BACKUP}"`));
      assert.equal(en.role, 'alert');
      assert.deepEqual(await stored(page), { [KEY]: bad.raw, [BACKUP]: bad.raw }, 'the raw value stays, and a copy is made');

      await recordDownloads(page);
      await inRoot(page, (root) => root.querySelector('[data-focus=download-saved]').click());
      const [file] = await takeDownloads(page);
      assert.equal(file.text, bad.raw, 'the download is the raw saved text, byte for byte');

      await page.evaluate(() => document.querySelector('#saved').setAttribute('lang', 'es'));
      await noticeText(page, /Descargar la copia guardada/);
      const es = await notice(page);
      assert.match(es.text, bad.es);
      assert.match(es.text, /No se borró nada/);

      // Opting in again saves the new data; the backup stays until "Delete my data".
      await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
      const after = await stored(page);
      assert.equal(after[BACKUP], bad.raw);
      assert.equal(JSON.parse(after[KEY]).format, 'osteoplan');
      await inRoot(page, (root) => root.querySelector('[data-focus=delete]').click());
      await waitFor(page, () => localStorage.length === 0);
      assert.equal((await notice(page)).text, '', 'the notice goes once the data is deleted');
      await assertNoProblems(page);
    });
  }

  test('a full storage on save: the person is told, the earlier saved copy stays as it was', async () => {
    const saved = JSON.stringify(valid());
    const page = await openWith({ [KEY]: saved });
    assert.equal(await age(page), '71', 'valid saved data is restored');
    assert.equal((await notice(page)).text, '');
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await setAge(page, 72);
    await noticeText(page, /could not be saved/);
    assert.match((await notice(page)).text, /Download my data/);
    assert.equal(await age(page), '72', 'the change is kept on screen');
    assert.deepEqual(await stored(page), { [KEY]: saved }, 'nothing was dropped or half-written');
    await recordDownloads(page);
    await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
    const [file] = await takeDownloads(page);
    assert.equal(JSON.parse(file.text).profile.age, 72, 'the export still works, with the unsaved change');
    await assertNoProblems(page);
  });

  test('no room for a backup: the raw value is offered for download and not replaced until it is downloaded', async () => {
    const raw = '{"format":"osteoplan","version":1,"profile":{"age":7';
    const page = await openWith({ [KEY]: raw }, { full: true });
    try {
      const text = (await notice(page)).text;
      assert.match(text, /could not be read/);
      assert.match(text, /no room for a backup copy/);
      assert.deepEqual(await stored(page), { [KEY]: raw });
      await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
      await noticeText(page, /download the saved copy first/);
      assert.deepEqual(await stored(page), { [KEY]: raw }, 'opting in must not replace the only copy');
      await recordDownloads(page);
      await inRoot(page, (root) => root.querySelector('[data-focus=download-saved]').click());
      const [file] = await takeDownloads(page);
      assert.equal(file.text, raw);
      await assertNoProblems(page);
    } finally {
      await page.evaluate(() => sessionStorage.removeItem('webkit-probe:storage-full'));
    }
  });
});
