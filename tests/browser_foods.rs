//! Browser tests of the food bindings (`listFoods`, `getFood`, `searchFoods`), run in headless
//! Chromium by wasm-bindgen-test: shapes JS sees, coded errors, and that the module still
//! answers after every error.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use osteoplan::bindings::foods::{get_food, list_foods, search_foods};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/js.rs"]
mod js;

fn s(v: &str) -> JsValue {
    JsValue::from_str(v)
}

fn ids_of(results: &JsValue) -> Vec<String> {
    js_sys::Array::from(results)
        .iter()
        .map(|r| js::get(&r, "id").as_string().unwrap())
        .collect()
}

#[wasm_bindgen_test]
fn list_foods_gives_every_id_in_order() {
    js::load_foods();
    let ids: Vec<String> = js_sys::Array::from(&list_foods().unwrap())
        .iter()
        .map(|v| v.as_string().unwrap())
        .collect();
    assert!(ids.len() >= 700, "{}", ids.len());
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    assert!(ids.contains(&"01077".to_owned()));
}

#[wasm_bindgen_test]
fn get_food_gives_sr28_values_names_and_portions() {
    js::load_foods();
    let milk = get_food(s("01077")).unwrap();
    assert_eq!(js::get(&milk, "id").as_string().as_deref(), Some("01077"));
    assert_eq!(
        js::get(&milk, "name").as_string().as_deref(),
        Some("Milk, whole")
    );
    assert_eq!(
        js::get(&milk, "nameEs").as_string().as_deref(),
        Some("Leche entera")
    );
    assert_eq!(
        js::get(&milk, "usdaDescription").as_string().as_deref(),
        Some("Milk, whole, 3.25% milkfat, with added vitamin D")
    );
    assert_eq!(js::get(&milk, "group").as_string().as_deref(), Some("0100"));
    let tags: Vec<String> = js_sys::Array::from(&js::get(&milk, "tags"))
        .iter()
        .map(|t| t.as_string().unwrap())
        .collect();
    assert!(tags.contains(&"dairy".to_owned()) && tags.contains(&"fortified".to_owned()));
    let per100g = js::get(&milk, "per100g");
    assert_eq!(js::get(&per100g, "calcium").as_f64(), Some(113.0));
    assert_eq!(js::get(&per100g, "vitaminD").as_f64(), Some(1.3));
    assert_eq!(js::get(&per100g, "potassium").as_f64(), Some(132.0));
    let keys = js_sys::Object::keys(&js_sys::Object::from(per100g));
    assert_eq!(keys.length(), 14);
    let cup = js_sys::Array::from(&js::get(&milk, "portions")).get(0);
    assert_eq!(js::get(&cup, "label").as_string().as_deref(), Some("1 cup"));
    assert_eq!(
        js::get(&cup, "labelEs").as_string().as_deref(),
        Some("1 taza")
    );
    assert_eq!(js::get(&cup, "grams").as_f64(), Some(244.0));
}

#[wasm_bindgen_test]
fn missing_sr28_values_are_null_not_zero() {
    js::load_foods();
    let mackerel = get_food(s("15047")).unwrap();
    let per100g = js::get(&mackerel, "per100g");
    assert!(js::get(&per100g, "vitaminD").is_null());
    assert!(js::get(&per100g, "vitaminK").is_null());
    assert_eq!(js::get(&per100g, "calcium").as_f64(), Some(15.0));
}

#[wasm_bindgen_test]
fn unknown_or_non_string_food_ids_throw_coded_errors() {
    js::load_foods();
    let err = get_food(s("99999")).expect_err("unknown id must throw");
    assert_eq!(js::code_of(&err), "UNKNOWN_FOOD");
    let err = get_food(JsValue::from_f64(1077.0)).expect_err("number id must throw");
    assert_eq!(js::code_of(&err), "INVALID_INPUT");
    assert!(get_food(s("01077")).is_ok(), "the module still answers");
}

#[wasm_bindgen_test]
fn search_finds_foods_in_both_languages_with_typos() {
    js::load_foods();
    let milk = search_foods(s("milk"), JsValue::from_f64(5.0), JsValue::UNDEFINED).unwrap();
    assert_eq!(ids_of(&milk)[0], "01077");
    let first = js_sys::Array::from(&milk).get(0);
    assert_eq!(
        js::get(&first, "nameEs").as_string().as_deref(),
        Some("Leche entera")
    );
    assert!(js::get(&first, "score").as_f64().unwrap() > 0.0);
    let leche = search_foods(s("LECHE"), JsValue::from_f64(5.0), s("es-MX")).unwrap();
    assert_eq!(ids_of(&leche)[0], "01077");
    let typo = search_foods(s("brocoli"), JsValue::from_f64(5.0), s("en")).unwrap();
    assert!(ids_of(&typo)
        .iter()
        .any(|id| id == "11091" || id == "11090"));
    let default_limit = search_foods(s("cheese"), JsValue::UNDEFINED, JsValue::NULL).unwrap();
    assert_eq!(js_sys::Array::from(&default_limit).length(), 10);
}

#[wasm_bindgen_test]
fn bad_search_arguments_throw_coded_errors_and_the_module_still_answers() {
    js::load_foods();
    let five = || JsValue::from_f64(5.0);
    for bad_query in [JsValue::from_f64(3.0), JsValue::NULL, JsValue::UNDEFINED] {
        let err = search_foods(bad_query, five(), JsValue::UNDEFINED).expect_err("must throw");
        assert_eq!(js::code_of(&err), "INVALID_QUERY");
    }
    let huge = s(&"leche ".repeat(200_000));
    let err = search_foods(huge, five(), JsValue::UNDEFINED).expect_err("1 MB must throw");
    assert_eq!(js::code_of(&err), "INVALID_QUERY");
    for bad_limit in [0.0, -1.0, 2.5, 1e9, f64::NAN, f64::INFINITY] {
        let err = search_foods(s("milk"), JsValue::from_f64(bad_limit), JsValue::UNDEFINED)
            .expect_err("bad limit must throw");
        assert_eq!(js::code_of(&err), "INVALID_INPUT", "{bad_limit}");
    }
    let err = search_foods(s("milk"), s("5"), JsValue::UNDEFINED).expect_err("string limit");
    assert_eq!(js::code_of(&err), "INVALID_INPUT");
    let err = search_foods(s("milk"), five(), JsValue::from_f64(1.0)).expect_err("number lang");
    assert_eq!(js::code_of(&err), "INVALID_INPUT");
    let after = search_foods(s("milk"), five(), JsValue::UNDEFINED).unwrap();
    assert_eq!(ids_of(&after)[0], "01077");
}
