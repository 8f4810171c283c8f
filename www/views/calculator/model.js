// The calculator's constants and its saved state's shape (no DOM here).
/** Nutrients grouped for display: bone nutrients first; energy last and without a bar. */
export const BONE_NUTRIENTS = ['calcium', 'vitaminD', 'protein', 'magnesium', 'phosphorus', 'potassium', 'zinc', 'vitaminK'];
export const OTHER_NUTRIENTS = ['sodium', 'fiber', 'saturatedFat', 'monounsaturatedFat', 'polyunsaturatedFat', 'energy'];
/** Nutrients shown against their ceiling only: an "adequate intake" for sodium exists, but
 *  "below target" must never read as "eat more salt". Energy has no goal at all. */
export const LIMIT_ONLY = ['sodium', 'energy'];
/** Nutrients a gap can be closed for (the ones with a "get enough" target). */
export const GAP_NUTRIENTS = ['calcium', 'vitaminD', 'protein', 'magnesium', 'potassium', 'zinc', 'vitaminK', 'fiber'];
/** Supplements a person can enter from a label, and the label units each may use. */
export const SUPPLEMENTS = {
  calcium: ['mg'],
  vitaminD: ['IU', 'µg'],
  magnesium: ['mg'],
  zinc: ['mg'],
  vitaminK: ['µg'],
  potassium: ['mg'],
  protein: ['g'],
};
export const REFERENCE_SETS = ['us-dri', 'bone-ai', 'efsa', 'uk'];
export const DIET_FILTERS = ['dairyFree', 'vegan', 'vegetarian', 'fishFree', 'lowSodium', 'noBrandFortified'];
export const SEARCH_LIMIT = 8;
export const SUGGESTION_LIMIT = 6;
/** Used for targets until the person fills in the profile (the shell normally passes one). */
export const FALLBACK_PROFILE = { age: 60, sex: 'female', weightKg: 65 };

/** Saved meals: at most this many, each named in at most this many characters. */
export const MAX_MEALS = 20;
export const MAX_MEAL_NAME = 60;
/** The quick check's everyday foods (SR28 NDB numbers) that bring calcium, vitamin D or protein,
 *  each counted in servings per week of its usual serving. */
export const QUICK_CHECK_FOODS = [
  '01079', '01117', '01256', '01009', '01012', '16139', '14091', '09210', '15088', '15084',
  '15121', '16426', '16015', '16057', '16070', '12061', '12698', '11091', '11234', '11117',
  '11162', '11938', '01129', '05064', '08121',
];

/** A saved meal as stored: a name and entries, or null when it is not one. */
function normaliseMeal(raw) {
  if (!raw || typeof raw !== 'object' || typeof raw.name !== 'string' || !Array.isArray(raw.entries)) return null;
  const name = raw.name.trim().slice(0, MAX_MEAL_NAME);
  const entries = raw.entries.filter((e) => e && typeof e === 'object' && !Array.isArray(e));
  return name && entries.length ? { name, entries } : null;
}

/** Accepts any saved value and returns a well-formed intake state (old or hand-edited imports). */
export function normaliseIntake(raw) {
  const x = raw && typeof raw === 'object' ? raw : {};
  const filters = {};
  if (x.filters && typeof x.filters === 'object') {
    for (const f of DIET_FILTERS) if (x.filters[f] === true) filters[f] = true;
  }
  return {
    entries: Array.isArray(x.entries) ? x.entries.filter((e) => e && typeof e === 'object') : [],
    referenceSet: REFERENCE_SETS.includes(x.referenceSet) ? x.referenceSet : 'us-dri',
    filters,
    gapNutrient: GAP_NUTRIENTS.includes(x.gapNutrient) ? x.gapNutrient : 'calcium',
    meals: Array.isArray(x.meals) ? x.meals.map(normaliseMeal).filter(Boolean).slice(0, MAX_MEALS) : [],
  };
}

/** What the core's reference intakes take from the shell's (larger) profile. */
export function engineProfile(profile) {
  if (!profile || typeof profile !== 'object' || profile.age == null || !profile.sex) return null;
  const out = { age: Number(profile.age), sex: profile.sex };
  const weight = profile.weightKg ?? profile.weight;
  if (weight !== undefined && weight !== null && weight !== '') out.weightKg = Number(weight);
  if (profile.pregnant) out.pregnant = true;
  if (profile.lactating) out.lactating = true;
  return out;
}
