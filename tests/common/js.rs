//! Helpers for the browser (wasm-bindgen-test) suites: read what a binding threw.
#![allow(dead_code)]

use wasm_bindgen::{JsCast, JsValue};

/// The `code` property of a thrown osteoplan error, or a description of what was thrown instead.
pub fn code_of(err: &JsValue) -> String {
    assert!(
        err.is_instance_of::<js_sys::Error>(),
        "a JS Error must be thrown, got {err:?}"
    );
    js_sys::Reflect::get(err, &JsValue::from_str("code"))
        .ok()
        .and_then(|c| c.as_string())
        .unwrap_or_else(|| "<no code>".into())
}

/// The `message` of a thrown JS Error.
pub fn message_of(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

/// Reads `obj[key]` as a JsValue (undefined when missing).
pub fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Hands the wasm core the food table, as the widget does with `foods.tsv` (idempotent).
pub fn load_foods() {
    osteoplan::bindings::foods::load_foods(JsValue::from_str(include_str!(
        "../../src/foods/table.tsv"
    )))
    .expect("the committed food table loads");
}
