//! The one error type of the core. Every fallible core function returns `Result<T, Error>`;
//! nothing that input can reach panics (on wasm a panic is a trap that poisons the module).
//!
//! Each variant has a stable machine code ([`Error::code`]) that JavaScript sees as
//! `error.code`, and a `Display` text a person can act on, which becomes `error.message`.
//! Codes are public API: add new ones, never rename.

use std::fmt;

/// Why a core call could not answer. See the module docs for the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A value has the wrong type or shape, or is missing (`field` names it, dotted path).
    InvalidInput { field: String, reason: String },
    /// A profile value is out of range or unknown (age 3, weight −5, sex "x").
    InvalidProfile { field: String, reason: String },
    /// No food with this id in the table.
    UnknownFood(String),
    /// The food has no household portion with this label.
    UnknownPortion { food: String, portion: String },
    /// Not one of the nutrient ids (`calcium`, `vitaminD`, …).
    UnknownNutrient(String),
    /// Not one of the reference sets (`us-dri`, …).
    UnknownReferenceSet(String),
    /// No exercise with this id in the library.
    UnknownExercise(String),
    /// An intake entry that cannot be used (negative grams, unknown unit, …).
    InvalidEntry { index: usize, reason: String },
    /// A plan (generated, edited or imported) that is not well formed.
    InvalidPlan(String),
    /// An edit that cannot be applied to this plan (no such week/day/session, …).
    InvalidEdit(String),
    /// A date that is not a real calendar date in `YYYY-MM-DD` form.
    InvalidDate(String),
    /// Saved data written by a format version this build does not read.
    UnsupportedVersion { found: u32, supported: u32 },
    /// A search query that cannot be used (too long, not text).
    InvalidQuery(String),
    /// An options object that cannot be used (unknown key, wrong type or value).
    InvalidOptions(String),
    /// A food function was called before the food table was handed to the core (`loadFoods`).
    FoodDataNotLoaded,
    /// The food table text handed to the core is not the one this build was made with
    /// (a truncated or altered download).
    FoodDataCorrupt,
}

impl Error {
    /// The stable code JavaScript sees as `error.code`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidInput { .. } => "INVALID_INPUT",
            Error::InvalidProfile { .. } => "INVALID_PROFILE",
            Error::UnknownFood(_) => "UNKNOWN_FOOD",
            Error::UnknownPortion { .. } => "UNKNOWN_PORTION",
            Error::UnknownNutrient(_) => "UNKNOWN_NUTRIENT",
            Error::UnknownReferenceSet(_) => "UNKNOWN_REFERENCE_SET",
            Error::UnknownExercise(_) => "UNKNOWN_EXERCISE",
            Error::InvalidEntry { .. } => "INVALID_ENTRY",
            Error::InvalidPlan(_) => "INVALID_PLAN",
            Error::InvalidEdit(_) => "INVALID_EDIT",
            Error::InvalidDate(_) => "INVALID_DATE",
            Error::UnsupportedVersion { .. } => "UNSUPPORTED_VERSION",
            Error::InvalidQuery(_) => "INVALID_QUERY",
            Error::InvalidOptions(_) => "INVALID_OPTIONS",
            Error::FoodDataNotLoaded => "FOOD_DATA_NOT_LOADED",
            Error::FoodDataCorrupt => "FOOD_DATA_CORRUPT",
        }
    }

    /// Shorthand for [`Error::InvalidInput`].
    pub fn input(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::InvalidInput {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// Shorthand for [`Error::InvalidProfile`].
    pub fn profile(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::InvalidProfile {
            field: field.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidInput { field, reason } => write!(f, "Invalid value for `{field}`: {reason}."),
            Error::InvalidProfile { field, reason } => write!(f, "Please check the profile field `{field}`: {reason}."),
            Error::UnknownFood(id) => write!(f, "No food with id \"{}\" is in the food table.", clip(id)),
            Error::UnknownPortion { food, portion } => write!(
                f,
                "Food \"{}\" has no portion called \"{}\"; pick one of its listed portions or enter grams.",
                clip(food),
                clip(portion)
            ),
            Error::UnknownNutrient(id) => write!(
                f,
                "\"{}\" is not a nutrient osteoplan knows; use one of energy, protein, calcium, vitaminD, magnesium, phosphorus, potassium, zinc, vitaminK, sodium, saturatedFat, monounsaturatedFat, polyunsaturatedFat, fiber.",
                clip(id)
            ),
            Error::UnknownReferenceSet(id) => write!(f, "\"{}\" is not a reference set osteoplan knows.", clip(id)),
            Error::UnknownExercise(id) => write!(f, "No exercise with id \"{}\" is in the exercise library.", clip(id)),
            Error::InvalidEntry { index, reason } => write!(f, "Food entry {} cannot be used: {reason}.", index + 1),
            Error::InvalidPlan(reason) => write!(f, "This plan cannot be used: {reason}."),
            Error::InvalidEdit(reason) => write!(f, "This change cannot be made: {reason}."),
            Error::InvalidDate(value) => write!(f, "\"{}\" is not a date in the form YYYY-MM-DD.", clip(value)),
            Error::UnsupportedVersion { found, supported } => write!(
                f,
                "This data was saved by a different osteoplan version (format {found}; this one reads up to {supported}). Your data has not been changed."
            ),
            Error::InvalidQuery(reason) => write!(f, "The search text cannot be used: {reason}."),
            Error::InvalidOptions(reason) => write!(f, "These options cannot be used: {reason}."),
            Error::FoodDataNotLoaded => write!(
                f,
                "The food table has not been loaded yet; call loadFoods with the foods.tsv file first."
            ),
            Error::FoodDataCorrupt => write!(
                f,
                "The food table file is damaged or from another osteoplan version; nothing was loaded. Download it again."
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Keeps messages readable when a person (or an attacker) passes a megabyte-long id.
fn clip(s: &str) -> String {
    clip_to(s, 60)
}

/// `s` cut to at most `max` characters, with `…` when something was cut.
pub fn clip_to(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_owned(),
        Some((end, _)) => format!("{}…", s.get(..end).unwrap_or(s)),
    }
}

/// Result alias used across the core.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_messages_readable() {
        let e = Error::UnknownFood("99999".into());
        assert_eq!(e.code(), "UNKNOWN_FOOD");
        assert_eq!(
            e.to_string(),
            "No food with id \"99999\" is in the food table."
        );
    }

    #[test]
    fn clipping_counts_characters_not_bytes() {
        assert_eq!(clip_to("año", 3), "año");
        assert_eq!(clip_to("añoañoaño", 4), "añoa…");
        assert_eq!(clip_to("😀😀", 1), "😀…");
    }

    #[test]
    fn huge_ids_are_clipped_in_messages() {
        let e = Error::UnknownFood("x".repeat(1_000_000));
        assert!(e.to_string().chars().count() < 120);
    }
}
