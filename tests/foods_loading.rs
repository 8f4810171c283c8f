//! The food table handed over at run time (`foods::load`, what the wasm build relies on): only
//! the exact text this build was made with is accepted. Native builds also embed the table, so
//! the foods are there either way here; the browser suite (`browser_food_loading.rs`) checks
//! the wasm build's "not loaded yet" state.
#![allow(clippy::unwrap_used)]

use osteoplan::error::Error;
use osteoplan::foods;

const TABLE: &str = include_str!("../src/foods/table.tsv");

#[test]
fn the_committed_table_loads_and_loading_twice_is_harmless() {
    foods::load(TABLE).unwrap();
    foods::load(TABLE).unwrap();
    assert!(foods::is_loaded());
    assert_eq!(foods::table().unwrap().len(), 751);
    assert_eq!(foods::get("01077").unwrap().id, "01077");
}

#[test]
fn damaged_or_foreign_text_is_refused() {
    let mut flipped = TABLE.as_bytes().to_vec();
    // Any single changed byte anywhere changes the hash.
    for at in [0, TABLE.len() / 3, TABLE.len() - 1] {
        flipped[at] ^= 1;
        let text = String::from_utf8_lossy(&flipped).into_owned();
        assert_eq!(
            foods::load(&text),
            Err(Error::FoodDataCorrupt),
            "byte {at} changed"
        );
        flipped[at] ^= 1;
    }
    for bad in ["", &TABLE[..TABLE.len() - 1], "<!doctype html>Not found"] {
        assert_eq!(foods::load(bad), Err(Error::FoodDataCorrupt));
    }
    assert_eq!(Error::FoodDataCorrupt.code(), "FOOD_DATA_CORRUPT");
    assert_eq!(Error::FoodDataNotLoaded.code(), "FOOD_DATA_NOT_LOADED");
}
