// The shipped bundle (release build, wasm-opt'd, loaded through the minified element's own
// loadCore()) against absolute figures worked by hand from USDA SR28, not against itself: the
// same worked day as tests/nutrients_analysis.rs, which runs on the native debug build. An
// optimizer or build step that changed a number would pass every self-comparison and fail here.
// Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, useBrowser } from './lib/harness.mjs';

// A 60-year-old woman of 65 kg; grams ÷ 100 × the SR28 ABBREV value per 100 g (the table and
// the arithmetic are in tests/nutrients_analysis.rs).
const PROFILE = { age: 60, sex: 'female', weightKg: 65 };
const DAY = [
  { foodId: '01077', portion: '1 cup', servings: 1, per: 'day' }, // whole milk, 244 g
  { foodId: '01117', grams: 170, per: 'day' }, // plain yogurt
  { foodId: '01009', grams: 40, per: 'day' }, // cheddar
  { foodId: '11457', portion: '1 cup', servings: 1, per: 'day' }, // raw spinach, 30 g
  { foodId: '15088', grams: 140, per: 'week' }, // sardines, 20 g a day
  { foodId: '18069', portion: '1 slice', servings: 2, per: 'day' }, // white bread, 58 g
  { foodId: '16426', portion: '.25 block', servings: 1, per: 'day' }, // tofu with calcium sulfate, 81 g
  { supplement: 'calcium', amount: 500, unit: 'mg', per: 'day' },
  { supplement: 'vitaminD', amount: 1000, unit: 'IU', per: 'day' },
];

const close = (actual, expected, what, tolerance = 1e-9 * (1 + Math.abs(expected))) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, worked by hand ${expected}`);

for (const name of BROWSERS) {
  describe(`the release bundle's numbers in ${name}`, () => {
    const env = useBrowser(name);

    test('a worked day: the shipped wasm gives the totals worked by hand from SR28', async () => {
      const page = await openPage(env.browser);
      await page.goto(`${env.server.url}index.html`);
      const a = await page.evaluate(async (profile, day) => {
        const core = await (await import('/pkg/osteo-plan.js')).loadFoods();
        return core.analyzeIntake(profile, day, { referenceSet: 'us-dri' });
      }, PROFILE, DAY);
      const n = a.nutrients;

      // Calcium: food 1613.67 + 500 supplement; target 1200 (woman 51–70), UL 2000.
      close(n.calcium.amount, 2113.67, 'calcium');
      close(n.calcium.fromSupplements, 500, 'calcium from supplements');
      assert.equal(n.calcium.target, 1200);
      close(n.calcium.percentOfTarget, 2113.67 / 12, 'calcium % of target');
      assert.equal(n.calcium.upperLimit, 2000);
      assert.equal(n.calcium.status, 'aboveUpperLimit');
      assert.deepEqual([n.calcium.knownCount, n.calcium.unknownCount], [7, 0]);
      assert.deepEqual(n.calcium.contributions.map((c) => c.entryIndex), [6, 7, 1, 2, 0, 5, 4, 3]);
      close(n.calcium.contributions[0].amount, 553.23, 'tofu calcium');
      // Vitamin D: 4.372 µg from food + 1000 IU ÷ 40 = 25 µg.
      close(n.vitaminD.amount, 29.372, 'vitamin D');
      assert.equal(n.vitaminD.status, 'meets');
      // Vitamin K: tofu has no SR28 value — counted as unknown, not as zero.
      close(n.vitaminK.amount, 147.538, 'vitamin K');
      assert.deepEqual([n.vitaminK.knownCount, n.vitaminK.unknownCount], [6, 1]);
      // Protein against 0.8 g/kg × 65 kg.
      close(n.protein.amount, 50.6627, 'protein');
      close(n.protein.target, 52, 'protein target');
      assert.equal(n.protein.status, 'below');
      close(n.potassium.amount, 1262.13, 'potassium');
      close(n.phosphorus.amount, 955.2, 'phosphorus');
      close(n.magnesium.amount, 155.92, 'magnesium');
      // Acid load: PRAL (Remer) and NEAP (Frassetto) from the food totals.
      close(a.pral, 8.630763, 'PRAL');
      close(a.neap, 75.33769, 'NEAP', 1e-4);
      close(a.animalProtein, 30.683, 'animal protein');
      close(a.animalProteinToPotassium, 24.3105, 'animal protein ÷ potassium', 1e-4);
      close(a.oxalateCalciumShare, 0.0140514, 'oxalate calcium share', 1e-7);
      assert.deepEqual(a.warnings.map((w) => w.id), ['calcium-above-ul-with-supplements']);
      close(a.warnings[0].limit, 2000, 'warning limit');
      assertNoProblems(page);
      await page.close();
    });
  });
}
