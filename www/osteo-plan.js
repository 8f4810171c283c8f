// <osteo-plan>: the osteoplan widget. Plain ES modules, no framework: they run as they are in
// a browser, and `make bundle` (tools/build.mjs) minifies them into www/pkg/osteo-plan.js.
// Rust computes, JS draws: every number shown comes from the wasm core.
//
// The element owns the shared state (profile, plan, intake, start date, workout settings), what
// is saved and when (storage.js does the browser-storage calls), export and import, and the tabs;
// it hands each view a `ctx`; views draw and call back through ctx.set*().
import init, * as core from './pkg/osteoplan.js';
import { css } from './styles.js';
import { h, fill, setText, whenIdle, afterPaint, downloadText, parseIsoDate, isoDate, DAYS } from './dom.js';
import * as profileView from './views/profile.js';
import * as calculatorView from './views/calculator.js';
import * as scheduleView from './views/schedule.js';
import * as todayView from './views/today.js';
import { fetchFoodTable } from './food-table.js';
import { savedData } from './storage.js';

// Strings load on demand, one language at a time: a visit in English never downloads Spanish.
// The two messages needed before any table has arrived live here.
const LANGS = {
  en: () => import('./i18n/en.js'),
  es: () => import('./i18n/es.js'),
};
const BOOT = {
  en: { loading: 'Loading…', loadFailed: 'The planner could not load. Please reload the page.' },
  es: { loading: 'Cargando…', loadFailed: 'El planificador no pudo cargarse. Vuelva a cargar la página.' },
};
const strings = new Map();
/** The tables that have arrived, by language. */
const loadedStrings = new Map();
const failed = new Set();
let retries = 0;

/**
 * Imports the strings of `lang`. A browser may keep a failed import for the page's life
 * (Firefox does), so a retry asks for the file under a new URL. The bundle's files have other
 * names: tools/build.mjs defines OSTEOPLAN_STRINGS (`{ en: './strings-en.js', … }`, or `false` in
 * the single-file build, which holds every table).
 */
function importStrings(lang) {
  const file = typeof OSTEOPLAN_STRINGS === 'undefined' ? `./i18n/${lang}.js` : OSTEOPLAN_STRINGS && OSTEOPLAN_STRINGS[lang];
  if (!file || !failed.has(lang)) return LANGS[lang]();
  return import(`${new URL(file, import.meta.url).href}?retry=${++retries}`);
}

/** The string table of `lang` (`en` | `es`), fetched once per page; a failed fetch is retried next time. */
export function loadStrings(lang) {
  if (!strings.has(lang)) {
    strings.set(lang, importStrings(lang).then((m) => {
      loadedStrings.set(lang, m.default);
      return m.default;
    }, (err) => {
      strings.delete(lang);
      failed.add(lang);
      throw err;
    }));
  }
  return strings.get(lang);
}

/** Saved-data and export format: bump VERSION when the shape changes; older files are migrated or refused. */
export const DATA_FORMAT = 'osteoplan';
export const DATA_VERSION = 1;
const STORAGE_PREFIX = 'osteoplan:';

// A trap (a WebAssembly.RuntimeError: a fault of the browser's wasm engine, or a bug of ours
// that would panic) leaves the instance's memory in an unknown state, so nothing may call that
// instance again. The person's data lives here in JS and every core call is a pure function of
// its arguments, so after a trap a fresh instance of the compiled module takes over, gets the
// food table again, and the call is made once more: nothing is lost. A call that traps in the
// fresh instance too throws an Error with code CORE_FAULT, and another fresh instance stands
// ready for the next call. WebKitGTK was seen to trap in about 3 % of test runs, in calls that
// run without fault everywhere else.
let foodText = null;
function freshInstance() {
  core.reinstantiate();
  if (foodText !== null) core.loadFoods(foodText);
}
function guarded(name, fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (err) {
      if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      console.warn(`osteoplan: the wasm core trapped in ${name} (${err.message}); a fresh instance takes over`);
    }
    try {
      freshInstance();
      return fn(...args);
    } catch (err) {
      if (!(err instanceof WebAssembly.RuntimeError)) throw err;
      freshInstance();
      throw Object.assign(new Error(`The calculation failed in this browser (${err.message}). Nothing was changed; try again.`), { name: 'OsteoplanError', code: 'CORE_FAULT' });
    }
  };
}

// The core's functions as the element and host pages call them, each through `guarded`.
const safeCore = Object.fromEntries(Object.entries(core)
  .filter(([name, fn]) => typeof fn === 'function' && !['default', 'initSync', 'reinstantiate'].includes(name))
  .map(([name, fn]) => [name, guarded(name, fn)]));
// A table handed over is handed to every fresh instance too.
safeCore.loadFoods = guarded('loadFoods', (text) => {
  core.loadFoods(text);
  foodText = text;
});

// One wasm init per page, however many elements there are. The glue finds osteoplan_bg.wasm
// beside itself (import.meta.url), and the bundle sits beside the wasm, so one call serves both.
let ready;
export function loadCore() {
  ready ??= init().then(() => safeCore);
  return ready;
}

// The food table: fetched once per page, and only for an element that shows the calculator.
// A failed or damaged download is forgotten, so "Try again" fetches afresh.
let foods;
export function loadFoods() {
  foods ??= Promise.all([loadCore(), fetchFoodTable()]).then(([api, text]) => {
    api.loadFoods(text);
    return api;
  });
  return foods.catch((err) => {
    foods = undefined;
    throw err;
  });
}

// The engine's first call of each kind compiles its code (the browser compiles wasm lazily, a
// function at its first call): measured in Node, the first moveWorkout takes ≈ 29 ms and the
// next ≈ 2 ms, and a slow phone is four times slower. So once per page, when the browser is idle
// after the first screen, each planning call runs once on a throwaway plan, one call per idle
// moment, and the person's first clicks find the code compiled. Nothing is kept. With the
// calculator it waits for the food table, which has the network and the CPU first. The plan is
// one week long: the code run is the same, and each step stays short (in Node ≤ 8 ms, against
// up to 21 ms with 12 weeks), so a tap that comes during a step waits less.
let warmed = false;
function warmUp(api) {
  if (warmed) return;
  warmed = true;
  const profile = defaultProfile();
  let plan = null;
  const steps = [
    () => { plan = api.generatePlan(profile, { weeks: 1 }); },
    () => api.checkPlan(profile, plan),
    () => api.moveWorkout(plan, { week: 1, fromDay: 'mon', toDay: 'sun' }),
    () => api.swapExercise(plan, { week: 1, day: 'mon', sessionIndex: 0, exerciseIndex: 0, allWeeks: true }, 'chin-tuck'),
    () => api.alternatives(profile, 'wall-push-up'),
    () => api.progressPlan(profile, api.logWorkout(plan, { week: 1, day: 'mon', done: true, effort: 5, pain: 0, results: [] })),
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    try { step(); } catch { /* a warm-up only: what failed is simply compiled at first use */ }
    whenIdle(next);
  };
  whenIdle(next);
}

let sheet;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync([css, profileView.css, todayView.css, scheduleView.css, calculatorView.css].join('\n'));
  }
  return sheet;
}

/** Resolves `es-MX` → `es`, unknown → `en`, from the element or its nearest [lang] ancestor. */
export function resolveLang(el) {
  const raw = (el.closest('[lang]')?.getAttribute('lang') || 'en').toLowerCase();
  const base = raw.split('-')[0];
  return base in LANGS ? base : 'en';
}

const SECTIONS = ['schedule', 'calculator'];
/** The tabs, in order, and the section each needs; `#osteoplan-<tab>` in the page URL opens one. */
const TABS = [['today', 'schedule'], ['week', 'schedule'], ['food', 'calculator'], ['data', null]];
const DEEP_LINK = /^#osteoplan-(today|week|food|data)$/;
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const EQUIPMENT = ['bands', 'dumbbells', 'gym'];
const FLAGS = ['boneMetastases', 'vertebralFracture', 'multipleFractures', 'osteoporosis', 'fallRisk', 'lymphedema'];

/** The profile a person starts from: they change it in "About you". */
export function defaultProfile() {
  return {
    age: 60, sex: 'female', weightKg: 65,
    availableDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], minutesPerSession: 40,
    equipment: ['bands'], fitnessLevel: 'beginner',
    boneMetastases: false, vertebralFracture: false, multipleFractures: false, osteoporosis: false,
    fallRisk: false, jointPain: 0, lymphedema: false,
  };
}

/** Workout settings: rest between sets (seconds) and the opt-in sound or vibration at a timer's end. */
export function defaultPreferences() {
  return { restSeconds: todayView.DEFAULT_REST, alert: false };
}

function cleanPreferences(raw) {
  const d = defaultPreferences();
  if (!raw || typeof raw !== 'object') return d;
  return { restSeconds: num(raw.restSeconds, d.restSeconds, 10, 600), alert: raw.alert === true };
}

/** The calculator's state, stored and exported opaquely. */
export function defaultIntake() {
  return { entries: [], supplements: [], referenceSet: 'us-dri', filters: {} };
}

const num = (v, fallback, min, max) => {
  const n = typeof v === 'number' ? v : Number.NaN;
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};

/** Keeps only known profile fields of the right type; anything else falls back to the default. */
export function cleanProfile(raw) {
  const d = defaultProfile();
  if (!raw || typeof raw !== 'object') return d;
  const out = {
    age: num(raw.age, d.age, 18, 110),
    sex: raw.sex === 'male' ? 'male' : 'female',
    weightKg: num(raw.weightKg, d.weightKg, 20, 400),
    availableDays: Array.isArray(raw.availableDays) ? DAYS.filter((x) => raw.availableDays.includes(x)) : d.availableDays,
    minutesPerSession: num(raw.minutesPerSession, d.minutesPerSession, 10, 180),
    equipment: Array.isArray(raw.equipment) ? EQUIPMENT.filter((x) => raw.equipment.includes(x)) : d.equipment,
    fitnessLevel: LEVELS.includes(raw.fitnessLevel) ? raw.fitnessLevel : d.fitnessLevel,
    jointPain: num(raw.jointPain, 0, 0, 10),
  };
  for (const f of FLAGS) out[f] = raw[f] === true;
  return out;
}

/** Everything the element keeps for a person, as it is before they answer anything. */
function freshState() {
  return { profile: defaultProfile(), plan: null, intake: defaultIntake(), startDate: null, planOptions: { deload: false }, preferences: defaultPreferences() };
}

let instances = 0;

/**
 * The osteoplan widget: a weekly exercise schedule and a food calculator for bone health.
 * Importing this module defines `<osteo-plan>` (again-safe: `OsteoPlan.define()`).
 * @tagname osteo-plan
 * @summary Bone-health planner: exercise schedule and food calculator, computed in the browser.
 * @attr {'en' | 'es'} lang - language (`es-MX` → `es`); without it, the nearest `[lang]` ancestor, else `en`
 * @attr {'metric' | 'us'} units - kg/g or lb/oz for weights, loads and food amounts (default `metric`)
 * @attr {'mon' | 'sun'} week-start - first day of the week and of week 1 (default `mon`)
 * @attr {string} sections - which regions to show: `schedule` (the Today and Week tabs), `calculator` (the Food tab) (space- or comma-separated; default both). A page with `schedule` alone never downloads the food table. A link to `#osteoplan-today`, `#osteoplan-week`, `#osteoplan-food` or `#osteoplan-data` opens that tab.
 * @attr {'none' | 'local'} storage - `local` offers the person an opt-in to keep their data in this browser (default `none`)
 * @fires {CustomEvent<OsteoPlanChangeDetail>} osteoplan-change - after the person changes something; bubbles, composed; detail `{ what, value }`
 * @slot - fallback content, shown while scripts or WebAssembly are blocked
 * @csspart disclaimer - the health-education notice
 * @csspart profile - the "About you" region
 * @csspart tabs - the Today / Week / Food / Your data tab bar
 * @csspart tab - one tab
 * @csspart today - the "Today" region (the day's workout and the guided workout)
 * @csspart schedule - the weekly-schedule region (the Week tab)
 * @csspart calculator - the food-calculator region
 * @csspart data - the "Your data" region (save, export, import, delete)
 * @csspart week - the list of seven days
 * @csspart day - one day of the week
 * @csspart workout - the one workout card of a training day
 * @csspart session - one part of a workout (balance, strength, …)
 * @csspart finding - one finding from the plan checker
 * @csspart chart - each chart figure
 * @csspart button - every button
 * @cssproperty --osteo-font - font family
 * @cssproperty --osteo-font-size - base font size (16px)
 * @cssproperty --osteo-fg - text colour
 * @cssproperty --osteo-bg - background colour
 * @cssproperty --osteo-surface - background of cards, findings and chart tracks
 * @cssproperty --osteo-muted - secondary text (hints, dates)
 * @cssproperty --osteo-accent - accent colour (buttons, links, today's day)
 * @cssproperty --osteo-accent-fg - text on accent-filled buttons
 * @cssproperty --osteo-border - borders of sections, fields and days
 * @cssproperty --osteo-radius - corner radius
 * @cssproperty --osteo-focus - focus-ring colour
 * @cssproperty --osteo-stop - colour of `stop` findings and errors
 * @cssproperty --osteo-warning - colour of `warning` findings
 * @cssproperty --osteo-info - colour of `info` findings
 * @cssproperty --osteo-kind-resistance - colour of strength sessions and bars
 * @cssproperty --osteo-kind-aerobic - colour of aerobic sessions and bars
 * @cssproperty --osteo-kind-impact - colour of impact sessions and bars
 * @cssproperty --osteo-kind-balance - colour of balance sessions and bars
 * @cssproperty --osteo-kind-flexibility - colour of flexibility sessions and bars
 */
export class OsteoPlan extends HTMLElement {
  static observedAttributes = ['lang', 'units', 'week-start', 'sections', 'storage'];

  /** Defines the element as `tag` in `registry` unless the name is taken (importing the module already did); returns the class. */
  static define(tag = 'osteo-plan', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #uid = ++instances;
  #renderQueued = false;
  /** The queued render waits for the next paint (see #queueRender). */
  #paintFirst = false;
  #api = null;
  #loading = null;
  #state = freshState();
  #remember = false;
  /** Saved data this version could not read: `{ raw, problem, backupKey, downloaded }`, until "Delete my data". */
  #recovery = null;
  /** Why the last save did not happen (an i18n key), or null. */
  #saveFailed = null;
  #ui = null;
  #views = null;
  #focusKey = null;
  #formatters = new Map();
  #langObserver = null;
  /** The string table the element last rendered with: `{ lang, t }`. */
  #strings = null;
  /** The language whose strings failed to load after the first render; retried at the next switch. */
  #switchFailed = null;
  /** The food table for the calculator: 'idle' (not asked for), 'loading', 'ready' or 'failed'. */
  #foods = 'idle';
  /** The state the closed calculator is still to be drawn from, when the browser is next idle. */
  #calculatorDue = null;
  /** The open tab: 'today', 'week', 'food' or 'data' (null until the first render decides). */
  #tab = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
  }

  connectedCallback() {
    this.#observeLang();
    globalThis.addEventListener?.('hashchange', this.#followHash);
    globalThis.addEventListener?.('beforeprint', this.#preparePrint);
    this.#printMedia ??= globalThis.matchMedia?.('print');
    this.#printMedia?.addEventListener('change', this.#preparePrint);
    this.#queueRender();
  }

  disconnectedCallback() {
    this.#langObserver?.disconnect();
    globalThis.removeEventListener?.('hashchange', this.#followHash);
    globalThis.removeEventListener?.('beforeprint', this.#preparePrint);
    this.#printMedia?.removeEventListener('change', this.#preparePrint);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // Setting `lang`, even to the value it has, is a new attempt at a switch that failed.
    if (name === 'lang') this.#switchFailed = null;
    else if (oldValue === newValue) return;
    if (name === 'lang' && this.isConnected) this.#observeLang();
    this.#queueRender({ paintFirst: true });
  }

  /** Without its own `lang`, the element follows the nearest `[lang]` ancestor, also when it changes. */
  #observeLang() {
    this.#langObserver?.disconnect();
    const source = this.hasAttribute('lang') ? null : this.parentElement?.closest('[lang]');
    if (!source) return;
    this.#langObserver ??= new MutationObserver(() => {
      this.#switchFailed = null;
      this.#queueRender({ paintFirst: true });
    });
    this.#langObserver.observe(source, { attributes: true, attributeFilter: ['lang'] });
  }

  /**
   * The whole state as the JSON export shape, a copy: `{ format, version, coreVersion, profile, planOptions, startDate, plan, intake, preferences }`.
   * @type {OsteoPlanData}
   */
  get data() {
    return this.#exportObject();
  }

  /**
   * Renders once the change under way is complete (a microtask later). With `paintFirst`, once
   * drawn (not the first render), right after the next frame is painted instead, in a task of
   * its own: a change the host page makes (an attribute, its `lang`) lets the host's own click
   * paint at once, and a tap that redraws a whole view (Make my plan) is answered first by the
   * control it changed (its busy look). Anything queued meanwhile comes in that same render.
   */
  #queueRender({ paintFirst = false } = {}) {
    if (paintFirst && this.#ui) this.#paintFirst = true;
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      if (this.#paintFirst) afterPaint(() => this.#renderNow());
      else this.#renderNow();
    });
  }

  /** The queued render, now (printing cannot wait for it); nothing when none is queued. */
  #renderNow() {
    if (!this.#renderQueued) return;
    this.#renderQueued = false;
    this.#paintFirst = false;
    this.#render();
  }

  get #lang() { return resolveLang(this); }
  get #units() { return this.getAttribute('units') === 'us' ? 'us' : 'metric'; }
  get #weekStart() { return this.getAttribute('week-start') === 'sun' ? 'sun' : 'mon'; }
  get #storageAllowed() { return this.getAttribute('storage') === 'local'; }
  get #storage() { return savedData(`${STORAGE_PREFIX}${this.id || 'default'}`); }
  get #sections() {
    const raw = this.getAttribute('sections');
    if (raw === null) return SECTIONS;
    const wanted = raw.split(/[\s,]+/).filter((x) => SECTIONS.includes(x));
    return wanted.length ? wanted : SECTIONS;
  }

  async #render() {
    let lang = this.#lang;
    if (this.#switchFailed && this.#switchFailed !== lang) this.#switchFailed = null;
    // A language loaded before (by this or another element) is drawn without waiting a tick:
    // a print right after a switch prints the new words.
    let t = this.#strings?.lang === lang ? this.#strings.t : null;
    if (!t && this.#api && loadedStrings.has(lang)) {
      t = loadedStrings.get(lang);
      this.#strings = { lang, t };
    }
    // A switch that failed is not retried on every render (a click must not wait on a missing
    // file); the widget goes on in the language it had until the next switch.
    if (!t && this.#switchFailed === lang) ({ lang, t } = this.#strings);
    if (!this.#api || !t) {
      this.#loading ??= this.#load();
      const loaded = await Promise.all([this.#loading, loadStrings(lang)]).catch((err) => {
        console.error(`osteoplan could not load: ${err?.message ?? err}`);
        return null;
      });
      // The language changed while this one loaded: that change queued its own render.
      if (lang !== this.#lang) return;
      if (loaded && this.#api) {
        t = loaded[1];
        this.#strings = { lang, t };
      } else if (this.#ui && this.#strings) {
        // After the first render the old language stays, and the notice says the switch failed.
        this.#switchFailed = lang;
        ({ lang, t } = this.#strings);
      } else {
        // Before the first render there is nothing to keep.
        this.shadowRoot.replaceChildren(h('p', { class: 'error', role: 'alert', text: BOOT[lang].loadFailed }));
        return;
      }
    }
    if (!this.#ui) this.#build();
    const ui = this.#ui;
    const ctx = this.#ctx(lang, t);

    // The language the widget is written in, declared on its own content (WCAG 3.1.2): it may
    // differ from the page's (a language the widget lacks, a switch that failed) and a screen
    // reader must pronounce it right. It also keeps a host's `lang` change from making the
    // browser lay out and shape every word again in the click before the new words come.
    if (ui.root.lang !== lang) ui.root.lang = lang;
    setText(ui.disclaimer, t.disclaimer);
    setText(ui.profileHeading, t.profileHeading);
    setText(ui.todayHeading, t.todayHeading);
    setText(ui.scheduleHeading, t.scheduleHeading);
    setText(ui.calculatorHeading, t.calculatorHeading);
    const sections = this.#sections;
    const shown = this.#shownTabs();
    // First render: a deep link, else Today for a person with a plan (a returning person lands
    // there), else the first tab.
    if (!this.#tab) {
      const linked = DEEP_LINK.exec(globalThis.location?.hash ?? '')?.[1];
      this.#tab = linked ?? (this.#state.plan || !shown.includes('week') ? shown[0] : 'week');
    }
    if (!shown.includes(this.#tab)) this.#tab = shown[0];
    for (const name of TABS.map(([n]) => n)) {
      const tab = ui.tabs[name];
      const selected = name === this.#tab;
      tab.hidden = !shown.includes(name);
      setText(tab, t[`tab_${name}`]);
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      ui.panels[name].hidden = !selected;
    }
    ui.tabBar.hidden = shown.length < 2;
    this.#renderNotice(ctx);
    this.#renderData(ctx);

    const focusKey = this.#focusKey ?? this.shadowRoot.activeElement?.getAttribute('data-focus');
    this.#focusKey = null;
    // Today and Week are drawn only while open: an edit on a slow phone redraws one of them, not
    // both (the calculator redraws only what changed). Opening a tab renders, so it is drawn
    // then. The Week view always gets the state: the printed week comes from it on any tab.
    this.#views.profile.update(ctx);
    if (sections.includes('schedule')) {
      if (this.#tab === 'today') this.#views.today.update(ctx);
      this.#views.schedule.update(ctx, { draw: this.#tab === 'week' });
    }
    if (sections.includes('calculator')) this.#renderCalculator(ctx);
    // After the food table (it has the network first), or at once without the calculator.
    if (sections.includes('schedule') && (!sections.includes('calculator') || ['ready', 'failed'].includes(this.#foods))) warmUp(ctx.core);
    if (focusKey) {
      const focus = () => {
        const target = this.shadowRoot.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`);
        if (target && this.shadowRoot.activeElement !== target) target.focus();
        return target;
      };
      // Or in a part drawn once this update has finished, when it is on screen (dom.js drawWhenSeen).
      if (!focus()) queueMicrotask(focus);
    }
  }

  /**
   * The calculator once the food table is there. Until then its region says the foods are
   * loading, or that they could not be, with "Try again"; the rest of the widget works meanwhile.
   * The table is asked for when the browser is next idle after the first paint, so it never
   * delays the schedule.
   */
  #renderCalculator(ctx) {
    const { t } = ctx;
    if (this.#foods === 'ready') {
      if (this.#tab === 'food' && this.#views.calculator) {
        this.#calculatorDue = null;
        this.#views.calculator.update(ctx);
      } else if (this.#views.calculator) {
        // Closed, it catches up when the browser is idle: a language switch or an edit in the
        // Week does not wait for a view no one sees (opening the tab draws it at once).
        if (!this.#calculatorDue) whenIdle(() => {
          const due = this.#calculatorDue;
          this.#calculatorDue = null;
          if (due) this.#views.calculator.update(due);
        });
        this.#calculatorDue = ctx;
      } else {
        // Created only now: the view computes its first results as it is made.
        this.#views.calculator = calculatorView.createCalculator(ctx);
        this.#ui.foodStatus.replaceWith(this.#views.calculator.element);
      }
      return;
    }
    if (this.#foods === 'idle') {
      this.#foods = 'loading';
      whenIdle(() => this.#fetchFoods());
    }
    if (this.#foods === 'failed') {
      const retry = h('button', { type: 'button', part: 'button', 'data-focus': 'foods-retry', text: t('foodsRetry') });
      retry.addEventListener('click', () => {
        this.#foods = 'loading';
        this.#focusKey = 'calc-heading';
        this.#fetchFoods();
        this.#queueRender();
      });
      this.#ui.foodStatus.replaceChildren(h('div', { class: 'status error', role: 'alert' },
        h('p', { text: t('foodsFailed') }), h('div', { class: 'actions' }, retry)));
    } else {
      this.#ui.foodStatus.replaceChildren(h('p', { class: 'hint', role: 'status', text: t('foodsLoading') }));
    }
  }

  async #fetchFoods() {
    try {
      await loadFoods();
      this.#foods = 'ready';
    } catch (err) {
      console.warn(`osteoplan: the food table could not be loaded: ${err?.message ?? err}`);
      this.#foods = 'failed';
    }
    this.#queueRender();
  }

  /** Loads the wasm core once per element (shared per page); `#render` reports a failure. */
  async #load() {
    this.shadowRoot.replaceChildren(h('p', { class: 'disclaimer', role: 'status', text: BOOT[this.#lang].loading }));
    this.#api = await loadCore();
    if (this.#storageAllowed) this.#restore();
  }

  #ctx(lang, t) {
    const formatters = this.#formatters;
    const cached = (key, make) => {
      const k = `${lang}|${key}`;
      if (!formatters.has(k)) formatters.set(k, make());
      return formatters.get(k);
    };
    return {
      core: this.#api,
      lang,
      units: this.#units,
      weekStart: this.#weekStart,
      sections: this.#sections,
      idPrefix: `op${this.#uid}`,
      t: (key, vars) => fill(t[key] ?? key, vars),
      has: (key) => key in t,
      // A failed call in words for people, by its error code (see error_* in i18n/<lang>/common.js).
      problem: (err) => t[`error_${err?.code}`] ?? t.error_other,
      // Spanish numbers as US Latin-American readers write them (es-US: 1,200.5, not 1200,5).
      nf: (digits) => cached(`n${digits}`, () => new Intl.NumberFormat(lang === 'es' ? 'es-US' : lang, { maximumFractionDigits: digits })),
      df: (options) => cached(JSON.stringify(options), () => new Intl.DateTimeFormat(lang, options)),
      profile: this.#state.profile,
      plan: this.#state.plan,
      intake: this.#state.intake,
      startDate: this.#state.startDate,
      planOptions: this.#state.planOptions,
      setProfile: (next) => this.#set('profile', cleanProfile(next)),
      setPlan: (next) => this.#set('plan', next),
      setIntake: (next) => this.#set('intake', next),
      setStartDate: (next) => this.#set('startDate', parseIsoDate(next) ? next : null),
      setPlanOptions: (next) => this.#set('planOptions', { deload: next?.deload === true }),
      preferences: this.#state.preferences,
      setPreferences: (next) => this.#set('preferences', cleanPreferences(next)),
      showTab: (tab) => this.#showTab(tab, { focus: true }),
      announce: (message) => this.#announce(message),
      focus: (key) => { this.#focusKey = key; },
      paintFirst: () => this.#queueRender({ paintFirst: true }),
      host: this.#ui?.root,
    };
  }

  #set(what, value) {
    this.#state[what] = value;
    this.#save();
    this.dispatchEvent(new CustomEvent('osteoplan-change', { bubbles: true, composed: true, detail: { what, value } }));
    this.#queueRender();
  }

  #announce(message) {
    const live = this.#ui?.live;
    if (!live) return;
    live.textContent = '';
    // A fresh text node after a tick makes screen readers repeat an identical message.
    setTimeout(() => { live.textContent = message; }, 30);
  }

  #build() {
    const id = `op${this.#uid}`;
    const heading = (suffix) => h('h2', { id: `${id}-${suffix}`, tabindex: '-1', 'data-focus': `${suffix}-heading` });
    const profileHeading = heading('profile');
    const todayHeading = heading('today');
    const scheduleHeading = heading('schedule');
    const calculatorHeading = heading('calc');
    const dataHeading = heading('data');
    const ctx = this.#ctx(this.#strings.lang, this.#strings.t);
    this.#views = {
      profile: profileView.createProfile(ctx),
      today: todayView.createToday(ctx),
      schedule: scheduleView.createSchedule(ctx),
      calculator: null, // made once the food table is there (#renderCalculator)
    };
    const section = (part, headingEl, ...body) =>
      h('section', { part, 'aria-labelledby': headingEl.id }, headingEl, ...body);
    const disclaimer = h('p', { class: 'disclaimer', part: 'disclaimer' });
    const notice = h('div', { 'data-testid': 'storage-notice' });
    const data = h('div', { class: 'data' });
    const live = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    const profile = section('profile', profileHeading, this.#views.profile.element);
    const today = section('today', todayHeading, this.#views.today.element);
    const schedule = section('schedule', scheduleHeading, this.#views.schedule.element);
    const foodStatus = h('div', { 'data-testid': 'food-status' });
    // The calculator's own view joins its region once the food table is there (#renderCalculator).
    const calculator = section('calculator', calculatorHeading, foodStatus);
    const dataSection = section('data', dataHeading, data);
    // Today / Week / Food / Your data: one region at a time, so the page is never one long scroll.
    const panels = { today, week: schedule, food: calculator, data: dataSection };
    const tabs = {};
    for (const [name] of TABS) {
      const panel = panels[name];
      panel.id = `${id}-panel-${name}`;
      panel.setAttribute('role', 'tabpanel');
      panel.classList.add(`panel-${name}`);
      tabs[name] = h('button', {
        type: 'button', role: 'tab', id: `${id}-tab-${name}`, part: 'tab', 'aria-controls': panel.id, 'data-tab': name, 'data-focus': `tab-${name}`,
      });
      tabs[name].addEventListener('click', () => this.#showTab(name));
    }
    const tabBar = h('div', { class: 'tabs', role: 'tablist', part: 'tabs' }, ...Object.values(tabs));
    tabBar.addEventListener('keydown', (event) => this.#tabKeys(event));
    const root = h('div', { class: 'wrap' }, disclaimer, notice, profile, tabBar, today, schedule, calculator, dataSection, live);
    this.#ui = { root, disclaimer, notice, profile, today, schedule, calculator, foodStatus, data, dataHeading, live, profileHeading, todayHeading, scheduleHeading, calculatorHeading, tabBar, tabs, panels };
    this.shadowRoot.replaceChildren(root);
  }

  /** The tabs this element shows, given `sections`. */
  #shownTabs() {
    const sections = this.#sections;
    return TABS.filter(([, needs]) => !needs || sections.includes(needs)).map(([name]) => name);
  }

  /** Opens `tab` (when shown). A guided workout keeps running in the background of another tab. */
  #showTab(tab, { focus = false } = {}) {
    if (!this.#shownTabs().includes(tab)) return;
    this.#tab = tab;
    this.#focusKey = focus ? `tab-${tab}` : null;
    this.#queueRender();
  }

  /** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern, activation on focus). */
  #tabKeys(event) {
    const shown = this.#shownTabs();
    const i = shown.indexOf(event.target.dataset?.tab);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: shown.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const tab = shown[(to + shown.length) % shown.length];
    this.#tab = tab;
    this.#focusKey = `tab-${tab}`;
    this.#render();
  }

  /** The printed week is drawn only when the page prints (the browser's menu, Ctrl+P, print media). */
  #printMedia = null;
  #preparePrint = () => {
    this.#renderNow();
    this.#views?.schedule.preparePrint();
  };

  /** A link to `#osteoplan-food` (or -today, -week, -data) on the page opens that tab. */
  #followHash = () => {
    const m = DEEP_LINK.exec(globalThis.location?.hash ?? '');
    if (m) this.#showTab(m[1]);
  };

  /**
   * Tells the person, above everything else, when saved data could not be read or saving failed,
   * and offers the unreadable copy as a download. Nothing saved is dropped without their action.
   */
  #renderNotice(ctx) {
    const { t } = ctx;
    const parts = [];
    const recovery = this.#recovery;
    if (recovery) {
      parts.push(h('p', { text: t(recovery.problem) }));
      parts.push(h('p', { text: recovery.backupKey ? t('storageBackedUp', { key: recovery.backupKey }) : t('storageNoBackup') }));
      const download = h('button', { type: 'button', part: 'button', 'data-focus': 'download-saved', text: t('storageDownload') });
      download.addEventListener('click', () => {
        downloadText(this.#ui.root, `osteoplan-saved-copy-${isoDate(new Date())}.txt`, recovery.raw, 'text/plain');
        recovery.downloaded = true;
        this.#announce(t('exported'));
      });
      parts.push(h('div', { class: 'actions' }, download));
    }
    if (this.#saveFailed) parts.push(h('p', { text: t(this.#saveFailed) }));
    if (this.#switchFailed) parts.push(h('p', { 'data-testid': 'switch-failed', text: t('switchFailed') }));
    const box = parts.length ? h('div', { class: 'status error', role: 'alert' }, ...parts) : null;
    this.#ui.notice.replaceChildren(...(box ? [box] : []));
  }

  /** "Your data": opt-in storage, export, import, delete. Rebuilt when what it shows changes
   *  (the language, whether storage is allowed and chosen), not on every edit of the plan. */
  #renderData(ctx) {
    const { t, idPrefix } = ctx;
    const drawnFrom = `${ctx.lang}|${this.#storageAllowed}|${this.#remember}`;
    if (this.#ui.dataFrom === drawnFrom) return;
    this.#ui.dataFrom = drawnFrom;
    this.#ui.dataHeading.textContent = t('dataHeading');
    const parts = [h('p', { class: 'hint', text: t('dataPrivacy') })];
    if (this.#storageAllowed) {
      const box = h('input', { type: 'checkbox', id: `${idPrefix}-remember`, 'data-focus': 'remember', 'aria-describedby': `${idPrefix}-remember-hint` });
      box.checked = this.#remember;
      box.addEventListener('change', () => {
        this.#remember = box.checked;
        if (this.#remember) this.#save();
        else this.#forget();
        this.#announce(t(this.#remember ? 'rememberOn' : 'rememberOff'));
      });
      parts.push(
        h('div', { class: 'check' }, box, h('label', { for: box.id, text: t('rememberLabel') })),
        h('p', { class: 'hint', id: `${idPrefix}-remember-hint`, text: t('rememberHint') }),
      );
    }
    const exportButton = h('button', { type: 'button', part: 'button', 'data-focus': 'export', text: t('exportButton') });
    exportButton.addEventListener('click', () => {
      const text = JSON.stringify(this.#exportObject(), null, 2);
      downloadText(this.#ui.root, `osteoplan-${isoDate(new Date())}.json`, text, 'application/json');
      this.#announce(t('exported'));
    });
    // The file input exists only while a file is being chosen (a button opens it), so nothing
    // else on the page can set or read it.
    const importButton = h('button', { type: 'button', part: 'button', 'data-focus': 'import', text: t('importButton') });
    importButton.addEventListener('click', () => {
      this.#ui.root.querySelector('input[type=file]')?.remove();
      const file = h('input', { type: 'file', accept: 'application/json,.json', hidden: true, 'data-testid': 'import-file', 'aria-label': t('importButton') });
      file.addEventListener('change', async () => {
        const chosen = file.files?.[0];
        file.remove();
        if (chosen) this.#importText(await chosen.text(), t);
      });
      this.#ui.root.append(file);
      file.click();
    });
    const deleteButton = h('button', { type: 'button', class: 'danger', part: 'button', 'data-focus': 'delete', text: t('deleteButton') });
    deleteButton.addEventListener('click', () => {
      this.#forget({ backups: true });
      this.#remember = false;
      this.#recovery = null;
      this.#saveFailed = null;
      this.#state = freshState();
      this.#focusKey = 'delete';
      this.#views.profile.reset?.();
      this.#set('all', this.#exportObject());
      this.#announce(t('deleted'));
      this.#ui.status.textContent = t('deleted');
    });
    const status = this.#ui.status ?? h('p', { class: 'status', role: 'status', 'data-testid': 'data-status' });
    this.#ui.status = status;
    parts.push(h('div', { class: 'actions' }, exportButton, importButton, deleteButton), status);
    this.#ui.data.replaceChildren(...parts);
  }

  #exportObject() {
    return structuredClone({
      format: DATA_FORMAT,
      version: DATA_VERSION,
      coreVersion: this.#api?.version() ?? null,
      profile: this.#state.profile,
      planOptions: this.#state.planOptions,
      startDate: this.#state.startDate,
      plan: this.#state.plan,
      intake: this.#state.intake,
      preferences: this.#state.preferences,
    });
  }

  /** Checks a saved or exported object; returns the state to adopt, or throws an Error with an i18n key. */
  #readData(obj) {
    const fail = (key) => Object.assign(new Error(key), { key });
    if (!obj || typeof obj !== 'object' || obj.format !== DATA_FORMAT) throw fail('importNotOsteoplan');
    if (!Number.isInteger(obj.version)) throw fail('importNotOsteoplan');
    if (obj.version < 1) throw fail('importTooOld');
    if (obj.version > DATA_VERSION) throw fail('importTooNew');
    const profile = cleanProfile(obj.profile);
    const plan = obj.plan ?? null;
    if (plan !== null) {
      if (typeof plan !== 'object' || !Array.isArray(plan.weeks)) throw fail('importBadPlan');
      // The engine is the judge of a plan's shape: if it cannot check it, we do not load it.
      try {
        this.#api.checkPlan(profile, plan);
      } catch {
        throw fail('importBadPlan');
      }
    }
    const intake = obj.intake && typeof obj.intake === 'object' && !Array.isArray(obj.intake) ? obj.intake : defaultIntake();
    const startDate = parseIsoDate(obj.startDate) ? obj.startDate : null;
    return { profile, plan, intake, startDate, planOptions: { deload: obj.planOptions?.deload === true }, preferences: cleanPreferences(obj.preferences) };
  }

  #importText(text, t) {
    const status = this.#ui.status;
    let next;
    try {
      next = this.#readData(JSON.parse(text));
    } catch (err) {
      status.className = 'status error';
      status.setAttribute('role', 'alert');
      status.textContent = t(err.key ?? 'importNotJson');
      return;
    }
    this.#state = next;
    this.#views.profile.reset?.();
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = t('imported');
    this.#set('all', this.#exportObject());
  }

  #save() {
    if (!this.#storageAllowed || !this.#remember) return;
    // Unreadable saved data with no backup copy is only replaced once the person has downloaded it.
    if (this.#held) {
      this.#saveFailed = 'storageSaveHeld';
      this.#queueRender();
      return;
    }
    // Storage full or blocked: the widget keeps working, says so, and the old copy stays as it was.
    const failed = this.#storage.write(JSON.stringify(this.#exportObject())) ? null : 'storageSaveFailed';
    if (failed !== this.#saveFailed) {
      this.#saveFailed = failed;
      this.#queueRender();
    }
  }

  /** Unreadable saved data with no backup copy that the person has not downloaded yet: it must stay. */
  get #held() {
    return Boolean(this.#recovery && !this.#recovery.backupKey && !this.#recovery.downloaded);
  }

  /** Removes the saved data; with `backups`, also the copies of unreadable data ("Delete my data"). */
  #forget({ backups = false } = {}) {
    // Unticking "Remember" never removes unreadable data that has no other copy yet.
    if (!backups && this.#held) return;
    this.#storage.remove({ backups });
  }

  #restore() {
    const raw = this.#storage.read();
    if (raw === null) return;
    try {
      this.#state = this.#readData(JSON.parse(raw));
      this.#remember = true;
    } catch (err) {
      // Unreadable, old or from a newer version: keep it where it is, copy it aside, and say so.
      const problem = { importTooNew: 'storageTooNew', importTooOld: 'storageTooOld' }[err.key] ?? 'storageUnreadable';
      this.#recovery = { raw, problem, backupKey: this.#storage.backup(raw), downloaded: false };
    }
  }
}

OsteoPlan.define();
