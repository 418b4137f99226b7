//! MRZ reading and transliteration on arbitrary text: never a panic; a zone that parses fills
//! only well-formed values (real dates, known document types, A-Z names); every error has a
//! message in every language.
#![no_main]

use kz_iin::messages::mrz_message;
use kz_iin::mrz::parse;
use kz_iin::translit::{matches_icao, suggest_cyrillic, suggest_latin};
use kz_iin::{Date, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match parse(&text, Date::new(2026, 12, 2).unwrap()) {
        Ok(mrz) => {
            assert!(kz_iin::form::DOCUMENT_TYPES.iter().any(|c| c.value == mrz.document_type));
            assert!(mrz.surname.chars().all(|c| c.is_ascii_alphanumeric() || c == ' '));
            for (_, value) in mrz.fields() {
                assert!(!value.contains('<'));
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                    assert!(!mrz_message(lang, e).is_empty());
                }
            }
        }
    }
    let latin = suggest_latin(&text);
    let _ = matches_icao(&latin, &text);
    if let Some(cyrillic) = suggest_cyrillic(&text) {
        assert!(!cyrillic.chars().any(|c| c.is_ascii_alphabetic()));
    }
});
