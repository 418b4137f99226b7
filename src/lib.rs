//! Kazakhstan's Individual and Business Identification Numbers (IIN / ЖСН / ИИН, BIN / БСН /
//! БИН) and the application with which a foreign citizen asks a Kazakh embassy or consulate for
//! an IIN: one pure core for the rules, the form, the passport's MRZ, the spelling of names and the
//! printed documents, natively and (through `src/wasm.rs`) in WebAssembly. The book in `docs/`
//! covers the npm package, the widget and the service; this page is the Rust API.
//!
#![doc = include_str!("../docs/src/portal/rust.md")]
// The WebAssembly modules of the browser (IIN and form) are built without std: with std, its
// panic machinery keeps Rust's formatting code in every module although nothing is ever printed
// (the book's "Size"). The documents module keeps std for its QR encoder; native builds use std.
#![cfg_attr(all(target_arch = "wasm32", not(feature = "documents")), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(missing_debug_implementations)]

extern crate alloc;

/// What std's prelude gives and a no_std build must import: `use crate::prelude::*;`.
mod prelude {
    #[allow(unused_imports)]
    pub(crate) use alloc::{
        borrow::ToOwned,
        boxed::Box,
        format,
        string::{String, ToString},
        vec,
        vec::Vec,
    };
}

/// Words in kk, ru and en as one [`fields::Words`]: `words!["Жынысы", "Пол", "Sex"]`.
#[cfg(feature = "form")]
macro_rules! words {
    ($kk:literal, $ru:literal, $en:literal $(,)?) => {
        $crate::words::Words::joined(concat!($kk, "\0", $ru, "\0", $en))
    };
}

pub mod batch;
mod bin;
// Generated from locales/*.toml (tests/common/codegen.rs): as written, not as rustfmt lays it out.
#[rustfmt::skip]
mod catalogue;
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
pub mod fields;
#[cfg(feature = "form")]
pub mod form;
#[cfg(feature = "form")]
pub mod html;
mod i18n;
mod iin;
#[cfg(feature = "form")]
pub mod markup;
pub mod messages;
#[cfg(feature = "mrz")]
pub mod mrz;
#[cfg(feature = "seal")]
pub mod seal;
#[cfg(feature = "form")]
pub mod translit;
mod unicode_digits;
mod words;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use bin::{Bin, Division, EntityInfo, EntityType, REGISTRATION_PIVOT};
pub use checksum::check_digit;
pub use date::Date;
pub use digits::{compact, MAX_INPUT_CHARS};
pub use error::{Code, ParseError};
pub use i18n::Lang;
pub use iin::{form, Birth, Iin, Sex};
