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
}
