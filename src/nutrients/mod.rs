//! Nutrients: the ids every part of osteoplan uses, their units, and unit conversion.
//! (Reference intakes, intake analysis and suggestions build on these.)

mod ids;
pub mod units;

pub use ids::{Nutrient, Unit};
