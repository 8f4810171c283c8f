// Helpers for the <osteo-plan> widget tests: serving the widget, reading what a person sees
// inside the shadow root, keyboard navigation, downloads and axe.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, startServer, waitFor } from './harness.mjs';

const AXE = join(REPO, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js');

/** Serves www/ for the widget tests, after checking the wasm build has the planning engine. */
export async function startPlannerServer() {
  const glue = join(REPO, 'www', 'pkg', 'osteoplan.js');
  if (!existsSync(glue) || !/export function generatePlan\b/.test(readFileSync(glue, 'utf8'))) {
    throw new Error('www/pkg has no planning engine: run `make bundle` first');
  }
  return startServer();
}

/** Runs `fn(root, arg)` in the page with the `index`-th <osteo-plan>'s shadow root. */
export async function inRoot(page, fn, arg, index = 0) {
  const root = await page.evaluateHandle((i) => document.querySelectorAll('osteo-plan')[i].shadowRoot, index);
  try {
    return await root.evaluate(fn, arg);
  } finally {
    await root.dispose();
  }
}

/** The element `selector` finds in the first <osteo-plan>'s shadow root, as a handle to click or tap. */
export async function widgetElement(page, selector) {
  return (await page.evaluateHandle((sel) => document.querySelector('osteo-plan').shadowRoot.querySelector(sel), selector)).asElement();
}

/**
 * Waits until the `index`-th widget has rendered its profile form and, where it shows the
 * calculator, the calculator too (it appears once the food table, fetched after the first
 * paint, is in). `{ foods: false }` waits for the first screen only.
 */
export function waitForWidget(page, index = 0, { foods = true } = {}) {
  return waitFor(page, ([i, withFoods]) => {
    const root = document.querySelectorAll('osteo-plan')[i]?.shadowRoot;
    // The profile form, or its one-line summary once there is a plan.
    const form = root?.querySelector('form button[type=submit], [data-testid=profile-summary]');
    if (!form || !withFoods) return form;
    // The Food tab is there unless `sections` leaves the calculator out.
    const food = !root.querySelector('[role=tab][data-tab=food]').hidden;
    return (!food || root.querySelector('.calc [role=combobox]')) && form;
  }, [index, foods]);
}

/**
 * The shown week as a person reads it: day → its workout (title, done), the workout's parts
 * in order (kind, text) and findings (rule ids).
 */
export function readWeek(page, index = 0) {
  return inRoot(page, (root) => ({
    heading: root.querySelector('[data-testid=week-heading]')?.textContent ?? null,
    days: [...root.querySelectorAll('li.day')].map((li) => ({
      day: li.dataset.day,
      title: li.querySelector('h4').textContent,
      workout: li.querySelector('.workout') ? {
        title: li.querySelector('.workout .workout-title').textContent,
        done: Boolean(li.querySelector('.workout .done-tag')),
      } : null,
      sessions: [...li.querySelectorAll('li.session')].map((s) => ({
        kind: s.dataset.kind,
        text: s.textContent,
        done: Boolean(li.querySelector('.workout .done-tag')),
      })),
      findings: [...li.querySelectorAll('li.finding')].map((f) => f.dataset.rule),
    })),
  }), null, index);
}

/** Every finding with its rule id, severity text, message and source (the plan's notes opened first). */
export function readFindings(page, index = 0) {
  return inRoot(page, (root) => {
    // The plan's notes fold away under "Why your plan looks like this": opened as a person would.
    root.querySelector('details.plan-notes:not([open]) > summary')?.click();
    return [...root.querySelectorAll('li.finding')].map((f) => ({
      day: f.closest('li.day')?.dataset.day ?? null,
      scope: f.closest('li.day') ? 'day' : f.closest('[data-testid=week-findings]') ? 'week' : 'plan',
      rule: f.dataset.rule,
      text: f.textContent,
      source: f.querySelector('.source')?.textContent ?? null,
    }));
  }, null, index);
}

/**
 * Waits until a finding of `rule` shows beside a day or above the week: an edit's findings are
 * drawn right after the frame that shows the edit.
 */
export function waitForFinding(page, rule) {
  return waitFor(page, (r) => document.querySelector('osteo-plan').shadowRoot
    .querySelector(`li.day li.finding[data-rule="${r}"], [data-testid=week-findings] li.finding[data-rule="${r}"]`) !== null, rule);
}

/** data-focus key (or tag) of the focused element inside the first widget. */
export function focused(page) {
  return inRoot(page, (root) => {
    // Focus that left the page (browser chrome) leaves activeElement stale: report none.
    const el = document.hasFocus() && document.activeElement === root.host ? root.activeElement : null;
    return el ? { key: el.getAttribute('data-focus'), tag: el.tagName.toLowerCase(), text: el.textContent.trim(), type: el.type ?? null } : null;
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches `test`; keyboard only. */
export async function tabUntil(page, test, { max = 250, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
    const f = await focused(page);
    if (f && test(f)) return f;
  }
  throw new Error(`focus never reached the element after ${max} Tab presses`);
}

/**
 * Records files the widget offers for download (Blob + a[download]) so a test can read them:
 * `await takeDownloads(page)` → [{ name, type, text }].
 */
export async function recordDownloads(page) {
  await page.evaluate(() => {
    window.__downloads = [];
    const blobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (blob && this.hasAttribute('download')) {
        window.__downloads.push(blob.text().then((text) => ({ name: this.getAttribute('download'), type: blob.type, text })));
        return undefined; // recorded instead of saved
      }
      return click.call(this);
    };
  });
}

export function takeDownloads(page) {
  return page.evaluate(() => Promise.all(window.__downloads.splice(0)));
}

/** axe-core over the whole page (shadow roots included); returns violations, summarised. */
export async function axe(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`) }));
  });
  return result;
}

export const formatViolations = (v) => v.map((x) => `${x.id} (${x.impact}): ${x.help}\n  ${x.nodes.join('\n  ')}`).join('\n');

/** Elements inside the widget that stick out to the right of the viewport (horizontal scroll). */
export function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    for (const host of document.querySelectorAll('osteo-plan')) {
      for (const el of host.shadowRoot.querySelectorAll('*')) {
        if (el.closest('.visually-hidden, [hidden], .print-sheet, details:not([open]) > :not(summary)')) continue;
        // Content inside its own keyboard-reachable scroll box (a data table) may scroll; the box may not stick out.
        const scroller = el.parentElement?.closest('[tabindex="0"][role=region]');
        if (scroller && ['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) continue;
        const r = el.getBoundingClientRect();
        if (r.width && r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} right=${Math.round(r.right)}`);
      }
    }
    return out.slice(0, 10);
  });
}

/** Opens a tab of the `index`-th widget ('today', 'week', 'food', 'data') as a click would. */
export async function showTab(page, tab, index = 0) {
  await inRoot(page, (root, name) => root.querySelector(`[role=tab][data-tab=${name}]`).click(), tab, index);
  return waitFor(page, ([i, name]) => {
    const root = document.querySelectorAll('osteo-plan')[i].shadowRoot;
    return root.querySelector(`[role=tab][data-tab=${name}]`).getAttribute('aria-selected') === 'true'
      && !root.querySelector(`#${root.querySelector(`[data-tab=${name}]`).getAttribute('aria-controls')}`).hidden;
  }, [index, tab]);
}

/** Clicks the "Make my plan" button and waits for the week to show. */
export async function makePlan(page, index = 0) {
  await inRoot(page, (root) => root.querySelector('form button[type=submit]').click(), null, index);
  return waitFor(page, (i) => document.querySelectorAll('osteo-plan')[i].shadowRoot.querySelector('ol.week li.day'), index);
}

/**
 * A resistance move that breaks W1 (two strength days in a row) in the shown week:
 * the second strength session goes to the day after the first. Null if there is none.
 */
export function w1BreakingMove(week, order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
  const strength = week.days.filter((d) => d.sessions.some((s) => s.kind === 'resistance'));
  if (strength.length < 2) return null;
  const first = order.indexOf(strength[0].day);
  const target = order[first + 1];
  const from = strength[1];
  if (!target || target === from.day) return null;
  return { fromDay: from.day, index: from.sessions.findIndex((s) => s.kind === 'resistance'), toDay: target };
}

/** Drops the workout of `move.fromDay` on `move.toDay` in the shown week, by the drag events a mouse drag fires. */
export function dragWorkout(page, move, index = 0) {
  return inRoot(page, (root, m) => {
    const card = root.querySelector(`li.day[data-day=${m.fromDay}] .workout`);
    const target = root.querySelector(`li.day[data-day=${m.toDay}]`);
    const dt = new DataTransfer();
    card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    card.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: dt }));
  }, move, index);
}
