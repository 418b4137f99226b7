//! IIN/BIN parsing, forming and compaction on arbitrary text: no panic, and the invariants the
//! API promises.
#![no_main]

use kz_iin::{batch, check_digit, compact, form, Bin, Code, Iin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = Iin::parse(&text);
    if let Ok(iin) = &parsed {
        // A valid number is its input's digits, and its own check digit agrees.
        assert_eq!(compact(&text), iin.as_str());
        let digits: Vec<u8> = iin.as_str().bytes().map(|b| b - b'0').collect();
        let base: [u8; 11] = digits[..11].try_into().unwrap();
        assert_eq!(check_digit(&base), Some(digits[11]));
        let _ = iin.birth();
        assert_eq!(
            Bin::parse(&text).map(|b| b.as_str().to_string()),
            Ok(iin.as_str().to_string())
        );
    }
    let _ = Bin::parse(&text).map(|b| b.entity());
    if let Ok(formed) = form(&text) {
        assert!(Iin::parse(formed.as_str()).is_ok());
    }
    // The batch check of one line says what parse says.
    if !data.contains(&b'\n') && !data.ends_with(b"\r") {
        let code = batch::check_line(data);
        if std::str::from_utf8(data).is_ok() {
            assert_eq!(code, parsed.map_or_else(|e| e.code(), |_| Code::Valid));
        }
    }
});
