//! Property tests: forming and parsing agree, unissuable bases never validate, nothing panics,
//! and the check digit's known blind spots are what the book documents (docs/src/portal/rules.md).

mod common {
    pub mod typos;
}

use common::typos;
use kz_iin::{batch, check_digit, compact, form, Bin, Code, Iin, ParseError};
use proptest::prelude::*;

fn digits_str(d: &[u8]) -> String {
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn forming_then_parsing_round_trips(base in prop::array::uniform11(0u8..10)) {
        let text = digits_str(&base);
        match form(&text) {
            Ok(iin) => {
                prop_assert_eq!(&iin.as_str()[..11], text.as_str());
                prop_assert_eq!(Iin::parse(iin.as_str()), Ok(iin));
                prop_assert_eq!(check_digit(&base), Some(iin.as_str().as_bytes()[11] - b'0'));
                prop_assert!(Bin::parse(iin.as_str()).is_ok());
            }
            Err(e) => {
                prop_assert_eq!(e, ParseError::Unissuable);
                prop_assert_eq!(check_digit(&base), None);
            }
        }
    }

    /// The WebAssembly boundary gives a valid number typed with separators or digits of other
    /// scripts as its compaction (src/wasm.rs, check): that must be the number itself.
    #[test]
    fn a_valid_number_as_typed_compacts_to_itself(
        base in prop::array::uniform11(0u8..10),
        separators in prop::collection::vec(prop::sample::select(vec!["", " ", "-", "\u{a0}", "\u{200b}", "."]), 12),
        fullwidth in any::<bool>(),
    ) {
        if let Ok(iin) = form(&digits_str(&base)) {
            let typed: String = iin.as_str().chars().zip(&separators).map(|(d, sep)| {
                let digit = if fullwidth { char::from_u32(0xFF10 + u32::from(d) - 0x30).unwrap() } else { d };
                format!("{sep}{digit}")
            }).collect();
            prop_assert_eq!(Iin::parse(&typed).map(|i| i.as_str().to_string()), Ok(compact(&typed)));
        }
    }

    #[test]
    fn exactly_one_completion_of_an_issuable_base_is_valid(base in prop::array::uniform11(0u8..10)) {
        let text = digits_str(&base);
        let valid: Vec<u8> = (0..10u8)
            .filter(|c| Iin::parse(&format!("{text}{c}")).is_ok())
            .collect();
        match check_digit(&base) {
            Some(c) => prop_assert_eq!(valid, vec![c]),
            None => {
                prop_assert!(valid.is_empty());
                for c in 0..10 {
                    prop_assert_eq!(Iin::parse(&format!("{text}{c}")), Err(ParseError::Unissuable));
                }
            }
        }
    }

    #[test]
    fn separators_never_change_the_verdict(base in prop::array::uniform11(0u8..10), sep in "[ \\-.\u{00A0}\u{200B}]{0,3}") {
        let text = digits_str(&base);
        if let Ok(iin) = form(&text) {
            let spaced: String = iin.as_str().chars().flat_map(|c| [c].into_iter().chain(sep.chars())).collect();
            prop_assert_eq!(Iin::parse(&spaced), Ok(iin));
        }
    }

    #[test]
    fn short_ascii_lines_get_the_code_parsing_gives(s in "[0-9 .\\-\t\x0bOoa/:~]{0,70}") {
        let parsed = Iin::parse(&s);
        prop_assert_eq!(batch::check_line(s.as_bytes()), parsed.map_or_else(|e| e.code(), |_| Code::Valid));
    }

    #[test]
    fn arbitrary_text_never_panics_and_ok_means_compact_digits(s in "\\PC*") {
        let parsed = Iin::parse(&s);
        if let Ok(iin) = parsed {
            prop_assert_eq!(compact(&s), iin.as_str());
        }
        let _ = form(&s);
        let _ = Bin::parse(&s).map(|b| b.entity());
        prop_assert_eq!(batch::check_line(s.as_bytes()), parsed.map_or_else(|e| e.code(), |_| Code::Valid));
    }

    #[test]
    fn the_batch_fast_path_agrees_with_parsing(lines in prop::collection::vec(prop_oneof![
        "[0-9]{12}",
        "[0-9]{11}[0-9a/:\u{7f}]",
        "[/-:]{12}",
        "[0-9]{0,14}\r?",
    ], 0..50)) {
        let text = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
        let mut out = Vec::new();
        batch::check_lines(text.as_bytes(), &mut out);
        let expected: Vec<u8> = lines.iter().map(|l| batch::check_line(l.trim_end_matches('\r').as_bytes()) as u8).collect();
        prop_assert_eq!(out, expected);
    }

    #[test]
    fn whole_blocks_and_one_odd_line_agree_with_parsing(mut lines in prop::collection::vec("[0-9]{12}", 0..100), at in 0usize..100, odd in "[0-9a\r]{0,13}") {
        // Long runs of regular lines take the block path; one odd line makes its block go the long way.
        let at = at % (lines.len() + 1);
        lines.insert(at, odd);
        let text = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
        let mut out = Vec::new();
        batch::check_lines(text.as_bytes(), &mut out);
        let expected: Vec<u8> = lines.iter().map(|l| batch::check_line(l.strip_suffix('\r').unwrap_or(l).as_bytes()) as u8).collect();
        prop_assert_eq!(out, expected);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let mut out = Vec::new();
        batch::check_lines(&bytes, &mut out);
        prop_assert_eq!(out.len(), batch::count_lines(&bytes));
    }

    #[test]
    fn the_first_offending_character_is_named(prefix in "[0-9 ]{0,20}", bad in "[a-zA-Zа-яА-ЯәіңғүұқөһӘІҢҒҮҰҚӨҺ<>&]", rest in "\\PC{0,20}") {
        let input = format!("{prefix}{bad}{rest}");
        let expected = ParseError::InvalidCharacter {
            position: prefix.chars().count() + 1,
            character: bad.chars().next().unwrap(),
        };
        prop_assert_eq!(Iin::parse(&input), Err(expected));
    }
}

#[test]
fn the_check_digit_misses_what_the_readme_says_it_misses() {
    let s = typos::measure(20_000, 7);
    let pct: Vec<f64> = s.substitution.iter().map(|p| typos::pct(*p)).collect();
    // A wrong check digit is always caught: only one digit is valid for a base.
    assert_eq!(pct[11], 0.0);
    // Digit 11 has weight 11 = 0 (mod 11) in the first cycle: most of its typos go unseen.
    assert!(pct[10] > 85.0, "position 11: {}", pct[10]);
    for (i, p) in pct.iter().take(10).enumerate() {
        assert!(*p < 3.0, "position {}: {p}", i + 1);
    }
    let overall = typos::pct(typos::total(&s.substitution));
    assert!((7.0..11.0).contains(&overall), "overall {overall}");
    let swaps = typos::pct(typos::total(&s.transposition));
    assert!(swaps < 3.0, "swaps {swaps}");
    let unissuable = typos::pct(s.unissuable);
    assert!((0.5..1.2).contains(&unissuable), "unissuable {unissuable}");
}

#[cfg(feature = "form")]
mod form_properties {
    use kz_iin::form::{validate_raw, Context, Field, RawApplication};
    use kz_iin::{Date, Lang};
    use proptest::prelude::*;
    use serde_json::{Map, Value};

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(Field::ALL.map(|f| f.key()).to_vec()).prop_map(String::from),
            "\\PC{0,12}",
        ]
    }

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<f64>()
                .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            "\\PC{0,40}".prop_map(Value::String),
            "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
            "[A-Z]{3}".prop_map(Value::String),
        ]
    }

    fn json() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(3, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((key(), inner), 0..30)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_json_gives_a_coherent_report(data in json(), y in 1900u16..2100, lang in prop::sample::select(vec![Lang::Kk, Lang::Ru, Lang::En])) {
            let raw: RawApplication = serde_json::from_value(data).unwrap();
            let today = Date::new(y, 6, 15).unwrap();
            let report = validate_raw(&raw, &Context { today });
            prop_assert_eq!(report.valid, report.errors.is_empty());
            for issue in report.errors.iter().chain(&report.warnings) {
                prop_assert!(!kz_iin::messages::issue_message(lang, issue).is_empty());
                prop_assert_eq!(issue.problem.is_warning(), report.warnings.contains(issue));
            }
            // One error per field at most, and the normalised value validates again unchanged.
            let mut fields: Vec<_> = report.errors.iter().map(|e| e.field).collect();
            fields.dedup();
            prop_assert_eq!(fields.len(), report.errors.len());
            if report.valid {
                let again = kz_iin::form::validate(&report.normalized, &Context { today });
                prop_assert!(again.valid);
                prop_assert_eq!(again.normalized, report.normalized);
            }
        }
    }
}
