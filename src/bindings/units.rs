//! Bindings for nutrient ids and unit conversion.

use super::{from_js, js_error, to_js, Arg, JsResult};
use crate::nutrients::{units, NutrientUnit};
use wasm_bindgen::prelude::*;

/// `nutrientIds()` → `[{ id, unit }]` for the fourteen nutrients, in display order.
#[wasm_bindgen(js_name = nutrientIds, unchecked_return_type = "NutrientUnit[]")]
pub fn nutrient_ids() -> JsResult {
    to_js(&NutrientUnit::all())
}

/// Reads the number argument `name`, rejects NaN, infinities and negatives, and converts it
/// with `f`; `overflow_is_error` also rejects a result that overflowed to infinity.
fn convert(
    value: JsValue,
    name: &'static str,
    f: fn(f64) -> f64,
    overflow_is_error: bool,
) -> JsResult {
    let v: f64 = from_js(value, Arg::Value(name))?;
    let mut out = units::finite_non_negative(name, v).map(f);
    if overflow_is_error {
        out = out.and_then(|r| units::finite_non_negative(name, r));
    }
    to_js(&out.map_err(js_error)?)
}

/// `vitaminDToIu(ug)` → IU (1 µg = 40 IU). Throws `INVALID_INPUT` for non-numbers, NaN, negatives.
#[wasm_bindgen(js_name = vitaminDToIu, unchecked_return_type = "number")]
pub fn vitamin_d_to_iu(#[wasm_bindgen(unchecked_param_type = "number")] ug: JsValue) -> JsResult {
    convert(ug, "ug", units::vitamin_d_ug_to_iu, false)
}

/// `vitaminDFromIu(iu)` → µg. Throws `INVALID_INPUT` for non-numbers, NaN, negatives.
#[wasm_bindgen(js_name = vitaminDFromIu, unchecked_return_type = "number")]
pub fn vitamin_d_from_iu(#[wasm_bindgen(unchecked_param_type = "number")] iu: JsValue) -> JsResult {
    convert(iu, "iu", units::vitamin_d_iu_to_ug, false)
}

/// `ouncesToGrams(oz)` → grams (1 oz = 28.349523125 g), for food weights typed in US units.
/// Throws `INVALID_INPUT` for non-numbers, NaN, infinities, negatives.
#[wasm_bindgen(js_name = ouncesToGrams, unchecked_return_type = "number")]
pub fn ounces_to_grams(#[wasm_bindgen(unchecked_param_type = "number")] oz: JsValue) -> JsResult {
    // A finite number of ounces can still overflow to infinite grams (1e308 oz): reject it too.
    convert(oz, "oz", units::ounces_to_grams, true)
}

/// `gramsToOunces(grams)` → ounces, to show food weights in US units.
/// Throws `INVALID_INPUT` for non-numbers, NaN, infinities, negatives.
#[wasm_bindgen(js_name = gramsToOunces, unchecked_return_type = "number")]
pub fn grams_to_ounces(
    #[wasm_bindgen(unchecked_param_type = "number")] grams: JsValue,
) -> JsResult {
    convert(grams, "grams", units::grams_to_ounces, false)
}
