// The weekly-schedule view. Contract (shared with www/osteo-plan.js):
//   export const css: string
//   export function createSchedule(ctx) → { element, update(ctx) }
//   ctx = { core, t(key, vars), lang, units, weekStart, idPrefix, profile, plan, setPlan(next), nf(digits) }
import { h } from '../dom.js';

export const css = ``;

export function createSchedule(ctx) {
  const element = h('div', { class: 'schedule' });
  return { element, update() {} };
}
