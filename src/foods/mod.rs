//! Foods: the USDA SR28 food table osteoplan embeds, and bilingual food search.
//!
//! The table is generated from SR28 (`ABBREV.txt` + `FOOD_DES.txt`) and a hand-curated list
//! by the extraction tool (`make foods`) and committed. Native builds embed it; the wasm build
//! does not: the page hands it over with [`load`] when the food calculator needs it. Values are
//! per 100 g edible portion exactly as SR28 gives them; `None` where SR28 has no value
//! ("not analysed" is not zero).

pub mod search;
pub(crate) mod table;

use crate::error::{Error, Result};
use crate::nutrients::Nutrient;
use std::sync::OnceLock;

/// A property of a food used for filters, indicators and suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
        match self {
            Tag::AnimalProtein => "animal-protein",
            Tag::Dairy => "dairy",
            Tag::Fortified => "fortified",
            Tag::HighOxalate => "high-oxalate",
            Tag::OilyFish => "oily-fish",
            Tag::NutSeed => "nut-seed",
            Tag::Vegan => "vegan",
            Tag::Vegetarian => "vegetarian",
            Tag::AntiInflammatory => "anti-inflammatory",
            Tag::HeartHealthyFat => "heart-healthy-fat",
            Tag::Fish => "fish",
        }
    }

    /// Parses a tag id.
    pub fn from_id(id: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.id() == id)
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of [`Tag`]s, stored as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Tags(pub u16);

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

/// A household portion SR28 gives for a food (`"1 cup"`, 244 g).
#[derive(Debug, Clone, PartialEq)]
pub struct Portion {
    pub label: String,
    pub grams: f64,
}

/// One food of the table. Nutrient values are per 100 g, indexed by [`Nutrient::index`].
#[derive(Debug, Clone, PartialEq)]
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
    /// Synonyms searched besides the names (both languages).
    pub synonyms: Vec<String>,
    /// Per-100 g values; `None` where SR28 has no value.
    pub per_100g: [Option<f64>; Nutrient::ALL.len()],
    pub portions: Vec<Portion>,
}

impl Food {
    /// The per-100 g value of `nutrient`, `None` if SR28 has none.
    pub fn per_100g(&self, nutrient: Nutrient) -> Option<f64> {
        self.per_100g.get(nutrient.index()).copied().flatten()
    }

    /// The portion with this label, or [`Error::UnknownPortion`].
    pub fn portion(&self, label: &str) -> Result<&Portion> {
        self.portions
            .iter()
            .find(|p| p.label == label)
            .ok_or_else(|| Error::UnknownPortion {
                food: self.id.clone(),
                portion: label.to_owned(),
            })
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
    extras: Vec<table::Extra>,
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
