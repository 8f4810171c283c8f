// Tiny DOM helpers shared by the element and its views. Text goes in through textContent,
// never innerHTML: food names, imports and notes are data, not markup.

/** h('p', { class: 'x', text: 'hello', 'aria-live': 'polite' }, child, …) */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/**
 * Makes `parent`'s children exactly `nodes`, in order, touching only what differs: a node
 * already in its place stays (the browser restyles and lays out only what changed).
 */
export function sync(parent, nodes) {
  // Focus in a node about to go is given up before anything changes: moving focus makes the
  // browser bring layout up to date, cheap now, costly on a half-changed page (and done again
  // for the frame). The element puts focus back on the control's new node.
  const active = parent.getRootNode().activeElement;
  if (active && parent.contains(active)) {
    const staying = new Set(nodes);
    for (const child of parent.children) {
      if (!staying.has(child) && child.contains(active)) {
        active.blur();
        break;
      }
    }
  }
  let at = parent.firstChild;
  for (const node of nodes) {
    if (node === at) at = at.nextSibling;
    else parent.insertBefore(node, at);
  }
  while (at) {
    const next = at.nextSibling;
    at.remove();
    at = next;
  }
}

/**
 * Sets `node`'s text unless it already reads so: assigning `textContent` makes a new text node
 * even for the same words, and the browser lays the page out again before the next frame (and
 * at once when something asks where a box is).
 */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/** Runs `fn` when the browser is next idle (within 1.5 s), after any pending paint. */
export function whenIdle(fn) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 0);
}

/** Runs `fn` in a task of its own right after the next frame is painted. */
export function afterPaint(fn) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Runs `draw` (which fills `boxes`), then says the boxes are no longer being updated. */
function fillBoxes(boxes, draw) {
  draw();
  for (const box of boxes) box.removeAttribute('aria-busy');
}

/**
 * Fills `boxes` by `draw` right after the next frame is painted, in a task of its own, if
 * `current()` still holds then; until then the boxes say `aria-busy` (assistive technology
 * waits for them).
 */
export function drawAfterPaint(boxes, draw, current) {
  for (const box of boxes) box.setAttribute('aria-busy', 'true');
  afterPaint(() => { if (current()) fillBoxes(boxes, draw); });
}

/**
 * Fills `boxes` by `draw` before the next frame if one of them begins on screen or above it,
 * else after that frame is painted (drawAfterPaint). An edit is answered by a frame with
 * everything on screen, without waiting for what begins below the screen's edge (on a phone
 * often a screen or more down); nothing on screen moves when it comes. Decided in a microtask,
 * once the update under way has finished (focus moved and scrolled into view, the page laid
 * out for that; the element puts focus back after this microtask when its control was not
 * drawn yet).
 */
export function drawWhenSeen(boxes, draw, current) {
  queueMicrotask(() => {
    if (!current()) return;
    if (boxes.some((box) => box.getBoundingClientRect().top < innerHeight)) fillBoxes(boxes, draw);
    else drawAfterPaint(boxes, draw, current);
  });
}

/**
 * Calls `fill` once, when `details` is first opened: on a click on its summary (also Enter or
 * Space), before it opens, so it opens with its content; or after any other opening (a
 * script, find in page).
 */
export function fillOnFirstOpen(details, fill) {
  let filled = false;
  const once = () => {
    if (filled) return;
    filled = true;
    fill();
  };
  details.querySelector('summary').addEventListener('click', once);
  details.addEventListener('toggle', () => { if (details.open) once(); });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like h(), for SVG elements (charts are inline SVG; no chart library). */
export function s(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** Replaces `{name}` placeholders in a translated string. */
export function fill(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (_, k) => (k in values ? String(values[k]) : `{${k}}`));
}

/**
 * Offers `text` as a file download (Blob + a[download]); nothing leaves the device.
 * The link is attached to `host` (inside the shadow root) for Firefox, then removed.
 */
export function downloadText(host, filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename, hidden: true });
  host.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Days of the week as the planning engine names them, Monday first. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The seven days in display order for a `week-start` of `mon` or `sun`. */
export function orderedDays(weekStart) {
  return weekStart === 'sun' ? ['sun', ...DAYS.slice(0, 6)] : DAYS.slice();
}

/** Parses `YYYY-MM-DD` as a local calendar date (no time-zone shift), or null. */
export function parseIsoDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text ?? ''));
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

/** Formats a local date as `YYYY-MM-DD`. */
export function isoDate(date) {
  const p = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** The plan day name (`mon`…`sun`) of a local date. */
export function dayOf(date) {
  return DAYS[(date.getDay() + 6) % 7];
}

/** A new date `n` days after `date`. */
export function addDays(date, n) {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + n);
  return d;
}
