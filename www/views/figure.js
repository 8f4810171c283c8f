// One exercise figure, drawn by the core (`exerciseFigure` returns an SVG document string) and
// inserted safely: parsed as XML with DOMParser and imported into this document, never through
// innerHTML. Used by the session detail, the swap alternatives and the printed week, and made
// to be dropped into any later view (the guided "Today" workout) the same way:
//
//   import { exerciseFigure } from './figure.js';
//   parent.append(exerciseFigure(core, 'sit-to-stand', { lang: 'es', size: 'small' }) ?? '');
//
// Options: lang ('en' | 'es'); size ('large' | 'small' | 'print'); still (true: the key poses
// side by side, no animation — print uses it); decorative (true: hidden from assistive
// technology because the exercise name is already there as text, e.g. inside a button).
// prefers-reduced-motion: reduce → always still. Colours come from the widget's stylesheet
// through the figure's classes (.figure, .fig-*, styled in ../styles.js), so dark mode and
// custom properties apply.

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Parsed figures, by id, language and motion (one core per page, as the engine's exercise cache
 * in workout.js assumes): parsing the same SVG again on every redraw was most of an edit's cost
 * on a slow phone. Each use gets a copy.
 */
const parsed = new Map();

/** The core's figure parsed into an <svg> of this document, or null. */
function parse(core, id, lang, animate) {
  const key = `${id} ${lang} ${animate}`;
  if (parsed.has(key)) return parsed.get(key);
  let svg = null;
  try {
    const doc = new DOMParser().parseFromString(core.exerciseFigure(id, { lang, animate }), 'image/svg+xml');
    const root = doc.documentElement;
    if (root.localName === 'svg' && root.namespaceURI === 'http://www.w3.org/2000/svg' && !doc.getElementsByTagName('parsererror').length) {
      svg = document.importNode(root, true);
    }
  } catch {
    // An id the core does not know: no figure.
  }
  parsed.set(key, svg);
  return svg;
}

/** The figure as an <svg> element of this document, or null (an id the core does not know). */
export function exerciseFigure(core, id, { lang = 'en', size = 'large', still = false, decorative = false } = {}) {
  const template = parse(core, id, lang === 'es' ? 'es' : 'en', !(still || reducedMotion()));
  if (!template) return null;
  const svg = template.cloneNode(true);
  svg.classList.add(`figure-${size}`);
  if (!svg.querySelector('animate, animateTransform')) svg.classList.add('figure-still');
  if (decorative) {
    // The name is already there as text: no second name, and no title/desc text in textContent.
    svg.setAttribute('aria-hidden', 'true');
    svg.removeAttribute('role');
    for (const el of svg.querySelectorAll('title, desc')) el.remove();
  }
  return svg;
}
