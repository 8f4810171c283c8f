//! Usual servings: what a person usually eats of each food at once ("1 oz", 28.35 g of
//! almonds), from `data/servings.tsv`, embedded at build time.
//!
//! Each serving is based on the FDA reference amount customarily consumed (RACC, 21 CFR
//! 101.12(b), Table 2) of the food's category, named in the file, and shown as the nearest SR28
//! household measure where one fits. It is the amount the add form starts from and the portion
//! suggestions propose. An entry may name it as its `portion` (its label), like an SR28 portion.
//! The file is curated data, not generated: `make foods` does not touch it. Its format is in its
//! own header; rows that do not fit are skipped (a native test checks that none are).

use super::table::decimal;
use std::sync::OnceLock;

/// The curated servings file.
const SOURCE: &str = include_str!("../../data/servings.tsv");

/// Where a serving's household measure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// An SR28 household measure of the food, or a simple multiple or fraction of one.
    Sr28,
    /// An everyday amount chosen where SR28 gives no measure that fits.
    Usual,
}

impl Basis {
    /// The id used in the data file and in JS (`"sr28"`, `"usual"`).
    pub fn id(self) -> &'static str {
        match self {
            Basis::Sr28 => "sr28",
            Basis::Usual => "usual",
        }
    }

    fn from_id(id: &str) -> Option<Basis> {
        [Basis::Sr28, Basis::Usual]
            .into_iter()
            .find(|b| b.id() == id)
    }
}

/// One food's usual serving (`getFood(id).serving`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, tsify::Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Serving {
    /// SR28 NDB number of the food.
    #[serde(skip)]
    pub food_id: String,
    /// Grams in one serving.
    pub grams: f64,
    /// Household measure in English (`"1 oz"`).
    pub label: String,
    /// The same in Spanish (`"1 taza"`).
    pub label_es: String,
    /// Id of the RACC category the serving is based on (`"nut"`; see `data/racc.tsv`).
    pub racc: String,
    pub basis: Basis,
}

/// Every serving in the file, in file order: sorted by food id (a native test checks it).
pub fn all() -> &'static [Serving] {
    static ALL: OnceLock<Vec<Serving>> = OnceLock::new();
    ALL.get_or_init(|| SOURCE.lines().filter_map(parse_line).collect())
}

/// The usual serving of the food with this NDB number, if the file has one.
pub fn of(food_id: &str) -> Option<&'static Serving> {
    let all = all();
    all.binary_search_by(|s| s.food_id.as_str().cmp(food_id))
        .ok()
        .and_then(|i| all.get(i))
}

fn parse_line(line: &str) -> Option<Serving> {
    if line.starts_with('#') {
        return None;
    }
    let mut fields = line.split('\t');
    let food_id = fields.next()?;
    // The exact decimal reader of the food table: same value as `str::parse`, far less wasm.
    let grams = decimal(fields.next()?)?;
    let label = fields.next()?;
    let label_es = fields.next()?;
    let racc = fields.next()?;
    let basis = Basis::from_id(fields.next()?)?;
    let valid = food_id.len() == 5
        && food_id.bytes().all(|b| b.is_ascii_digit())
        && grams > 0.0
        && !label.is_empty()
        && !label_es.is_empty()
        && fields.next().is_none();
    valid.then(|| Serving {
        food_id: food_id.to_owned(),
        grams,
        label: label.to_owned(),
        label_es: label_es.to_owned(),
        racc: racc.to_owned(),
        basis,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_needs_a_five_digit_food_id() {
        // Found by mutation testing (`make mutants`).
        let line = |id: &str| format!("{id}\t28.35\t1 oz\t1 onza\t\tsr28");
        assert!(parse_line(&line("01077")).is_some());
        for bad in ["1077", "010770", "0107a", "abcde"] {
            assert!(parse_line(&line(bad)).is_none(), "{bad}");
        }
    }
}
