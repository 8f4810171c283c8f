//! Nutrients: the ids every part of osteoplan uses, their units and unit conversion, the
//! reference intakes per person ([`mod@reference`]), intake analysis ([`analysis`]), dietary acid
//! load ([`acid`]) and gap-closing food suggestions ([`suggest`]).

pub mod acid;
pub mod analysis;
mod ids;
pub mod reference;
pub mod suggest;
pub mod units;

pub use ids::{Nutrient, Unit};
