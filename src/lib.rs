#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(missing_debug_implementations)]

pub mod batch;
mod bin;
#[cfg(feature = "form")]
mod case;
mod checksum;
#[cfg(feature = "form")]
pub mod data;
pub mod date;
mod digits;
#[cfg(feature = "documents")]
pub mod documents;
mod error;
#[cfg(feature = "form")]
pub mod form;
mod i18n;
mod iin;
pub mod messages;
#[cfg(feature = "form")]
pub mod mrz;
#[cfg(feature = "form")]
pub mod translit;
mod unicode_digits;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use bin::{Bin, Division, EntityInfo, EntityType, REGISTRATION_PIVOT};
pub use checksum::{check_digit, form};
pub use date::Date;
pub use digits::{compact, MAX_INPUT_CHARS};
pub use error::{Code, ParseError};
pub use i18n::Lang;
pub use iin::{Birth, Iin, Sex};
