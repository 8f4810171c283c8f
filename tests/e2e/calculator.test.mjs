// The food calculator end to end, against the final wasm, in Chromium and Firefox ESR, in
// English and Spanish, once by keyboard alone and once by mouse: search → add a food with a
// household portion → per week → a supplement from its label → read the bars, whose values
// must equal analyzeIntake called directly → open a nutrient's contributions → suggestions
// with a diet filter → add one. Then axe-core (0 violations) and screenshots at 360/1280 px.
//
// The view is mounted on its own (fixtures/calc-view.html, like the shell mounts it) so the
// profile is known; the last test checks the same view inside <osteo-plan> on the demo page.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BROWSERS, startServer, launch, openPage, assertNoProblems, waitFor, screenshot } from './lib/harness.mjs';
import { addFood } from './lib/journey.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const PROFILE = { age: 62, sex: 'female', weightKg: 68 };
const QUERIES = { en: ['milk', 'sardines'], es: ['leche', 'sardinas'] };
const P = 'v1-calc';

/** Runs `fn(root, arg)` in the page with the calculator's shadow root. */
function inCalc(page, fn, arg) {
  // eslint-disable-next-line no-new-func
  return page.evaluate(new Function('arg', `return (${fn})(document.getElementById('host').shadowRoot, arg);`), arg);
}
const activeId = (page) => inCalc(page, (root) => root.activeElement?.id ?? null);
const intake = (page) => page.evaluate(() => window.calcIntake);

async function open(browser, lang, { width = 1280, height = 900, query = '' } = {}) {
  const page = await openPage(browser, { width, height });
  const params = new URLSearchParams({ lang, profile: JSON.stringify(PROFILE) });
  await page.goto(`${globalThis.serverUrl}fixtures/calc-view.html?${params}${query}`);
  await waitFor(page, () => window.calcReady === true);
  return page;
}

/** Presses Tab, or Shift+Tab when the target comes earlier in the page, at most 80 times,
 *  until the element with `id` has focus: the way a keyboard user gets there. */
async function tabTo(page, id) {
  for (let i = 0; i < 80; i += 1) {
    const where = await inCalc(page, (root, target) => {
      const active = root.activeElement;
      if (active?.id === target) return 'here';
      const el = root.getElementById(target);
      if (!el) return 'missing';
      return active && (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) ? 'back' : 'forward';
    }, id);
    if (where === 'here') return;
    if (where === 'missing') throw new Error(`#${id} is not on the page`);
    if (where === 'back') {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else {
      await page.keyboard.press('Tab');
    }
  }
  throw new Error(`Tab never reached #${id}; stuck at #${await activeId(page)}`);
}

/** What the core says directly, for the same profile and entries the view holds. */
function direct(page, what, arg) {
  return page.evaluate(async (w, a, profile) => {
    const core = await import('/pkg/osteoplan.js');
    const state = window.calcIntake;
    if (w === 'search') return core.searchFoods(a.query, 8, a.lang);
    if (w === 'food') return core.getFood(a);
    if (w === 'analysis') return core.analyzeIntake(profile, state.entries, { referenceSet: state.referenceSet });
    // The view asks for at most 6 suggestions against the chosen reference set.
    if (w === 'suggest') return core.suggestFoods(profile, state.entries, a.nutrient, { ...state.filters, referenceSet: state.referenceSet, limit: 6 });
    if (w === 'iu') return core.vitaminDToIu(a);
    return null;
  }, what, arg, PROFILE);
}

/** Numbers and units as each language shows them: Spanish as es-US (1,036.5), micrograms as "mcg". */
const numberLocale = (lang) => (lang === 'es' ? 'es-US' : lang);
const unitShown = (lang, unit) => (lang === 'es' && unit === 'µg' ? 'mcg' : unit);
const formatAmount = (lang, v) => new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: Math.abs(v) >= 20 ? 0 : 1 }).format(v);

/** The bars show exactly what analyzeIntake returns (amount, target, percent, limit, coverage). */
async function assertBarsMatchCore(page, lang) {
  const analysis = await direct(page, 'analysis');
  const foodCount = (await intake(page)).entries.filter((e) => e.foodId !== undefined).length;
  const shown = await inCalc(page, (root) => Object.fromEntries([...root.querySelectorAll('.nutrient')].map((li) => [
    li.dataset.nutrient, { value: li.querySelector('.value')?.textContent ?? '', all: li.textContent, bar: !!li.querySelector('svg') },
  ])));
  for (const id of ['calcium', 'vitaminD', 'protein', 'magnesium', 'potassium']) {
    const d = analysis.nutrients[id];
    assert.ok(shown[id], `no row for ${id}`);
    assert.ok(shown[id].value.includes(`${formatAmount(lang, d.amount)} ${unitShown(lang, d.unit)}`), `${id}: "${shown[id].value}" lacks amount ${d.amount}`);
    if (d.target !== null) {
      assert.ok(shown[id].bar, `${id} has a bar`);
      assert.ok(shown[id].value.includes(`${formatAmount(lang, d.target)} ${unitShown(lang, d.unit)}`), `${id}: "${shown[id].value}" lacks target ${d.target}`);
      // Spanish as es-US writes it: "41%" (English keeps "41 %").
      const pct = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 }).format(d.percentOfTarget);
      assert.ok(shown[id].value.includes(`(${pct}${lang === 'es' ? '' : ' '}%)`), `${id}: percent`);
    }
    if (d.upperLimit !== null) assert.ok(shown[id].all.includes(formatAmount(lang, d.upperLimit)), `${id}: upper limit ${d.upperLimit} not shown`);
    if (d.unknownCount > 0) {
      // The whole phrase, not single digits that "1,200" would also hold.
      const coverage = new RegExp(`(known for|conocido en) ${foodCount - d.unknownCount} (of|de) ${foodCount} (foods|alimentos)`);
      assert.match(shown[id].all, coverage, `${id}: coverage not shown`);
    }
  }
  const iu = await direct(page, 'iu', analysis.nutrients.vitaminD.amount);
  assert.ok(shown.vitaminD.value.includes(new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 }).format(iu)), 'vitamin D also in IU');
  return analysis;
}

for (const name of BROWSERS) {
  describe(`calculator in ${name}`, () => {
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
      test(`${lang}: the whole calculator journey works by keyboard alone`, async () => {
        const page = await open(browser, lang);
        const [query] = QUERIES[lang];
        // The quick check's summary is the first stop, the search the next; arrows move the
        // active option, Enter picks.
        await page.keyboard.press('Tab');
        assert.equal(await activeId(page), `${P}-quick-heading`);
        await page.keyboard.press('Tab');
        assert.equal(await activeId(page), `${P}-search`);
        await page.keyboard.type(query);
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[role=option]'));
        const hits = await direct(page, 'search', { query, lang });
        assert.ok(hits.length > 0, `the core finds "${query}"`);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowUp');
        const combo = await inCalc(page, (root) => {
          const input = root.querySelector('[role=combobox]');
          const active = root.getElementById(input.getAttribute('aria-activedescendant'));
          return { expanded: input.getAttribute('aria-expanded'), activeFood: active?.dataset.foodId, selected: active?.getAttribute('aria-selected'),
            options: [...root.querySelectorAll('[role=option]')].map((o) => o.dataset.foodId) };
        });
        assert.equal(combo.expanded, 'true');
        assert.deepEqual(combo.options, hits.map((h) => h.id), 'options are the core results, in order');
        assert.equal(combo.activeFood, hits[0].id);
        assert.equal(combo.selected, 'true');
        await page.keyboard.press('Escape');
        assert.equal(await inCalc(page, (root) => root.querySelector('[role=combobox]').getAttribute('aria-expanded')), 'false');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        assert.equal(await activeId(page), `${P}-amount-kind`, 'focus moves to the amount');
        // Escape in the amount form cancels it and returns to the search; then pick again.
        await page.keyboard.press('Escape');
        assert.equal(await inCalc(page, (root) => root.querySelector('form.add-food').hidden), true);
        assert.equal(await activeId(page), `${P}-search`);
        await page.keyboard.type(query);
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[role=option]'));
        await page.keyboard.press('Enter');
        assert.equal(await activeId(page), `${P}-amount-kind`, 'Enter picks the first food');
        const food = await direct(page, 'food', hits[0].id);
        assert.ok(food.portions.length > 0, `${food.name} has SR28 household portions`);
        // First portion, 2 servings, per week.
        await page.keyboard.press('Tab');
        await page.keyboard.down('Control');
        await page.keyboard.press('KeyA');
        await page.keyboard.up('Control');
        await page.keyboard.type('2');
        await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowDown');
        assert.equal(await inCalc(page, (root) => root.querySelector(`#v1-calc-per`).value), 'week');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitFor(page, () => window.calcIntake?.entries?.length === 1);
        assert.deepEqual((await intake(page)).entries[0], { foodId: food.id, portion: food.portions[0].label, servings: 2, per: 'week' });
        assert.equal(await activeId(page), `${P}-search`, 'focus returns to the search for the next food');

        // A vitamin D supplement from its label: 1000 IU a day.
        await tabTo(page, `${P}-supp-nutrient`);
        await page.keyboard.press('ArrowDown');
        assert.equal(await inCalc(page, (root) => root.querySelector('#v1-calc-supp-nutrient').value), 'vitaminD');
        await page.keyboard.press('Tab');
        await page.keyboard.type('1000');
        await page.keyboard.press('Enter');
        await waitFor(page, () => window.calcIntake?.entries?.length === 2);
        assert.deepEqual((await intake(page)).entries[1], { supplement: 'vitaminD', amount: 1000, unit: 'IU', per: 'day' });

        // The list shows both entries with editable amounts; the bars match the core.
        const listed = await inCalc(page, (root) => [...root.querySelectorAll('.entries > li')].map((li) => li.textContent));
        assert.equal(listed.length, 2);
        assert.ok(listed[0].includes(lang === 'es' ? food.nameEs : food.name));
        const analysis = await assertBarsMatchCore(page, lang);

        // Contributions: Enter on the calcium name opens the foods that give calcium.
        await tabTo(page, `${P}-n-calcium`);
        await page.keyboard.press('Enter');
        await waitFor(page, () => document.getElementById('host').shadowRoot.getElementById('v1-calc-n-calcium')?.getAttribute('aria-expanded') === 'true');
        const contrib = await inCalc(page, (root) => [...root.querySelectorAll('#v1-calc-contrib-calcium ol > li')].map((li) => li.textContent));
        assert.equal(contrib.length, analysis.nutrients.calcium.contributions.length);
        assert.ok(contrib[0].includes(lang === 'es' ? food.nameEs : food.name));
        assert.equal(await activeId(page), `${P}-n-calcium`, 'focus stays on the toggle');

        // Suggestions to close the calcium gap, dairy-free; add the first by keyboard.
        await tabTo(page, `${P}-filter-dairyFree`);
        await page.keyboard.press(' ');
        await waitFor(page, () => window.calcIntake?.filters?.dairyFree === true);
        const expected = await direct(page, 'suggest', { nutrient: 'calcium' });
        const items = Array.isArray(expected) ? expected : expected.suggestions;
        assert.ok(items.length > 0, 'the core suggests dairy-free calcium foods');
        const shownIds = await inCalc(page, (root) => [...root.querySelectorAll('.suggestions > li')].map((li) => li.dataset.foodId));
        assert.deepEqual(shownIds, items.map((s) => s.foodId ?? s.id));
        for (const s of items) assert.ok(!(await direct(page, 'food', s.foodId ?? s.id)).tags.includes('dairy'), 'filter respected');
        await tabTo(page, `${P}-sugg-0`);
        await page.keyboard.press('Enter');
        await waitFor(page, () => window.calcIntake?.entries?.length === 3);
        assert.equal((await intake(page)).entries[2].foodId, items[0].foodId ?? items[0].id);
        await assertBarsMatchCore(page, lang);
        // The suggestions follow the longer list: the core's answer for it, with the share of the gap each closes.
        const after = await direct(page, 'suggest', { nutrient: 'calcium' });
        const afterItems = Array.isArray(after) ? after : after.suggestions;
        const shownAfter = await inCalc(page, (root) => [...root.querySelectorAll('.suggestions > li')].map((li) => ({ id: li.dataset.foodId, text: li.textContent })));
        assert.deepEqual(shownAfter.map((x) => x.id), afterItems.map((x) => x.foodId ?? x.id));
        const percent = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 });
        afterItems.forEach((x, i) => assert.ok(shownAfter[i].text.includes(`${percent.format(x.gapClosedPercent)}`), `${shownAfter[i].text} shows ${x.gapClosedPercent} %`));
        assert.notDeepEqual(afterItems.map((x) => [x.foodId, x.gapClosedPercent]), items.map((x) => [x.foodId, x.gapClosedPercent]), 'adding a food changes what closes the gap');

        // Edit an amount and remove an entry, still by keyboard.
        await tabTo(page, `${P}-entry-0-qty`);
        await page.keyboard.down('Control');
        await page.keyboard.press('KeyA');
        await page.keyboard.up('Control');
        await page.keyboard.type('3');
        await page.keyboard.press('Tab');
        await waitFor(page, () => window.calcIntake?.entries?.[0]?.servings === 3);
        await tabTo(page, `${P}-entry-1-remove`);
        await page.keyboard.press('Enter');
        await waitFor(page, () => window.calcIntake?.entries?.length === 2);
        assert.equal((await intake(page)).entries.some((e) => e.supplement), false);
        await assertBarsMatchCore(page, lang);
        assertNoProblems(page);
        await page.close();
      });

      test(`${lang}: the journey works by mouse, in US units, with the upper limit and oxalate notes`, async () => {
        const page = await open(browser, lang, { query: '&units=us' });
        const [, query] = QUERIES[lang];
        // A real mouse click at the element's centre, after scrolling it into view.
        const click = (sel) => inCalc(page, (root, s) => {
          const el = root.querySelector(s);
          el.scrollIntoView({ block: 'center' });
          return el.getBoundingClientRect().toJSON();
        }, sel).then((r) => page.mouse.click(r.x + r.width / 2, r.y + r.height / 2));
        await click('[role=combobox]');
        await page.keyboard.type(query);
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelectorAll('[role=option]').length > 0);
        const hits = await direct(page, 'search', { query, lang });
        await click('[role=option]');
        const food = await direct(page, 'food', hits[0].id);
        // By weight, in ounces: 3 oz per day.
        await inCalc(page, (root) => {
          const kind = root.querySelector('#v1-calc-amount-kind');
          kind.value = 'weight';
          kind.dispatchEvent(new Event('change'));
        });
        assert.match(await inCalc(page, (root) => root.querySelector('label[for=v1-calc-qty]').textContent), /Ounces|Onzas/);
        await click('#v1-calc-qty');
        await inCalc(page, (root) => { root.querySelector('#v1-calc-qty').value = ''; });
        await page.keyboard.type('3');
        await click('.add-food button[type=submit]');
        await waitFor(page, () => window.calcIntake?.entries?.length === 1);
        const entry = (await intake(page)).entries[0];
        assert.equal(entry.foodId, food.id);
        const grams = await page.evaluate(async () => (await import('/pkg/osteoplan.js')).ouncesToGrams(3));
        assert.equal(entry.grams, grams, 'ounces become grams in the core');
        // A large vitamin D supplement, per week: the bar shows it against the upper limit.
        await inCalc(page, (root) => {
          const s = root.querySelector('#v1-calc-supp-nutrient');
          s.value = 'vitaminD';
          s.dispatchEvent(new Event('change'));
          const per = root.querySelector('#v1-calc-supp-per');
          per.value = 'week';
        });
        await click('#v1-calc-supp-amount');
        await page.keyboard.type('50000');
        await click('form.supplement button[type=submit]');
        await waitFor(page, () => window.calcIntake?.entries?.length === 2);
        assert.deepEqual((await intake(page)).entries[1], { supplement: 'vitaminD', amount: 50000, unit: 'IU', per: 'week' });
        const analysis = await assertBarsMatchCore(page, lang);
        // Text, not colour alone, says where each nutrient stands.
        const status = await inCalc(page, (root) => root.querySelector('[data-testid=status-vitaminD]')?.textContent);
        assert.ok(status, 'vitamin D has a status in words');
        for (const w of analysis.warnings) {
          assert.ok(await inCalc(page, (root, code) => [...root.querySelectorAll('[data-testid=warning]')].some((n) => n.dataset.code === code), w.code ?? w.id),
            `warning ${w.code ?? w.id} is shown`);
        }
        // Spinach: the oxalate note appears.
        await click('[role=combobox]');
        await page.keyboard.type(lang === 'es' ? 'espinaca' : 'spinach');
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelectorAll('[role=option]').length > 0);
        await click('[role=option]');
        await click('.add-food button[type=submit]');
        await waitFor(page, () => window.calcIntake?.entries?.length === 3);
        const oxalate = await inCalc(page, (root) => root.querySelector('[data-testid=oxalate-note]')?.textContent);
        assert.ok(oxalate, 'oxalate note shown');
        // The share in the widget's number format: "25%" in English and in es-US Spanish (not es "25 %").
        assert.match(oxalate, lang === 'es' ? /^El \d{1,3}% de su calcio/ : /^\d{1,3}% of your calcium/, oxalate);
        // Contributions by click, suggestions with a vegan filter by click.
        await click('#v1-calc-n-calcium');
        assert.equal(await inCalc(page, (root) => root.querySelector('#v1-calc-contrib-calcium').hidden), false);
        await click('#v1-calc-filter-vegan');
        await waitFor(page, () => window.calcIntake?.filters?.vegan === true);
        const expected = await direct(page, 'suggest', { nutrient: 'calcium' });
        const items = Array.isArray(expected) ? expected : expected.suggestions;
        for (const s of items) assert.ok((await direct(page, 'food', s.foodId ?? s.id)).tags.includes('vegan'), 'vegan filter respected');
        const shownIds = await inCalc(page, (root) => [...root.querySelectorAll('.suggestions > li')].map((li) => li.dataset.foodId));
        assert.deepEqual(shownIds, items.map((s) => s.foodId ?? s.id));
        // The reference set changes the targets, with their source shown.
        await inCalc(page, (root) => {
          const s = root.querySelector('#v1-calc-refset');
          s.value = 'bone-ai';
          s.dispatchEvent(new Event('change'));
        });
        await waitFor(page, () => window.calcIntake?.referenceSet === 'bone-ai');
        await assertBarsMatchCore(page, lang);
        // Remove by click.
        await click('#v1-calc-entry-0-remove');
        await waitFor(page, () => window.calcIntake?.entries?.length === 2);
        assertNoProblems(page);
        await page.close();
      });

      test(`${lang}: axe-core finds no violation in the calculator, empty and in use`, async () => {
        const page = await open(browser, lang);
        await page.addScriptTag({ path: AXE });
        const audit = () => page.evaluate(async () => {
          const result = await window.axe.run(document.getElementById('host'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(await audit(), [], 'empty calculator');
        // In use: entries, an open contribution list, suggestions, an open search listbox.
        const [query] = QUERIES[lang];
        await inCalc(page, (root) => root.querySelector('.quick summary').click());
        await inCalc(page, (root) => root.querySelector('[role=combobox]').focus());
        await page.keyboard.type(query);
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[role=option]'));
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await waitFor(page, () => window.calcIntake?.entries?.length === 1);
        await inCalc(page, (root) => root.querySelector('#v1-calc-n-calcium').click());
        await inCalc(page, (root) => root.querySelector('[role=combobox]').focus());
        await page.keyboard.type(query.slice(0, 3));
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[role=option]'));
        await page.keyboard.press('ArrowDown');
        assert.deepEqual(await audit(), [], 'calculator in use');
        // Hosts may forbid inline styles (CSP style-src 'self'): the view never writes one.
        assert.deepEqual(await inCalc(page, (root) => [...root.querySelectorAll('[style]')].map((n) => n.outerHTML.slice(0, 80))), []);
        assertNoProblems(page);
        await page.close();
      });
    }

    if (name === 'chromium') {
      test('screenshots at 360 px and 1280 px in English and Spanish, no horizontal scroll', async () => {
        for (const lang of ['en', 'es']) {
          for (const width of [360, 1280]) {
            const [milk, sardines] = QUERIES[lang];
            const page = await open(browser, lang, { width });
            const entries = [];
            for (const query of [milk, sardines, lang === 'es' ? 'espinaca' : 'spinach']) {
              const [hit] = await direct(page, 'search', { query, lang });
              const food = await direct(page, 'food', hit.id);
              entries.push({ foodId: food.id, portion: food.portions[0].label, servings: 1, per: query === sardines ? 'week' : 'day' });
            }
            entries.push({ supplement: 'calcium', amount: 500, unit: 'mg', per: 'day' });
            const state = { entries, referenceSet: 'us-dri', filters: { dairyFree: true }, gapNutrient: 'calcium' };
            const params = new URLSearchParams({ lang, profile: JSON.stringify(PROFILE), intake: JSON.stringify(state) });
            await page.goto(`${server.url}fixtures/calc-view.html?${params}`);
            await waitFor(page, () => window.calcReady === true);
            await inCalc(page, (root) => root.querySelector('#v1-calc-n-calcium').click());
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${lang} at ${width} px scrolls sideways by ${overflow} px`);
            await screenshot(page, `calculator-${width}-${lang}`);
            assertNoProblems(page);
            await page.close();
          }
        }
      });
    }

    test('an added food is answered at once; saved meals, results and suggestions below the screen follow right after the paint, on screen they come with it', async () => {
      // Milk found and picked; then what the first frame after "Add" shows.
      const firstFrame = async (size) => {
        const page = await open(browser, 'en', size);
        await inCalc(page, (root) => {
          const search = root.querySelector('[role=combobox]');
          search.value = 'milk';
          search.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[role=option]'));
        const before = await inCalc(page, (root) => root.querySelector('[data-testid=value-calcium]').textContent);
        const seen = await inCalc(page, (root) => new Promise((resolve) => {
          root.querySelector('[role=option]').click();
          // The picked portion's width against its text's ("1 cup (244 g) · usual serving").
          const kind = root.querySelector('form.add-food select[name=amountKind]');
          const pen = document.createElement('canvas').getContext('2d');
          pen.font = getComputedStyle(kind).font;
          const portion = { width: kind.getBoundingClientRect().width, text: pen.measureText(kind.selectedOptions[0].text).width, room: kind.closest('form').clientWidth };
          root.querySelector('form.add-food button[type=submit]').click();
          requestAnimationFrame(() => resolve({
            portion,
            entries: root.querySelectorAll('.entries > li').length,
            entryBottom: root.querySelector('.entries > li')?.getBoundingClientRect().bottom,
            calcium: root.querySelector('[data-testid=value-calcium]').textContent,
            busy: ['meals', 'nutrient-results', 'suggestions'].map((id) => root.querySelector(`[data-testid=${id}]`).getAttribute('aria-busy')),
            saveMeal: root.querySelectorAll('form.save-meal').length,
            mealsTop: root.querySelector('[data-testid=meals]').getBoundingClientRect().top,
            resultsTop: root.querySelector('[data-testid=nutrient-results]').getBoundingClientRect().top,
            suggestionsTop: root.querySelector('[data-testid=suggestions]').getBoundingClientRect().top,
            screen: innerHeight,
          }));
        }));
        return { page, before, seen };
      };
      const phone = await firstFrame({ width: 360 });
      assert.equal(phone.seen.entries, 1, 'the food is in the list in the first frame');
      // The list sits right under the food search: the food just added is on the phone's screen.
      assert.ok(phone.seen.entryBottom <= phone.seen.screen, `the added food is on screen (bottom ${phone.seen.entryBottom} of ${phone.seen.screen})`);
      assert.ok(Math.min(phone.seen.mealsTop, phone.seen.resultsTop, phone.seen.suggestionsTop) >= phone.seen.screen, 'on a phone all three begin below the screen');
      assert.equal(phone.seen.calcium, phone.before, 'the first frame does not wait for them');
      assert.equal(phone.seen.saveMeal, 0, 'the form to save the list as a meal (it names every entry) comes after the first frame');
      assert.deepEqual(phone.seen.busy, ['true', 'true', 'true'], 'meanwhile they say they are being updated');
      await waitFor(phone.page, (b) => {
        const root = document.getElementById('host').shadowRoot;
        return root.querySelector('[data-testid=value-calcium]').textContent !== b && !root.querySelector('[aria-busy]');
      }, phone.before);
      assert.equal(await inCalc(phone.page, (root) => root.querySelectorAll('form.save-meal input[type=checkbox]').length), 1, 'then the meal form, with the food');
      await assertBarsMatchCore(phone.page, 'en');
      const tall = await firstFrame({ width: 1280, height: 4000 });
      assert.ok(tall.seen.resultsTop < tall.seen.screen, 'the results begin on screen');
      // The portion reads in full where there is room, else takes the form's width.
      for (const { portion } of [phone.seen, tall.seen]) {
        assert.ok(portion.width >= Math.min(portion.text, portion.room * 0.8), `the portion is not cut short: ${JSON.stringify(portion)}`);
      }
      assert.notEqual(tall.seen.calcium, tall.before, 'on screen they come with the food');
      assert.deepEqual(tall.seen.busy, [null, null, null]);
      assert.equal(tall.seen.saveMeal, 1, 'on screen the meal form comes with the food');
      await assertBarsMatchCore(tall.page, 'en');
      for (const p of [phone.page, tall.page]) {
        assertNoProblems(p);
        await p.close();
      }
    });

    test('a focus ring is never cut off: every control below the food list, focused, has its ring inside any box that clips what it holds', async () => {
      for (const width of [360, 1280]) {
        const page = await open(browser, 'en', { width });
        await inCalc(page, (root) => {
          const search = root.querySelector('[role=combobox]');
          search.value = 'milk';
          search.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await waitFor(page, () => document.getElementById('host').shadowRoot.querySelector('[role=option]'));
        await inCalc(page, (root) => {
          root.querySelector('[role=option]').click();
          root.querySelector('form.add-food button[type=submit]').click();
        });
        await waitFor(page, () => !document.getElementById('host').shadowRoot.querySelector('[aria-busy]'));
        const cut = await inCalc(page, (root) => {
          // The boxes that clip their content: paint containment (also content-visibility) or overflow.
          const clips = (el) => {
            const style = getComputedStyle(el);
            return /paint|strict|content/.test(style.contain) || style.contentVisibility !== 'visible' || style.overflowX !== 'visible' || style.overflowY !== 'visible';
          };
          const out = [];
          for (const box of root.querySelectorAll('[data-testid=meals], [data-testid=nutrient-results], [data-testid=suggestions], [data-testid=acid-load]')) {
            for (const control of box.querySelectorAll('button, input, select, summary, a[href]')) {
              control.scrollIntoView({ block: 'center' });
              control.focus({ focusVisible: true });
              const style = getComputedStyle(control);
              const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
              if (style.outlineStyle === 'none' || !(ring > 0)) { out.push(`${control.outerHTML.slice(0, 60)}: no ring`); continue; }
              const r = control.getBoundingClientRect();
              for (let el = control.parentElement; el && el !== root.host; el = el.parentElement) {
                if (!clips(el)) continue;
                const c = el.getBoundingClientRect();
                if (r.left - ring < c.left - 0.5 || r.right + ring > c.right + 0.5 || r.top - ring < c.top - 0.5 || r.bottom + ring > c.bottom + 0.5) {
                  out.push(`${control.textContent.trim() || control.outerHTML.slice(0, 60)} cut by ${el.dataset.testid ?? el.className}`);
                }
              }
            }
          }
          return out;
        });
        assert.deepEqual(cut, [], `at ${width} px`);
        assertNoProblems(page);
        await page.close();
      }
    });

    test('inside <osteo-plan>, a language switch keeps focus on the nutrient button it was on (the results are redrawn after the rest)', async () => {
      const page = await openPage(browser);
      await page.goto(`${server.url}#osteoplan-food`);
      await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('.calc [role=combobox]'));
      assert.equal(await addFood(page, { query: 'milk' }), 1);
      const id = await page.evaluate(() => {
        const button = document.querySelector('osteo-plan').shadowRoot.querySelector('.calc .nutrient[data-nutrient=calcium] button[aria-controls]');
        button.focus();
        return button.id;
      });
      await page.evaluate(() => document.querySelector('osteo-plan').setAttribute('lang', 'es'));
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent === 'Sobre usted');
      const after = await page.evaluate(() => {
        const active = document.querySelector('osteo-plan').shadowRoot.activeElement;
        return { id: active?.id, text: active?.closest('.nutrient')?.textContent };
      });
      assert.equal(after.id, id, 'the same button has focus');
      assert.match(after.text, /Calcio/, 'in the new drawing, in Spanish');
      assertNoProblems(page);
      await page.close();
    });

    test('inside <osteo-plan> on the demo page: search, add, and read the calcium bar', async () => {
      const page = await openPage(browser);
      // A link to the Food tab opens it.
      await page.goto(`${server.url}#osteoplan-food`);
      await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('.calc [role=combobox]'));
      assert.equal(await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('[part=calculator]').hidden), false);
      const before = await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [data-testid=value-calcium]')?.textContent);
      await page.evaluate(() => {
        const input = document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=combobox]');
        input.focus();
      });
      await page.keyboard.type('milk');
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [role=option]'));
      await page.keyboard.press('Enter');
      await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('.calc .add-food button[type=submit]').click());
      await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('.calc .entries > li').length === 1);
      const after = await waitFor(page, (b) => {
        const text = document.querySelector('osteo-plan').shadowRoot.querySelector('.calc [data-testid=value-calcium]')?.textContent;
        return text && text !== b ? text : null;
      }, before);
      assert.notEqual(after, before);
      assertNoProblems(page);
      await page.close();
    });
  });
}
