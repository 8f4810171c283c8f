//! The fourteen nutrient ids and their units. Ids are public API (JS, saved data, README).

use crate::error::{Error, Result};

/// A nutrient osteoplan tracks, per 100 g in the food table and per day in an analysis.
///
/// The order of [`Nutrient::ALL`] is the order of the food table's value columns and of
/// every nutrient list shown to a person. Values are stored in the unit of [`Nutrient::unit`]:
/// vitamin D in µg (IU only at display, see [`crate::nutrients::units`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nutrient {
    Energy,
    Protein,
    Calcium,
    VitaminD,
    Magnesium,
    Phosphorus,
    Potassium,
    Zinc,
    VitaminK,
    Sodium,
    SaturatedFat,
    MonounsaturatedFat,
    PolyunsaturatedFat,
    Fiber,
}

/// The unit a nutrient amount is stored and computed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Kcal,
    Gram,
    Milligram,
    Microgram,
}

impl Unit {
    /// The symbol shown to a person and sent to JS (`"kcal"`, `"g"`, `"mg"`, `"µg"`).
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Kcal => "kcal",
            Unit::Gram => "g",
            Unit::Milligram => "mg",
            Unit::Microgram => "µg",
        }
    }
}

impl Nutrient {
    /// Every nutrient, in table and display order.
    pub const ALL: [Nutrient; 14] = [
        Nutrient::Energy,
        Nutrient::Protein,
        Nutrient::Calcium,
        Nutrient::VitaminD,
        Nutrient::Magnesium,
        Nutrient::Phosphorus,
        Nutrient::Potassium,
        Nutrient::Zinc,
        Nutrient::VitaminK,
        Nutrient::Sodium,
        Nutrient::SaturatedFat,
        Nutrient::MonounsaturatedFat,
        Nutrient::PolyunsaturatedFat,
        Nutrient::Fiber,
    ];

    /// The stable id used in JS and saved data (`"vitaminD"`).
    pub fn id(self) -> &'static str {
        match self {
            Nutrient::Energy => "energy",
            Nutrient::Protein => "protein",
            Nutrient::Calcium => "calcium",
            Nutrient::VitaminD => "vitaminD",
            Nutrient::Magnesium => "magnesium",
            Nutrient::Phosphorus => "phosphorus",
            Nutrient::Potassium => "potassium",
            Nutrient::Zinc => "zinc",
            Nutrient::VitaminK => "vitaminK",
            Nutrient::Sodium => "sodium",
            Nutrient::SaturatedFat => "saturatedFat",
            Nutrient::MonounsaturatedFat => "monounsaturatedFat",
            Nutrient::PolyunsaturatedFat => "polyunsaturatedFat",
            Nutrient::Fiber => "fiber",
        }
    }

    /// The unit amounts of this nutrient are in (per 100 g, per day).
    pub fn unit(self) -> Unit {
        match self {
            Nutrient::Energy => Unit::Kcal,
            Nutrient::Protein
            | Nutrient::SaturatedFat
            | Nutrient::MonounsaturatedFat
            | Nutrient::PolyunsaturatedFat
            | Nutrient::Fiber => Unit::Gram,
            Nutrient::Calcium
            | Nutrient::Magnesium
            | Nutrient::Phosphorus
            | Nutrient::Potassium
            | Nutrient::Zinc
            | Nutrient::Sodium => Unit::Milligram,
            Nutrient::VitaminD | Nutrient::VitaminK => Unit::Microgram,
        }
    }

    /// Position in [`Nutrient::ALL`] (and in the food table's value columns).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Parses a nutrient id; unknown ids are [`Error::UnknownNutrient`].
    pub fn from_id(id: &str) -> Result<Nutrient> {
        Nutrient::ALL
            .into_iter()
            .find(|n| n.id() == id)
            .ok_or_else(|| Error::UnknownNutrient(id.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_index_matches_order() {
        for (i, n) in Nutrient::ALL.into_iter().enumerate() {
            assert_eq!(Nutrient::from_id(n.id()), Ok(n));
            assert_eq!(n.index(), i);
        }
    }

    #[test]
    fn unknown_id_is_an_error_with_code() {
        let err = Nutrient::from_id("vitaminC").unwrap_err();
        assert_eq!(err.code(), "UNKNOWN_NUTRIENT");
    }
}
