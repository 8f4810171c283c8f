//! How core types read what a person or a saved file sends: serde field helpers shared by
//! every input type (`#[serde(deserialize_with = "…")]`). A leaf module, like [`crate::ids`].

use serde::de::{Deserialize, Deserializer, Error, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// One age range for every profile, in years: adults (the tools are for people taking an
/// aromatase inhibitor), up to 110. The planner and the reference intakes both check it (an
/// 18-year-old reads the DRI tables' 14–18 y band), and the widget's form uses the same numbers.
pub const MIN_AGE: u32 = 18;
/// Oldest age accepted, years.
pub const MAX_AGE: u32 = 110;

/// A flag where `null` and a missing key both mean `false` (use with `#[serde(default)]`).
pub fn null_as_false<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(false))
}

/// A list that is `null` or missing when empty (use with `#[serde(default)]`).
pub fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Capped<T, MAX_LIST>>::deserialize(d)?.map_or_else(Vec::new, |c| c.0))
}

/// Most items any list in a plan, log or profile may hold. Longer lists are refused by their
/// length, before anything is read or allocated (a plan's own, smaller limits are checked
/// afterwards by `Plan::validate`).
pub const MAX_LIST: usize = 10_000;

/// A list of at most [`MAX_LIST`] items (use with `#[serde(deserialize_with)]`).
pub fn capped<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Capped::<T, MAX_LIST>::deserialize(d)?.0)
}

/// A list of at most `MAX` items: a longer one is an error as soon as its length is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Capped<T, const MAX: usize>(pub Vec<T>);

impl<'de, T: Deserialize<'de>, const MAX: usize> Deserialize<'de> for Capped<T, MAX> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct CappedVisitor<T, const MAX: usize>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>, const MAX: usize> Visitor<'de> for CappedVisitor<T, MAX> {
            type Value = Capped<T, MAX>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list of at most {MAX} items")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let too_long = |n: usize| A::Error::invalid_length(n, &self);
                let hint = seq.size_hint().unwrap_or(0);
                if hint > MAX {
                    return Err(too_long(hint));
                }
                let mut items = Vec::with_capacity(hint);
                while let Some(item) = seq.next_element()? {
                    if items.len() == MAX {
                        return Err(too_long(MAX + 1));
                    }
                    items.push(item);
                }
                Ok(Capped(items))
            }
        }

        d.deserialize_seq(CappedVisitor::<T, MAX>(PhantomData))
    }
}
