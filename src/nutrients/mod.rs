//! Nutrients: unit conversion (the ids and their units live in [`crate::ids`]), the
//! reference intakes per person ([`mod@reference`]), intake analysis ([`analysis`]), dietary acid
//! load ([`acid`]) and gap-closing food suggestions ([`suggest`]).

pub mod acid;
pub mod analysis;
pub mod reference;
pub mod suggest;
pub mod units;

pub use crate::ids::{Nutrient, NutrientUnit, Unit};
