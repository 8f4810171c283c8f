// The quick check: about 25 everyday foods that bring calcium, vitamin D or protein, each with a
// servings-per-week stepper, so a person fills the list in a minute and refines it later.
// Part of the calculator view (www/views/calculator.js): `v` is the view's shared state
// (ctx, intake, refs, ui, …) and the other sections' functions.
import { h, fillOnFirstOpen } from '../../dom.js';
import { QUICK_CHECK_FOODS } from './model.js';

/** Most servings a week one stepper takes (three a day). */
const MAX_PER_WEEK = 21;

export function createQuickCheck(v) {
  const { t, pid } = v;

  /** The panel: a <details>, closed at first. Its rows are built when it is first opened (a click
   *  or Enter on its summary, or any other way it opens), not on every draw of the calculator:
   *  25 rows of steppers were a fifth of a language switch's work on a slow phone. */
  function buildQuickCheck() {
    const summary = h('summary', { id: pid('quick-heading'), text: t('calc.quickHeading') });
    const details = h('details', { class: 'quick', id: pid('quick') }, summary);
    fillOnFirstOpen(details, () => {
      details.append(quickForm());
      v.markFocusable();
    });
    return details;
  }

  /** One row per food with − / number / + controls, and "Add to my list". */
  function quickForm() {
    const rows = [];
    const list = h('ul', { class: 'quick-list' });
    for (const id of QUICK_CHECK_FOODS) {
      const food = v.getFood(id);
      if (!food?.serving) continue;
      const inputId = pid(`quick-${id}`);
      const name = v.foodName(food);
      const input = h('input', {
        id: inputId, type: 'number', inputmode: 'numeric', min: '0', max: String(MAX_PER_WEEK), step: '1', value: '0',
        'data-food-id': id, 'aria-describedby': `${inputId}-serving`,
      });
      const step = (delta) => {
        const n = Math.min(MAX_PER_WEEK, Math.max(0, Math.round(Number(input.value) || 0) + delta));
        input.value = String(n);
        // The stepper keeps focus; the new count is read out.
        v.announce(t('calc.quickCount', { name, count: v.ctx.nf(0).format(n) }));
      };
      rows.push({ food, input });
      list.append(h('li', {},
        h('span', { class: 'quick-name' },
          h('label', { for: inputId, text: name }),
          h('span', { class: 'muted', id: `${inputId}-serving`, text: t('calc.quickServing', { portion: v.portionText(v.portionsOf(food)[0], food) }) })),
        h('span', { class: 'stepper' },
          h('button', { type: 'button', class: 'secondary', 'aria-label': t('calc.quickFewer', { name }), text: '−', onclick: () => step(-1) }),
          input,
          h('button', { type: 'button', class: 'secondary', 'aria-label': t('calc.quickMore', { name }), text: '+', onclick: () => step(1) }))));
    }
    const error = h('p', { class: 'alert', role: 'alert' });
    const form = h('form', { class: 'quick-check', 'aria-labelledby': pid('quick-heading') },
      h('p', { text: t('calc.quickIntro') }),
      list,
      error,
      h('button', { type: 'submit', id: pid('quick-add'), text: t('calc.quickAdd') }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const added = rows
        .map(({ food, input }) => ({ food, n: Math.round(Number(input.value) || 0) }))
        .filter(({ n }) => n > 0)
        .map(({ food, n }) => ({ foodId: food.id, portion: food.serving.label, servings: Math.min(n, MAX_PER_WEEK), per: 'week' }));
      if (!added.length) {
        error.textContent = t('calc.quickNone');
        return;
      }
      const entries = [...v.intake.entries, ...added];
      if (v.rejects(entries)) {
        error.textContent = t('calc.entryRejected');
        return;
      }
      error.textContent = '';
      for (const { input } of rows) input.value = '0';
      v.commit({ ...v.intake, entries }, t('calc.quickAdded', { count: added.length }));
      v.focusById(pid('entries-heading'));
    });
    return form;
  }

  return { buildQuickCheck };
}
