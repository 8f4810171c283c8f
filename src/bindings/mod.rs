//! The only JavaScript face of osteoplan. Thin by design: convert from JS, call the core,
//! convert back. Core errors become JS `Error`s whose `code` property is [`Error::code`].
//!
//! Results cross as plain JSON-compatible objects (`null` for unknown, no `Map`s), via
//! `serde_wasm_bindgen::Serializer::json_compatible()`.

pub mod foods;
pub mod nutrients;
pub mod planning;
pub mod units;

use crate::error::Error;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// What every exported function returns: the value, or a thrown JS `Error` with a `code`.
pub(crate) type JsResult = Result<JsValue, JsValue>;

/// Turns a core error into a JS `Error` with `name = "OsteoplanError"` and a stable `code`.
pub(crate) fn js_error(err: Error) -> JsValue {
    let js = js_sys::Error::new(&err.to_string());
    js.set_name("OsteoplanError");
    // Reflect.set on a fresh Error object cannot fail; if it ever did, the message still stands.
    let _ = js_sys::Reflect::set(
        &js,
        &JsValue::from_str("code"),
        &JsValue::from_str(err.code()),
    );
    js.into()
}

/// Serialises a core result into a plain JS object.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsResult {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| js_error(Error::input("result", e.to_string())))
}

/// Deserialises a JS argument; `field` names it in the error a person sees.
#[allow(dead_code)] // used by the engine bindings as they land
pub(crate) fn from_js<T: DeserializeOwned>(value: JsValue, field: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|e| js_error(Error::input(field, e.to_string())))
}

/// Reads a JS number argument, rejecting non-numbers instead of coercing them.
pub(crate) fn number(value: &JsValue, field: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| js_error(Error::input(field, "must be a number")))
}

/// Reads a JS string argument, rejecting non-strings instead of coercing them.
#[allow(dead_code)] // used by the engine bindings as they land
pub(crate) fn string(value: &JsValue, field: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| js_error(Error::input(field, "must be a string")))
}

/// Maps a core `Result` into the JS shape (value or thrown `Error`).
pub(crate) fn answer<T: Serialize>(result: crate::error::Result<T>) -> JsResult {
    result.map_err(js_error).and_then(|v| to_js(&v))
}

/// The crate version, for bug reports and saved-data headers.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
