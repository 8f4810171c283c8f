// Script injection: imported plans (findings, session ids, logs), intake entries and food
// searches carrying markup and javascript: URLs show as text or are refused with a message;
// no script runs (window.__xss stays undefined) and the shadow root never gets an on*
// attribute, a javascript: URL or a script-capable element. Chromium and Firefox ESR.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, openPage, assertNoProblems, waitFor } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, makePlan, recordDownloads, takeDownloads, showTab } from './lib/widget.mjs';
import { importFile, typeSearch, visibleText, activeMarkup } from './lib/journey.mjs';

const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  '<a href="javascript:window.__xss=1">link</a>',
];

const status = (page) => inRoot(page, (root) => root.querySelector('[data-testid=data-status]').textContent);

/** No script ran, nothing active in the shadow root, no prototype pollution. */
async function assertInert(page, where) {
  // Give an injected onerror/onload (image error, SVG load) time to fire.
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', `a script ran (${where})`);
  assert.deepEqual(await activeMarkup(page), [], `active markup in the shadow root (${where})`);
  assert.equal(await page.evaluate(() => ({}).polluted), undefined, `Object.prototype polluted (${where})`);
}

for (const name of BROWSERS) {
  describe(`XSS in ${name}`, () => {
    let server, browser, dir;
    before(async () => {
      server = await startPlannerServer();
      browser = await launch(name);
      dir = mkdtempSync(join(tmpdir(), 'osteoplan-xss-'));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** A real exported state: profile, generated plan, empty intake. */
    async function exported() {
      const page = await openPage(browser);
      await page.goto(server.url);
      await waitForWidget(page);
      await makePlan(page);
      const data = await page.evaluate(() => document.querySelector('osteo-plan').data);
      await page.close();
      return data;
    }

    async function fresh() {
      const page = await openPage(browser);
      await page.goto(server.url);
      await waitForWidget(page);
      return page;
    }

    test('an imported plan with markup in findings, session ids and log entries shows it as text', async () => {
      const data = await exported();
      const week1 = data.plan.weeks[0];
      const day = week1.days.find((d) => d.sessions.length);
      data.plan.findings.push(...PAYLOADS.map((p) => ({ ruleId: p, severity: 'warning', message: p, source: p, week: null, day: null })));
      data.plan.findings.push({ ruleId: PAYLOADS[3], severity: 'stop', message: PAYLOADS[0], source: PAYLOADS[2], week: 1, day: day.day });
      const sessions = data.plan.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions)).slice(0, PAYLOADS.length);
      sessions.forEach((s, i) => { s.id = PAYLOADS[i]; });
      data.plan.log = sessions.map((s) => ({ sessionId: s.id, done: true, effort: 5, pain: 1, results: s.exercises.map((x) => ({ exerciseId: x.exerciseId, reps: 8, load: null })) }));

      const page = await fresh();
      await importFile(page, dir, JSON.stringify(data));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=plan-findings]'));
      assert.match(await status(page), /loaded from the file/);
      const text = await visibleText(page);
      for (const p of PAYLOADS) assert.ok(text.includes(p), `"${p}" is shown as text`);
      await assertInert(page, 'plan imported');

      // Open every workout of the shown week (its parts, exercises and log form), then the calendar file.
      await recordDownloads(page);
      const opens = await inRoot(page, (root) => [...root.querySelectorAll('li.day .workout [data-focus^=open-]')].map((b) => b.getAttribute('data-focus')));
      assert.ok(opens.length > 0);
      for (const key of opens) {
        await inRoot(page, (root, k) => root.querySelector(`[data-focus="${k}"]`)?.click(), key);
        assert.equal(await inRoot(page, (root) => Boolean(root.querySelector('.detail form.log'))), true, `${key} opens the workout`);
        await assertInert(page, `workout ${key} opened`);
      }
      // Every tab draws the imported plan (Today its workout); all stay inert.
      for (const tab of ['today', 'food', 'data', 'week']) {
        await showTab(page, tab);
        await assertInert(page, `${tab} tab`);
      }
      await inRoot(page, (root) => root.querySelector('[data-focus=ics]')?.click());
      const files = await takeDownloads(page);
      assert.equal(files.length, 1, 'the calendar file is offered');
      assert.ok(files[0].text.startsWith('BEGIN:VCALENDAR'));
      await assertInert(page, 'calendar downloaded');

      // Spanish shows the same (unknown rule ids keep their message) and stays inert.
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2').textContent === 'Sobre usted');
      const es = await visibleText(page);
      for (const p of PAYLOADS) assert.ok(es.includes(p), `"${p}" is shown as text in Spanish`);
      await assertInert(page, 'Spanish');
      assertNoProblems(page);
      await page.close();
    });

    test('an imported intake and profile with markup in every string loads as text or is ignored, never run', async () => {
      const data = await exported();
      const food = await (async () => {
        const page = await fresh();
        const hit = await page.evaluate(async () => {
          const core = await (await import('/pkg/osteo-plan.js')).loadCore();
          return core.searchFoods('milk', 1, 'en')[0];
        });
        await page.close();
        return hit;
      })();
      data.intake = {
        entries: [
          ...PAYLOADS.map((p) => ({ foodId: food.id, portion: p, servings: 1, per: 'day' })),
          ...PAYLOADS.map((p) => ({ foodId: p, grams: 100, per: p })),
          ...PAYLOADS.map((p) => ({ supplement: p, amount: 1, unit: p, per: 'week' })),
        ],
        supplements: PAYLOADS,
        referenceSet: PAYLOADS[0],
        gapNutrient: PAYLOADS[3],
        filters: Object.fromEntries(PAYLOADS.map((p) => [p, true])),
      };
      const { profile } = data;
      data.profile = { ...profile, fitnessLevel: PAYLOADS[0], sex: PAYLOADS[1], availableDays: [...profile.availableDays, ...PAYLOADS], equipment: [...profile.equipment, ...PAYLOADS] };
      data.startDate = PAYLOADS[2];
      data.planOptions = { deload: PAYLOADS[3] };
      const text = JSON.stringify(data).replace(/^\{/, '{"__proto__":{"polluted":1},');

      const page = await fresh();
      await importFile(page, dir, text);
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent);
      assert.match(await status(page), /loaded from the file/);
      await showTab(page, 'food');
      const shown = await visibleText(page);
      // The unknown portions are printed as they are, as text.
      for (const p of PAYLOADS) assert.ok(shown.includes(p), `"${p}" is shown as text`);
      await assertInert(page, 'intake imported');
      // Editing an entry and removing one re-renders the list; still inert.
      await inRoot(page, (root) => {
        const qty = root.querySelector('.entries > li input[type=number]');
        qty.value = '2';
        qty.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await inRoot(page, (root) => root.querySelector('.entries > li button.secondary')?.click());
      await assertInert(page, 'intake edited');
      assertNoProblems(page);
      await page.close();
    });

    test('markup as a whole file, as the format or as the version is refused with a message', async () => {
      const page = await fresh();
      const cases = [
        [PAYLOADS[0], /could not be read/],
        [JSON.stringify(PAYLOADS[1]), /not an osteoplan data file/],
        [JSON.stringify({ format: PAYLOADS[3], version: 1 }), /not an osteoplan data file/],
        [JSON.stringify({ format: 'osteoplan', version: PAYLOADS[2] }), /not an osteoplan data file/],
        [JSON.stringify({ format: 'osteoplan', version: 1, plan: { weeks: [{ index: 1, days: [{ day: PAYLOADS[0], sessions: [] }] }] } }), /plan in that file could not be read/],
      ];
      for (const [contents, message] of cases) {
        await inRoot(page, (root) => { root.querySelector('[data-testid=data-status]').textContent = ''; });
        await importFile(page, dir, contents);
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('[data-testid=data-status]').textContent);
        assert.match(await status(page), message);
        await assertInert(page, `refused ${contents.slice(0, 40)}`);
      }
      assertNoProblems(page);
      await page.close();
    });

    for (const lang of ['en', 'es']) {
      test(`${lang}: food searches for markup show the core's matches as plain options, and no script runs`, async () => {
        const page = await fresh();
        await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
        await waitFor(page, (l) => document.querySelector('osteo-plan').shadowRoot.querySelector('h2').textContent === (l === 'es' ? 'Sobre usted' : 'About you'), lang);
        // The closed Food tab catches up with the language when the browser is idle (it is drawn anew).
        await waitFor(page, (l) => l === 'en' || document.querySelector('osteo-plan').shadowRoot.querySelector('.calc label[for$=calc-search]').textContent !== 'Find a food', lang);
        for (const p of PAYLOADS) {
          await typeSearch(page, p);
          const expected = await page.evaluate(async (q, l) => {
            const core = await (await import('/pkg/osteo-plan.js')).loadCore();
            return core.searchFoods(q, 8, l).map((r) => (l === 'es' ? r.nameEs || r.name : r.name));
          }, p, lang);
          const shown = await inRoot(page, (root) => ({
            value: root.querySelector('.calc [role=combobox]').value,
            options: [...root.querySelectorAll('[role=option]')].map((o) => o.textContent),
          }));
          assert.equal(shown.value, p, 'the search box keeps what was typed');
          assert.equal(shown.options.length, expected.length);
          shown.options.forEach((text, i) => assert.ok(text.includes(expected[i]), `option ${i} shows "${expected[i]}"`));
          await assertInert(page, `search ${p}`);
        }
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}
