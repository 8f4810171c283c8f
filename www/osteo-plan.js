// <osteo-plan>: the osteoplan widget. Plain ES module, no framework, no bundler.
// Rust computes, JS draws: every number shown comes from the wasm core.
import init, * as core from './pkg/osteoplan.js';
import { css } from './styles.js';
import en from './i18n/en.js';
import es from './i18n/es.js';

const STRINGS = { en, es };

// One wasm init per page, however many elements there are.
let ready;
export function loadCore() {
  ready ??= init({ module_or_path: new URL('./pkg/osteoplan_bg.wasm', import.meta.url) }).then(() => core);
  return ready;
}

let sheet;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/** Resolves `es-MX` → `es`, unknown → `en`, from the element or its nearest [lang] ancestor. */
export function resolveLang(el) {
  const raw = (el.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
  const base = raw.split('-')[0];
  return base in STRINGS ? base : 'en';
}

function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
}

let instances = 0;

/**
 * The osteoplan widget.
 * @csspart schedule - the weekly-schedule region
 * @csspart calculator - the food-calculator region
 * @cssproperty --osteo-accent - accent colour
 * @cssproperty --osteo-focus - focus-ring colour
 */
export class OsteoPlan extends HTMLElement {
  static observedAttributes = ['lang'];

  static define(tag = 'osteo-plan', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #uid = ++instances;
  #renderQueued = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
  }

  connectedCallback() {
    this.#queueRender();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue) this.#queueRender();
  }

  #queueRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#render();
    });
  }

  async #render() {
    const t = STRINGS[resolveLang(this)];
    const root = this.shadowRoot;
    root.replaceChildren(h('p', { class: 'disclaimer', text: t.loading }));
    let api;
    try {
      api = await loadCore();
    } catch (err) {
      root.replaceChildren(h('p', { class: 'error', role: 'alert', text: t.loadFailed }));
      throw err;
    }
    const id = `op${this.#uid}`;
    const input = h('input', { id: `${id}-vd`, type: 'number', inputmode: 'decimal', min: '0', step: 'any', value: '15' });
    const out = h('p', { 'aria-live': 'polite', 'data-testid': 'vitamin-d-result' });
    const nf = new Intl.NumberFormat(resolveLang(this), { maximumFractionDigits: 1 });
    const update = () => {
      try {
        const ug = input.value === '' ? NaN : Number(input.value);
        const iu = api.vitaminDToIu(ug);
        out.className = '';
        out.textContent = fill(t.vitaminDResult, { ug: nf.format(ug), iu: nf.format(iu) });
      } catch (err) {
        out.className = 'error';
        out.textContent = t.inputError;
      }
    };
    input.addEventListener('input', update);
    update();
    const schedule = h('section', { 'aria-labelledby': `${id}-sched`, part: 'schedule' },
      h('h2', { id: `${id}-sched`, text: t.scheduleHeading }));
    const calculator = h('section', { 'aria-labelledby': `${id}-calc`, part: 'calculator' },
      h('h2', { id: `${id}-calc`, text: t.calculatorHeading }),
      h('label', { for: input.id, text: t.vitaminDLabel }), input, out);
    root.replaceChildren(h('div', { class: 'wrap' },
      h('p', { class: 'disclaimer', text: t.disclaimer }), schedule, calculator));
  }
}

OsteoPlan.define();
