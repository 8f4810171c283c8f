// Saved data that goes wrong: corrupted, truncated, old, future and wrong-type values in
// localStorage, and a full storage. The widget still loads, tells the person in their language,
// keeps the raw data (a backup key and a download) and never silently drops or overwrites it.
// Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, recordDownloads, takeDownloads } from './lib/widget.mjs';

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
  { name: 'a wrong-type value (number)', raw: '42', en: /could not be read/, es: /No se pudieron leer/ },
  { name: 'a wrong-type value (array)', raw: '["osteoplan", 1]', en: /could not be read/, es: /No se pudieron leer/ },
  { name: 'an unreadable plan', raw: JSON.stringify(valid({ plan: { weeks: 'nope' } })), en: /could not be read/, es: /No se pudieron leer/ },
];

const notice = (page) => inRoot(page, (root) => {
  const box = root.querySelector('[data-testid=storage-notice]');
  const shown = box && box.getBoundingClientRect().height > 0;
  return { text: shown ? box.textContent : '', role: box?.firstElementChild?.getAttribute('role') ?? null };
});
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
const age = (page) => inRoot(page, (root) => root.querySelector('input[name=age]').value);

for (const name of BROWSERS) {
  describe(`storage faults in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    /** Opens the storage fixture with exactly `entries` in localStorage. */
    async function openWith(entries, { setup } = {}) {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}fixtures/storage.html`);
      await waitForWidget(page);
      await page.evaluate((e) => {
        localStorage.clear();
        for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
      }, entries);
      if (setup) await page.evaluateOnNewDocument(setup);
      await page.reload();
      await waitForWidget(page);
      await waitForWidget(page, 1);
      return page;
    }

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
        assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]').checked), false);

        await recordDownloads(page);
        await inRoot(page, (root) => root.querySelector('[data-focus=download-saved]').click());
        const [file] = await takeDownloads(page);
        assert.equal(file.text, bad.raw, 'the download is the raw saved text, byte for byte');

        await page.evaluate(() => document.querySelector('#saved').setAttribute('lang', 'es'));
        await waitFor(page, () => /Descargar la copia guardada/.test(document.querySelector('#saved').shadowRoot.querySelector('[data-testid=storage-notice]').textContent));
        const es = await notice(page);
        assert.match(es.text, bad.es);
        assert.match(es.text, /No se borró nada/);

        // Using the planner without opting in writes nothing; a reload neither duplicates the backup nor drops the raw value.
        await inRoot(page, (root) => {
          const input = root.querySelector('input[name=age]');
          input.value = '66';
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await page.reload();
        await waitForWidget(page);
        assert.deepEqual(await stored(page), { [KEY]: bad.raw, [BACKUP]: bad.raw });
        assert.match((await notice(page)).text, bad.en);

        // Opting in again saves the new data; the backup copy stays until "Delete my data".
        await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
        const after = await stored(page);
        assert.equal(after[BACKUP], bad.raw);
        assert.equal(JSON.parse(after[KEY]).format, 'osteoplan');
        await inRoot(page, (root) => root.querySelector('[data-focus=delete]').click());
        await waitFor(page, () => localStorage.length === 0);
        assert.equal((await notice(page)).text, '', 'the notice goes once the data is deleted');
        assertNoProblems(page);
        await page.close();
      });
    }

    test('a second, different unreadable value gets its own backup key instead of replacing the first', async () => {
      const page = await openWith({ [KEY]: 'first {', [BACKUP]: 'older copy' });
      assert.deepEqual(await stored(page), { [KEY]: 'first {', [BACKUP]: 'older copy', [`${KEY}:backup-2`]: 'first {' });
      assert.match((await notice(page)).text, new RegExp(`"${KEY}:backup-2"`));
      assertNoProblems(page);
      await page.close();
    });

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
      await inRoot(page, (root) => {
        const input = root.querySelector('input[name=age]');
        input.value = '72';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitFor(page, () => /could not be saved/.test(document.querySelector('#saved').shadowRoot.querySelector('[data-testid=storage-notice]').textContent));
      assert.match((await notice(page)).text, /Download my data/);
      assert.equal(await age(page), '72', 'the change is kept on screen');
      assert.deepEqual(await stored(page), { [KEY]: saved }, 'nothing was dropped or half-written');
      await page.evaluate(() => document.querySelector('#saved').setAttribute('lang', 'es'));
      await waitFor(page, () => /No se pudieron guardar/.test(document.querySelector('#saved').shadowRoot.querySelector('[data-testid=storage-notice]').textContent));
      // The export still works, with the unsaved change in it.
      await recordDownloads(page);
      await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
      const [file] = await takeDownloads(page);
      assert.equal(JSON.parse(file.text).profile.age, 72);
      assertNoProblems(page);
      await page.close();
    });

    test('no room for a backup: the raw value is offered for download and not replaced until it is downloaded', async () => {
      const raw = '{"format":"osteoplan","version":1,"profile":{"age":7';
      const page = await openWith({ [KEY]: raw }, {
        setup: () => {
          Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        },
      });
      const text = (await notice(page)).text;
      assert.match(text, /could not be read/);
      assert.match(text, /no room for a backup copy/);
      assert.deepEqual(await stored(page), { [KEY]: raw });
      // Opting in must not replace the only copy.
      await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
      await waitFor(page, () => /download the saved copy first/.test(document.querySelector('#saved').shadowRoot.querySelector('[data-testid=storage-notice]').textContent));
      assert.deepEqual(await stored(page), { [KEY]: raw });
      // Nor does opting out again remove it.
      await inRoot(page, (root) => root.querySelector('[data-focus=remember]').click());
      assert.equal(await inRoot(page, (root) => root.querySelector('[data-focus=remember]').checked), false);
      assert.deepEqual(await stored(page), { [KEY]: raw });
      await recordDownloads(page);
      await inRoot(page, (root) => root.querySelector('[data-focus=download-saved]').click());
      const [file] = await takeDownloads(page);
      assert.equal(file.text, raw);
      assertNoProblems(page);
      await page.close();
    });
  });
}
