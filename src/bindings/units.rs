//! Bindings for nutrient ids and unit conversion.

use super::{array, js_error, number, JsResult, Obj};
use crate::nutrients::{units, Nutrient};
use wasm_bindgen::prelude::*;

/// `nutrientIds()` → `[{ id, unit }]` for the fourteen nutrients, in display order.
#[wasm_bindgen(js_name = nutrientIds)]
pub fn nutrient_ids() -> JsResult {
    Ok(array(Nutrient::ALL.into_iter().map(|n| {
        Obj::new()
            .str("id", n.id())
            .str("unit", n.unit().symbol())
            .js()
    })))
}

/// `vitaminDToIu(ug)` → IU (1 µg = 40 IU). Throws `INVALID_INPUT` for non-numbers, NaN, negatives.
#[wasm_bindgen(js_name = vitaminDToIu)]
pub fn vitamin_d_to_iu(ug: JsValue) -> JsResult {
    let ug = number(&ug, "ug")?;
    units::finite_non_negative("ug", ug)
        .map(|v| JsValue::from_f64(units::vitamin_d_ug_to_iu(v)))
        .map_err(js_error)
}

/// `vitaminDFromIu(iu)` → µg. Throws `INVALID_INPUT` for non-numbers, NaN, negatives.
#[wasm_bindgen(js_name = vitaminDFromIu)]
pub fn vitamin_d_from_iu(iu: JsValue) -> JsResult {
    let iu = number(&iu, "iu")?;
    units::finite_non_negative("iu", iu)
        .map(|v| JsValue::from_f64(units::vitamin_d_iu_to_ug(v)))
        .map_err(js_error)
}

/// `ouncesToGrams(oz)` → grams (1 oz = 28.349523125 g), for food weights typed in US units.
/// Throws `INVALID_INPUT` for non-numbers, NaN, infinities, negatives.
#[wasm_bindgen(js_name = ouncesToGrams)]
pub fn ounces_to_grams(oz: JsValue) -> JsResult {
    let oz = number(&oz, "oz")?;
    // A finite number of ounces can still overflow to infinite grams (1e308 oz): reject it too.
    units::finite_non_negative("oz", oz)
        .and_then(|oz| units::finite_non_negative("oz", units::ounces_to_grams(oz)))
        .map(JsValue::from_f64)
        .map_err(js_error)
}

/// `gramsToOunces(grams)` → ounces, to show food weights in US units.
/// Throws `INVALID_INPUT` for non-numbers, NaN, infinities, negatives.
#[wasm_bindgen(js_name = gramsToOunces)]
pub fn grams_to_ounces(grams: JsValue) -> JsResult {
    let grams = number(&grams, "grams")?;
    units::finite_non_negative("grams", grams)
        .map(|g| JsValue::from_f64(units::grams_to_ounces(g)))
        .map_err(js_error)
}
