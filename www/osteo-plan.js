// <osteo-plan>: the osteoplan widget. Plain ES module, no framework, no bundler.
// Rust computes, JS draws: every number shown comes from the wasm core.
import init, * as core from './pkg/osteoplan.js';
import { css } from './styles.js';
import { h, fill } from './dom.js';
import * as calculatorView from './views/calculator.js';
import * as scheduleView from './views/schedule.js';
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
    sheet.replaceSync([css, scheduleView.css, calculatorView.css].join('\n'));
  }
  return sheet;
}

/** Resolves `es-MX` → `es`, unknown → `en`, from the element or its nearest [lang] ancestor. */
export function resolveLang(el) {
  const raw = (el.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
  const base = raw.split('-')[0];
  return base in STRINGS ? base : 'en';
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
    const lang = resolveLang(this);
    const formatters = new Map();
    const ctx = {
      core: api,
      lang,
      units: this.getAttribute('units') === 'us' ? 'us' : 'metric',
      idPrefix: id,
      t: (key, vars) => fill(t[key] ?? key, vars),
      nf: (digits) => {
        if (!formatters.has(digits)) formatters.set(digits, new Intl.NumberFormat(lang, { maximumFractionDigits: digits }));
        return formatters.get(digits);
      },
    };
    const calc = calculatorView.createCalculator(ctx);
    const sched = scheduleView.createSchedule(ctx);
    const schedule = h('section', { 'aria-labelledby': `${id}-sched`, part: 'schedule' },
      h('h2', { id: `${id}-sched`, text: t.scheduleHeading }), sched.element);
    const calculator = h('section', { 'aria-labelledby': `${id}-calc`, part: 'calculator' },
      h('h2', { id: `${id}-calc`, text: t.calculatorHeading }), calc.element);
    root.replaceChildren(h('div', { class: 'wrap' },
      h('p', { class: 'disclaimer', text: t.disclaimer }), schedule, calculator));
  }
}

OsteoPlan.define();
