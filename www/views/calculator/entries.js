// The list of entries, each editable in place.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h } from '../../dom.js';

export function createEntries(v) {
  const { t, pid } = v;

  function renderEntries() {
    const { entriesList, entriesEmpty } = v.refs;
    entriesEmpty.hidden = v.intake.entries.length > 0;
    entriesList.replaceChildren(...v.intake.entries.map((entry, i) => {
      const name = v.entryName(entry);
      const qtyId = pid(`entry-${i}-qty`);
      const perId = pid(`entry-${i}-per`);
      let value;
      let unitText;
      let qtyLabel;
      if (entry.supplement) {
        value = entry.amount;
        unitText = v.unitLabel(entry.unit === 'ug' ? 'µg' : entry.unit);
        qtyLabel = t('calc.amountOf', { name });
      } else if (entry.portion !== undefined) {
        value = entry.servings;
        unitText = t('calc.timesPortion', { portion: v.measureLabel(v.getFood(entry.foodId), entry.portion) });
        qtyLabel = t('calc.servingsOf', { name });
      } else if (v.ouncesOf(entry.grams) !== null) {
        // Two decimals are enough to show; the entry keeps the core's exact grams.
        value = Number(v.ouncesOf(entry.grams).toFixed(2));
        unitText = t('unit.oz');
        qtyLabel = t('calc.ouncesOf', { name });
      } else {
        value = entry.grams;
        unitText = t('unit.g');
        qtyLabel = t('calc.gramsOf', { name });
      }
      const qty = h('input', { id: qtyId, type: 'number', inputmode: 'decimal', min: '0', step: 'any', value: String(value) });
      qty.addEventListener('change', () => editEntry(i, 'qty', qty, qtyId));
      const per = v.perSelect(perId, entry.per);
      per.addEventListener('change', () => editEntry(i, 'per', per, perId));
      return h('li', { 'data-entry': String(i) },
        h('span', { class: 'entry-name' }, name, h('span', { class: 'muted', text: v.describeEntry(entry) })),
        h('span', { class: 'qty' },
          h('label', { class: 'sr-only', for: qtyId, text: qtyLabel }), qty, h('span', { text: unitText })),
        h('span', {}, h('label', { class: 'sr-only', for: perId, text: t('calc.howOftenFor', { name }) }), per),
        h('button', { type: 'button', class: 'secondary', id: pid(`entry-${i}-remove`), 'aria-label': t('calc.removeNamed', { name }), text: t('calc.remove'), onclick: () => removeEntry(i) }));
    }));
  }

  function refreshEntryDescriptions() {
    v.intake.entries.forEach((entry, i) => {
      const line = v.refs.entriesList.querySelector(`[data-entry="${i}"] .entry-name .muted`);
      if (line) line.textContent = v.describeEntry(entry);
    });
  }

  function editEntry(index, field, control, focusId) {
    const entry = { ...v.intake.entries[index] };
    if (field === 'per') {
      entry.per = control.value;
    } else {
      const value = v.positiveValue(control);
      if (value === null) {
        v.announce(t('calc.positiveNumber'));
        renderEntries();
        v.focusById(focusId);
        return;
      }
      if (entry.supplement) entry.amount = value;
      else if (entry.portion !== undefined) entry.servings = value;
      else if (v.ctx.units === 'us') entry.grams = v.ouncesToGrams(value);
      else entry.grams = value;
    }
    const entries = v.intake.entries.map((e, i) => (i === index ? entry : e));
    if (v.rejects(entries)) {
      v.announce(t('calc.entryRejected'));
      renderEntries();
      v.focusById(focusId);
      return;
    }
    v.commit({ ...v.intake, entries }, t('calc.changed', { entry: v.entryLabel(entry) }), { keepEntries: true });
  }

  function removeEntry(index) {
    const removed = v.intake.entries[index];
    const entries = v.intake.entries.filter((_, i) => i !== index);
    v.ui.open.clear();
    v.commit({ ...v.intake, entries }, t('calc.removed', { entry: v.entryLabel(removed) }));
    if (entries.length) v.focusById(pid(`entry-${Math.min(index, entries.length - 1)}-remove`));
    else v.refs.search.focus();
  }

  return { renderEntries, refreshEntryDescriptions, editEntry, removeEntry };
}
