// The iframe embed page (frame.html). Reads its options from the query string and passes them
// to <osteo-plan> as attributes, then tells the parent page how tall it is whenever that
// changes, so the host can size the iframe with no inner scroll bar:
//   frame.html?lang=es&sections=calculator&units=us&week-start=sun&storage=local
//   parent receives: { type: 'osteoplan:height', height: <CSS pixels> }
// Only the height is sent (no personal data), so any parent origin may receive it.
const ATTRIBUTES = {
  lang: ['en', 'es'],
  units: ['metric', 'us'],
  'week-start': ['mon', 'sun'],
  storage: ['none', 'local'],
  sections: null, // a space- or comma-separated list, checked by the element itself
};

const params = new URLSearchParams(location.search);
const el = document.querySelector('osteo-plan');
for (const [name, allowed] of Object.entries(ATTRIBUTES)) {
  const value = params.get(name);
  if (value === null || (allowed && !allowed.includes(value))) continue;
  el.setAttribute(name, name === 'sections' ? value.split(/[\s,]+/).filter(Boolean).join(' ') : value);
  if (name === 'lang') document.documentElement.lang = value;
}

let last = 0;
function report() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'osteoplan:height', height }, '*');
}
new ResizeObserver(report).observe(document.body);
window.addEventListener('load', report);
