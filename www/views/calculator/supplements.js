// The supplement form: a nutrient, the amount on the label, how often.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';
import { SUPPLEMENTS } from './model.js';

export function createSupplements(v) {
  const { t, pid } = v;

  function buildSupplementForm() {
    const nutrient = h('select', { id: pid('supp-nutrient'), name: 'supplement' },
      ...Object.keys(SUPPLEMENTS).map((n) => h('option', { value: n, text: v.nutrientName(n) })));
    const amount = h('input', { id: pid('supp-amount'), name: 'amount', type: 'number', inputmode: 'decimal', min: '0', step: 'any', required: true });
    const unit = h('select', { id: pid('supp-unit'), name: 'unit' });
    const per = v.perSelect(pid('supp-per'), 'day');
    const potassiumNote = h('p', { class: 'note caution', 'data-testid': 'potassium-supplement-form-note', text: t('calc.potassiumSupplement') });
    const syncUnits = () => {
      unit.replaceChildren(...SUPPLEMENTS[nutrient.value].map((u) => h('option', { value: u, text: v.unitLabel(u) })));
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
      const value = v.positiveValue(amount);
      if (value === null) {
        error.textContent = t('calc.positiveNumber');
        amount.focus();
        return;
      }
      const entry = { supplement: nutrient.value, amount: value, unit: unit.value, per: per.value };
      const entries = [...v.intake.entries, entry];
      if (v.rejects(entries)) {
        error.textContent = t('calc.entryRejected');
        return;
      }
      error.textContent = '';
      amount.value = '';
      v.commit({ ...v.intake, entries }, t('calc.added', { entry: v.entryLabel(entry) }));
    });
    return form;
  }

  return { buildSupplementForm };
}
