//! osteoplan — bone-health planning for people taking an aromatase inhibitor (anastrozole):
//! an evidence-based weekly exercise schedule and a food calculator over USDA SR28 data.
//!
//! The core modules are plain Rust with no JavaScript types; [`bindings`] is the only
//! wasm-bindgen face. Health education, not a medical device.

pub mod calendar;
pub mod error;
#[cfg(feature = "figures")]
pub mod figures;
pub mod foods;
pub mod ids;
pub mod input;
pub mod nutrients;
pub mod planning;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use error::{Error, Result};
