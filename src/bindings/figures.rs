//! Binding for the exercise figures: `exerciseFigure(id, options?)` → one SVG document string.

use super::{fields_of, from_js, js_error, unknown_keys, Arg, JsResult, MAX_REASON_CHARS};
use crate::error::{clip_to, Error};
use crate::figures::{self, Options};
use wasm_bindgen::prelude::*;

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
        read_options(options)?
    };
    figures::exercise_figure(&id, options)
        .map(|svg| JsValue::from_str(&svg))
        .map_err(js_error)
}

/// Reads the options object, or `INVALID_OPTIONS` with the reason. Straight through
/// serde-wasm-bindgen rather than [`from_js`]: the field path that adds costs the wasm ≈ 0.4 KB
/// gzip for two fields, so the message lists both options instead.
fn read_options(value: JsValue) -> Result<Options, JsValue> {
    if let Some(reason) = unknown_keys(&value, fields_of::<Options>()) {
        return Err(js_error(Error::InvalidOptions(reason)));
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        // serde-wasm-bindgen's text is a JS error's (`Error: invalid type: …`).
        let reason = e.to_string();
        let mut reason = clip_to(
            reason.strip_prefix("Error: ").unwrap_or(&reason),
            MAX_REASON_CHARS,
        );
        reason.push_str(" (`lang`: \"en\" or \"es\"; `animate`: true or false)");
        js_error(Error::InvalidOptions(reason))
    })
}
