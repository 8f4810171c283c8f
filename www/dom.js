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

/** Replaces `{name}` placeholders in a translated string. */
export function fill(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (_, k) => (k in values ? String(values[k]) : `{${k}}`));
}
