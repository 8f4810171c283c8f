// A language switch redraws the widget in the new words; what the person was typing and has not
// saved stays: a food search (listed again in the new language), a picked food with its amount,
// a supplement's amount, a meal's name (also when another food is added), and the numbers of a
// workout's log. A units switch keeps them too, except a typed weight, whose number would change
// meaning. Chromium and Firefox ESR.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, openPage, assertNoProblems, waitFor, useBrowser } from './lib/harness.mjs';
import { startPlannerServer, waitForWidget, makePlan, showTab, inRoot } from './lib/widget.mjs';
import { typeSearch, addFood } from './lib/journey.mjs';

/** Sets a control's value as typing or choosing would (input and change events). */
const type = (page, selector, value) => inRoot(page, (root, [sel, v]) => {
  const el = root.querySelector(sel);
  el.value = v;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}, [selector, value]);

const values = (page, selectors) => inRoot(page, (root, list) => list.map((sel) => root.querySelector(sel)?.value ?? null), selectors);

/** Sets the widget's language and waits until a heading reads `heading`. */
async function switchTo(page, lang, heading) {
  await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
  await waitFor(page, (h) => [...document.querySelector('osteo-plan').shadowRoot.querySelectorAll('h2, h3')].some((x) => x.textContent === h), heading);
}

for (const name of BROWSERS) {
  describe(`typing kept through a language or units switch in ${name}`, () => {
    const env = useBrowser(name, startPlannerServer);

    test('the food search, a picked food and its amount, and a supplement', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      await showTab(page, 'food');
      const combo = '.calc [role=combobox]';
      await typeSearch(page, 'mil');
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=option]'));
      // A supplement half entered: the second nutrient, an amount, the last unit, per week.
      const supp = await inRoot(page, (root) => root.querySelector('form.supplement select[name=supplement]').options[1].value);
      await type(page, 'form.supplement select[name=supplement]', supp);
      const unit = await inRoot(page, (root) => [...root.querySelector('form.supplement select[name=unit]').options].at(-1).value);
      await type(page, 'form.supplement select[name=unit]', unit);
      await type(page, 'form.supplement input[name=amount]', '25');
      await type(page, 'form.supplement select[name=per]', 'week');
      const suppFields = ['supplement', 'unit', 'amount', 'per'].map((n) => `form.supplement [name=${n}]`);

      await switchTo(page, 'es', 'Agregar un alimento');
      assert.equal((await values(page, [combo]))[0], 'mil', 'the search text stays');
      const options = await waitFor(page, () => [...document.querySelector('osteo-plan').shadowRoot.querySelectorAll('.calc [role=option]')].map((o) => o.firstChild.textContent));
      assert.ok(options.some((o) => /^Leche/.test(o)), `listed again, in Spanish: ${options.join(' | ')}`);
      // And it stays open: the old field's blur (150 ms later) must not close the new list.
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(await inRoot(page, (root) => root.querySelector('.calc [role=combobox]').getAttribute('aria-expanded')), 'true', 'the list stays open');
      assert.deepEqual(await values(page, suppFields), [supp, unit, '25', 'week'], 'the supplement stays');

      // Pick the first food; by weight, 150 g, per week.
      await inRoot(page, (root) => root.querySelector('.calc [role=option]').click());
      await type(page, 'form.add-food select[name=amountKind]', 'weight');
      await type(page, 'form.add-food input[name=qty]', '150');
      await type(page, 'form.add-food select[name=per]', 'week');
      const addFields = ['amountKind', 'qty', 'per'].map((n) => `form.add-food [name=${n}]`);
      await switchTo(page, 'en', 'Add a food');
      const [search] = await values(page, [combo]);
      assert.match(search, /^Milk/, 'the picked food, named in English');
      assert.deepEqual(await values(page, addFields), ['weight', '150', 'week'], 'its amount stays');
      // In other units the typed grams are not kept as ounces: the amount starts again.
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('units', 'us'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('form.add-food label[for$=qty]')?.textContent === 'Ounces');
      assert.deepEqual(await values(page, addFields), ['weight', '4', 'week']);
      assert.deepEqual(await values(page, suppFields), [supp, unit, '25', 'week'], 'a supplement is in its label\'s unit: it stays');
      assertNoProblems(page);
      await page.close();
    });

    test('a meal name typed and not saved yet, when another food is added and through a language switch', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      await showTab(page, 'food');
      await addFood(page, { query: 'milk' });
      const name = '.calc form.save-meal input[type=text]';
      await waitFor(page, (sel) => document.querySelector('osteo-plan').shadowRoot.querySelector(sel), name);
      await type(page, name, 'My breakfast');
      await addFood(page, { query: 'oats' });
      // The form is drawn again with the longer list (after the paint on a phone; here with the food).
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('.calc form.save-meal input[type=checkbox]').length === 2);
      assert.deepEqual(await values(page, [name]), ['My breakfast'], 'kept when a food is added');
      await switchTo(page, 'es', 'Sobre usted');
      await waitFor(page, (sel) => document.querySelector('osteo-plan').shadowRoot.querySelector(sel), name);
      assert.deepEqual(await values(page, [name]), ['My breakfast'], 'kept through the switch');
      // Saved, the name is a meal, and the form is empty for the next one.
      await inRoot(page, (root) => root.querySelector('.calc form.save-meal button[type=submit]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').data.intake.meals?.length === 1);
      assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').data.intake.meals[0].name), 'My breakfast');
      await waitFor(page, (sel) => document.querySelector('osteo-plan').shadowRoot.querySelector(sel)?.value === '', name);
      assertNoProblems(page);
      await page.close();
    });

    test('the numbers typed into a workout\'s log, until it is saved', async () => {
      const page = await openPage(env.browser);
      await page.goto(env.server.url);
      await waitForWidget(page);
      await makePlan(page);
      await inRoot(page, (root) => root.querySelector('li.day .workout [data-focus^=open-]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log'));
      const repsKey = await inRoot(page, (root) => root.querySelector('.detail form.log [data-focus^=log-reps-]').dataset.focus);
      const fields = [`[data-focus=${repsKey}]`, `[data-focus=${repsKey.replace('reps', 'load')}]`, '[data-focus=log-effort]', '[data-focus=log-pain]'].map((s) => `.detail form.log ${s}`);
      await type(page, fields[0], '7');
      await type(page, fields[1], '3');
      await type(page, fields[2], '6');
      await type(page, fields[3], '1');
      await switchTo(page, 'es', 'Horario semanal');
      assert.deepEqual(await values(page, fields), ['7', '3', '6', '1'], 'kept through the switch');
      // In pounds a typed 3 kg would read as 3 lb: the load starts again, the rest stays.
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('units', 'us'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.detail form.log label[for*=-load-]')?.textContent.includes('lb'));
      const [r, load, effort, pain] = await values(page, fields);
      assert.deepEqual([r, effort, pain], ['7', '6', '1']);
      assert.notEqual(load, '3', 'the load typed in kg is not kept as pounds');
      // Typing on in pounds, then a redraw: the kilograms typed before do not come back as pounds.
      await type(page, fields[0], '8');
      await switchTo(page, 'en', 'Weekly schedule');
      assert.deepEqual(await values(page, fields), ['8', load, '6', '1'], 'the pounds shown stay; the old kilograms are gone');
      await inRoot(page, (root) => root.querySelector('[data-focus=log-save]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').data.plan.log.length > 0);
      const log = (await page.evaluate(() => document.querySelector('osteo-plan').data.plan.log));
      assert.ok(log.every((l) => l.effort === 6 && l.pain === 1), 'saved with what was typed');
      assert.ok(log.some((l) => (l.results ?? []).some((x) => x.reps === 8)), 'the reps typed are saved');
      assertNoProblems(page);
      await page.close();
    });
  });
}
