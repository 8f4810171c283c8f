//! Browser test of the food table's late loading (`loadFoods`): the wasm carries no copy of the
//! table, so every food function throws `FOOD_DATA_NOT_LOADED` until the page hands it
//! `foods.tsv`; a damaged file is refused with `FOOD_DATA_CORRUPT` and loads nothing; the real
//! file loads once and for all. One test, because the steps must run in this order in one
//! module instance.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::bindings::foods::{foods_loaded, get_food, list_foods, load_foods, search_foods};
use osteoplan::bindings::nutrients::{analyze_intake, suggest_foods};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/js.rs"]
mod js;

const TABLE: &str = include_str!("../src/foods/table.tsv");

fn s(v: &str) -> JsValue {
    JsValue::from_str(v)
}

fn obj(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

/// Every food function throws `code`, and a planning call still answers (the module lives).
fn every_food_call_throws(code: &str) {
    let profile = obj(r#"{"age": 60, "sex": "female"}"#);
    let entries = obj(r#"[{"foodId": "01077", "grams": 100, "per": "day"}]"#);
    let errors = [
        list_foods().unwrap_err(),
        get_food(s("01077")).unwrap_err(),
        search_foods(s("milk"), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap_err(),
        analyze_intake(profile.clone(), entries.clone(), JsValue::UNDEFINED).unwrap_err(),
        suggest_foods(profile, entries, s("calcium"), JsValue::UNDEFINED).unwrap_err(),
    ];
    for err in &errors {
        assert_eq!(js::code_of(err), code, "{}", js::message_of(err));
    }
    assert!(osteoplan::bindings::planning::planning_rules().is_ok());
}

#[wasm_bindgen_test]
fn food_functions_wait_for_the_table_refuse_a_damaged_one_and_work_after_the_real_one() {
    assert!(!foods_loaded());
    every_food_call_throws("FOOD_DATA_NOT_LOADED");

    // A download cut short, one changed digit, another file, or not text: refused, nothing loaded.
    let cut = &TABLE[..TABLE.len() / 2];
    let changed = TABLE.replacen("\t1\t", "\t2\t", 1);
    assert_ne!(changed, TABLE, "the test must change a byte");
    for bad in [
        s(cut),
        s(&changed),
        s(""),
        s("<!doctype html><title>404</title>"),
    ] {
        assert_eq!(
            js::code_of(&load_foods(bad).unwrap_err()),
            "FOOD_DATA_CORRUPT"
        );
        assert!(!foods_loaded());
    }
    assert_eq!(
        js::code_of(&load_foods(JsValue::from(7)).unwrap_err()),
        "INVALID_INPUT"
    );
    every_food_call_throws("FOOD_DATA_NOT_LOADED");

    load_foods(s(TABLE)).unwrap();
    assert!(foods_loaded());
    assert_eq!(js_sys::Array::from(&list_foods().unwrap()).length(), 751);
    assert_eq!(
        js::get(&get_food(s("01077")).unwrap(), "id")
            .as_string()
            .unwrap(),
        "01077"
    );
    // Loading again changes nothing; a damaged copy now is still refused and harms nothing.
    load_foods(s(TABLE)).unwrap();
    assert_eq!(
        js::code_of(&load_foods(s(cut)).unwrap_err()),
        "FOOD_DATA_CORRUPT"
    );
    assert!(foods_loaded());
    let hits = search_foods(s("milk"), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    assert!(js_sys::Array::from(&hits).length() > 0);
}
