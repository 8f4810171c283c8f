//! The only JavaScript face of osteoplan. Thin by design: convert from JS, call the core,
//! convert back. Core errors become JS `Error`s whose `code` property is [`Error::code`].
//!
//! Results cross as plain JSON-compatible objects (`null` for unknown, no `Map`s), built key by
//! key with [`Obj`] and friends: much less wasm than a derived `Serialize` through
//! serde-wasm-bindgen, which osteoplan no longer uses.

#[cfg(feature = "figures")]
pub mod figures;
pub mod foods;
pub mod nutrients;
pub mod planning;
pub mod units;

use crate::error::Error;
use wasm_bindgen::prelude::*;

/// The heap allocator: talc instead of std's dlmalloc, for less wasm (measured: see the commit
/// that added it). Single-threaded wasm only, which is all osteoplan builds for.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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

/// `obj[name]`, `undefined` when it is missing or `obj` is not an object (never throws).
pub(crate) fn get(obj: &JsValue, name: &'static str) -> JsValue {
    js_sys::Reflect::get(obj, &key(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Whether an optional argument or field was left out (`undefined` or `null`).
pub(crate) fn absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

/// Rejects anything but a plain object, and an object with a key outside `known` (a typo like
/// `vegann` must not pass silently): `unknown {word} "{key}"; known: a, b`, the key clipped to
/// `max_chars` characters.
pub(crate) fn known_keys_only(
    value: &JsValue,
    field: &str,
    known: &[&str],
    word: &str,
    max_chars: usize,
) -> Result<(), JsValue> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(js_error(Error::input(field, "must be an object")));
    }
    let obj: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            let mut reason = String::from("unknown ");
            reason.push_str(word);
            reason.push_str(" \"");
            reason.extend(key.chars().take(max_chars));
            reason.push_str("\"; known: ");
            crate::planning::push_list(&mut reason, known);
            return Err(js_error(Error::input(field, reason)));
        }
    }
    Ok(())
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

#[wasm_bindgen]
extern "C" {
    /// A plain object written with `o[key] = value`: no try/catch wrapper around each write,
    /// unlike `Reflect.set` (a fresh plain object has no setters that could throw).
    #[wasm_bindgen(js_name = Object)]
    type Plain;

    #[wasm_bindgen(constructor, js_class = "Object")]
    fn new() -> Plain;

    #[wasm_bindgen(method, indexing_setter)]
    fn put(this: &Plain, key: &JsValue, value: &JsValue);
}

/// Buckets of the key cache.
const KEY_BUCKETS: usize = 16;

thread_local! {
    /// JS strings for the keys read or written so far, bucketed by the literal's address:
    /// making a JS string per key cost more than the read or write, and one long list made
    /// every lookup slow once foods, nutrients and plans had all been used.
    static KEYS: std::cell::RefCell<[Vec<(&'static str, JsValue)>; KEY_BUCKETS]> =
        const { std::cell::RefCell::new([const { Vec::new() }; KEY_BUCKETS]) };
}

/// The JS string for `key`, made once.
pub(crate) fn key(key: &'static str) -> JsValue {
    // `try_with`, not `with`: no panic path (and its message formatting) in the wasm.
    let cached = KEYS.try_with(|buckets| {
        let mut buckets = buckets.try_borrow_mut().ok()?;
        let keys = buckets.get_mut(key.as_ptr() as usize % KEY_BUCKETS)?;
        // By address: a literal's text is the same at every use, and comparing addresses is
        // far cheaper than comparing text (a literal stored twice just gets two entries).
        if let Some((_, js)) = keys
            .iter()
            .find(|(k, _)| std::ptr::eq(k.as_ptr(), key.as_ptr()) && k.len() == key.len())
        {
            return Some(js.clone());
        }
        let js = JsValue::from_str(key);
        keys.push((key, js.clone()));
        Some(js)
    });
    cached
        .ok()
        .flatten()
        .unwrap_or_else(|| JsValue::from_str(key))
}

/// A plain JS object under construction, keys in the order they are set (one builder for
/// every result object: one copy of it in the wasm).
pub(crate) struct Obj(Plain);

impl Obj {
    /// An empty `{}`.
    pub(crate) fn new() -> Obj {
        Obj(Plain::new())
    }

    /// Sets `key` to `value`; returns `self` for chaining.
    pub(crate) fn set(&self, name: &'static str, value: &JsValue) -> &Obj {
        self.0.put(&key(name), value);
        self
    }

    /// Sets `key` to a number.
    pub(crate) fn num(&self, name: &'static str, value: f64) -> &Obj {
        self.set(name, &JsValue::from_f64(value))
    }

    /// Sets `key` to a number, or `null` for `None`.
    pub(crate) fn opt(&self, name: &'static str, value: Option<f64>) -> &Obj {
        self.set(name, &opt_num(value))
    }

    /// Sets `key` to a whole number.
    pub(crate) fn whole(&self, name: &'static str, value: u32) -> &Obj {
        self.num(name, f64::from(value))
    }

    /// Sets `key` to a whole number, or `null` for `None`.
    pub(crate) fn opt_whole(&self, name: &'static str, value: Option<u32>) -> &Obj {
        self.opt(name, value.map(f64::from))
    }

    /// Sets `key` to a string.
    pub(crate) fn str(&self, name: &'static str, value: &str) -> &Obj {
        self.set(name, &JsValue::from_str(value))
    }

    /// Sets `key` to a string, or `null` for `None`.
    pub(crate) fn opt_str(&self, name: &'static str, value: Option<&str>) -> &Obj {
        self.set(name, &value.map_or(JsValue::NULL, JsValue::from_str))
    }

    /// Sets `key` to `true` or `false`.
    pub(crate) fn bool(&self, name: &'static str, value: bool) -> &Obj {
        self.set(name, &JsValue::from_bool(value))
    }

    /// The finished object.
    pub(crate) fn js(&self) -> JsValue {
        JsValue::clone(&self.0)
    }
}

/// A number, or `null` for `None`.
pub(crate) fn opt_num(value: Option<f64>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_f64)
}

/// A JS array of the values.
pub(crate) fn array(values: impl IntoIterator<Item = JsValue>) -> JsValue {
    let array = js_sys::Array::new();
    for v in values {
        array.push(&v);
    }
    array.into()
}

/// A JS array of strings.
pub(crate) fn strings<'a>(values: impl IntoIterator<Item = &'a str>) -> JsValue {
    array(values.into_iter().map(JsValue::from_str))
}

/// The crate version, for bug reports and saved-data headers.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
