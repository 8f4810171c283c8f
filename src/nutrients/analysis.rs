//! Intake analysis: what a person eats (foods per day or per week, supplements) added up per
//! nutrient against their reference intakes, with per-entry contributions, acid-load
//! indicators, food-quality counts and safety warnings.
//!
//! Rules this module keeps:
//! - **Unknown is never zero.** A food without a value for a nutrient adds nothing to the
//!   amount and one to `unknown_count`; the amount is then "at least".
//! - **All or nothing.** Every entry is validated before anything is added; the first bad entry
//!   is the error (with its index) and no result is returned.
//! - **Per week is ÷ 7.** Everything is per day.
//!
//! The food table comes in as a parameter (`&[Food]`), so the engine is tested against
//! hand-made SR28 rows and the bindings pass [`crate::foods::all`].

use crate::error::{Error, Result};
use crate::foods::{Food, Portion, Tag};
use crate::nutrients::acid;
use crate::nutrients::reference::{
    reference_intakes, Intakes, LimitScope, Profile, ReferenceSet, SRC_IOM_1997, SRC_IOM_2001,
    SRC_IOM_2011, SRC_NASEM_2019,
};
use crate::nutrients::units::{self, AmountUnit};
use crate::nutrients::Nutrient;
use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Most entries one analysis takes (a week of varied eating fits easily).
pub const MAX_ENTRIES: usize = 500;
/// Most grams one food entry may hold (per day or per week).
pub const MAX_GRAMS: f64 = 100_000.0;
/// Most servings one portion entry may hold.
pub const MAX_SERVINGS: f64 = 1_000.0;
/// Largest supplement amount accepted, in the unit typed (keeps every sum finite).
pub const MAX_SUPPLEMENT_AMOUNT: f64 = 10_000_000.0;

// ---- entries --------------------------------------------------------------------------------

/// An intake entry as a person (or the UI) typed it, before validation. Exactly one of
/// `food_id` / `supplement` is set. Food: `grams`, or `portion` (a label of the food's
/// portions) with `servings` (default 1). Supplement: `amount` and `unit`. `per`: `"day"`
/// (default) or `"week"`.
///
/// JS sends `{ foodId, grams, per }`, `{ foodId, portion, servings, per }` or
/// `{ supplement, amount, unit, per }`; other keys are ignored, `null` is the same as absent.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null, rename = "IntakeEntry")]
pub struct RawEntry {
    /// SR28 NDB number of a food in the table (`"01077"`).
    pub food_id: Option<String>,
    /// Grams eaten (per `per`), 0–100 000.
    pub grams: Option<f64>,
    /// Label of one of the food's portions (`"1 cup"`).
    pub portion: Option<String>,
    /// How many of `portion` (default 1), 0–1000.
    pub servings: Option<f64>,
    /// Supplement kind: one of the ids in [`SUPPLEMENTS`].
    pub supplement: Option<String>,
    /// Supplement amount in `unit`.
    pub amount: Option<f64>,
    /// Supplement unit: `mg`, `µg` (`ug`, `mcg`), `IU` (vitamin D only) or `g`.
    pub unit: Option<String>,
    /// `"day"` (default) or `"week"` (divided by 7).
    pub per: Option<String>,
}

impl RawEntry {
    /// A food entry in grams.
    pub fn grams(food_id: &str, grams: f64, per: &str) -> RawEntry {
        RawEntry {
            food_id: Some(food_id.into()),
            grams: Some(grams),
            per: Some(per.into()),
            ..RawEntry::default()
        }
    }

    /// A food entry in servings of one of its portions.
    pub fn portion(food_id: &str, portion: &str, servings: f64, per: &str) -> RawEntry {
        RawEntry {
            food_id: Some(food_id.into()),
            portion: Some(portion.into()),
            servings: Some(servings),
            per: Some(per.into()),
            ..RawEntry::default()
        }
    }

    /// A supplement entry.
    pub fn supplement(kind: &str, amount: f64, unit: &str, per: &str) -> RawEntry {
        RawEntry {
            supplement: Some(kind.into()),
            amount: Some(amount),
            unit: Some(unit.into()),
            per: Some(per.into()),
            ..RawEntry::default()
        }
    }
}

/// `analyzeIntake` options: the reference set for the targets (`"us-dri"` when absent).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
#[tsify(missing_as_null)]
pub struct AnalyzeOptions {
    pub reference_set: Option<String>,
}

/// The supplements an entry can name, and the nutrient each adds to.
pub const SUPPLEMENTS: [(&str, Nutrient); 7] = [
    ("calcium", Nutrient::Calcium),
    ("vitaminD", Nutrient::VitaminD),
    ("magnesium", Nutrient::Magnesium),
    ("zinc", Nutrient::Zinc),
    ("vitaminK", Nutrient::VitaminK),
    ("potassium", Nutrient::Potassium),
    ("protein", Nutrient::Protein),
];

/// A validated entry, per day.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Resolved<'f> {
    Food {
        food: &'f Food,
        grams_per_day: f64,
    },
    Supplement {
        nutrient: Nutrient,
        amount_per_day: f64,
    },
}

/// An analysis error and, when one entry caused it, that entry's index (0-based).
#[derive(Debug, Clone, PartialEq)]
pub struct IntakeError {
    /// Index of the entry at fault, `None` for profile/options errors.
    pub entry_index: Option<usize>,
    /// What went wrong.
    pub error: Error,
}

impl From<Error> for IntakeError {
    fn from(error: Error) -> Self {
        IntakeError {
            entry_index: None,
            error,
        }
    }
}

impl From<IntakeError> for Error {
    fn from(e: IntakeError) -> Self {
        e.error
    }
}

/// Looks a food up by id: binary search (the table is sorted by id), then a linear pass in
/// case a caller's slice is not sorted.
pub fn find_food<'f>(foods: &'f [Food], id: &str) -> Option<&'f Food> {
    match foods.binary_search_by(|f| f.id.as_str().cmp(id)) {
        Ok(i) => foods.get(i),
        Err(_) => foods.iter().find(|f| f.id == id),
    }
}

fn bad(index: usize, reason: &str) -> IntakeError {
    IntakeError {
        entry_index: Some(index),
        error: Error::InvalidEntry {
            index,
            reason: reason.to_owned(),
        },
    }
}

fn at(index: usize, error: Error) -> IntakeError {
    IntakeError {
        entry_index: Some(index),
        error,
    }
}

fn per_divisor(index: usize, per: Option<&str>) -> std::result::Result<f64, IntakeError> {
    match per {
        None | Some("day") => Ok(1.0),
        Some("week") => Ok(7.0),
        Some(_) => Err(bad(index, "`per` must be \"day\" or \"week\"")),
    }
}

fn amount_in_range(
    index: usize,
    value: f64,
    max: f64,
    what: &str,
) -> std::result::Result<f64, IntakeError> {
    if !value.is_finite() {
        return Err(bad(index, &format!("{what} must be a finite number")));
    }
    if value < 0.0 {
        return Err(bad(index, &format!("{what} must not be negative")));
    }
    if value > max {
        return Err(bad(index, &format!("{what} is too large")));
    }
    Ok(value)
}

fn resolve_one<'f>(
    foods: &'f [Food],
    index: usize,
    raw: &RawEntry,
) -> std::result::Result<Resolved<'f>, IntakeError> {
    let divisor = per_divisor(index, raw.per.as_deref())?;
    match (&raw.food_id, &raw.supplement) {
        (Some(_), Some(_)) => Err(bad(
            index,
            "an entry is either a food (`foodId`) or a supplement, not both",
        )),
        (None, None) => Err(bad(index, "give a `foodId` or a `supplement`")),
        (Some(id), None) => {
            if raw.amount.is_some() || raw.unit.is_some() {
                return Err(bad(
                    index,
                    "a food entry takes `grams` or `portion` and `servings`, not `amount`/`unit`",
                ));
            }
            let food =
                find_food(foods, id).ok_or_else(|| at(index, Error::UnknownFood(id.clone())))?;
            let grams = match (raw.grams, &raw.portion) {
                (Some(_), Some(_)) => {
                    return Err(bad(index, "give `grams` or a `portion`, not both"))
                }
                (None, None) => {
                    return Err(bad(index, "give `grams` or a `portion` with `servings`"))
                }
                (Some(g), None) => {
                    if raw.servings.is_some() {
                        return Err(bad(
                            index,
                            "`servings` goes with a `portion`, not with `grams`",
                        ));
                    }
                    amount_in_range(index, g, MAX_GRAMS, "grams")?
                }
                (None, Some(label)) => {
                    let portion = food.portion(label).map_err(|e| at(index, e))?;
                    let servings = amount_in_range(
                        index,
                        raw.servings.unwrap_or(1.0),
                        MAX_SERVINGS,
                        "servings",
                    )?;
                    portion.grams * servings
                }
            };
            Ok(Resolved::Food {
                food,
                grams_per_day: grams / divisor,
            })
        }
        (None, Some(kind)) => {
            if raw.grams.is_some() || raw.portion.is_some() || raw.servings.is_some() {
                return Err(bad(
                    index,
                    "a supplement entry takes `amount` and `unit`, not grams or portions",
                ));
            }
            let nutrient = SUPPLEMENTS
                .iter()
                .find(|(id, _)| id == kind)
                .map(|(_, n)| *n)
                .ok_or_else(|| bad(index, "`supplement` must be one of calcium, vitaminD, magnesium, zinc, vitaminK, potassium, protein"))?;
            let amount = amount_in_range(
                index,
                raw.amount
                    .ok_or_else(|| bad(index, "a supplement needs an `amount`"))?,
                MAX_SUPPLEMENT_AMOUNT,
                "amount",
            )?;
            let unit_text = raw
                .unit
                .as_deref()
                .ok_or_else(|| bad(index, "a supplement needs a `unit` (mg, µg, IU or g)"))?;
            let unit = AmountUnit::parse(unit_text)
                .map_err(|_| bad(index, "`unit` must be one of mg, µg (ug, mcg), IU, g"))?;
            let converted = units::convert_amount(
                amount,
                unit,
                nutrient.unit(),
                nutrient == Nutrient::VitaminD,
            )
            .ok_or_else(|| {
                bad(
                    index,
                    "this unit does not fit this supplement (IU is for vitamin D only)",
                )
            })?;
            Ok(Resolved::Supplement {
                nutrient,
                amount_per_day: converted / divisor,
            })
        }
    }
}

/// Validates every entry against `foods`; the first bad one is the error.
pub(crate) fn resolve<'f>(
    foods: &'f [Food],
    entries: &[RawEntry],
) -> std::result::Result<Vec<Resolved<'f>>, IntakeError> {
    if entries.len() > MAX_ENTRIES {
        return Err(Error::input("entries", "at most 500 entries").into());
    }
    entries
        .iter()
        .enumerate()
        .map(|(i, raw)| resolve_one(foods, i, raw))
        .collect()
}

// ---- sums -----------------------------------------------------------------------------------

/// Per-nutrient daily sums over resolved entries.
#[derive(Debug, Clone, Default)]
pub(crate) struct Totals {
    /// Sum of known amounts (food + supplements), per nutrient.
    pub amount: [f64; 14],
    /// From supplements only.
    pub supplements: [f64; 14],
    /// Food entries with a value / without one.
    pub known: [u32; 14],
    pub unknown: [u32; 14],
    /// (entry index, amount) per nutrient, in entry order.
    pub contributions: [Vec<(usize, f64)>; 14],
}

/// Words in a portion label that describe a kitchen measure rather than what one eats.
const PREP_WORDS: [&str; 10] = [
    "diced", "chopped", "shredded", "melted", "mashed", "grated", "crumbled", "bunch", "package",
    "lb",
];

/// The usual portion of a food: its first SR28 household portion of 10–300 g whose label is not
/// a kitchen measure ("1 cup, diced", "1 bunch"), else its first portion of 10–300 g, else its
/// first portion, else 100 g. What "one serving" means in suggestions and serving counts.
pub fn usual_portion(food: &Food) -> Portion {
    let in_range = |p: &&Portion| (10.0..=300.0).contains(&p.grams);
    food.portions
        .iter()
        .filter(in_range)
        .find(|p| !PREP_WORDS.iter().any(|w| p.label.contains(w)))
        .or_else(|| food.portions.iter().find(in_range))
        .or_else(|| food.portions.iter().find(|p| p.grams > 0.0))
        .cloned()
        .unwrap_or_else(|| Portion {
            label: "100 g".to_owned(),
            grams: 100.0,
        })
}

pub(crate) fn totals(resolved: &[Resolved<'_>]) -> Totals {
    let mut t = Totals::default();
    for (index, entry) in resolved.iter().enumerate() {
        match *entry {
            Resolved::Food {
                food,
                grams_per_day,
            } => {
                for n in Nutrient::ALL {
                    let i = n.index();
                    match food.per_100g(n) {
                        Some(per_100g) => {
                            let amount = per_100g * grams_per_day / 100.0;
                            add(&mut t.amount, i, amount);
                            bump(&mut t.known, i);
                            if amount != 0.0 {
                                if let Some(c) = t.contributions.get_mut(i) {
                                    c.push((index, amount));
                                }
                            }
                        }
                        None => bump(&mut t.unknown, i),
                    }
                }
            }
            Resolved::Supplement {
                nutrient,
                amount_per_day,
            } => {
                let i = nutrient.index();
                add(&mut t.amount, i, amount_per_day);
                add(&mut t.supplements, i, amount_per_day);
                if amount_per_day != 0.0 {
                    if let Some(c) = t.contributions.get_mut(i) {
                        c.push((index, amount_per_day));
                    }
                }
            }
        }
    }
    t
}

fn add(values: &mut [f64; 14], i: usize, amount: f64) {
    if let Some(v) = values.get_mut(i) {
        *v += amount;
    }
}

fn bump(values: &mut [u32; 14], i: usize) {
    if let Some(v) = values.get_mut(i) {
        *v = v.saturating_add(1);
    }
}

fn value(values: &[f64; 14], n: Nutrient) -> f64 {
    values.get(n.index()).copied().unwrap_or(0.0)
}

// ---- result ---------------------------------------------------------------------------------

/// Where one nutrient stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Under the target.
    Below,
    /// At or over the target, not over the upper limit.
    Meets,
    /// Over the upper limit (for magnesium: supplemental magnesium over 350 mg; for sodium: the CDRR).
    AboveUpperLimit,
    /// The reference set has no target for this nutrient.
    NoTarget,
}

impl Status {
    /// The id JS sees (`"below"`, `"meets"`, `"aboveUpperLimit"`, `"noTarget"`).
    pub fn id(self) -> &'static str {
        crate::ids::id_of(&self)
    }
}

/// One entry's share of a nutrient.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    /// Index into the entries passed in (0-based).
    pub entry_index: usize,
    /// Amount per day, in the nutrient's unit.
    pub amount: f64,
}

/// One nutrient of an analysis. Amounts per day in `unit`.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct NutrientResult {
    /// Sum of the known amounts (food + supplements). With `unknown_count > 0` it is "at least".
    pub amount: f64,
    /// Part of `amount` from supplements.
    pub from_supplements: f64,
    /// Unit symbol.
    pub unit: &'static str,
    /// Target of the chosen reference set, `None` without one.
    pub target: Option<f64>,
    /// Upper end of a target range, if any.
    pub target_max: Option<f64>,
    /// `amount ÷ target × 100`, `None` without a target.
    pub percent_of_target: Option<f64>,
    /// Upper limit of the chosen set, `None` without one.
    pub upper_limit: Option<f64>,
    /// What the upper limit counts (`total` or `supplements`).
    pub upper_limit_applies_to: Option<LimitScope>,
    /// Below / meets / above the upper limit / no target.
    pub status: Status,
    /// Food entries without a value for this nutrient (not summed).
    pub unknown_count: u32,
    /// Food entries with a value.
    pub known_count: u32,
    /// Non-zero shares per entry, largest first (ties: lower index first).
    pub contributions: Vec<Contribution>,
}

/// A safety note: an amount over a limit, with the rule id and its source.
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
pub struct Warning {
    /// Stable rule id (`"vitamin-d-above-ul"`).
    pub id: &'static str,
    /// What a person should know.
    pub message: &'static str,
    /// Where the limit comes from.
    pub source: &'static str,
    /// The amount compared, per day.
    pub amount: f64,
    /// The limit it exceeds.
    pub limit: f64,
    /// Unit of both.
    pub unit: &'static str,
}

/// The nutrient results in [`Nutrient::ALL`] order; JS sees `{ "<id>": NutrientResult }`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Tsify)]
#[serde(transparent)]
pub struct NutrientResults(
    #[serde(serialize_with = "crate::ids::by_nutrient")]
    #[tsify(type = "Record<Nutrient, NutrientResult>")]
    pub Vec<(Nutrient, NutrientResult)>,
);

impl NutrientResults {
    /// The result for `nutrient`.
    pub fn get(&self, nutrient: Nutrient) -> Option<&NutrientResult> {
        self.0.iter().find(|(n, _)| *n == nutrient).map(|(_, r)| r)
    }
}

/// The whole analysis of a day (or a week averaged per day).
#[derive(Debug, Clone, PartialEq, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Analysis {
    /// The reference set the targets come from.
    pub reference_set: &'static str,
    /// Every nutrient, in [`Nutrient::ALL`] order.
    pub nutrients: NutrientResults,
    /// PRAL of the foods, mEq/day (Remer & Manz 1995); `None` without food entries or when a
    /// food lacks one of protein, P, K, Mg, Ca. Supplements are not counted.
    pub pral: Option<f64>,
    /// NEAP of the foods, mEq/day (Frassetto 1998); `None` as for `pral` or without potassium.
    pub neap: Option<f64>,
    /// Protein from animal-protein foods, g/day.
    pub animal_protein: f64,
    /// Animal protein (g) ÷ food potassium (g); `None` without potassium.
    pub animal_protein_to_potassium: Option<f64>,
    /// Share (0–1) of calcium (food + supplements) from high-oxalate foods; `None` without calcium.
    pub oxalate_calcium_share: Option<f64>,
    /// Usual portions per day of foods tagged anti-inflammatory.
    pub anti_inflammatory_servings: f64,
    /// Usual portions per day of foods tagged heart-healthy fat.
    pub heart_healthy_fat_servings: f64,
    /// Safety warnings, in a fixed order.
    pub warnings: Vec<Warning>,
}

/// Where one nutrient stands against a reference; shared with suggestions.
pub(crate) fn status(
    amount: f64,
    supplements: f64,
    target: Option<f64>,
    upper: Option<(f64, LimitScope)>,
) -> Status {
    let over = match upper {
        Some((limit, LimitScope::Total)) => amount > limit,
        Some((limit, LimitScope::Supplements)) => supplements > limit,
        None => false,
    };
    match target {
        _ if over => Status::AboveUpperLimit,
        None => Status::NoTarget,
        Some(t) if amount >= t => Status::Meets,
        Some(_) => Status::Below,
    }
}

fn nutrient_results(t: &Totals, intakes: &Intakes) -> NutrientResults {
    let mut out = Vec::with_capacity(Nutrient::ALL.len());
    for n in Nutrient::ALL {
        let i = n.index();
        let amount = value(&t.amount, n);
        let from_supplements = value(&t.supplements, n);
        let reference = intakes.get(n);
        let target = reference.and_then(|r| r.target);
        let upper = reference.and_then(|r| r.upper_limit.zip(r.upper_limit_applies_to));
        let mut contributions: Vec<Contribution> = t
            .contributions
            .get(i)
            .map(|c| {
                c.iter()
                    .map(|&(entry_index, amount)| Contribution {
                        entry_index,
                        amount,
                    })
                    .collect()
            })
            .unwrap_or_default();
        // Largest first, ties by index: a total order, so the unstable heap sort is exact.
        contributions.sort_unstable_by(|a, b| {
            b.amount
                .total_cmp(&a.amount)
                .then(a.entry_index.cmp(&b.entry_index))
        });
        out.push((
            n,
            NutrientResult {
                amount,
                from_supplements,
                unit: n.unit().symbol(),
                target,
                target_max: reference.and_then(|r| r.target_max),
                percent_of_target: target.filter(|t| *t > 0.0).map(|t| amount / t * 100.0),
                upper_limit: upper.map(|u| u.0),
                upper_limit_applies_to: upper.map(|u| u.1),
                status: status(amount, from_supplements, target, upper),
                unknown_count: t.unknown.get(i).copied().unwrap_or(0),
                known_count: t.known.get(i).copied().unwrap_or(0),
                contributions,
            },
        ));
    }
    NutrientResults(out)
}

/// Food-only sums for the acid-load indicators and tags.
struct FoodSums {
    protein: f64,
    phosphorus: f64,
    potassium: f64,
    magnesium: f64,
    calcium: f64,
    /// Any food entry lacks one of the five PRAL inputs.
    incomplete: bool,
    any_food: bool,
    animal_protein: f64,
    oxalate_calcium: f64,
    anti_inflammatory: f64,
    heart_healthy_fat: f64,
}

fn food_sums(resolved: &[Resolved<'_>]) -> FoodSums {
    let mut s = FoodSums {
        protein: 0.0,
        phosphorus: 0.0,
        potassium: 0.0,
        magnesium: 0.0,
        calcium: 0.0,
        incomplete: false,
        any_food: false,
        animal_protein: 0.0,
        oxalate_calcium: 0.0,
        anti_inflammatory: 0.0,
        heart_healthy_fat: 0.0,
    };
    for entry in resolved {
        let Resolved::Food {
            food,
            grams_per_day,
        } = *entry
        else {
            continue;
        };
        s.any_food = true;
        let mut get = |n: Nutrient| match food.per_100g(n) {
            Some(v) => v * grams_per_day / 100.0,
            None => {
                s.incomplete = true;
                0.0
            }
        };
        let (protein, phosphorus, potassium, magnesium, calcium) = (
            get(Nutrient::Protein),
            get(Nutrient::Phosphorus),
            get(Nutrient::Potassium),
            get(Nutrient::Magnesium),
            get(Nutrient::Calcium),
        );
        s.protein += protein;
        s.phosphorus += phosphorus;
        s.potassium += potassium;
        s.magnesium += magnesium;
        s.calcium += calcium;
        if food.tags.has(Tag::AnimalProtein) {
            s.animal_protein += protein;
        }
        if food.tags.has(Tag::HighOxalate) {
            s.oxalate_calcium += calcium;
        }
        let servings = grams_per_day / usual_portion(food).grams;
        if food.tags.has(Tag::AntiInflammatory) {
            s.anti_inflammatory += servings;
        }
        if food.tags.has(Tag::HeartHealthyFat) {
            s.heart_healthy_fat += servings;
        }
    }
    s
}

// ---- warnings ---------------------------------------------------------------------------------

const MSG_CALCIUM_SUPPLEMENTS: &str = "Calcium from food and supplements together is above the upper limit. More calcium than this does not help bones and can raise the risk of kidney stones; check your supplement dose with your care team.";
const MSG_CALCIUM_FOOD: &str =
    "Calcium is above the upper limit. Check with your care team or a dietitian.";
const MSG_VITAMIN_D: &str = "Vitamin D is above the upper limit of 100 µg (4000 IU) a day. Take high doses only if your care team prescribed them.";
const MSG_ZINC: &str = "Zinc is above the upper limit. Long-term high zinc can cause copper deficiency; check your supplements with your care team.";
const MSG_MAGNESIUM: &str = "Magnesium from supplements is above 350 mg a day, the upper limit for supplements (magnesium in food does not count). High doses can cause diarrhoea; check with your care team.";
const MSG_PHOSPHORUS: &str =
    "Phosphorus is above the upper limit. Check with your care team or a dietitian.";
const MSG_SODIUM: &str = "Sodium is above 2300 mg a day. Eating less sodium lowers the risk of high blood pressure and heart disease (CDRR).";

/// Safety warnings against the US/Canada DRI limits for the profile, whatever set the targets
/// come from (the other sets in the reference carry few upper limits).
fn warnings(profile: &Profile, t: &Totals) -> Vec<Warning> {
    let limits = reference_intakes(profile, ReferenceSet::UsDri);
    let limit = |n: Nutrient| limits.get(n).and_then(|r| r.upper_limit);
    let mut out = Vec::new();
    let mut check = |n: Nutrient, amount: f64, id, message, source| {
        if let Some(l) = limit(n) {
            if amount > l {
                out.push(Warning {
                    id,
                    message,
                    source,
                    amount,
                    limit: l,
                    unit: n.unit().symbol(),
                });
            }
        }
    };
    let calcium = value(&t.amount, Nutrient::Calcium);
    if value(&t.supplements, Nutrient::Calcium) > 0.0 {
        check(
            Nutrient::Calcium,
            calcium,
            "calcium-above-ul-with-supplements",
            MSG_CALCIUM_SUPPLEMENTS,
            SRC_IOM_2011,
        );
    } else {
        check(
            Nutrient::Calcium,
            calcium,
            "calcium-above-ul",
            MSG_CALCIUM_FOOD,
            SRC_IOM_2011,
        );
    }
    check(
        Nutrient::VitaminD,
        value(&t.amount, Nutrient::VitaminD),
        "vitamin-d-above-ul",
        MSG_VITAMIN_D,
        SRC_IOM_2011,
    );
    check(
        Nutrient::Zinc,
        value(&t.amount, Nutrient::Zinc),
        "zinc-above-ul",
        MSG_ZINC,
        SRC_IOM_2001,
    );
    check(
        Nutrient::Magnesium,
        value(&t.supplements, Nutrient::Magnesium),
        "magnesium-supplements-above-ul",
        MSG_MAGNESIUM,
        SRC_IOM_1997,
    );
    check(
        Nutrient::Phosphorus,
        value(&t.amount, Nutrient::Phosphorus),
        "phosphorus-above-ul",
        MSG_PHOSPHORUS,
        SRC_IOM_1997,
    );
    check(
        Nutrient::Sodium,
        value(&t.amount, Nutrient::Sodium),
        "sodium-above-cdrr",
        MSG_SODIUM,
        SRC_NASEM_2019,
    );
    out
}

// ---- entry point ------------------------------------------------------------------------------

/// Analyses `entries` for `profile` against `set`, looking foods up in `foods`.
///
/// Errors (nothing is partially applied): [`Error::InvalidEntry`], [`Error::UnknownFood`],
/// [`Error::UnknownPortion`] with the entry's index in [`IntakeError::entry_index`];
/// [`Error::InvalidInput`] for more than [`MAX_ENTRIES`] entries.
pub fn analyze_intake(
    profile: &Profile,
    entries: &[RawEntry],
    set: ReferenceSet,
    foods: &[Food],
) -> std::result::Result<Analysis, IntakeError> {
    let resolved = resolve(foods, entries)?;
    Ok(analyze_resolved(profile, &resolved, set))
}

pub(crate) fn analyze_resolved(
    profile: &Profile,
    resolved: &[Resolved<'_>],
    set: ReferenceSet,
) -> Analysis {
    let t = totals(resolved);
    let intakes = reference_intakes(profile, set);
    let f = food_sums(resolved);
    let acid_known = f.any_food && !f.incomplete;
    let calcium = value(&t.amount, Nutrient::Calcium);
    Analysis {
        reference_set: set.id(),
        nutrients: nutrient_results(&t, &intakes),
        pral: acid_known
            .then(|| acid::pral(f.protein, f.phosphorus, f.potassium, f.magnesium, f.calcium)),
        neap: if acid_known {
            acid::neap(f.protein, f.potassium)
        } else {
            None
        },
        animal_protein: f.animal_protein,
        animal_protein_to_potassium: (f.potassium > 0.0)
            .then(|| f.animal_protein / (f.potassium / 1000.0)),
        oxalate_calcium_share: (calcium > 0.0).then(|| f.oxalate_calcium / calcium),
        anti_inflammatory_servings: f.anti_inflammatory,
        heart_healthy_fat_servings: f.heart_healthy_fat,
        warnings: warnings(profile, &t),
    }
}

/// Convenience: [`analyze_intake`] with the error's index dropped.
pub fn analyze(
    profile: &Profile,
    entries: &[RawEntry],
    set: ReferenceSet,
    foods: &[Food],
) -> Result<Analysis> {
    analyze_intake(profile, entries, set, foods).map_err(Error::from)
}
