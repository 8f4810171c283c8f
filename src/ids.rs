//! Ids: the fourteen nutrient ids and their units, and how every id enum of osteoplan turns
//! into its text id and back. A leaf module (it uses nothing else of the crate but [`Error`]),
//! so `foods` and `nutrients` can both use it without depending on each other.
//!
//! Each id enum declares its ids once, with serde attributes (`#[serde(rename_all = …)]`);
//! [`id_of`] and [`parse_id`] read that declaration, so the id JavaScript sees, the id saved
//! data holds and the id Rust prints cannot drift apart. Ids are public API: never rename.

use crate::error::{Error, Result};
use serde::de::{value::StrDeserializer, DeserializeOwned, IntoDeserializer};
use serde::ser::{Impossible, Serialize, SerializeMap, Serializer};
use std::fmt;
use tsify::Tsify;

/// A nutrient osteoplan tracks, per 100 g in the food table and per day in an analysis.
///
/// The order of [`Nutrient::ALL`] is the order of the food table's value columns and of
/// every nutrient list shown to a person. Values are stored in the unit of [`Nutrient::unit`]:
/// vitamin D in µg (IU only at display, see [`crate::nutrients::units`]).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    Tsify,
)]
#[serde(rename_all = "camelCase")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, Tsify)]
pub enum Unit {
    #[serde(rename = "kcal")]
    Kcal,
    #[serde(rename = "g")]
    Gram,
    #[serde(rename = "mg")]
    Milligram,
    #[serde(rename = "µg")]
    Microgram,
}

impl Unit {
    /// The symbol shown to a person and sent to JS (`"kcal"`, `"g"`, `"mg"`, `"µg"`).
    pub fn symbol(self) -> &'static str {
        id_of(&self)
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
        id_of(&self)
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
        parse_id(id).ok_or_else(|| Error::UnknownNutrient(id.to_owned()))
    }
}

/// A nutrient id with its unit, as `nutrientIds()` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, Tsify)]
pub struct NutrientUnit {
    /// The nutrient id (`"vitaminD"`).
    pub id: Nutrient,
    /// Its unit symbol (`"µg"`).
    pub unit: Unit,
}

impl NutrientUnit {
    /// Every nutrient with its unit, in display order.
    pub fn all() -> Vec<NutrientUnit> {
        Nutrient::ALL
            .into_iter()
            .map(|id| NutrientUnit {
                id,
                unit: id.unit(),
            })
            .collect()
    }
}

/// Serializes `(nutrient, value)` pairs as one object keyed by nutrient id, in list order
/// (`{ "calcium": …, "vitaminD": … }`): for `#[serde(serialize_with)]` on per-nutrient lists.
pub fn by_nutrient<T: Serialize, S: Serializer>(
    pairs: &[(Nutrient, T)],
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(pairs.len()))?;
    for (nutrient, value) in pairs {
        map.serialize_entry(nutrient, value)?;
    }
    map.end()
}

/// The text id of a unit-variant enum value, as its serde attributes declare it
/// (`id_of(&Weekday::Mon) == "mon"`). Anything that is not a unit variant gives `""`.
pub fn id_of<T: Serialize>(value: &T) -> &'static str {
    value.serialize(VariantName).unwrap_or("")
}

/// The value of a unit-variant enum whose declared id is `id`, if any (`parse_id::<Weekday>("mon")`).
pub fn parse_id<T: DeserializeOwned>(id: &str) -> Option<T> {
    let de: StrDeserializer<'_, serde::de::value::Error> = id.into_deserializer();
    T::deserialize(de).ok()
}

/// A serializer that answers the name of a unit variant and refuses everything else.
struct VariantName;

/// Why [`VariantName`] refused a value (never shown: [`id_of`] answers `""`).
#[derive(Debug)]
struct NotAVariant;

impl fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAVariant {}

impl serde::ser::Error for NotAVariant {
    fn custom<M: fmt::Display>(_: M) -> Self {
        NotAVariant
    }
}

/// Every `serialize_*` method but `serialize_unit_variant` refuses.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $out:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> std::result::Result<$out, NotAVariant> {
            Err(NotAVariant)
        })*
    };
}

impl Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAVariant;
    type SerializeSeq = Impossible<&'static str, NotAVariant>;
    type SerializeTuple = Impossible<&'static str, NotAVariant>;
    type SerializeTupleStruct = Impossible<&'static str, NotAVariant>;
    type SerializeTupleVariant = Impossible<&'static str, NotAVariant>;
    type SerializeMap = Impossible<&'static str, NotAVariant>;
    type SerializeStruct = Impossible<&'static str, NotAVariant>;
    type SerializeStructVariant = Impossible<&'static str, NotAVariant>;

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> std::result::Result<&'static str, NotAVariant> {
        Ok(variant)
    }

    refuse! {
        serialize_bool(bool) -> &'static str;
        serialize_i8(i8) -> &'static str;
        serialize_i16(i16) -> &'static str;
        serialize_i32(i32) -> &'static str;
        serialize_i64(i64) -> &'static str;
        serialize_u8(u8) -> &'static str;
        serialize_u16(u16) -> &'static str;
        serialize_u32(u32) -> &'static str;
        serialize_u64(u64) -> &'static str;
        serialize_f32(f32) -> &'static str;
        serialize_f64(f64) -> &'static str;
        serialize_char(char) -> &'static str;
        serialize_str(&str) -> &'static str;
        serialize_bytes(&[u8]) -> &'static str;
        serialize_none() -> &'static str;
        serialize_unit() -> &'static str;
        serialize_unit_struct(&'static str) -> &'static str;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: Serialize + ?Sized>(
        self,
        _: &T,
    ) -> std::result::Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> std::result::Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> std::result::Result<&'static str, NotAVariant> {
        Err(NotAVariant)
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
