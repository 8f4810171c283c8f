// Types of the <osteo-plan> element module (osteo-plan.js in the npm package). The core API
// it shares (`loadCore()`) is typed in core.d.ts, generated from the Rust types.
import type * as Core from './core.js';
import type { Plan, PlanningProfile } from './core.js';

/** One food or supplement entry, as `analyzeIntake` reads it (`per: 'week'` is divided by 7). */
export type IntakeEntry =
  | { foodId: string; grams: number; per: 'day' | 'week' }
  | { foodId: string; portion: string; servings: number; per: 'day' | 'week' }
  | { supplement: 'calcium' | 'vitaminD' | 'magnesium' | 'zinc' | 'vitaminK' | 'potassium' | 'protein'; amount: number; unit: 'mg' | 'µg' | 'IU' | 'g'; per: 'day' | 'week' };

/** What `osteoplan-change` says changed, with its new value. */
export type OsteoPlanChangeDetail =
  | { what: 'profile'; value: PlanningProfile & { weightKg: number } }
  | { what: 'plan'; value: Plan | null }
  | { what: 'intake'; value: OsteoPlanIntake }
  | { what: 'startDate'; value: string | null }
  | { what: 'planOptions'; value: { deload: boolean } }
  | { what: 'preferences'; value: OsteoPlanPreferences }
  | { what: 'all'; value: OsteoPlanData };

/** Workout settings of the guided Today workout. */
export interface OsteoPlanPreferences {
  /** Rest between sets, seconds (10–600; default 60). */
  restSeconds: number;
  /** A beep and vibration when a timer ends (opt-in; default false). */
  alert: boolean;
}

/** The calculator's state: the food and supplement entries, as `analyzeIntake` reads them, and the view's choices. */
export interface OsteoPlanIntake {
  entries: IntakeEntry[];
  supplements: IntakeEntry[];
  referenceSet: string;
  filters: Partial<Record<'dairyFree' | 'vegan' | 'vegetarian' | 'fishFree' | 'lowSodium', boolean>>;
  gapNutrient?: string;
}

/** `element.data`, the saved-data and export format. */
export interface OsteoPlanData {
  format: 'osteoplan';
  version: number;
  coreVersion: string | null;
  profile: PlanningProfile & { weightKg: number };
  planOptions: { deload: boolean };
  startDate: string | null;
  plan: Plan | null;
  intake: OsteoPlanIntake;
  /** Absent in files from before the guided workout; defaults then apply. */
  preferences?: OsteoPlanPreferences;
}

/** The element's attributes, as `setAttribute` takes them. */
export interface OsteoPlanAttributes {
  lang: 'en' | 'es';
  units: 'metric' | 'us';
  'week-start': 'mon' | 'sun';
  /** `schedule`, `calculator`, or both, space- or comma-separated. */
  sections: string;
  storage: 'none' | 'local';
}

export class OsteoPlan extends HTMLElement {
  static readonly observedAttributes: ReadonlyArray<keyof OsteoPlanAttributes>;
  /** Defines the element as `tag` unless the name is taken (importing the module already did). */
  static define(tag?: string, registry?: CustomElementRegistry): typeof OsteoPlan;
  /** The whole state as the export format (a copy). */
  readonly data: OsteoPlanData;
  /** The element's own attributes take their documented values; any other attribute any text. */
  setAttribute<K extends string>(name: K, value: K extends keyof OsteoPlanAttributes ? OsteoPlanAttributes[K] : string): void;
  addEventListener<K extends keyof OsteoPlanEventMap>(type: K, listener: (this: OsteoPlan, ev: OsteoPlanEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof OsteoPlanEventMap>(type: K, listener: (this: OsteoPlan, ev: OsteoPlanEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export interface OsteoPlanEventMap extends HTMLElementEventMap {
  'osteoplan-change': CustomEvent<OsteoPlanChangeDetail>;
}

/**
 * The core's functions, as the element calls them: a call that traps (a `WebAssembly.RuntimeError`)
 * is made again in a fresh instance; one that traps there too throws `CORE_FAULT`.
 */
export type OsteoPlanCore = Omit<typeof Core, 'default' | 'initSync'>;
/** The wasm core, initialised once per page and shared with every element. */
export function loadCore(): Promise<OsteoPlanCore>;
/** The core once the food table (foods.tsv, beside the wasm) is loaded into it. */
export function loadFoods(): Promise<OsteoPlanCore>;

declare global {
  interface HTMLElementTagNameMap {
    'osteo-plan': OsteoPlan;
  }
  interface GlobalEventHandlersEventMap {
    /** Bubbles from <osteo-plan> and crosses shadow roots. */
    'osteoplan-change': CustomEvent<OsteoPlanChangeDetail>;
  }
}
