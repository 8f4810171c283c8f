//! Bindings for the food table and food search.

use super::{array, js_error, string, strings, JsResult, Obj};
use crate::error::Error;
use crate::foods::search::{self, Lang};
use crate::foods::{self, Food};
use crate::nutrients::Nutrient;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const FOOD_TYPES: &'static str = r#"
/** A food of the table (`getFood`): USDA SR28 values per 100 g, `null` where SR28 has none. */
export interface FoodRecord {
  id: string;
  name: string;
  nameEs: string;
  usdaDescription: string;
  group: string;
  tags: string[];
  per100g: {
    energy: number | null; protein: number | null; calcium: number | null;
    vitaminD: number | null; magnesium: number | null; phosphorus: number | null;
    potassium: number | null; zinc: number | null; vitaminK: number | null;
    sodium: number | null; saturatedFat: number | null; monounsaturatedFat: number | null;
    polyunsaturatedFat: number | null; fiber: number | null;
  };
  portions: { label: string; grams: number }[];
}
/** One `searchFoods` result. */
export interface FoodSearchHit {
  id: string;
  name: string;
  nameEs: string;
  score: number;
  tags: string[];
}
"#;

/// How many results `searchFoods` returns when no limit is given.
const DEFAULT_LIMIT: usize = 10;

/// The food's tag ids (`["dairy", "vegetarian"]`).
fn tag_ids(food: &Food) -> JsValue {
    strings(food.tags.iter().map(|t| t.id()))
}

/// A food as JS sees it (`getFood`): see [`get_food`] for the shape.
fn view(food: &Food) -> JsValue {
    let per_100g = Obj::new();
    for n in Nutrient::ALL {
        per_100g.opt(n.id(), food.per_100g(n));
    }
    let portions = food
        .portions
        .iter()
        .map(|p| Obj::new().str("label", &p.label).num("grams", p.grams).js());
    Obj::new()
        .str("id", &food.id)
        .str("name", &food.name)
        .str("nameEs", &food.name_es)
        .str("usdaDescription", &food.usda_description)
        .str("group", &food.group)
        .set("tags", &tag_ids(food))
        .set("per100g", &per_100g.js())
        .set("portions", &array(portions))
        .js()
}

/// `loadFoods(text)`: hands the core the food table, the text of `foods.tsv` (beside the wasm).
/// Every food function throws `FOOD_DATA_NOT_LOADED` until it has run. Throws
/// `FOOD_DATA_CORRUPT` (and loads nothing) when the text is not the table this build was made
/// with, `INVALID_INPUT` when it is not a string. Loading again is harmless.
#[wasm_bindgen(js_name = loadFoods)]
pub fn load_foods(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<(), JsValue> {
    let text = string(&text, "text")?;
    foods::load(&text).map_err(js_error)
}

/// `foodsLoaded()` → whether [`load_foods`] has run successfully.
#[wasm_bindgen(js_name = foodsLoaded)]
pub fn foods_loaded() -> bool {
    foods::is_loaded()
}

/// `listFoods()` → `string[]`: every food id (5-digit USDA SR28 NDB number), ascending.
#[wasm_bindgen(js_name = listFoods, unchecked_return_type = "string[]")]
pub fn list_foods() -> JsResult {
    let table = foods::table().map_err(js_error)?;
    Ok(strings(table.iter().map(|f| f.id.as_str())))
}

/// `getFood(id)` → `{ id, name, nameEs, usdaDescription, group, tags: string[],
/// per100g: { energy, protein, calcium, vitaminD, magnesium, phosphorus, potassium, zinc,
/// vitaminK, sodium, saturatedFat, monounsaturatedFat, polyunsaturatedFat, fiber: number | null },
/// portions: [{ label, grams }] }`.
///
/// Values are per 100 g exactly as USDA SR28 gives them (kcal; g; mg; vitamin D and K in µg),
/// `null` where SR28 has no value ("not analysed", not zero). `group` is the SR28 food-group
/// code (`"0100"`); `tags` are ids such as `"dairy"`, `"high-oxalate"`, `"oily-fish"`.
/// Throws `UNKNOWN_FOOD` for an id not in the table, `INVALID_INPUT` for a non-string id.
#[wasm_bindgen(js_name = getFood, unchecked_return_type = "FoodRecord")]
pub fn get_food(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> JsResult {
    let id = string(&id, "id")?;
    foods::get(&id).map(view).map_err(js_error)
}

/// `searchFoods(query, limit = 10, lang?)` → `[{ id, name, nameEs, score, tags }]`, best first.
///
/// Case- and accent-insensitive, English and Spanish names and synonyms, any word order,
/// prefixes while typing, about one typo per five letters. `lang` (`"en"`, `"es"`, `"es-MX"`, …)
/// ranks that language's names first. `score` orders results within one search only.
/// Throws `INVALID_QUERY` when `query` is not a string or longer than 200 characters,
/// `INVALID_INPUT` when `limit` is not a whole number from 1 to 100 or `lang` not a string.
#[wasm_bindgen(js_name = searchFoods, unchecked_return_type = "FoodSearchHit[]")]
pub fn search_foods(
    #[wasm_bindgen(unchecked_param_type = "string")] query: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number | undefined")] limit: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] lang: JsValue,
) -> JsResult {
    let Some(query) = query.as_string() else {
        return Err(js_error(Error::InvalidQuery("it must be text".into())));
    };
    let limit = read_limit(&limit)?;
    let lang = if super::absent(&lang) {
        None
    } else {
        Lang::from_tag(&string(&lang, "lang")?)
    };
    let hits = search::search(&query, limit, lang).map_err(js_error)?;
    Ok(array(hits.into_iter().map(|h| {
        Obj::new()
            .str("id", &h.food.id)
            .str("name", &h.food.name)
            .str("nameEs", &h.food.name_es)
            .num("score", h.score)
            .set("tags", &tag_ids(h.food))
            .js()
    })))
}

/// `undefined` → the default; otherwise a whole number from 1 to [`search::MAX_LIMIT`].
fn read_limit(limit: &JsValue) -> Result<usize, JsValue> {
    if limit.is_undefined() {
        return Ok(DEFAULT_LIMIT);
    }
    let bad = || {
        js_error(Error::input(
            "limit",
            format!("must be a whole number from 1 to {}", search::MAX_LIMIT),
        ))
    };
    let n = limit.as_f64().ok_or_else(bad)?;
    if n.fract() != 0.0 || !(1.0..=search::MAX_LIMIT as f64).contains(&n) {
        return Err(bad());
    }
    // Checked above: a whole number from 1 to MAX_LIMIT.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(n as usize)
}
