// Helpers for the hardening tests: a person's journey through the widget (food search, a
// supplement, moves, logs) and importing a file through the real file input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './harness.mjs';
import { inRoot } from './widget.mjs';

/** Loads `contents` through "Load data from a file" (the real file input) of the `index`-th widget. */
export async function importFile(page, dir, contents, index = 0) {
  const path = join(dir, `import-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, contents);
  await inRoot(page, (root) => root.querySelector('[data-focus=import]').click(), null, index);
  const input = await page.evaluateHandle((i) => document.querySelectorAll('osteo-plan')[i].shadowRoot.querySelector('input[type=file]'), index);
  await input.asElement().uploadFile(path);
  await input.dispose();
}

/** Types `query` into the food search as a person would (input events). */
export function typeSearch(page, query, index = 0) {
  return inRoot(page, (root, q) => {
    const search = root.querySelector('.calc [role=combobox]');
    search.focus();
    search.value = q;
    search.dispatchEvent(new Event('input', { bubbles: true }));
  }, query, index);
}

/**
 * Adds a food found by `query`: the `pick`-th result, its `portion`-th portion (or by weight
 * when `portion` is 'weight'), `amount` servings or grams, `per` 'day' | 'week'.
 * Returns the number of entries afterwards.
 */
export async function addFood(page, { query, pick = 0, portion = 0, amount = 1, per = 'day' }, index = 0) {
  const before = await inRoot(page, (root) => root.querySelectorAll('.entries > li').length, null, index);
  await typeSearch(page, query, index);
  await waitFor(page, ([i, n]) => document.querySelectorAll('osteo-plan')[i].shadowRoot.querySelectorAll('[role=option]').length > n, [index, pick]);
  await inRoot(page, (root, a) => {
    root.querySelectorAll('[role=option]')[a.pick].click();
    const form = root.querySelector('form.add-food');
    const kind = form.querySelector('select[name=amountKind]');
    kind.value = a.portion === 'weight' ? 'weight' : `portion:${Math.min(a.portion, kind.options.length - 2)}`;
    if (!kind.value) kind.value = 'weight';
    kind.dispatchEvent(new Event('change'));
    form.querySelector('input[name=qty]').value = String(a.amount);
    form.querySelector('select[name=per]').value = a.per;
    form.querySelector('button[type=submit]').click();
  }, { pick, portion, amount, per }, index);
  return waitFor(page, ([i, n]) => {
    const count = document.querySelectorAll('osteo-plan')[i].shadowRoot.querySelectorAll('.entries > li').length;
    return count > n && count;
  }, [index, before]);
}

/** Adds a supplement through its form. */
export async function addSupplement(page, { nutrient, amount, unit, per = 'day' }, index = 0) {
  const before = await inRoot(page, (root) => root.querySelectorAll('.entries > li').length, null, index);
  await inRoot(page, (root, a) => {
    const form = root.querySelector('form.supplement');
    const n = form.querySelector('select[name=supplement]');
    n.value = a.nutrient;
    n.dispatchEvent(new Event('change'));
    form.querySelector('input[name=amount]').value = String(a.amount);
    if (a.unit) form.querySelector('select[name=unit]').value = a.unit;
    form.querySelector('select[name=per]').value = a.per;
    form.querySelector('button[type=submit]').click();
  }, { nutrient, amount, unit, per }, index);
  return waitFor(page, ([i, n]) => {
    const count = document.querySelectorAll('osteo-plan')[i].shadowRoot.querySelectorAll('.entries > li').length;
    return count > n && count;
  }, [index, before]);
}

/** Everything a person sees inside the widget, as text (hidden parts left out). */
export function visibleText(page, index = 0) {
  return inRoot(page, (root) => {
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && el.closest('[hidden], .visually-hidden, style') === null && el.getClientRects().length) out.push(n.data);
    }
    return out.join(' ');
  }, null, index);
}

/** Markup that would run script: on* attributes, javascript: URLs, script/iframe/object/embed elements. */
export function activeMarkup(page, index = 0) {
  return inRoot(page, (root) => {
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (['script', 'iframe', 'object', 'embed', 'img', 'image', 'foreignobject'].includes(tag)) found.push(`<${tag}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
        if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href|data)$/i.test(a.name)) found.push(`${tag}[${a.name}=${a.value}]`);
      }
    }
    return found;
  }, null, index);
}
