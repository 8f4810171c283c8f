//! Bindings for the nutrient engine: reference intakes, intake analysis, food suggestions.
//! Errors thrown for an entry carry `entryIndex` (0-based) besides `code` and `message`.

use super::{from_js, intake_error, js_error, to_js, Arg, JsResult};
use crate::foods;
use crate::input::Capped;
use crate::nutrients::analysis::{self, AnalyzeOptions, RawEntry, MAX_ENTRIES};
use crate::nutrients::reference::{self, Profile, ProfileInput, ReferenceSet};
use crate::nutrients::suggest::{self, Filters};
use crate::nutrients::Nutrient;
use wasm_bindgen::prelude::*;

fn profile(value: JsValue) -> Result<Profile, JsValue> {
    let input: ProfileInput = from_js(value, Arg::Profile)?;
    Profile::from_input(input).map_err(js_error)
}

/// At most [`MAX_ENTRIES`] entries, refused by length before any is read.
fn entries(value: JsValue) -> Result<Vec<RawEntry>, JsValue> {
    let entries: Capped<RawEntry, MAX_ENTRIES> = from_js(value, Arg::Entries)?;
    Ok(entries.0)
}

/// A reference set id, `"us-dri"` when absent.
fn reference_set(id: Option<String>) -> Result<ReferenceSet, JsValue> {
    id.map_or(Ok(ReferenceSet::UsDri), |id| {
        ReferenceSet::from_id(&id).map_err(js_error)
    })
}

/// `referenceIntakes(profile, referenceSet = "us-dri")` → `{ [nutrientId]: ReferenceIntake }`
/// per day. Sets: `"us-dri"`, `"bone-ai"`, `"efsa"`, `"uk"`. Throws `INVALID_PROFILE` (naming
/// the field), `UNKNOWN_REFERENCE_SET`, `INVALID_INPUT`.
#[wasm_bindgen(js_name = referenceIntakes, unchecked_return_type = "Intakes")]
pub fn reference_intakes(
    #[wasm_bindgen(unchecked_param_type = "NutritionProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReferenceSet | null | undefined")]
    reference_set: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let set = self::reference_set(from_js(reference_set, Arg::Value("referenceSet"))?)?;
    to_js(&reference::reference_intakes(&profile, set))
}

/// `analyzeIntake(profile, entries, options = { referenceSet: "us-dri" })` → the analysis,
/// everything per day. Throws `INVALID_ENTRY`, `UNKNOWN_FOOD`, `UNKNOWN_PORTION` (with
/// `entryIndex`), `INVALID_PROFILE`, `UNKNOWN_REFERENCE_SET`, `INVALID_INPUT`. Nothing is
/// partially applied.
#[wasm_bindgen(js_name = analyzeIntake, unchecked_return_type = "Analysis")]
pub fn analyze_intake(
    #[wasm_bindgen(unchecked_param_type = "NutritionProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IntakeEntry[]")] entries: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | null | undefined")] options: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let entries = self::entries(entries)?;
    let options: Option<AnalyzeOptions> = from_js(options, Arg::Options("options"))?;
    let set = reference_set(options.unwrap_or_default().reference_set)?;
    let analysis =
        analysis::analyze_intake(&profile, &entries, set, foods::table().map_err(js_error)?)
            .map_err(intake_error)?;
    to_js(&analysis)
}

/// `suggestFoods(profile, entries, nutrient, filters = {})` → suggestions, best first; `[]` when
/// the target is already met. Throws as `analyzeIntake`, plus `UNKNOWN_NUTRIENT`, and
/// `INVALID_INPUT` for a nutrient without a target or an unknown filter.
#[wasm_bindgen(js_name = suggestFoods, unchecked_return_type = "Suggestion[]")]
pub fn suggest_foods(
    #[wasm_bindgen(unchecked_param_type = "NutritionProfile")] profile: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IntakeEntry[]")] entries: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Nutrient")] nutrient: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SuggestFilters | null | undefined")] filters: JsValue,
) -> JsResult {
    let profile = self::profile(profile)?;
    let entries = self::entries(entries)?;
    let nutrient: String = from_js(nutrient, Arg::Value("nutrient"))?;
    let nutrient = Nutrient::from_id(&nutrient).map_err(js_error)?;
    let filters: Option<Filters> = from_js(filters, Arg::Options("filters"))?;
    let suggestions = suggest::suggest_foods(
        &profile,
        &entries,
        nutrient,
        &filters.unwrap_or_default(),
        foods::table().map_err(js_error)?,
    )
    .map_err(intake_error)?;
    to_js(&suggestions)
}

/// `referenceSets()` → `["us-dri", "bone-ai", "efsa", "uk"]`.
#[wasm_bindgen(js_name = referenceSets, unchecked_return_type = "ReferenceSet[]")]
pub fn reference_sets() -> JsResult {
    to_js(&ReferenceSet::ALL)
}
