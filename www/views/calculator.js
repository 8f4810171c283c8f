// The food-calculator view. Contract (shared with www/osteo-plan.js):
//   export const css: string                       — adopted into the element's shadow root
//   export function createCalculator(ctx) → { element, update(ctx) }
//   ctx = { core, t(key, vars), lang, units, idPrefix, profile, intake, setIntake(next), nf(digits) }
// Rust computes, JS draws: every number shown comes from ctx.core.
import { h } from '../dom.js';

export const css = `
.calc input { width: 10rem; }
`;

export function createCalculator(ctx) {
  const input = h('input', { id: `${ctx.idPrefix}-vd`, type: 'number', inputmode: 'decimal', min: '0', step: 'any', value: '15' });
  const out = h('p', { 'aria-live': 'polite', 'data-testid': 'vitamin-d-result' });
  const element = h('div', { class: 'calc' }, h('label', { for: input.id, text: ctx.t('vitaminDLabel') }), input, out);
  let current = ctx;
  const render = () => {
    const ug = input.value === '' ? NaN : Number(input.value);
    try {
      const iu = current.core.vitaminDToIu(ug);
      out.className = '';
      out.textContent = current.t('vitaminDResult', { ug: current.nf(1).format(ug), iu: current.nf(1).format(iu) });
    } catch {
      out.className = 'error';
      out.textContent = current.t('inputError');
    }
  };
  input.addEventListener('input', render);
  render();
  return {
    element,
    update(next) {
      current = next;
      render();
    },
  };
}
