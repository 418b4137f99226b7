//! The application validator on arbitrary JSON, arbitrary records (and arbitrary date boxes):
//! never a panic, a coherent report, and a valid application that stays valid.
#![no_main]

use kz_iin::form::{date_from_parts, validate, validate_raw, Context, RawApplication};
use kz_iin::messages::issue_message;
use kz_iin::{Date, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let context = Context {
        today: Date::new(2026, 11, 21).unwrap(),
    };
    // The same input as JSON (what a server reads) and as a record (what the WebAssembly
    // boundary reads): either way a coherent report, and a record reads back as written.
    let text = String::from_utf8_lossy(data);
    let from_record = RawApplication::from_record(&text);
    assert_eq!(
        RawApplication::from_record(&from_record.to_record()),
        from_record
    );
    for raw in serde_json::from_slice::<RawApplication>(data)
        .into_iter()
        .chain([from_record])
    {
        let report = validate_raw(&raw, &context);
        assert_eq!(report.valid, report.errors.is_empty());
        assert!(report
            .errors
            .iter()
            .chain(&report.warnings)
            .all(|i| [Lang::Kk, Lang::Ru, Lang::En]
                .iter()
                .all(|&lang| !issue_message(lang, i).is_empty())));
        if report.valid {
            let again = validate(&report.normalized, &context);
            assert!(again.valid);
            assert_eq!(again.normalized, report.normalized);
        }
    }
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
