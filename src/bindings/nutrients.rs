//! Bindings for the nutrient engine: reference intakes, intake analysis, food suggestions.
//! Thin: read the JS values, call [`crate::nutrients`] with [`crate::foods::all`], convert back.
//!
//! Errors thrown for an entry carry `entryIndex` (0-based) besides `code` and `message`.

use super::{absent, array, get as field, js_error, string, strings, JsResult, Obj};
use crate::error::Error;
use crate::nutrients::analysis::{self, Analysis, IntakeError, NutrientResult, RawEntry};
use crate::nutrients::reference::{self, Intakes, Profile, ReferenceIntake, ReferenceSet, Sex};
use crate::nutrients::suggest::{self, Filters, Suggestion};
use crate::nutrients::Nutrient;
use wasm_bindgen::prelude::*;

/// Reads `{ age, sex, weightKg?, pregnant?, lactating? }`; every problem is `INVALID_PROFILE`
/// naming the field.
fn profile_from_js(value: &JsValue) -> Result<Profile, Error> {
    if !value.is_object() {
        return Err(Error::profile(
            "profile",
            "must be an object { age, sex, weightKg?, pregnant?, lactating? }",
        ));
    }
    let age = field(value, "age")
        .as_f64()
        .ok_or_else(|| Error::profile("age", "must be a number of years"))?;
    let sex = field(value, "sex")
        .as_string()
        .ok_or_else(|| Error::profile("sex", "use \"female\" or \"male\""))?;
    let sex = Sex::parse(&sex)?;
    let weight = field(value, "weightKg");
    let weight_kg = if absent(&weight) {
        None
    } else {
        Some(
            weight
                .as_f64()
                .ok_or_else(|| Error::profile("weightKg", "must be a number of kg"))?,
        )
    };
    let flag = |key: &'static str| {
        let v = field(value, key);
        if absent(&v) {
            Ok(false)
        } else {
            v.as_bool()
                .ok_or_else(|| Error::profile(key, "must be true or false"))
        }
    };
    Profile::new(age, sex, weight_kg, flag("pregnant")?, flag("lactating")?)
}

/// Rejects keys outside `allowed` (a typo like `vegann` would otherwise be ignored silently).
fn only_keys(value: &JsValue, allowed: &[&str], field_name: &str) -> Result<(), JsValue> {
    super::known_keys_only(value, field_name, allowed, "option", usize::MAX)
}

fn set_from_js(value: &JsValue, field_name: &str) -> Result<ReferenceSet, JsValue> {
    if absent(value) {
        return Ok(ReferenceSet::UsDri);
    }
    let id = string(value, field_name)?;
    ReferenceSet::from_id(&id).map_err(js_error)
}

/// Reads entries one by one so a malformed one is `INVALID_ENTRY` with its index.
fn entries_from_js(value: &JsValue) -> Result<Vec<RawEntry>, JsValue> {
    if !js_sys::Array::is_array(value) {
        return Err(js_error(Error::input("entries", "must be an array")));
    }
    let array = js_sys::Array::from(value);
    if array.length() as usize > analysis::MAX_ENTRIES {
        return Err(js_error(Error::input("entries", "at most 500 entries")));
    }
    let mut out = Vec::with_capacity(array.length() as usize);
    for (index, item) in array.iter().enumerate() {
        if !item.is_object() {
            return Err(intake_error(IntakeError {
                entry_index: Some(index),
                error: Error::InvalidEntry {
                    index,
                    reason: "must be an object".into(),
                },
            }));
        }
        let raw = entry_from_js(&item).map_err(|reason| {
            intake_error(IntakeError {
                entry_index: Some(index),
                error: Error::InvalidEntry { index, reason },
            })
        })?;
        out.push(raw);
    }
    Ok(out)
}

/// Reads one entry key by key (other keys are ignored); the error is the reason a person sees.
/// Read by hand rather than with serde: far less wasm, and no float formatting in messages.
fn entry_from_js(item: &JsValue) -> Result<RawEntry, String> {
    // An optional field read with `read`; a present value it refuses "must be {what}".
    fn optional<T>(
        item: &JsValue,
        key: &'static str,
        read: fn(&JsValue) -> Option<T>,
        what: &str,
    ) -> Result<Option<T>, String> {
        let v = field(item, key);
        if absent(&v) {
            return Ok(None);
        }
        read(&v)
            .map(Some)
            .ok_or_else(|| format!("`{key}` must be {what}"))
    }
    let text = |key| optional(item, key, JsValue::as_string, "text");
    let number = |key| optional(item, key, JsValue::as_f64, "a number");
    Ok(RawEntry {
        food_id: text("foodId")?,
        grams: number("grams")?,
        portion: text("portion")?,
        servings: number("servings")?,
        supplement: text("supplement")?,
        amount: number("amount")?,
        unit: text("unit")?,
        per: text("per")?,
    })
}

/// Reads `{ dairyFree?, vegan?, vegetarian?, fishFree?, lowSodium?, referenceSet?, limit? }`
/// (unknown keys were rejected by [`only_keys`]); a wrong type is `INVALID_INPUT`.
fn filters_from_js(value: &JsValue) -> Result<Filters, Error> {
    let flag = |key: &'static str| {
        let v = field(value, key);
        if absent(&v) {
            Ok(false)
        } else {
            v.as_bool()
                .ok_or_else(|| Error::input(format!("filters.{key}"), "must be true or false"))
        }
    };
    let limit = field(value, "limit");
    let limit = if absent(&limit) {
        None
    } else {
        let n = limit
            .as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=1e6).contains(n))
            .ok_or_else(|| Error::input("limit", "must be between 1 and 50"))?;
        // A whole number from 0 to a million, checked above; the core checks 1–50.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        Some(n as usize)
    };
    Ok(Filters {
        dairy_free: flag("dairyFree")?,
        vegan: flag("vegan")?,
        vegetarian: flag("vegetarian")?,
        fish_free: flag("fishFree")?,
        low_sodium: flag("lowSodium")?,
        reference_set: reference_set_option(value)?,
        limit,
    })
}

/// `options.referenceSet` / `filters.referenceSet`: absent, or a string id.
fn reference_set_option(value: &JsValue) -> Result<Option<String>, Error> {
    let v = field(value, "referenceSet");
    if absent(&v) {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| Error::input("referenceSet", "must be text such as \"us-dri\""))
}

/// A JS error with `code`, plus `entryIndex` when an entry caused it.
fn intake_error(e: IntakeError) -> JsValue {
    let js = js_error(e.error);
    if let Some(i) = e.entry_index {
        // Reflect.set on a fresh Error object cannot fail; if it did, code and message still stand.
        let _ = js_sys::Reflect::set(
            &js,
            &JsValue::from_str("entryIndex"),
            &JsValue::from_f64(i as f64),
        );
    }
    js
}

/// `referenceIntakes(profile, referenceSet = "us-dri")` →
/// `{ [nutrientId]: { target: number|null, targetMax: number|null, perKg: number|null,
/// perKgMax: number|null, upperLimit: number|null, upperLimitKind: "UL"|"CDRR"|null,
/// upperLimitAppliesTo: "total"|"supplements"|null, unit: string,
/// kind: "RDA"|"AI"|"PRI"|"RNI"|"GUIDELINE", source: string, unchecked: boolean, note: string|null } }`
/// per day. `profile = { age, sex: "female"|"male", weightKg?, pregnant?, lactating? }`.
/// Sets: `"us-dri"`, `"bone-ai"`, `"efsa"`, `"uk"`. Throws `INVALID_PROFILE` (with the field
/// in the message), `UNKNOWN_REFERENCE_SET`, `INVALID_INPUT`.
#[wasm_bindgen(js_name = referenceIntakes)]
pub fn reference_intakes(profile: JsValue, reference_set: JsValue) -> JsResult {
    let profile = profile_from_js(&profile).map_err(js_error)?;
    let set = set_from_js(&reference_set, "referenceSet")?;
    Ok(intakes_js(&reference::reference_intakes(&profile, set)))
}

const FILTER_KEYS: &[&str] = &[
    "dairyFree",
    "vegan",
    "vegetarian",
    "fishFree",
    "lowSodium",
    "referenceSet",
    "limit",
];

/// `analyzeIntake(profile, entries, options = { referenceSet: "us-dri" })` →
/// `{ referenceSet, nutrients: { [nutrientId]: { amount, fromSupplements, unit, target|null,
/// targetMax|null, percentOfTarget|null, upperLimit|null, upperLimitAppliesTo|null,
/// status: "below"|"meets"|"aboveUpperLimit"|"noTarget", unknownCount, knownCount,
/// contributions: [{ entryIndex, amount }] } }, pral|null, neap|null, animalProtein,
/// animalProteinToPotassium|null, oxalateCalciumShare|null, antiInflammatoryServings,
/// heartHealthyFatServings, warnings: [{ id, message, source, amount, limit, unit }] }`,
/// everything per day.
///
/// Entry: `{ foodId, grams, per }`, `{ foodId, portion, servings?, per }` or
/// `{ supplement: "calcium"|"vitaminD"|"magnesium"|"zinc"|"vitaminK"|"potassium"|"protein",
/// amount, unit: "mg"|"µg"|"ug"|"mcg"|"IU"|"g", per }`; `per` is `"day"` (default) or `"week"`.
/// Throws `INVALID_ENTRY`, `UNKNOWN_FOOD`, `UNKNOWN_PORTION` (with `entryIndex`),
/// `INVALID_PROFILE`, `UNKNOWN_REFERENCE_SET`, `INVALID_INPUT`. Nothing is partially applied.
#[wasm_bindgen(js_name = analyzeIntake)]
pub fn analyze_intake(profile: JsValue, entries: JsValue, options: JsValue) -> JsResult {
    let profile = profile_from_js(&profile).map_err(js_error)?;
    let entries = entries_from_js(&entries)?;
    let reference_set = if absent(&options) {
        None
    } else {
        only_keys(&options, &["referenceSet"], "options")?;
        reference_set_option(&options).map_err(js_error)?
    };
    let set = match reference_set {
        Some(id) => ReferenceSet::from_id(&id).map_err(js_error)?,
        None => ReferenceSet::UsDri,
    };
    analysis::analyze_intake(
        &profile,
        &entries,
        set,
        crate::foods::table().map_err(js_error)?,
    )
    .map(|a| analysis_js(&a))
    .map_err(intake_error)
}

/// `suggestFoods(profile, entries, nutrient, filters = {})` →
/// `[{ foodId, name, nameEs, portion: { label, grams }, amount, gapClosedPercent, reason|null }]`,
/// best first; `[]` when the target is already met. `filters = { dairyFree?, vegan?,
/// vegetarian?, fishFree?, lowSodium?, referenceSet?, limit? (1–50, default 10) }`.
/// Throws as `analyzeIntake`, plus `UNKNOWN_NUTRIENT`, and `INVALID_INPUT` for a nutrient
/// without a target or an unknown filter.
#[wasm_bindgen(js_name = suggestFoods)]
pub fn suggest_foods(
    profile: JsValue,
    entries: JsValue,
    nutrient: JsValue,
    filters: JsValue,
) -> JsResult {
    let profile = profile_from_js(&profile).map_err(js_error)?;
    let entries = entries_from_js(&entries)?;
    let nutrient = Nutrient::from_id(&string(&nutrient, "nutrient")?).map_err(js_error)?;
    let filters: Filters = if absent(&filters) {
        Filters::default()
    } else {
        only_keys(&filters, FILTER_KEYS, "filters")?;
        filters_from_js(&filters).map_err(js_error)?
    };
    suggest::suggest_foods(
        &profile,
        &entries,
        nutrient,
        &filters,
        crate::foods::table().map_err(js_error)?,
    )
    .map(|s| array(s.iter().map(suggestion_js)))
    .map_err(intake_error)
}

/// `referenceSets()` → `["us-dri", "bone-ai", "efsa", "uk"]`.
#[wasm_bindgen(js_name = referenceSets)]
pub fn reference_sets() -> JsResult {
    Ok(strings(ReferenceSet::ALL.into_iter().map(ReferenceSet::id)))
}

// ---- results to JS (shapes documented on the exported functions) -----------------------------

fn intake_js(r: &ReferenceIntake) -> JsValue {
    Obj::new()
        .opt("target", r.target)
        .opt("targetMax", r.target_max)
        .opt("perKg", r.per_kg)
        .opt("perKgMax", r.per_kg_max)
        .opt("upperLimit", r.upper_limit)
        .opt_str("upperLimitKind", r.upper_limit_kind.map(|k| k.id()))
        .opt_str(
            "upperLimitAppliesTo",
            r.upper_limit_applies_to.map(|s| s.id()),
        )
        .str("unit", r.unit)
        .str("kind", r.kind.id())
        .str("source", r.source)
        .set("unchecked", &JsValue::from_bool(r.unchecked))
        .opt_str("note", r.note)
        .js()
}

fn intakes_js(intakes: &Intakes) -> JsValue {
    let out = Obj::new();
    for (n, r) in &intakes.0 {
        out.set(n.id(), &intake_js(r));
    }
    out.js()
}

fn nutrient_result_js(r: &NutrientResult) -> JsValue {
    let contributions = r.contributions.iter().map(|c| {
        Obj::new()
            .num("entryIndex", c.entry_index as f64)
            .num("amount", c.amount)
            .js()
    });
    Obj::new()
        .num("amount", r.amount)
        .num("fromSupplements", r.from_supplements)
        .str("unit", r.unit)
        .opt("target", r.target)
        .opt("targetMax", r.target_max)
        .opt("percentOfTarget", r.percent_of_target)
        .opt("upperLimit", r.upper_limit)
        .opt_str(
            "upperLimitAppliesTo",
            r.upper_limit_applies_to.map(|s| s.id()),
        )
        .str("status", r.status.id())
        .num("unknownCount", f64::from(r.unknown_count))
        .num("knownCount", f64::from(r.known_count))
        .set("contributions", &array(contributions))
        .js()
}

fn analysis_js(a: &Analysis) -> JsValue {
    let nutrients = Obj::new();
    for (n, r) in &a.nutrients.0 {
        nutrients.set(n.id(), &nutrient_result_js(r));
    }
    let warnings = a.warnings.iter().map(|w| {
        Obj::new()
            .str("id", w.id)
            .str("message", w.message)
            .str("source", w.source)
            .num("amount", w.amount)
            .num("limit", w.limit)
            .str("unit", w.unit)
            .js()
    });
    Obj::new()
        .str("referenceSet", a.reference_set)
        .set("nutrients", &nutrients.js())
        .opt("pral", a.pral)
        .opt("neap", a.neap)
        .num("animalProtein", a.animal_protein)
        .opt("animalProteinToPotassium", a.animal_protein_to_potassium)
        .opt("oxalateCalciumShare", a.oxalate_calcium_share)
        .num("antiInflammatoryServings", a.anti_inflammatory_servings)
        .num("heartHealthyFatServings", a.heart_healthy_fat_servings)
        .set("warnings", &array(warnings))
        .js()
}

fn suggestion_js(s: &Suggestion) -> JsValue {
    let portion = Obj::new()
        .str("label", &s.portion.label)
        .num("grams", s.portion.grams)
        .js();
    Obj::new()
        .str("foodId", &s.food_id)
        .str("name", &s.name)
        .str("nameEs", &s.name_es)
        .set("portion", &portion)
        .num("amount", s.amount)
        .num("gapClosedPercent", s.gap_closed_percent)
        .opt_str("reason", s.reason)
        .js()
}
