//! Bindings for the food table and food search.

use super::{from_js, js_error, to_js, Arg, JsResult};
use crate::error::Error;
use crate::foods::search::{self, Lang};
use crate::foods::{self, Tags};
use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;

/// How many results `searchFoods` returns when no limit is given.
const DEFAULT_LIMIT: usize = 10;

/// One `searchFoods` result: the food's id, names and tags, and its score in this search.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct FoodSearchHit<'a> {
    id: &'a str,
    name: &'a str,
    name_es: &'a str,
    /// Orders results within one search only.
    score: f64,
    tags: Tags,
}

/// `loadFoods(text)`: hands the core the food table, the text of `foods.tsv` (beside the wasm).
/// Every food function throws `FOOD_DATA_NOT_LOADED` until it has run. Throws
/// `FOOD_DATA_CORRUPT` (and loads nothing) when the text is not the table this build was made
/// with, `INVALID_INPUT` when it is not a string. Loading again is harmless.
#[wasm_bindgen(js_name = loadFoods)]
pub fn load_foods(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<(), JsValue> {
    let text: String = from_js(text, Arg::Value("text"))?;
    foods::load(&text).map_err(js_error)
}

/// `foodsLoaded()` → whether [`load_foods`] has run successfully.
#[wasm_bindgen(js_name = foodsLoaded)]
pub fn foods_loaded() -> bool {
    foods::is_loaded()
}

/// `listFoods()` → every food id (5-digit USDA SR28 NDB number), ascending.
#[wasm_bindgen(js_name = listFoods, unchecked_return_type = "string[]")]
pub fn list_foods() -> JsResult {
    let ids: Vec<&str> = foods::table()
        .map_err(js_error)?
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    to_js(&ids)
}

/// `getFood(id)` → the food: names, SR28 description and group code, tags, values per 100 g
/// exactly as USDA SR28 gives them (`null` where SR28 has none: "not analysed", not zero) and
/// household portions. Throws `UNKNOWN_FOOD`, or `INVALID_INPUT` for a non-string id.
#[wasm_bindgen(js_name = getFood, unchecked_return_type = "FoodRecord")]
pub fn get_food(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> JsResult {
    let id: String = from_js(id, Arg::Value("id"))?;
    let food = foods::get(&id).map_err(js_error)?;
    to_js(&FoodRecord {
        food,
        serving: food.serving(),
    })
}

/// A food as `getFood` returns it: the table's row and its usual serving (an FDA reference
/// amount as a household measure; its `label` is also a portion an entry can name).
#[derive(Serialize, Tsify)]
pub struct FoodRecord<'a> {
    #[serde(flatten)]
    food: &'a foods::Food,
    serving: Option<&'a foods::servings::Serving>,
}

/// `searchFoods(query, limit = 10, lang?)` → results, best first.
///
/// Case- and accent-insensitive, English and Spanish names and synonyms, any word order,
/// prefixes while typing, about one typo per five letters. `lang` (`"en"`, `"es"`, `"es-MX"`, …)
/// ranks that language's names first. Throws `INVALID_QUERY` when `query` is not a string or
/// longer than 200 characters, `INVALID_INPUT` when `limit` is not a whole number from 1 to
/// 100 or `lang` not a string.
#[wasm_bindgen(js_name = searchFoods, unchecked_return_type = "FoodSearchHit[]")]
pub fn search_foods(
    #[wasm_bindgen(unchecked_param_type = "string")] query: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number | undefined")] limit: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] lang: JsValue,
) -> JsResult {
    let query = query
        .as_string()
        .ok_or_else(|| js_error(Error::InvalidQuery("it must be text".into())))?;
    // Only `undefined` means the default: `null` is a mistake worth reporting.
    let limit = match limit.is_undefined() {
        true => DEFAULT_LIMIT,
        false => from_js(limit, Arg::Value("limit"))?,
    };
    let lang: Option<String> = from_js(lang, Arg::Value("lang"))?;
    let lang = lang.as_deref().and_then(Lang::from_tag);
    let hits = search::search(&query, limit, lang).map_err(js_error)?;
    let hits: Vec<FoodSearchHit> = hits
        .iter()
        .map(|h| FoodSearchHit {
            id: &h.food.id,
            name: &h.food.name,
            name_es: &h.food.name_es,
            score: h.score,
            tags: h.food.tags,
        })
        .collect();
    to_js(&hits)
}
