// The "add this food" form shown after a food is picked.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';

export function createAddForm(v) {
  const { t, pid } = v;

  function renderAddForm() {
    const { addForm } = v.refs;
    const food = v.ui.food;
    if (!food) {
      addForm.hidden = true;
      addForm.replaceChildren();
      return;
    }
    const kind = h('select', { id: pid('amount-kind'), name: 'amountKind' },
      ...v.portionsOf(food).map((p, i) => h('option', {
        value: `portion:${i}`,
        text: i === 0 && food.serving ? t('calc.usualServing', { portion: v.portionText(p, food) }) : v.portionText(p, food),
      })),
      h('option', { value: 'weight', text: t(v.ctx.units === 'us' ? 'calc.byOunces' : 'calc.byGrams') }));
    const qty = h('input', { id: pid('qty'), name: 'qty', type: 'number', inputmode: 'decimal', min: '0', step: 'any', value: '1', required: true });
    const qtyLabel = h('label', { for: qty.id, text: t('calc.servings') });
    const per = v.perSelect(pid('per'), 'day');
    const syncQty = () => {
      const byWeight = kind.value === 'weight';
      qtyLabel.textContent = byWeight ? t(v.ctx.units === 'us' ? 'calc.ounces' : 'calc.grams') : t('calc.servings');
      qty.value = byWeight ? (v.ctx.units === 'us' ? '4' : '100') : '1';
    };
    kind.addEventListener('change', syncQty);
    v.refs.amountKind = kind;
    const error = h('p', { class: 'alert', id: pid('add-error'), role: 'alert' });
    addForm.replaceChildren(
      h('h4', { id: pid('add-heading'), text: t('calc.addFoodHeading', { food: v.foodName(food) }) }),
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
    v.markFocusable();
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
      const amount = v.positiveValue(qty);
      if (amount === null) {
        error.textContent = t('calc.positiveNumber');
        qty.focus();
        return;
      }
      let entry;
      if (kind.value === 'weight') {
        const grams = v.ctx.units === 'us' ? ouncesToGrams(amount) : amount;
        if (grams === null) {
          error.textContent = t('calc.positiveNumber');
          return;
        }
        entry = { foodId: food.id, grams, per: per.value };
      } else {
        const portion = v.portionsOf(food)[Number(kind.value.split(':')[1])];
        entry = { foodId: food.id, portion: portion.label, servings: amount, per: per.value };
      }
      const entries = [...v.intake.entries, entry];
      if (v.rejects(entries)) {
        error.textContent = t('calc.entryRejected');
        return;
      }
      v.ui.food = null;
      v.refs.search.value = '';
      renderAddForm();
      v.commit({ ...v.intake, entries }, t('calc.added', { entry: v.entryLabel(entry) }));
      v.refs.search.focus();
    };
  }

  function ouncesToGrams(oz) {
    try {
      return v.ctx.core.ouncesToGrams(oz);
    } catch {
      return null;
    }
  }

  function cancelAdd() {
    v.ui.food = null;
    v.refs.search.value = '';
    renderAddForm();
    v.refs.search.focus();
  }

  return { renderAddForm, ouncesToGrams, cancelAdd };
}
