// Gap suggestions: foods that would close the chosen nutrient's gap.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';
import { GAP_NUTRIENTS, SUGGESTION_LIMIT } from './model.js';

export function createSuggestions(v) {
  const { t, pid } = v;

  /** The core's caveat in the person's language: it gives one for fortified v.foods and oily fish. */
  function reasonText(s, food) {
    const tags = food?.tags ?? [];
    if (v.intake.gapNutrient === 'potassium') return t('calc.reason.potassium');
    if (tags.includes('fortified')) return t('calc.reason.fortified');
    if (tags.includes('oily-fish')) return t('calc.reason.oilyFish');
    return s.reason;
  }

  // The last answer, for the same question: suggestions name foods in both languages, so a
  // language switch (or a redraw that changed nothing they depend on) does not ask again.
  let asked = null;
  function suggest() {
    const { entries, gapNutrient, filters, referenceSet } = v.intake;
    const key = JSON.stringify([v.profile(), gapNutrient, filters, referenceSet]);
    if (asked?.core === v.ctx.core && asked.entries === entries && asked.key === key) return asked.list;
    const list = v.ctx.core.suggestFoods(v.profile(), entries, gapNutrient, { ...filters, referenceSet, limit: SUGGESTION_LIMIT });
    asked = { core: v.ctx.core, entries, key, list };
    return list;
  }

  function renderSuggestions() {
    const { suggestions, gapSelect } = v.refs;
    // Only nutrients the chosen reference set gives a target for can have a gap.
    const withTarget = GAP_NUTRIENTS.filter((n) => {
      const target = v.lastAnalysis?.nutrients?.[n]?.target;
      return target !== null && target !== undefined;
    });
    const options = [...gapSelect.options].map((o) => o.value);
    if (withTarget.length && options.join() !== withTarget.join()) {
      gapSelect.replaceChildren(...withTarget.map((n) => h('option', { value: n, text: v.nutrientName(n) })));
    }
    if (withTarget.length && !withTarget.includes(v.intake.gapNutrient)) {
      suggestions.replaceChildren(h('p', { text: t('calc.noTargetForGap', { nutrient: v.nutrientWord(v.intake.gapNutrient) }) }));
      gapSelect.value = '';
      return;
    }
    gapSelect.value = v.intake.gapNutrient;
    for (const box of v.refs.filterBoxes) box.checked = v.intake.filters[box.value] === true;
    let list;
    try {
      list = suggest();
    } catch {
      suggestions.replaceChildren(h('p', { class: 'alert', text: t('calc.suggestProblem') }));
      return;
    }
    const items = Array.isArray(list) ? list : [];
    if (!items.length) {
      const gap = v.lastAnalysis?.nutrients?.[v.intake.gapNutrient];
      const met = gap && v.statusKeyOf(gap.status) !== 'below';
      suggestions.replaceChildren(h('p', { text: t(met ? 'calc.noGap' : 'calc.noSuggestions', { nutrient: v.nutrientWord(v.intake.gapNutrient) }) }));
      return;
    }
    const unit = v.lastAnalysis?.nutrients?.[v.intake.gapNutrient]?.unit ?? '';
    suggestions.replaceChildren(h('ol', { class: 'suggestions' }, ...items.map((s, i) => {
      const food = v.getFood(s.foodId);
      const name = v.ctx.lang === 'es' ? s.nameEs || s.name : s.name;
      const text = t('calc.suggestion', {
        food: name,
        portion: v.portionText(s.portion, food),
        amount: v.amountText(v.intake.gapNutrient, s.amount, unit),
        percent: v.ctx.nf(0).format(s.gapClosedPercent),
      });
      return h('li', { 'data-food-id': s.foodId },
        h('span', {}, text, s.reason ? h('span', { class: 'muted', text: ` ${reasonText(s, food)}` }) : null),
        h('button', {
          type: 'button', class: 'secondary', id: pid(`sugg-${i}`), 'aria-label': t('calc.addNamed', { name }), text: t('calc.add'),
          onclick: () => {
            // The usual serving (or an SR28 portion) by its label, or plain grams ("100 g").
            const known = v.portionsOf(food).some((p) => p.label === s.portion.label);
            const entry = known
              ? { foodId: s.foodId, portion: s.portion.label, servings: 1, per: 'day' }
              : { foodId: s.foodId, grams: s.portion.grams, per: 'day' };
            const entries = [...v.intake.entries, entry];
            if (v.rejects(entries)) return;
            v.commit({ ...v.intake, entries }, t('calc.added', { entry: v.entryLabel(entry) }));
            v.focusById(pid('gap-nutrient'));
          },
        }));
    })));
  }

  return { reasonText, renderSuggestions };
}
