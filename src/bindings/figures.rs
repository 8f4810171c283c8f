//! Binding for the exercise figures: `exerciseFigure(id, options?)` → one SVG document string.

use super::{absent, get, js_error, string, JsResult};
use crate::error::Error;
use crate::figures::{self, Lang, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const FIGURE_TYPES: &'static str = r#"
/** `exerciseFigure` options: title and description language (`en`), animated or the key poses side by side (`true`). */
export interface FigureOptions { lang?: "en" | "es"; animate?: boolean; }
"#;

/// `exerciseFigure(id, options?: { lang?: "en"|"es", animate?: boolean })` → an SVG document
/// string: `<title>` (name), `<desc>` (cue), SMIL animation or the key poses side by side.
/// Throws `UNKNOWN_EXERCISE`, `INVALID_OPTIONS`, or `INVALID_INPUT` for a non-string id.
#[wasm_bindgen(js_name = exerciseFigure, unchecked_return_type = "string")]
pub fn exercise_figure(
    #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FigureOptions | undefined")] options: JsValue,
) -> JsResult {
    let id = string(&id, "id")?;
    let options = read_options(&options).map_err(js_error)?;
    figures::exercise_figure(&id, options)
        .map(|svg| JsValue::from_str(&svg))
        .map_err(js_error)
}

/// `undefined`/`null` → defaults; otherwise a plain object with only `lang` and `animate`.
fn read_options(value: &JsValue) -> Result<Options, Error> {
    let mut options = Options::default();
    if absent(value) {
        return Ok(options);
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(Error::InvalidOptions("options must be an object".into()));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        if !matches!(key.as_string().as_deref(), Some("lang" | "animate")) {
            return Err(Error::InvalidOptions(
                "known options are lang and animate".into(),
            ));
        }
    }
    let lang = get(value, "lang");
    options.lang = match lang.as_string().as_deref() {
        _ if absent(&lang) => Lang::En,
        Some("en") => Lang::En,
        Some("es") => Lang::Es,
        _ => {
            return Err(Error::InvalidOptions(
                "lang must be \"en\" or \"es\"".into(),
            ))
        }
    };
    let animate = get(value, "animate");
    if !absent(&animate) {
        options.animate = animate
            .as_bool()
            .ok_or_else(|| Error::InvalidOptions("animate must be true or false".into()))?;
    }
    Ok(options)
}
