//! Unit conversion in one place: vitamin D µg ↔ IU, grams ↔ US household weights.
//! Amounts are computed in the units of [`super::Nutrient::unit`]; these helpers are for
//! what a person types (supplement labels in IU, ounces) and what the UI shows.

use crate::error::{Error, Result};

/// IU of vitamin D (cholecalciferol) per µg (IOM 2011: 1 µg = 40 IU).
pub const VITAMIN_D_IU_PER_UG: f64 = 40.0;

/// Grams in one avoirdupois ounce.
pub const GRAMS_PER_OUNCE: f64 = 28.349_523_125;

/// Vitamin D: µg → IU.
pub fn vitamin_d_ug_to_iu(ug: f64) -> f64 {
    ug * VITAMIN_D_IU_PER_UG
}

/// Vitamin D: IU → µg.
pub fn vitamin_d_iu_to_ug(iu: f64) -> f64 {
    iu / VITAMIN_D_IU_PER_UG
}

/// Ounces (weight) → grams.
pub fn ounces_to_grams(oz: f64) -> f64 {
    oz * GRAMS_PER_OUNCE
}

/// Grams → ounces (weight).
pub fn grams_to_ounces(g: f64) -> f64 {
    g / GRAMS_PER_OUNCE
}

/// A mass or vitamin-D unit a person can type on a label or scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountUnit {
    Gram,
    Milligram,
    Microgram,
    InternationalUnit,
    Ounce,
}

impl AmountUnit {
    /// Parses `"g"`, `"mg"`, `"ug"`/`"µg"`/`"mcg"`, `"IU"`, `"oz"` (case-insensitive).
    pub fn parse(s: &str) -> Result<AmountUnit> {
        match s.trim().to_ascii_lowercase().as_str() {
            "g" => Ok(AmountUnit::Gram),
            "mg" => Ok(AmountUnit::Milligram),
            "ug" | "µg" | "μg" | "mcg" => Ok(AmountUnit::Microgram),
            "iu" => Ok(AmountUnit::InternationalUnit),
            "oz" => Ok(AmountUnit::Ounce),
            _ => Err(Error::input("unit", "use one of g, mg, µg, IU, oz")),
        }
    }
}

/// Converts `amount` typed in `from` into `to` (the unit a nutrient is computed in).
///
/// Mass units convert among each other (g, mg, µg); IU converts only when `vitamin_d` is true
/// (1 µg = 40 IU), and only into a mass unit. Ounces are for food weights, not supplement
/// labels, and kcal is not a mass: both give `None`, as does IU for any other nutrient.
pub fn convert_amount(
    amount: f64,
    from: AmountUnit,
    to: super::Unit,
    vitamin_d: bool,
) -> Option<f64> {
    use super::Unit;
    let micrograms = match from {
        AmountUnit::Gram => amount * 1_000_000.0,
        AmountUnit::Milligram => amount * 1_000.0,
        AmountUnit::Microgram => amount,
        AmountUnit::InternationalUnit if vitamin_d => vitamin_d_iu_to_ug(amount),
        AmountUnit::InternationalUnit | AmountUnit::Ounce => return None,
    };
    match to {
        Unit::Gram => Some(micrograms / 1_000_000.0),
        Unit::Milligram => Some(micrograms / 1_000.0),
        Unit::Microgram => Some(micrograms),
        Unit::Kcal => None,
    }
}

/// Grams in one US cup of a food, when one of its household portions is a cup measure
/// (`"1 cup"`, `"1 cup, chopped"`, `".5 cup"`): the portion's grams divided by its count.
/// Cups are volume, so only the food's own portion can turn them into grams.
pub fn grams_per_cup(portions: &[crate::foods::Portion]) -> Option<f64> {
    portions.iter().find_map(|p| {
        let label = p.label.trim();
        let (count, rest) = label.split_once(' ')?;
        let unit = rest.split(',').next()?.trim();
        if unit != "cup" && unit != "cups" {
            return None;
        }
        let count = crate::foods::table::decimal(count)?;
        (count > 0.0 && p.grams > 0.0).then(|| p.grams / count)
    })
}

/// Requires a finite, non-negative number (what every amount a person enters must be).
pub fn finite_non_negative(field: &str, value: f64) -> Result<f64> {
    if !value.is_finite() {
        Err(Error::input(field, "must be a finite number"))
    } else if value < 0.0 {
        Err(Error::input(field, "must not be negative"))
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vitamin_d_rda_is_600_iu() {
        assert_eq!(vitamin_d_ug_to_iu(15.0), 600.0);
        assert_eq!(vitamin_d_iu_to_ug(4000.0), 100.0);
    }

    #[test]
    fn ounce_round_trip() {
        let g = ounces_to_grams(8.0);
        assert!((g - 226.796).abs() < 0.001);
        assert!((grams_to_ounces(g) - 8.0).abs() < 1e-12);
    }

    #[test]
    fn units_parse_case_insensitively() {
        assert_eq!(AmountUnit::parse("IU"), Ok(AmountUnit::InternationalUnit));
        assert_eq!(AmountUnit::parse("mcg"), Ok(AmountUnit::Microgram));
        assert_eq!(
            AmountUnit::parse("cups").unwrap_err().code(),
            "INVALID_INPUT"
        );
    }

    #[test]
    fn non_finite_amounts_are_rejected() {
        assert!(finite_non_negative("grams", f64::NAN).is_err());
        assert!(finite_non_negative("grams", -1.0).is_err());
        assert_eq!(finite_non_negative("grams", 2.5), Ok(2.5));
    }

    #[test]
    fn supplement_amounts_convert_between_mass_units_and_iu() {
        use crate::nutrients::Unit;
        assert_eq!(
            convert_amount(1.0, AmountUnit::Gram, Unit::Milligram, false),
            Some(1000.0)
        );
        assert_eq!(
            convert_amount(500.0, AmountUnit::Microgram, Unit::Milligram, false),
            Some(0.5)
        );
        assert_eq!(
            convert_amount(800.0, AmountUnit::InternationalUnit, Unit::Microgram, true),
            Some(20.0)
        );
        assert_eq!(
            convert_amount(800.0, AmountUnit::InternationalUnit, Unit::Milligram, false),
            None
        );
        assert_eq!(
            convert_amount(1.0, AmountUnit::Ounce, Unit::Milligram, false),
            None
        );
    }

    #[test]
    fn cup_weight_comes_from_the_food_portion() {
        use crate::foods::Portion;
        let p = |label: &str, grams| Portion {
            label: label.into(),
            grams,
        };
        assert_eq!(
            grams_per_cup(&[p("1 fl oz", 30.5), p("1 cup", 244.0)]),
            Some(244.0)
        );
        assert_eq!(grams_per_cup(&[p(".5 cup", 126.0)]), Some(252.0));
        assert_eq!(grams_per_cup(&[p("1 cup, chopped", 140.0)]), Some(140.0));
        assert_eq!(grams_per_cup(&[p("1 slice", 29.0)]), None);
    }
}
