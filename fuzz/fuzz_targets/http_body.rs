//! The service's intake on arbitrary request bodies: the bytes read as JSON (`POST
//! /api/applications`) and as a form post (`POST /apply`) through the very code the service
//! runs (server/src/intake.rs, included as it is), then checked by the core. Never a panic,
//! every text in NFC, read and kept, a coherent report, and a valid application that reads back the same.
#![no_main]

#[path = "../../server/src/intake.rs"]
#[allow(dead_code)]
mod intake;

use kz_iin::form::{validate, validate_raw, Context, Controls, RawApplication, RawValue};
use kz_iin::Date;
use libfuzzer_sys::fuzz_target;
use unicode_normalization::is_nfc;

fn check(raw: &RawApplication, context: &Context) {
    for (_, value) in raw.entries.iter().flatten() {
        if let RawValue::Text(text) = value {
            assert!(is_nfc(text), "a text not in NFC: {text:?}");
        }
    }
    // What the service keeps: the core's report, its texts composed again (intake::validated).
    let report = intake::validated(raw.clone(), context);
    assert_eq!(report.valid, report.errors.is_empty());
    let kept = serde_json::to_value(&report.normalized).unwrap();
    assert!(texts(&kept).all(is_nfc), "a kept text not in NFC: {kept}");
    if report.valid {
        // What the service keeps, read again as a client would send it: the same application.
        let kept = serde_json::to_vec(&report.normalized).unwrap();
        let again = validate_raw(&intake::json(&kept).unwrap(), context);
        assert!(again.valid);
        assert_eq!(again.normalized, report.normalized);
        assert_eq!(
            validate(&report.normalized, context).normalized,
            report.normalized
        );
    }
}

/// Every text in a JSON value.
fn texts(value: &serde_json::Value) -> Box<dyn Iterator<Item = &str> + '_> {
    match value {
        serde_json::Value::String(text) => Box::new(std::iter::once(text.as_str())),
        serde_json::Value::Array(items) => Box::new(items.iter().flat_map(texts)),
        serde_json::Value::Object(map) => Box::new(map.values().flat_map(texts)),
        _ => Box::new(std::iter::empty()),
    }
}

fuzz_target!(|data: &[u8]| {
    let context = Context {
        today: Date::new(2026, 12, 3).unwrap(),
    };
    if let Ok(raw) = intake::json(data) {
        check(&raw, &context);
    }
    if let Ok(pairs) = intake::form(data) {
        assert!(pairs.iter().all(|(_, v)| is_nfc(v)));
        let (raw, _) = Controls::new(pairs).application();
        check(&raw, &context);
    }
});
