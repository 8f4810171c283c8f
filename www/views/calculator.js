// The food-calculator view. Contract (shared with www/osteo-plan.js):
//   export const css: string                       — adopted into the element's shadow root
//   export function createCalculator(ctx) → { element, update(ctx) }
//   ctx = { core, t(key, vars), lang, units, idPrefix, profile, intake, setIntake(next), nf(digits) }
//
// `intake` is this view's saved state, stored and exported opaquely by the shell:
//   { entries: [<analyzeIntake entry>], referenceSet: 'us-dri', filters: { vegan: true, … }, gapNutrient: 'calcium' }
// Entries are kept in exactly the shape the core's analyzeIntake takes, so what is saved is
// what is computed. Rust computes, JS draws: every amount, target, percentage, status and
// suggestion shown here comes from ctx.core; this file only formats and lays them out.
import { h } from '../dom.js';

export const css = `
.calc { container-type: inline-size; }
.calc h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.calc h3:first-child { margin-top: 0; }
.calc h4 { font-size: 1rem; margin: .75rem 0 .25rem; }
.calc p { margin: .25rem 0 .5rem; }
.calc .muted { color: var(--osteo-muted); font-size: .9rem; }
.calc .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.calc-grid { display: grid; gap: 0 1.5rem; }
.calc-grid > div { min-width: 0; }
@container (min-width: 720px) { .calc-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.calc select, .calc input { font: inherit; padding: .4rem .5rem; border: 1px solid var(--osteo-muted); border-radius: 4px; color: inherit; background: var(--osteo-bg); max-width: 100%; }
.calc input[type=number] { width: 6.5rem; }
.calc button { font: inherit; cursor: pointer; border-radius: 4px; padding: .4rem .8rem; border: 1px solid var(--osteo-accent); background: var(--osteo-accent); color: var(--osteo-bg); min-height: 2.25rem; }
.calc button.secondary { background: transparent; color: var(--osteo-accent); }
.calc button.link { background: none; border: none; color: var(--osteo-accent); padding: .25rem 0; text-decoration: underline; min-height: 1.5rem; }
.calc .row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
.calc .row > div { display: flex; flex-direction: column; min-width: 0; max-width: 100%; }
.calc fieldset { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .5rem .75rem .75rem; margin: 0 0 .75rem; min-width: 0; }
.calc legend { font-weight: 600; padding: 0 .25rem; }
.calc .check { display: inline-flex; gap: .35rem; align-items: center; font-weight: normal; margin: 0 1rem .25rem 0; }
.calc .check input { width: auto; }
.combo { position: relative; }
.combo input { width: 100%; }
.combo [role=listbox] { list-style: none; margin: .25rem 0 0; padding: .25rem 0; border: 1px solid var(--osteo-border); border-radius: 4px; background: var(--osteo-bg); max-height: 18rem; overflow-y: auto; }
.combo [role=option] { padding: .4rem .6rem; cursor: pointer; }
.combo [role=option] .muted { display: block; font-size: .85rem; }
.combo [role=option][aria-selected=true] { background: var(--osteo-accent); color: var(--osteo-bg); }
.combo [role=option][aria-selected=true] .muted { color: inherit; }
.combo [role=option]:hover { outline: 1px solid var(--osteo-accent); }
.add-food { border: 1px solid var(--osteo-border); border-radius: var(--osteo-radius); padding: .75rem; margin: .75rem 0; }
.add-food h4 { margin-top: 0; }
.calc .alert { color: #b3261e; font-weight: 600; }
.calc .note { border-left: 4px solid var(--osteo-accent); padding: .4rem .75rem; margin: .5rem 0; background: color-mix(in srgb, var(--osteo-accent) 8%, transparent); }
.calc .note.caution { border-left-color: #a65f00; background: color-mix(in srgb, #a65f00 10%, transparent); }
.entries { list-style: none; padding: 0; margin: 0; }
.entries > li { border-bottom: 1px solid var(--osteo-border); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
.entries .entry-name { font-weight: 600; flex: 1 1 12rem; }
.entries .entry-name .muted { display: block; font-weight: normal; }
.entries .qty { display: inline-flex; gap: .35rem; align-items: center; }
.nutrients { list-style: none; padding: 0; margin: 0; }
.nutrient { padding: .5rem 0; border-bottom: 1px solid var(--osteo-border); }
.nutrient .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 .75rem; align-items: baseline; }
.nutrient .head button { font-weight: 600; }
.nutrient .status { font-weight: 600; font-size: .9rem; }
.nutrient .status.above { color: #b3261e; }
.nutrient .status.below-ai { font-weight: 400; }
.nutrient svg { display: block; width: 100%; height: 14px; margin: .25rem 0; }
.calc .track { fill: var(--osteo-border); }
.calc .fill { fill: var(--osteo-accent); }
.calc .fill.above { fill: #b3261e; }
.calc .target-mark { stroke: var(--osteo-fg); stroke-width: 2px; vector-effect: non-scaling-stroke; }
.calc .limit-mark { stroke: #b3261e; stroke-width: 3px; stroke-dasharray: 3 2; vector-effect: non-scaling-stroke; }
.nutrient .contrib { margin: .25rem 0 .25rem 1rem; }
.nutrient .contrib ol { margin: .25rem 0; padding-left: 1.25rem; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; color: var(--osteo-muted); }
.legend svg { width: 1.5rem; height: .75rem; vertical-align: middle; }
.suggestions { padding-left: 1.5rem; }
.suggestions li { margin: .5rem 0; }
.suggestions li > span { margin-right: .5rem; }
.suggestions li .muted { display: block; }
.suggestions button { padding: .2rem .7rem; min-height: 2rem; margin-top: .25rem; }
.acid dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem .75rem; margin: .25rem 0; }
.acid dt { font-weight: 600; }
.acid dd { margin: 0; }
@media (prefers-color-scheme: dark) {
  .calc .alert, .nutrient .status.above { color: #ffb4ab; }
  .calc .fill.above { fill: #ffb4ab; }
  .calc .limit-mark { stroke: #ffb4ab; }
}
@media (prefers-reduced-motion: no-preference) { .nutrient .fill { transition: width .2s ease-out; } }
`;

/** Nutrients grouped for display: bone nutrients first; energy last and without a bar. */
const BONE_NUTRIENTS = ['calcium', 'vitaminD', 'protein', 'magnesium', 'phosphorus', 'potassium', 'zinc', 'vitaminK'];
const OTHER_NUTRIENTS = ['sodium', 'fiber', 'saturatedFat', 'monounsaturatedFat', 'polyunsaturatedFat', 'energy'];
/** Nutrients shown against their ceiling only: an "adequate intake" for sodium exists, but
 *  "below target" must never read as "eat more salt". Energy has no goal at all. */
const LIMIT_ONLY = ['sodium', 'energy'];
/** Nutrients a gap can be closed for (the ones with a "get enough" target). */
const GAP_NUTRIENTS = ['calcium', 'vitaminD', 'protein', 'magnesium', 'potassium', 'zinc', 'vitaminK', 'fiber'];
/** Supplements a person can enter from a label, and the label units each may use. */
const SUPPLEMENTS = {
  calcium: ['mg'],
  vitaminD: ['IU', 'µg'],
  magnesium: ['mg'],
  zinc: ['mg'],
  vitaminK: ['µg'],
  potassium: ['mg'],
  protein: ['g'],
};
const REFERENCE_SETS = ['us-dri', 'bone-ai', 'efsa', 'uk'];
const DIET_FILTERS = ['dairyFree', 'vegan', 'vegetarian', 'fishFree', 'lowSodium'];
const SEARCH_LIMIT = 8;
const SUGGESTION_LIMIT = 6;
/** Used for targets until the person fills in the profile (the shell normally passes one). */
const FALLBACK_PROFILE = { age: 60, sex: 'female', weightKg: 65 };

/** Accepts any saved value and returns a well-formed intake state (old or hand-edited imports). */
export function normaliseIntake(raw) {
  const x = raw && typeof raw === 'object' ? raw : {};
  const filters = {};
  if (x.filters && typeof x.filters === 'object') {
    for (const f of DIET_FILTERS) if (x.filters[f] === true) filters[f] = true;
  }
  return {
    entries: Array.isArray(x.entries) ? x.entries.filter((e) => e && typeof e === 'object') : [],
    referenceSet: REFERENCE_SETS.includes(x.referenceSet) ? x.referenceSet : 'us-dri',
    filters,
    gapNutrient: GAP_NUTRIENTS.includes(x.gapNutrient) ? x.gapNutrient : 'calcium',
  };
}

/** What the core's reference intakes take from the shell's (larger) profile. */
function engineProfile(profile) {
  if (!profile || typeof profile !== 'object' || profile.age == null || !profile.sex) return null;
  const out = { age: Number(profile.age), sex: profile.sex };
  const weight = profile.weightKg ?? profile.weight;
  if (weight !== undefined && weight !== null && weight !== '') out.weightKg = Number(weight);
  if (profile.pregnant) out.pregnant = true;
  if (profile.lactating) out.lactating = true;
  return out;
}

export function createCalculator(initialCtx) {
  let ctx = initialCtx;
  let intake = normaliseIntake(ctx.intake);
  let lastSeenIntake = ctx.intake;
  const element = h('div', { class: 'calc' });
  const pid = (s) => `${ctx.idPrefix}-calc-${s}`;
  const t = (key, vars) => ctx.t(key, vars);
  const foods = new Map();
  // UI-only state (not saved): the food being added, search results, open drill-downs.
  const ui = { food: null, results: [], active: -1, open: new Set() };
  let refs = {};
  let lastAnalysis = null;

  // ---- formatting (display only; the numbers come from the core) -------------------------
  const fmt = (value) => {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return ctx.nf(Math.abs(value) >= 20 ? 0 : 1).format(value);
  };
  const unitLabel = (unit) => t(`unit.${unit}`);
  const amountText = (nutrient, value, unit) => {
    const base = `${fmt(value)} ${unitLabel(unit)}`;
    if (nutrient !== 'vitaminD' || value === null || value === undefined) return base;
    let iu;
    try {
      iu = ctx.core.vitaminDToIu(value);
    } catch {
      return base;
    }
    return t('calc.vitaminDWithIu', { amount: base, iu: ctx.nf(0).format(iu) });
  };
  const nutrientName = (id) => t(`nutrient.${id}`);
  /** The nutrient's name inside a sentence ("where your vitamin D comes from"). */
  const nutrientWord = (id) => {
    const name = nutrientName(id);
    return name.charAt(0).toLocaleLowerCase(ctx.lang) + name.slice(1);
  };

  function getFood(id) {
    if (!foods.has(id)) {
      try {
        foods.set(id, ctx.core.getFood(id));
      } catch {
        foods.set(id, null);
      }
    }
    return foods.get(id);
  }
  const foodName = (food) => (food ? (ctx.lang === 'es' ? food.nameEs || food.name : food.name) : t('calc.unknownFood'));
  /** Ounces for US units, or null (metric, or grams the core rejects, e.g. a broken import). */
  const ouncesOf = (grams) => {
    if (ctx.units !== 'us') return null;
    try {
      return ctx.core.gramsToOunces(grams);
    } catch {
      return null;
    }
  };
  const gramsToDisplay = (grams) => {
    const oz = ouncesOf(grams);
    return oz === null ? `${fmt(grams)} ${t('unit.g')}` : `${fmt(oz)} ${t('unit.oz')}`;
  };
  const portionText = (portion) => `${portionLabel(portion.label)} (${gramsToDisplay(portion.grams)})`;

  /** An SR28 household measure in the person's language: the core's Spanish (`labelEs`,
   *  "1 taza, en trocitos") for Spanish, SR28's label otherwise. Display only: the saved entry
   *  keeps SR28's label, which is what the core looks portions up by. The Spanish depends on
   *  the label alone, so any food already read that has this label gives it. */
  function portionLabel(label) {
    if (ctx.lang !== 'es') return label;
    for (const food of foods.values()) {
      const spanish = food?.portions?.find((p) => p.label === label)?.labelEs;
      if (spanish) return spanish;
    }
    return label;
  }
  const perText = (per) => t(per === 'week' ? 'calc.perWeek' : 'calc.perDay');
  /** The amount typed in `input` when it is a number above zero, else null. */
  const positiveValue = (input) => {
    const n = Number(input.value);
    return input.value.trim() !== '' && n > 0 ? n : null;
  };

  /** What an entry is: the food's name, or "Supplement: vitamin D". */
  function entryName(entry) {
    return entry.supplement ? t('calc.supplementName', { nutrient: nutrientWord(entry.supplement) }) : foodName(getFood(entry.foodId));
  }

  /** The whole entry in one line, for lists and announcements ("Milk, whole: 2 × 1 cup (244 g) per week"). */
  function entryLabel(entry) {
    return t('calc.entryLabel', { name: entryName(entry), detail: describeEntry(entry) });
  }

  /** How much and how often, in the person's words ("2 × 1 cup (244 g) per week"). */
  function describeEntry(entry) {
    if (entry.supplement) {
      return t('calc.supplementEntry', {
        nutrient: nutrientWord(entry.supplement),
        amount: fmt(entry.amount),
        unit: unitLabel(entry.unit === 'ug' ? 'µg' : entry.unit),
        per: perText(entry.per),
      });
    }
    const food = getFood(entry.foodId);
    if (entry.portion !== undefined) {
      const portion = food?.portions?.find((p) => p.label === entry.portion);
      return t('calc.portionEntry', {
        food: foodName(food),
        servings: fmt(entry.servings),
        portion: portion ? portionText(portion) : entry.portion,
        per: perText(entry.per),
      });
    }
    return t('calc.weightEntry', { food: foodName(food), weight: gramsToDisplay(entry.grams), per: perText(entry.per) });
  }

  // ---- state changes -------------------------------------------------------------------
  const profile = () => engineProfile(ctx.profile) ?? FALLBACK_PROFILE;
  const analysisOptions = () => ({ referenceSet: intake.referenceSet });

  /** Asks the core whether `entries` can be analysed; returns the Error it throws, or null. */
  function rejects(entries) {
    try {
      ctx.core.analyzeIntake(profile(), entries, analysisOptions());
      return null;
    } catch (err) {
      return err;
    }
  }

  /** Saves `next` through the shell and redraws. `keepEntries` leaves the entry list's
   *  controls in place (an in-place edit), so focus and the person's Tab order survive. */
  function commit(next, announcement, { keepEntries = false } = {}) {
    intake = next;
    lastSeenIntake = next;
    ctx.setIntake?.(next);
    if (announcement) announce(announcement);
    renderState({ keepEntries });
  }

  function announce(text) {
    // Clear first so the same words twice are still read out.
    refs.live.textContent = '';
    queueMicrotask(() => {
      refs.live.textContent = text;
    });
  }

  function focusById(id) {
    element.getRootNode().getElementById?.(id)?.focus();
  }

  // ---- search combobox -------------------------------------------------------------------
  function runSearch() {
    const query = refs.search.value.trim();
    ui.active = -1;
    if (!query) {
      ui.results = [];
      renderOptions();
      refs.searchStatus.textContent = '';
      return;
    }
    try {
      ui.results = ctx.core.searchFoods(query, SEARCH_LIMIT, ctx.lang);
    } catch {
      ui.results = [];
    }
    renderOptions();
    refs.searchStatus.textContent = ui.results.length
      ? t('calc.searchCount', { count: ui.results.length })
      : t('calc.searchNone', { query });
  }

  function renderOptions() {
    const { listbox, search } = refs;
    listbox.replaceChildren(...ui.results.map((r, i) => {
      const name = ctx.lang === 'es' ? r.nameEs || r.name : r.name;
      const other = ctx.lang === 'es' ? r.name : r.nameEs;
      return h('li', {
        role: 'option',
        id: pid(`opt-${i}`),
        'aria-selected': i === ui.active ? 'true' : 'false',
        'data-food-id': r.id,
        onmousedown: (e) => e.preventDefault(),
        onclick: () => pick(i),
      }, name, other && other !== name ? h('span', { class: 'muted', lang: ctx.lang === 'es' ? 'en' : 'es', text: other }) : null);
    }));
    const open = ui.results.length > 0;
    listbox.hidden = !open;
    search.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (ui.active >= 0) {
      search.setAttribute('aria-activedescendant', pid(`opt-${ui.active}`));
      listbox.children[ui.active]?.scrollIntoView?.({ block: 'nearest' });
    } else {
      search.removeAttribute('aria-activedescendant');
    }
  }

  function closeList() {
    ui.results = [];
    ui.active = -1;
    renderOptions();
  }

  function onSearchKey(e) {
    const n = ui.results.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!n) runSearch();
        if (ui.results.length) ui.active = (ui.active + 1) % ui.results.length;
        renderOptions();
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n) ui.active = ui.active <= 0 ? n - 1 : ui.active - 1;
        renderOptions();
        break;
      case 'Enter':
        e.preventDefault();
        if (n) pick(ui.active >= 0 ? ui.active : 0);
        break;
      case 'Escape':
        if (n) {
          e.preventDefault();
          closeList();
        } else if (refs.search.value) {
          e.preventDefault();
          refs.search.value = '';
          refs.searchStatus.textContent = '';
        }
        break;
      case 'Tab':
        closeList();
        break;
      default:
    }
  }

  function pick(index) {
    const hit = ui.results[index];
    if (!hit) return;
    const food = getFood(hit.id);
    if (!food) return;
    ui.food = food;
    refs.search.value = foodName(food);
    closeList();
    renderAddForm();
    refs.amountKind.focus();
  }

  // ---- the "add this food" form ---------------------------------------------------------
  function renderAddForm() {
    const { addForm } = refs;
    const food = ui.food;
    if (!food) {
      addForm.hidden = true;
      addForm.replaceChildren();
      return;
    }
    const kind = h('select', { id: pid('amount-kind'), name: 'amountKind' },
      ...(food.portions ?? []).map((p, i) => h('option', { value: `portion:${i}`, text: portionText(p) })),
      h('option', { value: 'weight', text: t(ctx.units === 'us' ? 'calc.byOunces' : 'calc.byGrams') }));
    const qty = h('input', { id: pid('qty'), name: 'qty', type: 'number', inputmode: 'decimal', min: '0', step: 'any', value: '1', required: true });
    const qtyLabel = h('label', { for: qty.id, text: t('calc.servings') });
    const per = perSelect(pid('per'), 'day');
    const syncQty = () => {
      const byWeight = kind.value === 'weight';
      qtyLabel.textContent = byWeight ? t(ctx.units === 'us' ? 'calc.ounces' : 'calc.grams') : t('calc.servings');
      qty.value = byWeight ? (ctx.units === 'us' ? '4' : '100') : '1';
    };
    kind.addEventListener('change', syncQty);
    refs.amountKind = kind;
    const error = h('p', { class: 'alert', id: pid('add-error'), role: 'alert' });
    addForm.replaceChildren(
      h('h4', { id: pid('add-heading'), text: t('calc.addFoodHeading', { food: foodName(food) }) }),
      food.usdaDescription ? h('p', { class: 'muted', lang: 'en', text: t('calc.usdaDescription', { text: food.usdaDescription }) }) : null,
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: kind.id, text: t('calc.amount') }), kind),
        h('div', {}, qtyLabel, qty),
        h('div', {}, h('label', { for: per.id, text: t('calc.howOften') }), per)),
      error,
      h('div', { class: 'row' },
        h('button', { type: 'submit', text: t('calc.addToList') }),
        h('button', { type: 'button', class: 'secondary', text: t('calc.cancel'), onclick: cancelAdd })),
    );
    syncQty();
    markFocusable();
    addForm.hidden = false;
    addForm.setAttribute('aria-labelledby', pid('add-heading'));
    addForm.onkeydown = (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        cancelAdd();
      }
    };
    addForm.onsubmit = (e) => {
      e.preventDefault();
      const amount = positiveValue(qty);
      if (amount === null) {
        error.textContent = t('calc.positiveNumber');
        qty.focus();
        return;
      }
      let entry;
      if (kind.value === 'weight') {
        const grams = ctx.units === 'us' ? ouncesToGrams(amount) : amount;
        if (grams === null) {
          error.textContent = t('calc.positiveNumber');
          return;
        }
        entry = { foodId: food.id, grams, per: per.value };
      } else {
        const portion = food.portions[Number(kind.value.split(':')[1])];
        entry = { foodId: food.id, portion: portion.label, servings: amount, per: per.value };
      }
      const entries = [...intake.entries, entry];
      if (rejects(entries)) {
        error.textContent = t('calc.entryRejected');
        return;
      }
      ui.food = null;
      refs.search.value = '';
      renderAddForm();
      commit({ ...intake, entries }, t('calc.added', { entry: entryLabel(entry) }));
      refs.search.focus();
    };
  }

  function ouncesToGrams(oz) {
    try {
      return ctx.core.ouncesToGrams(oz);
    } catch {
      return null;
    }
  }

  function cancelAdd() {
    ui.food = null;
    refs.search.value = '';
    renderAddForm();
    refs.search.focus();
  }

  function perSelect(id, value) {
    const select = h('select', { id, name: 'per' },
      h('option', { value: 'day', text: t('calc.perDay') }),
      h('option', { value: 'week', text: t('calc.perWeek') }));
    select.value = value === 'week' ? 'week' : 'day';
    return select;
  }

  // ---- supplement form --------------------------------------------------------------------
  function buildSupplementForm() {
    const nutrient = h('select', { id: pid('supp-nutrient'), name: 'supplement' },
      ...Object.keys(SUPPLEMENTS).map((n) => h('option', { value: n, text: nutrientName(n) })));
    const amount = h('input', { id: pid('supp-amount'), name: 'amount', type: 'number', inputmode: 'decimal', min: '0', step: 'any', required: true });
    const unit = h('select', { id: pid('supp-unit'), name: 'unit' });
    const per = perSelect(pid('supp-per'), 'day');
    const potassiumNote = h('p', { class: 'note caution', 'data-testid': 'potassium-supplement-form-note', text: t('calc.potassiumSupplement') });
    const syncUnits = () => {
      unit.replaceChildren(...SUPPLEMENTS[nutrient.value].map((u) => h('option', { value: u, text: unitLabel(u) })));
      potassiumNote.hidden = nutrient.value !== 'potassium';
    };
    nutrient.addEventListener('change', syncUnits);
    syncUnits();
    const error = h('p', { class: 'alert', role: 'alert' });
    const form = h('form', { class: 'supplement', 'aria-labelledby': pid('supp-heading') },
      h('p', { class: 'note', text: t('calc.supplementCare') }),
      potassiumNote,
      h('div', { class: 'row' },
        h('div', {}, h('label', { for: nutrient.id, text: t('calc.supplementNutrient') }), nutrient),
        h('div', {}, h('label', { for: amount.id, text: t('calc.labelAmount') }), amount),
        h('div', {}, h('label', { for: unit.id, text: t('calc.unit') }), unit),
        h('div', {}, h('label', { for: per.id, text: t('calc.howOften') }), per)),
      error,
      h('button', { type: 'submit', text: t('calc.addSupplement') }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const value = positiveValue(amount);
      if (value === null) {
        error.textContent = t('calc.positiveNumber');
        amount.focus();
        return;
      }
      const entry = { supplement: nutrient.value, amount: value, unit: unit.value, per: per.value };
      const entries = [...intake.entries, entry];
      if (rejects(entries)) {
        error.textContent = t('calc.entryRejected');
        return;
      }
      error.textContent = '';
      amount.value = '';
      commit({ ...intake, entries }, t('calc.added', { entry: entryLabel(entry) }));
    });
    return form;
  }

  // ---- the list of entries --------------------------------------------------------------
  function renderEntries() {
    const { entriesList, entriesEmpty } = refs;
    entriesEmpty.hidden = intake.entries.length > 0;
    entriesList.replaceChildren(...intake.entries.map((entry, i) => {
      const name = entryName(entry);
      const qtyId = pid(`entry-${i}-qty`);
      const perId = pid(`entry-${i}-per`);
      let value;
      let unitText;
      let qtyLabel;
      if (entry.supplement) {
        value = entry.amount;
        unitText = unitLabel(entry.unit === 'ug' ? 'µg' : entry.unit);
        qtyLabel = t('calc.amountOf', { name });
      } else if (entry.portion !== undefined) {
        value = entry.servings;
        unitText = t('calc.timesPortion', { portion: portionLabel(entry.portion) });
        qtyLabel = t('calc.servingsOf', { name });
      } else if (ouncesOf(entry.grams) !== null) {
        // Two decimals are enough to show; the entry keeps the core's exact grams.
        value = Number(ouncesOf(entry.grams).toFixed(2));
        unitText = t('unit.oz');
        qtyLabel = t('calc.ouncesOf', { name });
      } else {
        value = entry.grams;
        unitText = t('unit.g');
        qtyLabel = t('calc.gramsOf', { name });
      }
      const qty = h('input', { id: qtyId, type: 'number', inputmode: 'decimal', min: '0', step: 'any', value: String(value) });
      qty.addEventListener('change', () => editEntry(i, 'qty', qty, qtyId));
      const per = perSelect(perId, entry.per);
      per.addEventListener('change', () => editEntry(i, 'per', per, perId));
      return h('li', { 'data-entry': String(i) },
        h('span', { class: 'entry-name' }, name, h('span', { class: 'muted', text: describeEntry(entry) })),
        h('span', { class: 'qty' },
          h('label', { class: 'sr-only', for: qtyId, text: qtyLabel }), qty, h('span', { text: unitText })),
        h('span', {}, h('label', { class: 'sr-only', for: perId, text: t('calc.howOftenFor', { name }) }), per),
        h('button', { type: 'button', class: 'secondary', id: pid(`entry-${i}-remove`), 'aria-label': t('calc.removeNamed', { name }), text: t('calc.remove'), onclick: () => removeEntry(i) }));
    }));
  }

  function refreshEntryDescriptions() {
    intake.entries.forEach((entry, i) => {
      const line = refs.entriesList.querySelector(`[data-entry="${i}"] .entry-name .muted`);
      if (line) line.textContent = describeEntry(entry);
    });
  }

  function editEntry(index, field, control, focusId) {
    const entry = { ...intake.entries[index] };
    if (field === 'per') {
      entry.per = control.value;
    } else {
      const value = positiveValue(control);
      if (value === null) {
        announce(t('calc.positiveNumber'));
        renderEntries();
        focusById(focusId);
        return;
      }
      if (entry.supplement) entry.amount = value;
      else if (entry.portion !== undefined) entry.servings = value;
      else if (ctx.units === 'us') entry.grams = ouncesToGrams(value);
      else entry.grams = value;
    }
    const entries = intake.entries.map((e, i) => (i === index ? entry : e));
    if (rejects(entries)) {
      announce(t('calc.entryRejected'));
      renderEntries();
      focusById(focusId);
      return;
    }
    commit({ ...intake, entries }, t('calc.changed', { entry: entryLabel(entry) }), { keepEntries: true });
  }

  function removeEntry(index) {
    const removed = intake.entries[index];
    const entries = intake.entries.filter((_, i) => i !== index);
    ui.open.clear();
    commit({ ...intake, entries }, t('calc.removed', { entry: entryLabel(removed) }));
    if (entries.length) focusById(pid(`entry-${Math.min(index, entries.length - 1)}-remove`));
    else refs.search.focus();
  }

  // ---- results: bars, drill-down, acid load, notes --------------------------------------
  function renderResults() {
    const { results, profileNote } = refs;
    const person = engineProfile(ctx.profile);
    profileNote.textContent = person
      ? t('calc.targetsFor', { who: t(`calc.sex.${person.sex}`) ?? person.sex, age: ctx.nf(0).format(person.age), weight: person.weightKg ? t('calc.weightKg', { kg: ctx.nf(1).format(person.weightKg) }) : '' })
      : t('calc.targetsFallback', { age: ctx.nf(0).format(FALLBACK_PROFILE.age), kg: ctx.nf(0).format(FALLBACK_PROFILE.weightKg) });
    let analysis;
    let references = {};
    try {
      analysis = ctx.core.analyzeIntake(profile(), intake.entries, analysisOptions());
      references = ctx.core.referenceIntakes(profile(), intake.referenceSet) ?? {};
    } catch (err) {
      lastAnalysis = null;
      results.replaceChildren(h('p', { class: 'alert', role: 'alert', text: t(err?.code === 'INVALID_PROFILE' ? 'calc.profileProblem' : 'calc.analysisProblem') }));
      refs.acid.replaceChildren();
      refs.notes.replaceChildren();
      return null;
    }
    const list = (ids) => h('ul', { class: 'nutrients' }, ...ids
      .filter((id) => analysis.nutrients?.[id])
      .map((id) => nutrientRow(id, analysis.nutrients[id], references[id])));
    results.replaceChildren(
      barLegend(),
      h('h4', { text: t('calc.boneNutrients') }), list(BONE_NUTRIENTS),
      h('h4', { text: t('calc.otherNutrients') }), list(OTHER_NUTRIENTS));
    renderAcid(analysis);
    renderNotes(analysis, references);
    lastAnalysis = analysis;
    return analysis;
  }

  function barLegend() {
    const swatch = (cls, line) => svg('svg', { viewBox: '0 0 24 12', 'aria-hidden': 'true', focusable: 'false' }, line
      ? svg('line', { class: cls, x1: 12, x2: 12, y1: 0, y2: 12 })
      : svg('rect', { class: cls, x: 0, y: 2, width: 24, height: 8 }));
    return h('p', { class: 'legend', 'aria-hidden': 'true' },
      h('span', {}, swatch('fill'), ` ${t('calc.legendAmount')}`),
      h('span', {}, swatch('target-mark', true), ` ${t('calc.legendTarget')}`),
      h('span', {}, swatch('limit-mark', true), ` ${t('calc.legendLimit')}`));
  }

  function nutrientRow(id, d, ref) {
    const unit = d.unit ?? ref?.unit ?? '';
    const name = nutrientName(id);
    const atLeast = d.unknownCount > 0;
    const amount = amountText(id, d.amount, unit);
    const hasTarget = d.target !== null && d.target !== undefined && !LIMIT_ONLY.includes(id);
    const valueText = hasTarget
      ? t(atLeast ? 'calc.valueOfTargetAtLeast' : 'calc.valueOfTarget', { amount, target: amountText(id, d.target, unit), percent: fmtPercent(d.percentOfTarget) })
      : t(atLeast ? 'calc.valueAtLeast' : 'calc.value', { amount });
    const coreKey = LIMIT_ONLY.includes(id) && statusKeyOf(d.status) !== 'above' ? null : statusKeyOf(d.status);
    // Under an Adequate Intake nothing says the intake is inadequate (IOM): plain words, no alarm.
    const statusKey = coreKey === 'below' && ref?.kind === 'AI' ? 'belowAi' : coreKey;
    const contribId = pid(`contrib-${id}`);
    const buttonId = pid(`n-${id}`);
    const open = ui.open.has(id);
    const details = [];
    if (atLeast) details.push(t('calc.coverage', { nutrient: name, known: d.knownCount, total: d.knownCount + d.unknownCount }));
    if (d.upperLimit !== null && d.upperLimit !== undefined) {
      details.push(t(ref?.upperLimitAppliesTo === 'supplements' ? 'calc.upperLimitSupplements' : ref?.upperLimitKind === 'CDRR' ? 'calc.reduceAbove' : 'calc.upperLimit',
        { limit: amountText(id, d.upperLimit, unit) }));
    }
    if (id === 'energy') details.push(t('calc.energyNote'));
    if (hasTarget && ref?.targetMax) details.push(t('calc.targetRange', { low: amountText(id, d.target, unit), high: amountText(id, ref.targetMax, unit) }));
    // The core's notes are English; the one a person must not miss is ours, in both languages.
    if (id === 'vitaminK') details.push(t('calc.noteVitaminK'));
    if (id === 'potassium') details.push(t('calc.notePotassium'));
    if (statusKey === 'belowAi') details.push(t('calc.aiExplain'));
    const source = ref ? t('calc.source', { kind: t(`calc.kind.${ref.kind}`), source: ref.source }) + (ref.unchecked ? ` ${t('calc.unchecked')}` : '') : '';
    const toggle = h('button', {
      type: 'button', class: 'link', id: buttonId, 'aria-expanded': open ? 'true' : 'false', 'aria-controls': contribId,
      // Focus on the name also reads the value and status (the bar itself is decoration).
      'aria-describedby': [pid(`value-${id}`), statusKey ? pid(`status-${id}`) : null].filter(Boolean).join(' '),
      text: name,
      onclick: () => {
        if (ui.open.has(id)) ui.open.delete(id);
        else ui.open.add(id);
        renderResults();
        focusById(buttonId);
      },
    });
    return h('li', { class: 'nutrient', 'data-nutrient': id },
      h('div', { class: 'head' },
        h('span', {}, toggle, h('span', { class: 'sr-only', text: `: ${valueText}` })),
        statusKey ? h('span', { class: `status ${statusKey === 'belowAi' ? 'below-ai' : statusKey}`, id: pid(`status-${id}`), 'data-testid': `status-${id}`, text: t(`calc.status.${statusKey}`) }) : null),
      hasTarget ? bar(d, statusKey) : null,
      h('p', { class: 'value', id: pid(`value-${id}`), 'data-testid': `value-${id}`, 'aria-hidden': 'true', text: valueText }),
      details.length || source ? h('p', { class: 'muted', text: [...details, source].filter(Boolean).join(' ') }) : null,
      h('div', { class: 'contrib', id: contribId, hidden: !open }, open ? contributions(id, d, unit) : null));
  }

  /** The core's status ("below" | "meets" | "aboveUpperLimit" | "noTarget") → our string key. */
  function statusKeyOf(status) {
    return { below: 'below', meets: 'meets', aboveUpperLimit: 'above' }[status] ?? null;
  }

  const fmtPercent = (p) => (p === null || p === undefined ? '—' : ctx.nf(0).format(p));

  /** An SVG bar in the nutrient's own unit: the viewBox spans 0 … twice the target, so the
   *  browser does the scaling and no geometry arithmetic on amounts happens here. */
  function bar(d, statusKey) {
    const span = d.target * 2;
    const marks = [svg('line', { class: 'target-mark', x1: d.target, x2: d.target, y1: 0, y2: 14 })];
    if (d.upperLimit !== null && d.upperLimit !== undefined && d.upperLimit <= span) {
      marks.push(svg('line', { class: 'limit-mark', x1: d.upperLimit, x2: d.upperLimit, y1: 0, y2: 14 }));
    }
    return svg('svg', { viewBox: `0 0 ${span} 14`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: 'track', x: 0, y: 3, width: span, height: 8 }),
      svg('rect', { class: `fill${statusKey === 'above' ? ' above' : ''}`, x: 0, y: 3, width: Math.max(0, d.amount ?? 0), height: 8 }),
      ...marks);
  }

  function contributions(id, d, unit) {
    const rows = (d.contributions ?? []).filter((c) => intake.entries[c.entryIndex]);
    if (!rows.length) return h('p', { class: 'muted', text: t('calc.noContributions', { nutrient: nutrientWord(id) }) });
    const unknown = intake.entries
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.foodId !== undefined && !rows.some((c) => c.entryIndex === i));
    const children = [
      h('p', { class: 'muted', text: t('calc.contributionsHeading', { nutrient: nutrientWord(id) }) }),
      h('ol', {}, ...rows.map((c) => h('li', { text: t('calc.contribution', { entry: entryLabel(intake.entries[c.entryIndex]), amount: amountText(id, c.amount, unit) }) }))),
    ];
    if (unknown.length && d.unknownCount > 0) {
      children.push(h('p', { class: 'muted', text: t('calc.noDataFor', { nutrient: nutrientWord(id) }) }),
        h('ul', {}, ...unknown.map(({ e }) => h('li', { text: entryLabel(e) }))));
    }
    if (GAP_NUTRIENTS.includes(id) && statusKeyOf(d.status) === 'below') {
      children.push(h('button', {
        type: 'button', class: 'secondary', text: t('calc.closeGapFor', { nutrient: nutrientWord(id) }),
        onclick: () => {
          commit({ ...intake, gapNutrient: id });
          refs.gapSelect.focus();
        },
      }));
    }
    return children;
  }

  function renderAcid(analysis) {
    const rows = [];
    const unknown = t('calc.notKnown');
    rows.push(h('dt', { text: t('calc.pral') }),
      h('dd', { 'data-testid': 'pral', text: analysis.pral === null || analysis.pral === undefined ? unknown : t('calc.pralValue', { value: ctx.nf(1).format(analysis.pral) }) }));
    rows.push(h('dt', { text: t('calc.animalProtein') }),
      h('dd', { 'data-testid': 'animal-protein', text: analysis.animalProtein === null || analysis.animalProtein === undefined ? unknown : `${fmt(analysis.animalProtein)} ${unitLabel('g')}` }));
    rows.push(h('dt', { text: t('calc.animalProteinToPotassium') }),
      h('dd', { 'data-testid': 'animal-protein-ratio', text: analysis.animalProteinToPotassium === null || analysis.animalProteinToPotassium === undefined ? unknown : t('calc.ratioValue', { value: ctx.nf(1).format(analysis.animalProteinToPotassium) }) }));
    if (analysis.antiInflammatoryServings !== undefined) {
      rows.push(h('dt', { text: t('calc.antiInflammatory') }),
        h('dd', { 'data-testid': 'anti-inflammatory', text: ctx.nf(1).format(analysis.antiInflammatoryServings) }));
    }
    if (analysis.heartHealthyFatServings !== undefined) {
      rows.push(h('dt', { text: t('calc.heartHealthyFat') }),
        h('dd', { 'data-testid': 'heart-healthy-fat', text: ctx.nf(1).format(analysis.heartHealthyFatServings) }));
    }
    const hasFood = intake.entries.some((e) => e.foodId !== undefined);
    refs.acid.replaceChildren(...[
      h('dl', {}, ...rows),
      analysis.pral === null || analysis.pral === undefined
        ? h('p', { class: 'muted', text: t(hasFood ? 'calc.pralMissingData' : 'calc.pralNeedsFood') })
        : null,
      h('p', { text: t('calc.pralExplain') }),
      h('p', { 'data-testid': 'pral-supplements', text: t('calc.pralSupplements') }),
      h('p', { text: t('calc.ratioExplain') }),
      h('p', { class: 'muted', text: t('calc.acidSource') }),
    ].filter(Boolean));
  }

  /** Which nutrient a warning is about, from its rule id ("vitamin-d-above-ul" → vitaminD). */
  function warningNutrient(w) {
    return String(w.id ?? '').startsWith('vitamin-d') ? 'vitaminD' : '';
  }

  function renderNotes(analysis, references) {
    const notes = [];
    // ESCEO 2014 concerns postmenopausal women: others see the US/Canada DRI, and are told so.
    if (intake.referenceSet === 'bone-ai' && references?.vitaminD && references.vitaminD.kind !== 'GUIDELINE') {
      notes.push(h('p', { class: 'note', 'data-testid': 'esceo-not-covered', text: t('calc.esceoNotCovered') }));
    }
    if (intake.entries.some((e) => e.supplement === 'potassium')) {
      notes.push(h('p', { class: 'note caution', 'data-testid': 'potassium-supplement-note', text: t('calc.potassiumSupplement') }));
    }
    const share = analysis.oxalateCalciumShare;
    const greens = intake.entries.some((e) => e.foodId !== undefined && (getFood(e.foodId)?.tags ?? []).includes('high-oxalate'));
    if ((share !== null && share !== undefined && share > 0) || greens) {
      const percent = share ? new Intl.NumberFormat(ctx.lang, { style: 'percent', maximumFractionDigits: 0 }).format(share) : null;
      notes.push(h('p', { class: 'note caution', 'data-testid': 'oxalate-note', text: percent ? t('calc.oxalateShare', { percent }) : t('calc.oxalateGeneral') }));
    }
    for (const w of analysis.warnings ?? []) {
      // Our own words per rule id (both languages); the core's English message if the id is new.
      const key = `calc.warning.${w.id}`;
      const translated = t(key, { amount: amountText(warningNutrient(w), w.amount, w.unit), limit: amountText(warningNutrient(w), w.limit, w.unit) });
      const text = translated === key ? `${w.message} ${t('calc.careTeam')}` : translated;
      notes.push(h('p', { class: 'note caution', role: 'note', 'data-testid': 'warning', 'data-code': w.id ?? '' },
        text, w.source ? h('span', { class: 'muted', text: ` (${t('calc.sourceShort', { source: w.source })})` }) : null));
    }
    refs.notes.replaceChildren(...notes);
  }

  // ---- gap suggestions -------------------------------------------------------------------
  /** The core's caveat in the person's language: it gives one for fortified foods and oily fish. */
  function reasonText(s, food) {
    const tags = food?.tags ?? [];
    if (intake.gapNutrient === 'potassium') return t('calc.reason.potassium');
    if (tags.includes('fortified')) return t('calc.reason.fortified');
    if (tags.includes('oily-fish')) return t('calc.reason.oilyFish');
    return s.reason;
  }

  function renderSuggestions() {
    const { suggestions, gapSelect } = refs;
    // Only nutrients the chosen reference set gives a target for can have a gap.
    const withTarget = GAP_NUTRIENTS.filter((n) => {
      const target = lastAnalysis?.nutrients?.[n]?.target;
      return target !== null && target !== undefined;
    });
    const options = [...gapSelect.options].map((o) => o.value);
    if (withTarget.length && options.join() !== withTarget.join()) {
      gapSelect.replaceChildren(...withTarget.map((n) => h('option', { value: n, text: nutrientName(n) })));
    }
    if (withTarget.length && !withTarget.includes(intake.gapNutrient)) {
      suggestions.replaceChildren(h('p', { text: t('calc.noTargetForGap', { nutrient: nutrientWord(intake.gapNutrient) }) }));
      gapSelect.value = '';
      return;
    }
    gapSelect.value = intake.gapNutrient;
    for (const box of refs.filterBoxes) box.checked = intake.filters[box.value] === true;
    let list;
    try {
      list = ctx.core.suggestFoods(profile(), intake.entries, intake.gapNutrient, { ...intake.filters, referenceSet: intake.referenceSet, limit: SUGGESTION_LIMIT });
    } catch {
      suggestions.replaceChildren(h('p', { class: 'alert', text: t('calc.suggestProblem') }));
      return;
    }
    const items = Array.isArray(list) ? list : [];
    if (!items.length) {
      const gap = lastAnalysis?.nutrients?.[intake.gapNutrient];
      const met = gap && statusKeyOf(gap.status) !== 'below';
      suggestions.replaceChildren(h('p', { text: t(met ? 'calc.noGap' : 'calc.noSuggestions', { nutrient: nutrientWord(intake.gapNutrient) }) }));
      return;
    }
    const unit = lastAnalysis?.nutrients?.[intake.gapNutrient]?.unit ?? '';
    suggestions.replaceChildren(h('ol', { class: 'suggestions' }, ...items.map((s, i) => {
      const food = getFood(s.foodId);
      const name = ctx.lang === 'es' ? s.nameEs || s.name : s.name;
      const text = t('calc.suggestion', {
        food: name,
        portion: portionText(s.portion),
        amount: amountText(intake.gapNutrient, s.amount, unit),
        percent: ctx.nf(0).format(s.gapClosedPercent),
      });
      return h('li', { 'data-food-id': s.foodId },
        h('span', {}, text, s.reason ? h('span', { class: 'muted', text: ` ${reasonText(s, food)}` }) : null),
        h('button', {
          type: 'button', class: 'secondary', id: pid(`sugg-${i}`), 'aria-label': t('calc.addNamed', { name }), text: t('calc.add'),
          onclick: () => {
            // The usual portion is one of the food's SR28 portions, or plain grams ("100 g").
            const known = food?.portions?.some((p) => p.label === s.portion.label);
            const entry = known
              ? { foodId: s.foodId, portion: s.portion.label, servings: 1, per: 'day' }
              : { foodId: s.foodId, grams: s.portion.grams, per: 'day' };
            const entries = [...intake.entries, entry];
            if (rejects(entries)) return;
            commit({ ...intake, entries }, t('calc.added', { entry: entryLabel(entry) }));
            focusById(pid('gap-nutrient'));
          },
        }));
    })));
  }

  // ---- skeleton ---------------------------------------------------------------------------
  function build() {
    const search = h('input', {
      id: pid('search'), type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': pid('listbox'),
      'aria-describedby': pid('search-hint'),
    });
    search.addEventListener('input', runSearch);
    search.addEventListener('keydown', onSearchKey);
    search.addEventListener('blur', () => setTimeout(() => {
      if (element.getRootNode().activeElement !== search) closeList();
    }, 150));
    const listbox = h('ul', { id: pid('listbox'), role: 'listbox', 'aria-label': t('calc.foodsFound'), hidden: true });
    const searchStatus = h('p', { class: 'sr-only', 'aria-live': 'polite', id: pid('search-status') });
    const addForm = h('form', { class: 'add-food', hidden: true });
    const entriesList = h('ul', { class: 'entries', id: pid('entries'), 'aria-labelledby': pid('entries-heading') });
    const entriesEmpty = h('p', { class: 'muted', text: t('calc.emptyList') });
    const refSelect = h('select', { id: pid('refset') },
      ...availableReferenceSets().map((s) => h('option', { value: s, text: t(`calc.refset.${s}`) })));
    refSelect.addEventListener('change', () => commit({ ...intake, referenceSet: refSelect.value }));
    const gapSelect = h('select', { id: pid('gap-nutrient') },
      ...GAP_NUTRIENTS.map((n) => h('option', { value: n, text: nutrientName(n) })));
    gapSelect.addEventListener('change', () => commit({ ...intake, gapNutrient: gapSelect.value }));
    const filterBoxes = DIET_FILTERS.map((f) => h('input', { type: 'checkbox', id: pid(`filter-${f}`), value: f }));
    for (const box of filterBoxes) {
      box.addEventListener('change', () => {
        const filters = { ...intake.filters };
        if (box.checked) filters[box.value] = true;
        else delete filters[box.value];
        commit({ ...intake, filters });
      });
    }
    refs = {
      search, listbox, searchStatus, addForm, entriesList, entriesEmpty, refSelect, gapSelect, filterBoxes,
      amountKind: null,
      live: h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'calc-announcer' }),
      profileNote: h('p', { class: 'muted', 'data-testid': 'targets-for' }),
      results: h('div', { 'data-testid': 'nutrient-results' }),
      suggestions: h('div', { 'aria-live': 'polite', 'data-testid': 'suggestions' }),
      acid: h('div', { class: 'acid', 'data-testid': 'acid-load' }),
      notes: h('div', { 'data-testid': 'calc-notes' }),
    };
    const inputs = h('div', {},
      h('p', { text: t('calc.intro') }),
      h('h3', { text: t('calc.addFood') }),
      h('label', { for: search.id, text: t('calc.searchLabel') }),
      h('p', { class: 'muted', id: pid('search-hint'), text: t('calc.searchHint') }),
      h('div', { class: 'combo' }, search, listbox),
      searchStatus,
      addForm,
      h('h3', { id: pid('supp-heading'), text: t('calc.supplementHeading') }),
      buildSupplementForm(),
      h('h3', { id: pid('entries-heading'), tabindex: '-1', text: t('calc.yourList') }),
      entriesEmpty,
      entriesList,
      h('h3', { id: pid('gap-heading'), text: t('calc.gapHeading') }),
      h('div', { class: 'row' }, h('div', {}, h('label', { for: gapSelect.id, text: t('calc.gapNutrient') }), gapSelect)),
      h('fieldset', {}, h('legend', { text: t('calc.dietFilters') }),
        ...filterBoxes.map((box) => h('label', { class: 'check', for: box.id }, box, t(`calc.filter.${box.value}`)))),
      refs.suggestions);
    const outputs = h('div', {},
      h('h3', { text: t('calc.resultsHeading') }),
      refs.profileNote,
      h('div', { class: 'row' }, h('div', {}, h('label', { for: refSelect.id, text: t('calc.referenceSet') }), refSelect)),
      refs.notes,
      refs.results,
      h('h3', { text: t('calc.acidHeading') }),
      refs.acid);
    element.replaceChildren(h('div', { class: 'calc-grid' }, inputs, outputs), refs.live);
    renderAddForm();
    renderState();
  }

  /** The sets the core knows, in its order, that we have a name for. */
  function availableReferenceSets() {
    let sets = REFERENCE_SETS;
    try {
      sets = ctx.core.referenceSets();
    } catch {
      // An older core without referenceSets(): offer ours.
    }
    return sets.filter((set) => REFERENCE_SETS.includes(set));
  }

  function renderState({ keepEntries = false } = {}) {
    refs.refSelect.value = intake.referenceSet;
    if (keepEntries) refreshEntryDescriptions();
    else renderEntries();
    renderResults();
    renderSuggestions();
    markFocusable();
  }

  /** The shell re-renders after every change and puts focus back on the control with the same
   *  `data-focus` key; our ids are stable and unique per element, so they serve as the keys. */
  function markFocusable() {
    for (const el of element.querySelectorAll('input[id], select[id], button[id], [tabindex][id]')) el.dataset.focus = el.id;
  }

  build();

  return {
    element,
    update(next) {
      const rebuild = next.lang !== ctx.lang || next.units !== ctx.units || next.idPrefix !== ctx.idPrefix || next.core !== ctx.core;
      const newIntake = next.intake !== undefined && next.intake !== lastSeenIntake;
      const newProfile = JSON.stringify(engineProfile(next.profile)) !== JSON.stringify(engineProfile(ctx.profile));
      ctx = next;
      if (newIntake) {
        intake = normaliseIntake(next.intake);
        lastSeenIntake = next.intake;
        ui.food = null;
        ui.open.clear();
      }
      if (rebuild) {
        foods.clear();
        build();
      } else if (newIntake || newProfile) {
        renderState();
      }
    },
  };
}

/** SVG elements need their namespace; attributes go through setAttribute (CSP-safe, no style). */
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c);
  return node;
}
