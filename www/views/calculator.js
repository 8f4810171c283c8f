// The food-calculator view. Contract (shared with www/osteo-plan.js):
//   export const css: string                       — adopted into the element's shadow root
//   export function createCalculator(ctx) → { element, update(ctx) }
//   ctx = { core, t(key, vars), lang, units, idPrefix, profile, intake, setIntake(next), nf(digits) }
//
// `intake` is this view's saved state, stored and exported opaquely by the shell:
//   { entries: [<analyzeIntake entry>], referenceSet: 'us-dri', filters: { vegan: true, … }, gapNutrient: 'calcium',
//     meals: [{ name: 'My breakfast', entries: [<analyzeIntake entry>] }] }
// Entries are kept in exactly the shape the core's analyzeIntake takes, so what is saved is
// what is computed. Rust computes, JS draws: every amount, target, percentage, status and
// suggestion shown here comes from ctx.core; these files only format and lay them out.
//
// This file holds the view's shared state, its skeleton and the state changes; each section
// lives in www/views/calculator/ (format, search, add-form, supplements, entries, results,
// suggestions), as a factory that takes the shared state `v` and returns its functions.
import { h, drawWhenSeen } from '../dom.js';
import { DIET_FILTERS, FALLBACK_PROFILE, GAP_NUTRIENTS, REFERENCE_SETS, engineProfile, normaliseIntake } from './calculator/model.js';
import { createFormat } from './calculator/format.js';
import { createSearch } from './calculator/search.js';
import { createAddForm } from './calculator/add-form.js';
import { createSupplements } from './calculator/supplements.js';
import { createEntries } from './calculator/entries.js';
import { createResults } from './calculator/results.js';
import { createSuggestions } from './calculator/suggestions.js';
import { createQuickCheck } from './calculator/quick-check.js';
import { createMeals } from './calculator/meals.js';

export { css } from './calculator/css.js';
export { normaliseIntake };

export function createCalculator(initialCtx) {
  const element = h('div', { class: 'calc' });
  // The view's shared state; each section module reads it and adds its functions to it.
  const v = {
    ctx: initialCtx,
    intake: normaliseIntake(initialCtx.intake),
    lastSeenIntake: initialCtx.intake,
    element,
    pid: (s) => `${v.ctx.idPrefix}-calc-${s}`,
    t: (key, vars) => v.ctx.t(key, vars),
    foods: new Map(),
    // UI-only state (not saved): the food being added, search results, open drill-downs.
    ui: { food: null, results: [], active: -1, open: new Set(), mealName: '' },
    refs: {},
    lastAnalysis: null,
  };
  const { pid, t } = v;

  // ---- state changes -------------------------------------------------------------------
  const profile = () => engineProfile(v.ctx.profile) ?? FALLBACK_PROFILE;
  const analysisOptions = () => ({ referenceSet: v.intake.referenceSet });

  /** What an analysis depends on besides the entries. */
  const analysisKey = () => JSON.stringify([profile(), analysisOptions()]);

  /** Asks the core whether `entries` can be analysed; returns the Error it throws, or null.
   *  The analysis is kept for the redraw that follows an accepted edit (`analysis()`), so an
   *  added food is analysed once, not twice. */
  function rejects(entries) {
    try {
      v.checked = { entries, key: analysisKey(), result: v.ctx.core.analyzeIntake(profile(), entries, analysisOptions()) };
      return null;
    } catch (err) {
      v.checked = null;
      return err;
    }
  }

  /** The analysis of the current entries (the one `rejects` made for them, if nothing else changed). Throws as analyzeIntake does. */
  function analysis() {
    const kept = v.checked;
    v.checked = null;
    if (kept?.entries === v.intake.entries && kept.key === analysisKey()) return kept.result;
    return v.ctx.core.analyzeIntake(profile(), v.intake.entries, analysisOptions());
  }

  /** Saves `next` through the shell and redraws. `keepEntries` leaves the entry list's
   *  controls in place (an in-place edit), so focus and the person's Tab order survive. */
  function commit(next, announcement, { keepEntries = false } = {}) {
    v.intake = next;
    v.lastSeenIntake = next;
    v.ctx.setIntake?.(next);
    if (announcement) announce(announcement);
    renderState({ keepEntries });
  }

  function announce(text) {
    // Clear first so the same words twice are still read out.
    v.refs.live.textContent = '';
    queueMicrotask(() => {
      v.refs.live.textContent = text;
    });
  }

  function focusById(id) {
    element.getRootNode().getElementById?.(id)?.focus();
  }

  // ---- skeleton ---------------------------------------------------------------------------
  function build() {
    const search = h('input', {
      id: pid('search'), type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': pid('listbox'),
      'aria-describedby': pid('search-hint'),
    });
    search.addEventListener('input', v.runSearch);
    search.addEventListener('keydown', v.onSearchKey);
    // A field taken away by a rebuild (a language switch) is not the person leaving it.
    search.addEventListener('blur', () => setTimeout(() => {
      if (search.isConnected && element.getRootNode().activeElement !== search) v.closeList();
    }, 150));
    const listbox = h('ul', { id: pid('listbox'), role: 'listbox', 'aria-label': t('calc.foodsFound'), hidden: true });
    const searchStatus = h('p', { class: 'sr-only', 'aria-live': 'polite', id: pid('search-status') });
    const addForm = h('form', { class: 'add-food', hidden: true });
    const entriesList = h('ul', { class: 'entries', id: pid('entries'), 'aria-labelledby': pid('entries-heading') });
    const entriesEmpty = h('p', { class: 'muted', text: t('calc.emptyList') });
    const refSelect = h('select', { id: pid('refset') },
      ...availableReferenceSets().map((s) => h('option', { value: s, text: t(`calc.refset.${s}`) })));
    refSelect.addEventListener('change', () => commit({ ...v.intake, referenceSet: refSelect.value }));
    const gapSelect = h('select', { id: pid('gap-nutrient') },
      ...GAP_NUTRIENTS.map((n) => h('option', { value: n, text: v.nutrientName(n) })));
    gapSelect.addEventListener('change', () => commit({ ...v.intake, gapNutrient: gapSelect.value }));
    const filterBoxes = DIET_FILTERS.map((f) => h('input', { type: 'checkbox', id: pid(`filter-${f}`), value: f }));
    for (const box of filterBoxes) {
      box.addEventListener('change', () => {
        const filters = { ...v.intake.filters };
        if (box.checked) filters[box.value] = true;
        else delete filters[box.value];
        commit({ ...v.intake, filters });
      });
    }
    v.refs = {
      search, listbox, searchStatus, addForm, entriesList, entriesEmpty, refSelect, gapSelect, filterBoxes,
      amountKind: null,
      live: h('p', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'calc-announcer' }),
      profileNote: h('p', { class: 'muted', 'data-testid': 'targets-for' }),
      results: h('div', { 'data-testid': 'nutrient-results' }),
      suggestions: h('div', { 'aria-live': 'polite', 'data-testid': 'suggestions' }),
      acid: h('div', { class: 'acid', 'data-testid': 'acid-load' }),
      notes: h('div', { 'data-testid': 'calc-notes' }),
      meals: h('div', { 'data-testid': 'meals' }),
    };
    const inputs = h('div', {},
      h('p', { text: t('calc.intro') }),
      v.buildQuickCheck(),
      h('h3', { text: t('calc.addFood') }),
      h('label', { for: search.id, text: t('calc.searchLabel') }),
      h('p', { class: 'muted', id: pid('search-hint'), text: t('calc.searchHint') }),
      h('div', { class: 'combo' }, search, listbox),
      searchStatus,
      addForm,
      // The list right under the food search: an added food shows up where the person is
      // looking (on a phone the supplement form between them was most of a screen).
      h('h3', { id: pid('entries-heading'), tabindex: '-1', text: t('calc.yourList') }),
      entriesEmpty,
      entriesList,
      h('h3', { id: pid('supp-heading'), text: t('calc.supplementHeading') }),
      v.buildSupplementForm(),
      h('h3', { id: pid('meals-heading'), tabindex: '-1', text: t('calc.mealsHeading') }),
      v.refs.meals,
      h('h3', { id: pid('gap-heading'), text: t('calc.gapHeading') }),
      h('div', { class: 'row' }, h('div', {}, h('label', { for: gapSelect.id, text: t('calc.gapNutrient') }), gapSelect)),
      h('fieldset', {}, h('legend', { text: t('calc.dietFilters') }),
        ...filterBoxes.map((box) => h('label', { class: 'check', for: box.id }, box, t(`calc.filter.${box.value}`)))),
      v.refs.suggestions);
    const outputs = h('div', {},
      h('h3', { text: t('calc.resultsHeading') }),
      v.refs.profileNote,
      h('div', { class: 'row' }, h('div', {}, h('label', { for: refSelect.id, text: t('calc.referenceSet') }), refSelect)),
      v.refs.notes,
      v.refs.results,
      h('h3', { text: t('calc.acidHeading') }),
      v.refs.acid);
    element.replaceChildren(h('div', { class: 'calc-grid' }, inputs, outputs), v.refs.live);
    v.renderAddForm();
    renderState();
  }

  /** What the person is typing (a search or a picked food's amount, and the supplement form), to carry over a rebuild. */
  function typedNow() {
    const { search, addForm } = v.refs;
    const values = (form, names) => Object.fromEntries(names.map((n) => [n, form?.elements[n]?.value]));
    return {
      search: search.value,
      listOpen: v.ui.results.length > 0,
      add: v.ui.food ? values(addForm, ['amountKind', 'qty', 'per']) : null,
      supplement: values(element.querySelector('form.supplement'), ['supplement', 'amount', 'unit', 'per']),
    };
  }

  /** After a rebuild in another language or units: the same search (listed again, in the new
   *  language) or the same picked food with its amount; a typed amount only in the same units. */
  function retype(typed, { sameUnits }) {
    const { search, addForm } = v.refs;
    if (typed.add && v.ui.food) {
      search.value = v.foodName(v.ui.food);
      const { amountKind, qty, per } = addForm.elements;
      if ([...amountKind.options].some((o) => o.value === typed.add.amountKind)) {
        amountKind.value = typed.add.amountKind;
        amountKind.dispatchEvent(new Event('change'));
      }
      if (sameUnits) qty.value = typed.add.qty;
      per.value = typed.add.per;
    } else if (typed.search) {
      search.value = typed.search;
      if (typed.listOpen) v.runSearch();
    }
    // A supplement's amount is in the label's own unit, whatever the units setting.
    const { supplement, amount, unit, per: suppPer } = element.querySelector('form.supplement').elements;
    supplement.value = typed.supplement.supplement;
    supplement.dispatchEvent(new Event('change'));
    amount.value = typed.supplement.amount;
    unit.value = typed.supplement.unit;
    suppPer.value = typed.supplement.per;
  }

  /** The sets the core knows, in its order, that we have a name for. */
  function availableReferenceSets() {
    let sets = REFERENCE_SETS;
    try {
      sets = v.ctx.core.referenceSets();
    } catch {
      // An older core without referenceSets(): offer ours.
    }
    return sets.filter((set) => REFERENCE_SETS.includes(set));
  }

  let states = 0;
  function renderState({ keepEntries = false } = {}) {
    const mine = ++states;
    v.refs.refSelect.value = v.intake.referenceSet;
    if (keepEntries) v.refreshEntryDescriptions();
    else v.renderEntries();
    markFocusable();
    // The saved meals (their form lists every entry), the results and the suggestions (the
    // core's answers to the new list) are drawn with it when one of them is on screen or above
    // it; on a phone all three are below the list, so a food added there is answered at once
    // and they follow right after the paint.
    const { meals, results, suggestions } = v.refs;
    drawWhenSeen([meals, results, suggestions], () => {
      v.renderMeals();
      v.renderResults();
      v.renderSuggestions();
      markFocusable();
    }, () => mine === states);
  }

  /** The shell re-renders after every change and puts focus back on the control with the same
   *  `data-focus` key; our ids are stable and unique per element, so they serve as the keys. */
  function markFocusable() {
    for (const el of element.querySelectorAll('input[id], select[id], button[id], [tabindex][id]')) el.dataset.focus = el.id;
  }

  Object.assign(v, { profile, analysisOptions, rejects, analysis, commit, announce, focusById, renderState, markFocusable });
  for (const section of [createFormat, createSearch, createAddForm, createSupplements, createEntries, createResults, createSuggestions, createQuickCheck, createMeals]) {
    Object.assign(v, section(v));
  }
  build();

  return {
    element,
    update(next) {
      const newCore = next.core !== v.ctx.core;
      const rebuild = newCore || next.lang !== v.ctx.lang || next.units !== v.ctx.units || next.idPrefix !== v.ctx.idPrefix;
      const newIntake = next.intake !== undefined && next.intake !== v.lastSeenIntake;
      const newProfile = JSON.stringify(engineProfile(next.profile)) !== JSON.stringify(engineProfile(v.ctx.profile));
      const unitsChanged = next.units !== v.ctx.units;
      v.ctx = next;
      if (newIntake) {
        v.intake = normaliseIntake(next.intake);
        v.lastSeenIntake = next.intake;
        v.ui.food = null;
        v.ui.open.clear();
      }
      if (rebuild) {
        // A food reads the same in every language (getFood carries both names): only a new core
        // empties the cache.
        if (newCore) v.foods.clear();
        const typed = newIntake ? null : typedNow();
        build();
        if (typed) retype(typed, { sameUnits: !unitsChanged });
      } else if (newIntake || newProfile) {
        renderState();
      }
    },
  };
}
