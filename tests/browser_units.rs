//! Browser tests of the unit bindings, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::bindings::units::{nutrient_ids, vitamin_d_from_iu, vitamin_d_to_iu};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/js.rs"]
mod js;

#[wasm_bindgen_test]
fn vitamin_d_converts_both_ways() {
    assert_eq!(
        vitamin_d_to_iu(JsValue::from_f64(15.0))
            .ok()
            .and_then(|v| v.as_f64()),
        Some(600.0)
    );
    assert_eq!(
        vitamin_d_from_iu(JsValue::from_f64(4000.0))
            .ok()
            .and_then(|v| v.as_f64()),
        Some(100.0)
    );
}

#[wasm_bindgen_test]
fn bad_numbers_throw_coded_errors_and_the_module_still_answers() {
    for bad in [
        JsValue::from_str("15"),
        JsValue::from_f64(f64::NAN),
        JsValue::from_f64(-1.0),
        JsValue::UNDEFINED,
    ] {
        let err = vitamin_d_to_iu(bad).expect_err("bad input must throw");
        assert_eq!(js::code_of(&err), "INVALID_INPUT");
        assert!(js::message_of(&err).contains("ug"));
    }
    assert_eq!(
        vitamin_d_to_iu(JsValue::from_f64(20.0))
            .ok()
            .and_then(|v| v.as_f64()),
        Some(800.0)
    );
}

#[wasm_bindgen_test]
fn nutrient_ids_are_plain_objects_with_units() {
    let list = nutrient_ids().expect("nutrient list");
    let arr = js_sys::Array::from(&list);
    assert_eq!(arr.length(), 14);
    let vitamin_d = arr.get(3);
    assert_eq!(
        js::get(&vitamin_d, "id").as_string().as_deref(),
        Some("vitaminD")
    );
    assert_eq!(
        js::get(&vitamin_d, "unit").as_string().as_deref(),
        Some("µg")
    );
}
