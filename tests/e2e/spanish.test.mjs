// Spanish as a US Latin-American patient reads it, on what ships: the UI strings (www/i18n/es),
// the wasm's Spanish portion labels for all 751 foods, and the widget drawn in Spanish (schedule
// and calculator, Chromium and Firefox ESR). The core's own text (exercise cues, calendar, food
// names) is checked natively in tests/spanish.rs.
// UPDATE_SCREENSHOTS=1 also writes docs/screenshot-es-{phone,desktop}-{schedule,calculator}.png (Chromium).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, BROWSERS, REPO, useBrowser, openPage, assertNoProblems, waitFor } from './lib/harness.mjs';

const www = join(REPO, 'www');
const load = async (rel) => (await import(pathToFileURL(join(www, rel)).href)).default;
const es = await load('i18n/es.js');
const en = await load('i18n/en.js');
const words = (text) => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** tú forms a Spanish UI string might slip into: pronouns and imperatives that are tú anywhere. */
const TU_ANYWHERE = ['levántate', 'siéntate', 'apóyate', 'sostén', 'pisa', 'empuja', 'camina', 'salta', 'añade',
  'pulsa', 'escríbelo', 'elígelo', 'descárgala', 'descárgalo', 'te', 'tu', 'tus', 'ti', 'contigo'];
/** tú imperatives that are also third-person verbs ("el plan elige", "el peso sube", "se guarda"):
 *  tú only when they start a sentence. */
const TU_AT_START = ['elige', 'usa', 'agrega', 'escribe', 'busca', 'marca', 'revisa', 'consulta', 'pregunta',
  'descarga', 'guarda', 'prueba', 'mira', 'lee', 'habla', 'pide', 'deja', 'sube', 'presiona', 'lleva', 'responde'];

/** Spain-only, machine-sounding or gendered wording the review replaced. */
const AVOIDED = [/ordenador/i, /escáner/i, /valoraci/i, /\bañad/i, /\bpulse\b/i, /\bIntro\b/, /\bEscape\b/, /pescado azul/i,
  /sentar mal/i, /remolacha/i, /enriquecid/i, /segura o seguro/i, /mareada|mareado/i, /equipo médico/i,
  /equipo de salud/i, /equipo de atención(?! médica)/i, /de reserva/i, /\bde descarga\b/i, /\bración\b/i, /Caliente de/,
  /^Nadar,/, /su propia altura/i];

/** Spanish strings equal to the English on purpose: units, symbols, placeholders, names. */
const SAME = new Set(['detailHeading', 'calc.portionEntry', 'minutesShort', 'secondsShort', 'loadKg', 'loadLb', 'moveOver', 'doseTimedSets', 'chartValue',
  'calc.pral', 'calc.vitaminDWithIu', 'calc.supplementEntry', 'calc.weightEntry', 'calc.timesPortion',
  'calc.entryLabel', 'calc.contribution', 'calc.weightKg', 'calc.sourceShort', 'calc.usdaDescription',
  'unit.mg', 'unit.g', 'unit.kcal', 'unit.oz', 'nutrient.zinc']);

test('no Spanish UI string uses tú, and none keeps a Spain-only or replaced term', () => {
  const found = [];
  for (const [key, text] of Object.entries(es)) {
    for (const w of words(text)) if (TU_ANYWHERE.includes(w)) found.push(`${key}: ${w}`);
    for (const sentence of text.split(/[.;:!?¿¡«]\s*/)) {
      const first = words(sentence)[0];
      if (TU_AT_START.includes(first)) found.push(`${key}: «${first}» starts a sentence`);
    }
    for (const re of AVOIDED) if (re.test(text)) found.push(`${key}: ${re}`);
  }
  assert.deepEqual(found, []);
});

test('no Spanish UI string is the English one, unless listed as the same on purpose', () => {
  const same = Object.keys(es).filter((k) => es[k] === en[k] && !SAME.has(k));
  assert.deepEqual(same, []);
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
});

test('every error code the engine can throw has a sentence for people in each language', () => {
  // The codes as the core declares them (src/error.rs) and the element's own CORE_FAULT.
  const rust = readFileSync(join(REPO, 'src', 'error.rs'), 'utf8');
  const codes = [...rust.matchAll(/^\s+Error::\w+(?:\(_\)| \{ \.\. \})? => "([A-Z_]+)",$/gm)].map((m) => m[1]);
  assert.ok(codes.length >= 16, `codes read from src/error.rs: ${codes}`);
  assert.match(readFileSync(join(www, 'osteo-plan.js'), 'utf8'), /code: 'CORE_FAULT'/);
  for (const strings of [en, es]) {
    const missing = [...codes, 'CORE_FAULT', 'other'].filter((code) => !strings[`error_${code}`]);
    assert.deepEqual(missing, []);
  }
});

test('the review\'s UI fixes are in the Spanish strings', () => {
  // 1: faint, not dizzy; no doubled "o", no gendered form.
  assert.match(es.seekHelp, /siente que se va a desmayar o le falta mucho el aire/);
  // 2: "than this" is back: calcium above the limit does not help more.
  assert.match(es['calc.warning.calcium-above-ul-with-supplements'], /Pasar de esta cantidad no ayuda más a los huesos/);
  assert.match(es['calc.warning.calcium-above-ul-with-supplements'], /cálculos renales \(piedras en los riñones\)/);
  // 8, 9, 10: warm-up, parallel list, the kind inside a sentence.
  assert.match(es.rule_P9, /^Haga un calentamiento de 5 a 10 minutos/);
  assert.match(es.rule_W9, /^La natación, el ciclismo y el yoga/);
  // (A day's parts are one workout now: «la rutina», no kind inside the sentence.)
  assert.match(es.moveStart, /^Moviendo la rutina del \{day\}\./);
  assert.match(es.todayRest, /^Hoy es día de descanso\.$/);
  assert.match(es.painJoint, /equipo de atención médica/);
  // 11, 12, 13, 14: exercise equipment vs care team; neutral; plain words.
  assert.match(es.timeLegend, /equipo de ejercicio/);
  assert.match(es.equipmentLegend, /equipo de ejercicio/i);
  assert.match(es.noAlternatives, /equipo de ejercicio/);
  assert.match(es.safetyIntro, /Si tiene dudas/);
  assert.match(es.qMultipleFractures, /al caerse estando de pie/);
  assert.match(es.rememberHint, /computadora/);
  assert.match(es.qVertebralFracture, /estudio de imágenes/);
  assert.match(es.hBoneMetastases, /evaluación/);
  // 15: one term for the care team.
  const careTeam = Object.values(es).filter((s) => /equipo de atención médica/.test(s)).length;
  assert.ok(careTeam >= 18, `${careTeam} strings name the care team`); // 19 with the calendar's
  // 16, 17: key names and "agregar".
  assert.match(es['calc.searchHint'], /presione Enter/);
  assert.match(es.moveHelp, /presione Enter\. La tecla Esc cancela/);
  assert.equal(es['calc.add'], 'Agregar');
  // 18-21: fish, stomach, betabel, fortificado.
  assert.match(es['calc.reason.oilyFish'], /pescado graso \(como el salmón o las sardinas\)/);
  assert.match(es['calc.warning.magnesium-supplements-above-ul'], /malestar estomacal o diarrea/);
  assert.match(es['calc.oxalateGeneral'], /hojas de betabel.*col rizada \(kale\)/);
  assert.match(es['calc.reason.fortified'], /^Fortificado/);
  // 22: the load in words.
  assert.match(es.loadPick, /aún pueda hacer 1 o 2 repeticiones más/);
  // 30: one % style, as es-US writes it.
  assert.match(es['calc.valueOfTarget'], /\(\{percent\}%\)/);
  // Micrograms as US supplement labels write them.
  assert.equal(es['unit.µg'], 'mcg');
});

// ---- the wasm's Spanish -------------------------------------------------------------------
const core = await import(pathToFileURL(join(www, 'pkg', 'osteoplan.js')).href);
await core.default({ module_or_path: readFileSync(join(www, 'pkg', 'osteoplan_bg.wasm')) });
core.loadFoods(readFileSync(join(www, 'pkg', 'foods.tsv'), 'utf8'));
const FOODS = core.listFoods().map((id) => core.getFood(id));

/** Words that are the same in Spanish on purpose (units, foods, a brand). */
const SAME_WORD = new Set(['a', 'oz', 'lb', 'g', 'mini', 'bagel', 'bagels', 'muffin', 'muffins', 'pizza', 'pizzas', 'taco',
  'tacos', 'burrito', 'enchilada', 'quesadilla', 'tortilla', 'chayote', 'pita', 'cherry', 'triscuits', 'base', 'individual']);

test('no Spanish portion label of the 751 foods has an English word of SR28\'s measure vocabulary', () => {
  assert.equal(FOODS.length, 751);
  const english = new Set(FOODS.flatMap((f) => f.portions.flatMap((p) => words(p.label))).filter((w) => !SAME_WORD.has(w)));
  assert.ok(english.size > 150, `${english.size} English words`);
  const found = [];
  let portions = 0;
  for (const food of FOODS) {
    for (const p of food.portions) {
      portions += 1;
      assert.equal(typeof p.labelEs, 'string', `${food.id} ${p.label}`);
      for (const w of words(p.labelEs)) if (english.has(w)) found.push(`${food.id} «${p.label}» → «${p.labelEs}»: ${w}`);
      if (/"/.test(p.labelEs) || /^\./.test(p.labelEs)) found.push(`${food.id} «${p.labelEs}»: inch mark or SR28 decimal`);
    }
  }
  assert.ok(portions > 700);
  assert.deepEqual(found, []);
  const milk = core.getFood('01077');
  assert.equal(milk.portions.find((p) => p.label === '1 cup').labelEs, '1 taza');
});

// ---- the widget in Spanish ----------------------------------------------------------------
const SEED = {
  format: 'osteoplan', version: 1,
  profile: { age: 65, sex: 'female', weightKg: 68, availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    minutesPerSession: 45, equipment: ['bands', 'dumbbells'], fitnessLevel: 'intermediate', jointPain: 3 },
  planOptions: { deload: true }, startDate: '2026-12-07', plan: null,
  intake: { entries: [
    { foodId: '01077', portion: '1 cup', servings: 1.5, per: 'day' },
    { foodId: '15088', portion: '1 cup,  drained', servings: 0.5, per: 'week' },
    { foodId: '11090', portion: '1 cup, chopped', servings: 1, per: 'day' },
    { supplement: 'vitaminD', amount: 25, unit: 'ug', per: 'day' },
  ], supplements: [], referenceSet: 'us-dri', filters: {} },
};

async function openSpanish(browser, width) {
  const page = await openPage(browser, { width, height: 900 });
  await page.evaluateOnNewDocument((seed) => {
    if (!localStorage.getItem('osteoplan:default')) localStorage.setItem('osteoplan:default', JSON.stringify(seed));
  }, SEED);
  await page.goto(`${globalThis.spanishServerUrl}index.html`);
  await page.evaluate(() => {
    const el = document.querySelector('osteo-plan');
    el.setAttribute('lang', 'es');
    el.setAttribute('units', 'us');
  });
  await waitFor(page, () => document.querySelector('osteo-plan')?.shadowRoot?.querySelector('button.generate'));
  await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('button.generate').click());
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelectorAll('[part~=session]').length > 0);
  await waitFor(page, () => /taza/.test(document.querySelector('osteo-plan').shadowRoot.textContent));
  // Open Monday's workout (strength), so its cues show.
  await page.evaluate(() => {
    const root = document.querySelector('osteo-plan').shadowRoot;
    const card = root.querySelector('[data-focus="open-mon"]');
    if (card.closest('.workout').querySelector('[data-kind=resistance]')) card.click();
  });
  await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ul.cues li'));
  return page;
}

const widgetText = (page) => page.evaluate(() => {
  const root = document.querySelector('osteo-plan').shadowRoot;
  const texts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE && child.tagName !== 'STYLE') {
        if (child.tagName === 'OPTION' || child.getClientRects().length) walk(child);
      }
    }
  };
  walk(root);
  return texts.join(' ');
});

for (const name of BROWSERS) {
  describe(`the widget in Spanish, ${name}`, () => {
    const env = useBrowser(name);
    test('schedule and calculator read in Spanish: usted, es-US numbers, cups as fractions, no measure English', async () => {
      globalThis.spanishServerUrl = env.server.url;
      for (const [width, file] of [[360, 'screenshot-es-phone'], [1280, 'screenshot-es-desktop']]) {
        const page = await openSpanish(env.browser, width);
        // Every tab as the person sees it, one after the other.
        let text = '';
        for (const tab of ['week', 'food', 'today']) {
          await page.evaluate((t) => document.querySelector('osteo-plan').shadowRoot.querySelector(`[role=tab][data-tab=${t}]`).click(), tab);
          await waitFor(page, (t) => !document.querySelector('osteo-plan').shadowRoot.querySelector(`#${document.querySelector('osteo-plan').shadowRoot.querySelector(`[data-tab=${t}]`).getAttribute('aria-controls')}`).hidden, tab);
          text += ` ${await widgetText(page)}`;
        }
        // The entries as a Spanish reader sees them.
        assert.match(text, /× 1 taza\b/, 'milk: cups in Spanish');
        assert.match(text, /1 taza, en trocitos/, 'broccoli: a detail that needs no agreement');
        assert.match(text, /1 taza, sin el líquido/, 'sardines');
        assert.doesNotMatch(text, /\b\d+,\d{1,2}\b/, 'no decimal comma (es-US writes 1.5 and 1,404)');
        assert.match(text, /1\.5 × 1 taza \(8\.6 oz\)/, 'es-US decimals');
        assert.doesNotMatch(text, /\b(cup|chopped|drained|solids|removed|skin|bone)\b/, 'no SR28 English');
        // Schedule: Spanish cues in usted.
        assert.match(text, /Horario semanal/);
        // A rule with no citation (G6, among the notes on why the plan is as it is) names its source in Spanish too.
        assert.equal(await page.evaluate(() => {
          const root = document.querySelector('osteo-plan').shadowRoot;
          root.querySelector('[data-focus=plan-notes]').click();
          const source = root.querySelector('li.finding[data-rule=G6] .source')?.textContent;
          root.querySelector('[data-focus=plan-notes]').click();
          return source;
        }), 'Fuente: Práctica de seguridad (ningún estudio la ha puesto a prueba)');
        // A workout picked up: each day's "Moverla aquí" / "Intercambiar con este día" fits inside its button's padding.
        await page.evaluate(() => document.querySelector('osteo-plan').shadowRoot.querySelector('[role=tab][data-tab=week]').click());
        await waitFor(page, () => document.querySelector('osteo-plan').shadowRoot.querySelector('ol.week')?.checkVisibility());
        const cramped = await page.evaluate(() => {
          const root = document.querySelector('osteo-plan').shadowRoot;
          const move = root.querySelector('[data-focus=move-mon]');
          move.click();
          const targets = [...root.querySelectorAll('.move-here')];
          const out = targets.filter((b) => {
            const text = document.createRange();
            text.selectNodeContents(b.firstChild);
            const style = getComputedStyle(b);
            const inner = b.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
            return text.getBoundingClientRect().right > inner + 0.5;
          }).map((b) => b.textContent);
          move.click();
          return targets.length ? out : ['no targets'];
        });
        assert.deepEqual(cramped, []);
        // The week switcher: on a phone the week's name has a row of its own and both buttons share the next; on a
        // desktop one row, previous | week | next. An arrow stays on the line of the word beside it.
        const weekNav = () => page.evaluate(() => {
          const root = document.querySelector('osteo-plan').shadowRoot;
          const box = (sel) => root.querySelector(`.week-nav ${sel}`).getBoundingClientRect();
          const middle = (r) => Math.round(r.top + r.height / 2);
          const [name, prev, next] = [box('h3'), box('[data-focus=week-prev]'), box('[data-focus=week-next]')];
          const lineOf = (node, at) => {
            const r = document.createRange();
            r.setStart(node, at);
            r.setEnd(node, at + 1);
            return Math.round(r.getBoundingClientRect().top);
          };
          const arrowAlone = [...root.querySelectorAll('.week-nav button')].map((b) => b.firstChild).filter((t) => {
            const i = t.data.search(/[←→]/);
            const beside = i === 0 ? 2 : i - 2; // the arrow's neighbouring word, past the space
            return lineOf(t, i) !== lineOf(t, beside);
          }).map((t) => t.data);
          return { oneRow: middle(prev) === middle(name) && middle(next) === middle(name) && prev.left < name.left && name.left < next.left,
            nameAbove: name.bottom <= prev.top && Math.round(prev.top) === Math.round(next.top), arrowAlone };
        });
        const expected = width === 360 ? { oneRow: false, nameAbove: true, arrowAlone: [] } : { oneRow: true, nameAbove: false, arrowAlone: [] };
        assert.deepEqual(await weekNav(), expected, `es at ${width} px`);
        const switchTo = async (lang, heading) => {
          await page.evaluate((l) => document.querySelector('osteo-plan').setAttribute('lang', l), lang);
          await waitFor(page, (hd) => document.querySelector('osteo-plan').shadowRoot.querySelector('h2')?.textContent === hd, heading);
        };
        await switchTo('en', 'About you');
        assert.deepEqual(await weekNav(), expected, `en at ${width} px`);
        await switchTo('es', 'Sobre usted');
        const cues = await page.evaluate(() => [...document.querySelector('osteo-plan').shadowRoot.querySelectorAll('ul.cues li')].map((li) => li.textContent));
        assert.ok(cues.length > 0 && cues.every((c) => !/\b(te|tu|tus)\b|te\b[^a-z]|ate\b/i.test(c.split(' ')[0])), cues.join(' | '));
        const tu = words(text).filter((w) => ['levántate', 'siéntate', 'apóyate', 'pisa', 'sostén', 'tu', 'te'].includes(w));
        assert.deepEqual(tu, []);
        assert.match(text, /Rutina de hoy|Próxima rutina/, 'Today in Spanish');
        // Today, the week and the calculator, each as the person sees it in its tab (host page left out).
        for (const [part, tab] of [['today', 'today'], ['schedule', 'week'], ['calculator', 'food']]) {
          await page.evaluate((t) => document.querySelector('osteo-plan').shadowRoot.querySelector(`[role=tab][data-tab=${t}]`).click(), tab);
          await waitFor(page, (p) => !document.querySelector('osteo-plan').shadowRoot.querySelector(`[part~=${p}]`).hidden, part);
          const el = await page.evaluateHandle((p) => document.querySelector('osteo-plan').shadowRoot.querySelector(`[part~=${p}]`), part);
          const shot = join(ARTIFACTS, `${file}-${part}-${name}.png`);
          mkdirSync(ARTIFACTS, { recursive: true });
          await el.asElement().screenshot({ path: shot });
          if (name === 'chromium' && process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, join(REPO, 'docs', `${file}-${part}.png`));
        }
        // The next width starts again from the seeded data, not from this visit's plan.
        await page.evaluate(() => localStorage.clear());
        assertNoProblems(page);
        await page.close();
      }
    });
  });
}
