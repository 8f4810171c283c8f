// Usual servings end to end, in Chromium and Firefox ESR, English and Spanish: picking almonds,
// sardines or cheddar starts the add form at the food's usual serving (not SR28's first
// measure, a cup), adding it saves that serving as the entry's portion, and the first six
// calcium suggestions for an empty list are varied everyday foods in usual servings.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, startServer, launch, openPage, waitFor } from './lib/harness.mjs';

const PROFILE = { age: 62, sex: 'female', weightKg: 68 };
const FOODS = [
  { id: '12061', en: 'almonds', es: 'almendras', grams: 28.35 },
  { id: '15088', en: 'sardines', es: 'sardinas', grams: 92 },
  { id: '01009', en: 'cheddar', es: 'cheddar', grams: 28.35 },
];

function inCalc(page, fn, arg) {
  // eslint-disable-next-line no-new-func
  return page.evaluate(new Function('arg', `return (${fn})(document.getElementById('host').shadowRoot, arg);`), arg);
}

async function open(browser, lang, units = 'metric') {
  const page = await openPage(browser, { width: 1280, height: 900 });
  const params = new URLSearchParams({ lang, units, profile: JSON.stringify(PROFILE) });
  await page.goto(`${globalThis.serverUrl}fixtures/calc-view.html?${params}`);
  await waitFor(page, () => window.calcReady === true);
  return page;
}

const core = (page, what, arg) => page.evaluate(async (w, a, profile) => {
  const c = await import('/pkg/osteoplan.js');
  if (w === 'food') return c.getFood(a);
  if (w === 'suggest') return c.suggestFoods(profile, [], 'calcium', { limit: 6 });
  return null;
}, what, arg, PROFILE);

for (const name of BROWSERS) {
  describe(`usual servings in ${name}`, () => {
    let server, browser;
    before(async () => {
      server = await startServer();
      globalThis.serverUrl = server.url;
      browser = await launch(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const lang of ['en', 'es']) {
      test(`${lang}: almonds, sardines and cheddar default to a usual serving`, async () => {
        const page = await open(browser, lang);
        for (const [i, item] of FOODS.entries()) {
          const food = await core(page, 'food', item.id);
          assert.equal(food.serving.grams, item.grams, `${food.name}'s usual serving`);
          await inCalc(page, (root) => root.querySelector('[role=combobox]').focus());
          await page.keyboard.type(item[lang]);
          await waitFor(page, (id) => document.getElementById('host').shadowRoot.querySelector(`[role=option][data-food-id="${id}"]`), item.id);
          await inCalc(page, (root, id) => root.querySelector(`[role=option][data-food-id="${id}"]`).click(), item.id);
          const form = await inCalc(page, (root) => {
            const kind = root.getElementById('v1-calc-amount-kind');
            return { value: kind.value, text: kind.selectedOptions[0].textContent, qty: root.getElementById('v1-calc-qty').value };
          });
          assert.equal(form.value, 'portion:0', 'the usual serving is selected');
          assert.equal(form.qty, '1');
          const label = lang === 'es' ? food.serving.labelEs : food.serving.label;
          assert.ok(form.text.includes(label), `"${form.text}" shows "${label}"`);
          // The measure first, so a narrow box cuts the words, not the amount.
          assert.ok(form.text.startsWith(label) && form.text.endsWith(lang === 'es' ? ' · porción habitual' : ' · usual serving'), form.text);
          await inCalc(page, (root) => root.querySelector('.add-food button[type=submit]').click());
          await waitFor(page, (n) => window.calcIntake?.entries?.length === n, i + 1);
          const entry = (await page.evaluate(() => window.calcIntake.entries))[i];
          assert.deepEqual(entry, { foodId: item.id, portion: food.serving.label, servings: 1, per: 'day' });
          const line = await inCalc(page, (root, n) => root.querySelector(`[data-entry="${n}"]`).textContent, i);
          assert.ok(line.includes(label), `the list says "${label}": ${line}`);
        }
        await page.close();
      });

      test(`${lang}: a serving in ounces shows its weight once in US units, and in grams in metric`, async () => {
        const usual = lang === 'es' ? ' · porción habitual' : ' · usual serving';
        // Cheddar: "1 oz" (28.35 g); Greek yogurt: "1 container (6 oz)" (170 g); milk: "1 cup" (244 g).
        const cases = [
          { id: '01009', query: 'cheddar', us: '1 oz', metric: '1 oz (28 g)' },
          { id: '01293', query: lang === 'es' ? 'yogur griego entero' : 'greek yogurt whole', us: lang === 'es' ? '1 envase (6 oz)' : '1 container (6 oz)' },
          { id: '01077', query: lang === 'es' ? 'leche entera' : 'whole milk', us: lang === 'es' ? '1 taza (8.6 oz)' : '1 cup (8.6 oz)', metric: lang === 'es' ? '1 taza (244 g)' : '1 cup (244 g)' },
        ];
        for (const units of ['us', 'metric']) {
          const page = await open(browser, lang, units);
          for (const c of cases.filter((x) => x[units])) {
            await inCalc(page, (root) => { const box = root.querySelector('[role=combobox]'); box.value = ''; box.focus(); });
            await page.keyboard.type(c.query);
            await waitFor(page, (id) => document.getElementById('host').shadowRoot.querySelector(`[role=option][data-food-id="${id}"]`), c.id);
            await inCalc(page, (root, id) => root.querySelector(`[role=option][data-food-id="${id}"]`).click(), c.id);
            const text = await inCalc(page, (root) => root.getElementById('v1-calc-amount-kind').selectedOptions[0].textContent);
            assert.equal(text, `${c[units]}${usual}`, `${units}: ${text}`);
            assert.doesNotMatch(text, /(\d+(?:\.\d+)? oz)\)? \(\1\)/, 'the ounces are not repeated');
          }
          await page.close();
        }
      });

      test(`${lang}: the first six calcium suggestions are varied everyday foods in usual servings`, async () => {
        const page = await open(browser, lang);
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelectorAll('.suggestions li').length === 6);
        const expected = await core(page, 'suggest');
        const shown = await inCalc(page, (root) => [...root.querySelectorAll('.suggestions li')].map((li) => ({ id: li.dataset.foodId, text: li.textContent })));
        assert.deepEqual(shown.map((s) => s.id), expected.map((s) => s.foodId));
        const groups = {};
        for (const [i, s] of expected.entries()) {
          const food = await core(page, 'food', s.foodId);
          assert.deepEqual(s.portion, { label: food.serving.label, grams: food.serving.grams }, `${food.name} in its usual serving`);
          assert.equal(s.brandFortified, false);
          groups[food.group] = (groups[food.group] ?? 0) + 1;
          assert.ok(shown[i].text.includes(lang === 'es' ? food.serving.labelEs : food.serving.label), shown[i].text);
        }
        assert.ok(Object.values(groups).every((n) => n <= 2), JSON.stringify(groups));
        await page.close();
      });
    }
  });
}
