//! Binding for the exercise figures: `exerciseFigure(id, options?)` → one SVG document string.

use super::{from_js, js_error, Arg, JsResult};
use crate::error::Error;
use crate::figures::{self, Options};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `exerciseFigure(id, options?: { lang?: "en"|"es", animate?: boolean })` → an SVG document
/// string: `<title>` (name), `<desc>` (cue), SMIL animation or the key poses side by side.
/// Throws `UNKNOWN_EXERCISE`, `INVALID_OPTIONS`, or `INVALID_INPUT` for a non-string id.
#[wasm_bindgen(js_name = exerciseFigure, unchecked_return_type = "string")]
pub fn exercise_figure(
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FigureOptions | null | undefined")] options: JsValue,
) -> JsResult {
    let id: String = from_js(id, Arg::Value("id"))?;
    // No options (`undefined`, `null`): the defaults. Read as `Options`, not `Option<Options>`:
    // one serde reader less in the wasm.
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        from_js(options, Arg::Options("options")).map_err(options_error)?
    };
    figures::exercise_figure(&id, options)
        .map(|svg| JsValue::from_str(&svg))
        .map_err(js_error)
}

/// A wrongly shaped options object is `INVALID_OPTIONS`, with the reader's message.
fn options_error(err: JsValue) -> JsValue {
    let message = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default();
    js_error(Error::InvalidOptions(message))
}
