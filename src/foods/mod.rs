//! Foods: the USDA SR28 food table osteoplan embeds, and bilingual food search.
//!
//! The table is generated from SR28 (`ABBREV.txt` + `FOOD_DES.txt`) and a hand-curated list
//! by the extraction tool (`make foods`) and committed. Native builds embed it; the wasm build
//! does not: the page hands it over with [`load`] when the food calculator needs it. Values are
//! per 100 g edible portion exactly as SR28 gives them; `None` where SR28 has no value
//! ("not analysed" is not zero).

pub mod portion_es;
pub mod search;
pub mod servings;
pub(crate) mod table;

use crate::error::{Error, Result};
use crate::ids::{id_of, parse_id, Nutrient};
use serde::{Serialize, Serializer};
use std::sync::OnceLock;
use tsify::Tsify;

/// A property of a food used for filters, indicators and suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, Tsify)]
#[serde(rename_all = "kebab-case")]
pub enum Tag {
    /// From an animal-protein SR food group (dairy & egg, poultry, meats, fish) or tagged by hand.
    AnimalProtein,
    Dairy,
    /// Fortified with calcium and/or vitamin D (SR description says so).
    Fortified,
    /// Calcium poorly absorbed because of oxalate (spinach, chard, beet greens, rhubarb…).
    HighOxalate,
    OilyFish,
    NutSeed,
    Vegan,
    Vegetarian,
    AntiInflammatory,
    HeartHealthyFat,
    Fish,
}

impl Tag {
    /// Every tag, in the order of the bits in [`Tags`].
    pub const ALL: [Tag; 11] = [
        Tag::AnimalProtein,
        Tag::Dairy,
        Tag::Fortified,
        Tag::HighOxalate,
        Tag::OilyFish,
        Tag::NutSeed,
        Tag::Vegan,
        Tag::Vegetarian,
        Tag::AntiInflammatory,
        Tag::HeartHealthyFat,
        Tag::Fish,
    ];

    /// The stable id used in JS and in the curated list (`"high-oxalate"`).
    pub fn id(self) -> &'static str {
        id_of(&self)
    }

    /// Parses a tag id.
    pub fn from_id(id: &str) -> Option<Tag> {
        parse_id(id)
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of [`Tag`]s, stored as bits; JS sees the list of tag ids (`["dairy", "fortified"]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Tsify)]
#[tsify(type = "Tag[]")]
pub struct Tags(pub u16);

impl Serialize for Tags {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl Tags {
    /// Whether the set holds `tag`.
    pub fn has(self, tag: Tag) -> bool {
        self.0 & tag.bit() != 0
    }

    /// The set with `tag` added.
    pub fn with(self, tag: Tag) -> Tags {
        Tags(self.0 | tag.bit())
    }

    /// The tags in the set, in [`Tag::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Tag> {
        Tag::ALL.into_iter().filter(move |t| self.has(*t))
    }
}

/// A household portion SR28 gives for a food (`"1 cup"`, 244 g). JS sees it as a
/// [`PortionView`], with the label in Spanish too.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(into = "PortionView")]
pub struct Portion {
    pub label: String,
    pub grams: f64,
}

/// A portion as JS sees it (`getFood(id).portions`): SR28's label, the same in Spanish for
/// display (`"1 taza, en trocitos"`), and its weight.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PortionView {
    pub label: String,
    pub label_es: String,
    pub grams: f64,
}

impl From<Portion> for PortionView {
    fn from(portion: Portion) -> PortionView {
        PortionView {
            label_es: portion.label_es(),
            label: portion.label,
            grams: portion.grams,
        }
    }
}

impl Portion {
    /// The label in Spanish (`"1 taza, en trocitos"`), see [`portion_es`].
    pub fn label_es(&self) -> String {
        portion_es::label(&self.label)
    }
}

/// One food of the table. Nutrient values are per 100 g, indexed by [`Nutrient::index`];
/// JS sees them as `per100g: { <nutrient id>: number | null }` (`getFood`).
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Food {
    /// SR28 NDB number, 5 digits as text (`"01077"`).
    pub id: String,
    /// English display name.
    pub name: String,
    /// Spanish display name.
    pub name_es: String,
    /// SR28 `Long_Desc`.
    pub usda_description: String,
    /// SR28 food-group code (`"0100"`).
    pub group: String,
    pub tags: Tags,
    /// Synonyms searched besides the names (both languages); search only, not sent to JS.
    #[serde(skip)]
    pub synonyms: Vec<String>,
    /// Per-100 g values; `None` where SR28 has no value.
    #[serde(rename = "per100g", serialize_with = "per_100g_by_id")]
    #[tsify(type = "Record<Nutrient, number | null>")]
    pub per_100g: [Option<f64>; Nutrient::ALL.len()],
    #[tsify(type = "PortionView[]")]
    pub portions: Vec<Portion>,
}

/// The per-100 g values as one object keyed by nutrient id.
fn per_100g_by_id<S: Serializer>(
    values: &[Option<f64>; Nutrient::ALL.len()],
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    serializer.collect_map(Nutrient::ALL.into_iter().zip(values))
}

impl Food {
    /// The per-100 g value of `nutrient`, `None` if SR28 has none.
    pub fn per_100g(&self, nutrient: Nutrient) -> Option<f64> {
        self.per_100g.get(nutrient.index()).copied().flatten()
    }

    /// The portion with this label, or [`Error::UnknownPortion`]: one of SR28's, or the food's
    /// usual serving ([`servings`]) by its English label.
    pub fn portion(&self, label: &str) -> Result<Portion> {
        self.portions
            .iter()
            .find(|p| p.label == label)
            .cloned()
            .or_else(|| {
                self.serving()
                    .filter(|s| s.label == label)
                    .map(|s| Portion {
                        label: s.label.clone(),
                        grams: s.grams,
                    })
            })
            .ok_or_else(|| Error::UnknownPortion {
                food: self.id.clone(),
                portion: label.to_owned(),
            })
    }

    /// The food's usual serving (`data/servings.tsv`), if it has one.
    pub fn serving(&self) -> Option<&'static servings::Serving> {
        servings::of(&self.id)
    }
}

/// Hands the core the food table: the text of `foods.tsv`, the file `make bundle` writes beside
/// the wasm (a copy of `src/foods/table.tsv`). The web widget fetches it only when the food
/// calculator is shown, so a page with the schedule alone never downloads it.
///
/// The text must be the very table this build was made with: its FNV-1a hash is compared with
/// the one computed from `table.tsv` at compile time, and anything else (a truncated or altered
/// download, another version's file) is refused with [`Error::FoodDataCorrupt`], loading
/// nothing. Loading again after a success does nothing.
pub fn load(source: &str) -> Result<()> {
    if table::fnv1a(source.as_bytes()) != table::SOURCE_HASH {
        return Err(Error::FoodDataCorrupt);
    }
    LOADED.get_or_init(|| Loaded::parse(source));
    Ok(())
}

/// Whether the food table is there: always in native builds (it is embedded), after [`load`]
/// on wasm.
pub fn is_loaded() -> bool {
    loaded().is_ok()
}

/// Every food of the table, sorted by id, or [`Error::FoodDataNotLoaded`] on wasm before
/// [`load`].
pub fn table() -> Result<&'static [Food]> {
    Ok(&loaded()?.foods)
}

/// Every food of the table, sorted by id; empty on wasm before [`load`] (see [`table`] for the
/// form that says so).
pub fn all() -> &'static [Food] {
    table().unwrap_or(&[])
}

/// The food with this NDB number, [`Error::UnknownFood`], or [`Error::FoodDataNotLoaded`].
pub fn get(id: &str) -> Result<&'static Food> {
    let foods = table()?;
    foods
        .binary_search_by(|f| f.id.as_str().cmp(id))
        .ok()
        .and_then(|i| foods.get(i))
        .ok_or_else(|| Error::UnknownFood(id.to_owned()))
}

/// The parsed table plus what only search needs, parallel to `foods`.
struct Loaded {
    foods: Vec<Food>,
    extras: Vec<table::SearchInfo>,
}

impl Loaded {
    fn parse(source: &str) -> Loaded {
        let (foods, extras) = table::parse(source);
        Loaded { foods, extras }
    }
}

static LOADED: OnceLock<Loaded> = OnceLock::new();

/// Native builds (tests, tools) read the table embedded at compile time on first use.
#[cfg(not(target_arch = "wasm32"))]
fn loaded() -> Result<&'static Loaded> {
    Ok(LOADED.get_or_init(|| Loaded::parse(table::SOURCE)))
}

/// The wasm build carries no copy of the table: it is there once [`load`] has run.
#[cfg(target_arch = "wasm32")]
fn loaded() -> Result<&'static Loaded> {
    LOADED.get().ok_or(Error::FoodDataNotLoaded)
}
