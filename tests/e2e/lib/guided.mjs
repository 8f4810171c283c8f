// The guided "Today" workout as the tests read and drive it, for puppeteer pages and the
// WebKit WebDriver adapter alike (both through inRoot): what it shows, a click by data-focus
// key, the widget's plan, "Next exercise" until a step, and the fake clock (fixtures/fake-clock.js).
import assert from 'node:assert/strict';
import { inRoot } from './widget.mjs';

/** What the guided workout shows now. */
export function guided(page) {
  return inRoot(page, (root) => {
    const box = root.querySelector('[data-testid=guided]');
    return box && {
      id: box.dataset.exercise,
      name: box.querySelector('[data-testid=guided-name]').textContent,
      dose: box.querySelector('[data-testid=guided-dose]').textContent,
      set: box.querySelector('[data-testid=set-counter]')?.textContent ?? null,
      clock: box.querySelector('[data-testid=clock]')?.textContent ?? null,
      phase: box.querySelector('.phase')?.textContent ?? null,
      progress: box.querySelector('.progress-line').textContent,
      buttons: [...box.querySelectorAll('button')].map((b) => b.dataset.focus),
    };
  });
}

/** Clicks the element with `data-focus="key"`; fails the test if there is none. */
export async function click(page, key) {
  const found = await inRoot(page, (root, k) => {
    const el = root.querySelector(`[data-focus="${k}"]`);
    el?.click();
    return Boolean(el);
  }, key);
  assert.ok(found, `no [data-focus=${key}] to click`);
}

export const planOf = (page) => page.evaluate(() => document.querySelector('osteo-plan').data.plan);

/** Moves the page's fake clock forward by `ms` (no tick is counted; timers read timestamps). */
export const advance = (page, ms) => page.evaluate((n) => globalThis.__clock.advance(n), ms);

/** Goes forward with "Next exercise" until `test(step)` holds; returns that step. */
export async function nextUntil(page, test) {
  for (let i = 0; i < 30; i++) {
    const step = await guided(page);
    if (test(step)) return step;
    await click(page, 'g-next');
  }
  throw new Error('no such exercise in the workout');
}
