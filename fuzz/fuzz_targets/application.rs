//! The application validator on arbitrary JSON (and arbitrary date boxes): never a panic, a
//! coherent report, and a valid application that stays valid.
#![no_main]

use kz_iin::form::{date_from_parts, validate, validate_raw, Context, RawApplication};
use kz_iin::{Date, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let context = Context {
        today: Date::new(2026, 11, 21).unwrap(),
        lang: Lang::Kk,
    };
    if let Ok(raw) = serde_json::from_slice::<RawApplication>(data) {
        let report = validate_raw(&raw, &context);
        assert_eq!(report.valid, report.errors.is_empty());
        assert!(report
            .errors
            .iter()
            .chain(&report.warnings)
            .all(|i| !i.message.is_empty()));
        if report.valid {
            let again = validate(&report.normalized, &context);
            assert!(again.valid);
            assert_eq!(again.normalized, report.normalized);
        }
    }
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\u{1}');
    let (d, m, y) = (
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
    );
    if let Ok(Some(date)) = date_from_parts(d, m, y) {
        assert!(date.to_string().parse::<Date>().is_ok());
    }
});
