//! Gap-closing suggestions: which foods, in one usual portion, close most of the remaining gap
//! for one nutrient, given what the person already eats.
//!
//! Rules: the portion is the food's usual serving ([`crate::foods::servings`], based on the FDA
//! reference amounts), or its usual SR28 household portion ([`super::analysis::usual_portion`])
//! for a food without one; the first six are varied (at most two from one SR28 food group);
//! everyday foods come before brand-name fortified cereals (amounts set by the maker, so "check
//! the label"), which a filter can leave out; dishes, sweets and snacks are not suggested; a food
//! is never
//! suggested if its portion would take a nutrient over its US/Canada upper limit (or the
//! sodium CDRR), or add to one already over; high-oxalate greens are not calcium sources (their
//! calcium is poorly absorbed); foods without a value for the nutrient are skipped, never
//! assumed to have some.

use crate::error::Error;
use crate::foods::{Food, Portion, Tag};
use crate::nutrients::analysis::{resolve, totals, usual_portion, IntakeError, RawEntry, Totals};
use crate::nutrients::reference::{reference_intakes, LimitScope, Profile, ReferenceSet};
use crate::nutrients::Nutrient;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Suggestions returned when no `limit` is given.
pub const DEFAULT_LIMIT: usize = 10;
/// Most suggestions one call returns.
pub const MAX_LIMIT: usize = 50;
/// "Low sodium" per portion, mg: the US FDA nutrient-content claim (21 CFR 101.61,
/// ≤ 140 mg per serving). Not in the nutrition reference: background knowledge, unchecked.
pub const LOW_SODIUM_MG_PER_PORTION: f64 = 140.0;

/// Which foods a person wants suggested. Unknown fields are an error (a typo like `vegann`
/// should not silently show meat); `null` flags read as `false`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null, rename = "SuggestFilters")]
pub struct Filters {
    /// No foods tagged dairy.
    #[serde(deserialize_with = "crate::input::null_as_false")]
    pub dairy_free: bool,
    /// Only foods tagged vegan.
    #[serde(deserialize_with = "crate::input::null_as_false")]
    pub vegan: bool,
    /// Only foods tagged vegetarian or vegan.
    #[serde(deserialize_with = "crate::input::null_as_false")]
    pub vegetarian: bool,
    /// No fish (tagged fish or oily fish).
    #[serde(deserialize_with = "crate::input::null_as_false")]
    pub fish_free: bool,
    /// Only foods with at most 140 mg sodium per usual portion (known sodium).
    #[serde(deserialize_with = "crate::input::null_as_false")]
    pub low_sodium: bool,
    /// No brand-name fortified products ([`is_brand_fortified`]).
    #[serde(deserialize_with = "crate::input::null_as_false")]
    pub no_brand_fortified: bool,
    /// Reference set for the target (`"us-dri"` when absent).
    pub reference_set: Option<String>,
    /// How many suggestions, 1–50 (10 when absent).
    pub limit: Option<usize>,
}

/// A portion as sent to JS.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
pub struct PortionOut {
    /// SR28 household measure (`"1 cup"`), or `"100 g"`.
    pub label: String,
    /// Grams in the portion.
    pub grams: f64,
}

/// One suggested food.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Suggestion {
    /// NDB number.
    pub food_id: String,
    /// English name.
    pub name: String,
    /// Spanish name.
    pub name_es: String,
    /// The usual portion the amount is for.
    pub portion: PortionOut,
    /// Amount of the nutrient in that portion, in the nutrient's unit.
    pub amount: f64,
    /// Share of the remaining gap the portion closes, 0–100.
    pub gap_closed_percent: f64,
    /// A caveat worth showing, or `None`.
    pub reason: Option<&'static str>,
    /// SR28 food group of the food (`"0100"`), for variety.
    pub group: String,
    /// A brand-name fortified product ([`is_brand_fortified`]): listed after everyday foods.
    pub brand_fortified: bool,
}

/// How many suggestions at the top of the list are kept varied.
pub const VARIED_FIRST: usize = 6;
/// At most this many of the first [`VARIED_FIRST`] suggestions come from one food group.
pub const MAX_PER_GROUP: usize = 2;

/// A brand-name fortified product: a fortified ready-to-eat or instant breakfast cereal (SR28
/// group 0800), whose added calcium and vitamin D are the maker's choice and vary by brand.
/// Fortified milks, plant drinks and juices are everyday foods (still marked "check the label").
pub fn is_brand_fortified(food: &Food) -> bool {
    food.tags.has(Tag::Fortified) && food.group == "0800"
}

/// SR28 food groups never suggested: fast foods, meals and restaurant dishes (2100, 2200, 3600),
/// sweets (1900) and snacks (2500). A person adds those as they eat them; the advice is
/// everyday foods.
const NOT_SUGGESTED_GROUPS: [&str; 5] = ["2100", "2200", "3600", "1900", "2500"];

/// The portion suggested for `food`: its usual serving, or its usual SR28 portion.
fn suggested_portion(food: &Food) -> Portion {
    food.serving().map_or_else(
        || usual_portion(food),
        |s| Portion {
            label: s.label.clone(),
            grams: s.grams,
        },
    )
}

const REASON_FORTIFIED: &str = "Fortified: amounts vary by brand, so check the label.";
const REASON_OILY_FISH: &str = "Oily fish also brings vitamin D and omega-3 fats.";
/// Beside every potassium suggestion (NASEM 2019): see [`crate::nutrients::reference::POTASSIUM_NOTE`].
pub const REASON_POTASSIUM: &str = "More potassium is not for everyone: with impaired kidney function or a medicine that raises potassium (ACE inhibitor, ARB, potassium-sparing diuretic), ask your care team first.";

fn passes(food: &Food, f: &Filters, sodium_in_portion: Option<f64>) -> bool {
    let t = food.tags;
    !(f.dairy_free && t.has(Tag::Dairy)
        || f.vegan && !t.has(Tag::Vegan)
        || f.vegetarian && !(t.has(Tag::Vegetarian) || t.has(Tag::Vegan))
        || f.fish_free && (t.has(Tag::Fish) || t.has(Tag::OilyFish))
        || f.low_sodium && !sodium_in_portion.is_some_and(|s| s <= LOW_SODIUM_MG_PER_PORTION)
        || f.no_brand_fortified && is_brand_fortified(food))
}

/// Whether `grams` of `food` would take any nutrient over its upper limit (or add to one over it).
fn pushes_over_a_limit(
    food: &Food,
    grams: f64,
    current: &Totals,
    limits: &[(Nutrient, f64)],
) -> bool {
    limits.iter().any(|&(n, limit)| {
        let added = food.per_100g(n).map_or(0.0, |v| v * grams / 100.0);
        let now = current.amount.get(n.index()).copied().unwrap_or(0.0);
        added > 0.0 && now + added > limit
    })
}

/// Foods that close the gap between the person's intake of `nutrient` and its target, best
/// first. Empty when there is no gap.
///
/// Errors: entry errors as in [`crate::nutrients::analysis::analyze_intake`];
/// [`Error::UnknownReferenceSet`]; [`Error::InvalidInput`] on `nutrient` when the set has no
/// target for it (energy, fats; protein without a body weight) or on `limit` outside 1–50.
pub fn suggest_foods(
    profile: &Profile,
    entries: &[RawEntry],
    nutrient: Nutrient,
    filters: &Filters,
    foods: &[Food],
) -> Result<Vec<Suggestion>, IntakeError> {
    let set = match &filters.reference_set {
        Some(id) => ReferenceSet::from_id(id)?,
        None => ReferenceSet::UsDri,
    };
    let limit = filters.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Error::input("limit", "must be between 1 and 50").into());
    }
    let resolved = resolve(foods, entries)?;
    let current = totals(&resolved);
    let target = reference_intakes(profile, set)
        .get(nutrient)
        .and_then(|r| r.target)
        .ok_or_else(|| {
            Error::input(
                "nutrient",
                "has no target in this reference set (for protein, enter a body weight)",
            )
        })?;
    let gap = target - current.amount.get(nutrient.index()).copied().unwrap_or(0.0);
    if gap <= 0.0 {
        return Ok(Vec::new());
    }
    let limits: Vec<(Nutrient, f64)> = reference_intakes(profile, ReferenceSet::UsDri)
        .0
        .iter()
        .filter(|(_, r)| r.upper_limit_applies_to == Some(LimitScope::Total))
        .filter_map(|(n, r)| r.upper_limit.map(|l| (*n, l)))
        .collect();

    let mut out: Vec<Suggestion> = Vec::new();
    for food in foods {
        if nutrient == Nutrient::Calcium && food.tags.has(Tag::HighOxalate)
            || NOT_SUGGESTED_GROUPS.contains(&food.group.as_str())
        {
            continue;
        }
        let Some(per_100g) = food.per_100g(nutrient) else {
            continue;
        };
        let portion = suggested_portion(food);
        let amount = per_100g * portion.grams / 100.0;
        if amount.is_nan() || amount <= 0.0 {
            continue;
        }
        let sodium = food
            .per_100g(Nutrient::Sodium)
            .map(|v| v * portion.grams / 100.0);
        if !passes(food, filters, sodium)
            || pushes_over_a_limit(food, portion.grams, &current, &limits)
        {
            continue;
        }
        let reason = if nutrient == Nutrient::Potassium {
            Some(REASON_POTASSIUM)
        } else if food.tags.has(Tag::Fortified) {
            Some(REASON_FORTIFIED)
        } else if food.tags.has(Tag::OilyFish) {
            Some(REASON_OILY_FISH)
        } else {
            None
        };
        out.push(Suggestion {
            food_id: food.id.clone(),
            name: food.name.clone(),
            name_es: food.name_es.clone(),
            portion: PortionOut {
                label: portion.label,
                grams: portion.grams,
            },
            amount,
            gap_closed_percent: amount.min(gap) / gap * 100.0,
            reason,
            group: food.group.clone(),
            brand_fortified: is_brand_fortified(food),
        });
    }
    // Food ids are unique, so this is a total order and the unstable heap sort is exact.
    out.sort_unstable_by(|a, b| {
        b.gap_closed_percent
            .total_cmp(&a.gap_closed_percent)
            .then(b.amount.total_cmp(&a.amount))
            .then(a.food_id.cmp(&b.food_id))
    });
    let mut out = varied(out);
    out.truncate(limit);
    Ok(out)
}

/// What kind of food a name says: the part before the first comma ("Tofu, fried" → "Tofu").
fn kind(name: &str) -> &str {
    name.split(',').next().unwrap_or(name)
}

/// The same suggestions, best first, but the first [`VARIED_FIRST`] are everyday foods (no
/// brand-name fortified product), at most [`MAX_PER_GROUP`] from one food group and one of each
/// kind (the English name before its first comma: one "Tofu", one "Almond milk"); the ones held
/// back follow, in their order.
fn varied(sorted: Vec<Suggestion>) -> Vec<Suggestion> {
    let mut first: Vec<Suggestion> = Vec::new();
    let mut rest: Vec<Suggestion> = Vec::new();
    for s in sorted {
        let same_group = first.iter().filter(|f| f.group == s.group).count();
        let same_kind = first.iter().any(|f| kind(&f.name) == kind(&s.name));
        if first.len() < VARIED_FIRST
            && same_group < MAX_PER_GROUP
            && !same_kind
            && !s.brand_fortified
        {
            first.push(s);
        } else {
            rest.push(s);
        }
    }
    first.extend(rest);
    first
}
