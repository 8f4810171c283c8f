// The quick check and saved meals end to end, in Chromium and Firefox ESR, English and Spanish:
// - the quick check, by keyboard alone (steppers are real buttons, counts real number inputs
//   with labels), fills a list whose totals equal adding the same foods one by one;
// - a meal saved from the list is added again in one step, and survives export → import into a
//   fresh element; axe-core finds no violation with the quick check open and a meal saved.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, openPage, waitFor, settled } from './lib/harness.mjs';
import { startPlannerServer, inRoot, waitForWidget, recordDownloads, takeDownloads, axe, formatViolations } from './lib/widget.mjs';
import { importFile } from './lib/journey.mjs';

const PROFILE = { age: 62, sex: 'female', weightKg: 68 };
/** Food id → servings a week set in the quick check. */
const PICKS = { '01079': 7, '15088': 2, '12061': 3, '16426': 1 };

function inCalc(page, fn, arg) {
  // eslint-disable-next-line no-new-func
  return page.evaluate(new Function('arg', `return (${fn})(document.getElementById('host').shadowRoot, arg);`), arg);
}
const activeId = (page) => inCalc(page, (root) => root.activeElement?.id ?? null);

for (const name of BROWSERS) {
  describe(`quick check and saved meals in ${name}`, () => {
    let server, browser, dir;
    before(async () => {
      server = await startPlannerServer();
      browser = await launch(name);
      dir = mkdtempSync(join(tmpdir(), 'osteoplan-meals-'));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function calcView(lang) {
      const page = await openPage(browser, { width: 1280, height: 900 });
      const params = new URLSearchParams({ lang, profile: JSON.stringify(PROFILE) });
      await page.goto(`${server.url}fixtures/calc-view.html?${params}`);
      await waitFor(page, () => window.calcReady === true);
      return page;
    }

    for (const lang of ['en', 'es']) {
      test(`${lang}: the quick check by keyboard gives the same totals as adding the foods one by one`, async () => {
        const page = await calcView(lang);
        // Open the panel from its summary by keyboard.
        await inCalc(page, (root) => root.getElementById('v1-calc-quick-heading').focus());
        await page.keyboard.press('Enter');
        assert.equal(await inCalc(page, (root) => root.getElementById('v1-calc-quick').open), true);
        const rows = await inCalc(page, (root) => [...root.querySelectorAll('.quick-list > li')].map((li) => {
          const input = li.querySelector('input');
          const label = root.querySelector(`label[for="${input.id}"]`);
          return { id: input.dataset.foodId, type: input.type, label: label?.textContent ?? '', buttons: [...li.querySelectorAll('button')].map((b) => ({ type: b.type, name: b.getAttribute('aria-label') })) };
        }));
        assert.ok(rows.length >= 20 && rows.length <= 30, `${rows.length} foods`);
        for (const r of rows) {
          assert.equal(r.type, 'number');
          assert.ok(r.label.trim(), `${r.id} has a label`);
          assert.equal(r.buttons.length, 2);
          assert.ok(r.buttons.every((b) => b.type === 'button' && b.name.includes(r.label)), JSON.stringify(r.buttons));
        }
        for (const [id, n] of Object.entries(PICKS)) {
          // The "+" stepper, pressed with the keyboard n times.
          const plus = await inCalc(page, (root, foodId) => {
            const input = root.querySelector(`.quick-list input[data-food-id="${foodId}"]`);
            const button = input.nextElementSibling;
            button.id = `plus-${foodId}`;
            button.focus();
            return button.id;
          }, id);
          assert.equal(await activeId(page), plus);
          for (let i = 0; i < n + 1; i += 1) await page.keyboard.press('Enter');
          // One too many, then the "−" stepper once (Shift+Tab, Tab order: − input +).
          await page.keyboard.down('Shift');
          await page.keyboard.press('Tab');
          await page.keyboard.press('Tab');
          await page.keyboard.up('Shift');
          await page.keyboard.press(' ');
          assert.equal(await inCalc(page, (root, foodId) => root.querySelector(`.quick-list input[data-food-id="${foodId}"]`).value, id), String(n));
          // The new count is read out, with the food's name.
          await waitFor(page, (want) => document.getElementById('host').shadowRoot.querySelector('[data-testid=calc-announcer]').textContent.endsWith(want),
            lang === 'es' ? `: ${n} a la semana` : `: ${n} a week`);
        }
        await inCalc(page, (root) => root.getElementById('v1-calc-quick-add').focus());
        await page.keyboard.press('Enter');
        await waitFor(page, (k) => window.calcIntake?.entries?.length === k, Object.keys(PICKS).length);
        const viaQuick = (await page.evaluate(() => window.calcIntake.entries));
        const totals = (entries) => page.evaluate(async (e, profile) => {
          const core = await import('/pkg/osteoplan.js');
          const a = core.analyzeIntake(profile, e, { referenceSet: 'us-dri' });
          return Object.fromEntries(Object.entries(a.nutrients).map(([k, d]) => [k, d.amount]));
        }, entries, PROFILE);
        // The same foods one by one through the add form: usual serving, n per week.
        const page2 = await calcView(lang);
        for (const [id, n] of Object.entries(PICKS)) {
          const food = await page2.evaluate(async (foodId) => (await import('/pkg/osteoplan.js')).getFood(foodId), id);
          await inCalc(page2, (root, q) => {
            const s = root.querySelector('[role=combobox]');
            s.focus();
            s.value = q;
            s.dispatchEvent(new Event('input', { bubbles: true }));
          }, lang === 'es' ? food.nameEs : food.name);
          await waitFor(page2, (foodId) => document.getElementById('host').shadowRoot.querySelector(`[role=option][data-food-id="${foodId}"]`), id);
          await inCalc(page2, (root, foodId) => root.querySelector(`[role=option][data-food-id="${foodId}"]`).click(), id);
          await inCalc(page2, (root, count) => {
            root.getElementById('v1-calc-qty').value = String(count);
            root.getElementById('v1-calc-per').value = 'week';
            root.querySelector('.add-food button[type=submit]').click();
          }, n);
        }
        await waitFor(page2, (k) => window.calcIntake?.entries?.length === k, Object.keys(PICKS).length);
        const oneByOne = await page2.evaluate(() => window.calcIntake.entries);
        // Same totals (summed in another order, so equal to the last few bits).
        const [a, b] = [await totals(viaQuick), await totals(oneByOne)];
        assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
        for (const k of Object.keys(a)) assert.ok(Math.abs(a[k] - b[k]) <= 1e-9 * Math.max(1, Math.abs(b[k])), `${k}: ${a[k]} vs ${b[k]}`);
        const byFood = (x, y) => x.foodId.localeCompare(y.foodId);
        assert.deepEqual([...viaQuick].sort(byFood), [...oneByOne].sort(byFood), 'the same entries');
        // The bars show the quick check's totals.
        const calcium = (await totals(viaQuick)).calcium;
        const shown = await inCalc(page, (root) => root.querySelector('[data-testid=value-calcium]').textContent);
        assert.ok(shown.includes(new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(calcium)), shown);
        await page.close();
        await page2.close();
      });

      test(`${lang}: a saved meal is added again in one step and survives export → import`, async () => {
        const page = await openPage(browser, { width: 1280, height: 900 });
        await page.goto(`${server.url}${lang === 'es' ? 'fixtures/visit-es.html' : ''}`);
        await waitForWidget(page);
        await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
        await recordDownloads(page);
        // Two foods in the list, through the quick check.
        await inRoot(page, (root) => {
          root.querySelector('.quick summary').click();
          root.querySelector('.quick-list input[data-food-id="01117"]').value = '1';
          root.querySelector('.quick-list input[data-food-id="12061"]').value = '1';
          root.querySelector('.quick-check button[type=submit]').click();
        });
        await waitFor(page, () => document.querySelector('osteo-plan').data.intake?.entries?.length === 2);
        const mealName = lang === 'es' ? 'Mi desayuno' : 'My breakfast';
        await inRoot(page, (root, n) => {
          const input = root.querySelector('.save-meal input[type=text]');
          input.value = n;
          root.querySelector('.save-meal button[type=submit]').click();
        }, mealName);
        await waitFor(page, () => document.querySelector('osteo-plan').data.intake?.meals?.length === 1);
        const saved = (await page.evaluate(() => document.querySelector('osteo-plan').data)).intake;
        assert.equal(saved.meals[0].name, mealName);
        assert.deepEqual(saved.meals[0].entries, saved.entries);
        // Add it again in one step: four entries.
        await inRoot(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.meals li button').click());
        await waitFor(page, () => document.querySelector('osteo-plan').data.intake.entries.length === 4);
        const violations = await axe(page);
        assert.deepEqual(violations, [], formatViolations(violations));
        // Export, then import into a fresh element.
        await inRoot(page, (root) => root.querySelector('[data-focus=export]').click());
        const [file] = await takeDownloads(page);
        const exported = JSON.parse(file.text);
        assert.equal(exported.version, 1);
        assert.equal(exported.intake.meals[0].name, mealName);
        const fresh = await openPage(browser, { width: 1280, height: 900 });
        await fresh.goto(server.url);
        await waitForWidget(fresh);
        await importFile(fresh, dir, file.text);
        await waitFor(fresh, () => document.querySelector('osteo-plan').data.intake?.meals?.length === 1);
        await settled(fresh);
        const back = await fresh.evaluate(() => document.querySelector('osteo-plan').data);
        assert.deepEqual(back.intake, exported.intake);
        const shown = await inRoot(fresh, (root) => [...root.querySelectorAll('.meals li')].map((li) => li.textContent));
        assert.equal(shown.length, 1);
        assert.ok(shown[0].includes(mealName));
        // A version-1 export from before meals existed still imports, with no meals.
        const old = { ...exported, intake: { ...exported.intake } };
        delete old.intake.meals;
        await importFile(fresh, dir, JSON.stringify(old));
        await waitFor(fresh, () => !document.querySelector('osteo-plan').data.intake?.meals);
        await settled(fresh);
        assert.equal(await inRoot(fresh, (root) => root.querySelectorAll('.meals li').length), 0);
        await page.close();
        await fresh.close();
      });
    }
  });
}
