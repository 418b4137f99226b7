#![cfg(feature = "form")]
//! The shared test applications (tests/vectors/applications.json) through the Rust API, and the
//! form's reference data against the seed text.

use kz_iin::form::{validate_raw, Context, Field, Issue, Problem, RawApplication};
use kz_iin::messages::issue_message;
use kz_iin::{data, Date, Lang};
use serde_json::Value;

fn applications() -> Value {
    serde_json::from_str(include_str!("vectors/applications.json")).unwrap()
}

fn pairs(list: &Value) -> Vec<(Option<String>, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["field"].as_str().map(String::from),
                i["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_test_application_gets_exactly_its_errors_and_warnings() {
    let v = applications();
    let today: Date = v["today"].as_str().unwrap().parse().unwrap();
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() >= 50);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let raw: RawApplication = serde_json::from_value(case["data"].clone()).unwrap();
        let report = validate_raw(&raw, &Context { today });
        let got = |issues: &[Issue]| -> Vec<(Option<String>, String)> {
            issues
                .iter()
                .map(|i| (i.key().map(String::from), i.code().to_string()))
                .collect()
        };
        assert_eq!(
            got(&report.errors),
            pairs(&case["errors"]),
            "{name}: errors"
        );
        assert_eq!(
            got(&report.warnings),
            pairs(&case["warnings"]),
            "{name}: warnings"
        );
        assert_eq!(report.valid, report.errors.is_empty());
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            for issue in report.errors.iter().chain(&report.warnings) {
                let message = issue_message(lang, issue);
                assert!(message.chars().count() > 10, "{name}: {issue:?}");
                assert!(!message.contains('{'), "{name}: {message}");
            }
        }
        if let Some(expected) = case.get("value") {
            let value = serde_json::to_value(&report.normalized).unwrap();
            for (key, want) in expected.as_object().unwrap() {
                assert_eq!(&value[key], want, "{name}: value of {key}");
            }
        }
    }
}

#[test]
fn a_valid_application_comes_back_normalised_and_without_unknown_keys() {
    let raw: RawApplication = serde_json::from_str(
        r#"{"surnameLatin": " Smith ", "favouriteColour": "blue", "__proto__": "x", "sex": null}"#,
    )
    .unwrap();
    let ctx = Context {
        today: Date::new(2026, 11, 21).unwrap(),
    };
    let report = validate_raw(&raw, &ctx);
    let value = serde_json::to_value(&report.normalized).unwrap();
    assert_eq!(value["surnameLatin"], "Smith");
    assert!(value.get("favouriteColour").is_none() && value.get("__proto__").is_none());
    let warnings: Vec<(Option<&str>, &str)> = report
        .warnings
        .iter()
        .map(|w| (w.key(), w.code()))
        .collect();
    assert_eq!(
        warnings,
        [
            (Some("givenNameLatin"), "given_name_missing"),
            (Some("favouriteColour"), "unknown_field"),
            (Some("__proto__"), "unknown_field")
        ]
    );
}

#[test]
fn messages_name_the_field_and_the_character() {
    let raw: RawApplication = serde_json::from_str(r#"{"surnameCyrillic": "Мюллeр"}"#).unwrap();
    let expected = [
        (Lang::En, "Your surname in Cyrillic letters must be in Cyrillic letters: “e” (character 5) is a Latin letter"),
        (Lang::Ru, "«Фамилия в кириллической транскрипции» нужно написать кириллицей: «e» (позиция 5) — латинская буква"),
        (Lang::Kk, "«Тегі кириллица транскрипциясында» кириллицамен жазылуы керек: «e» (5-орын) — латын әрпі"),
    ];
    let report = validate_raw(
        &raw,
        &Context {
            today: Date::new(2026, 1, 1).unwrap(),
        },
    );
    let issue = report
        .errors
        .iter()
        .find(|e| e.code() == "wrong_script")
        .unwrap();
    assert_eq!((issue.position(), issue.character()), (Some(5), Some('e')));
    for (lang, message) in expected {
        assert_eq!(issue_message(lang, issue), message);
    }
}

#[test]
fn every_code_has_a_message_in_every_language() {
    let problems = [
        Problem::Required,
        Problem::InvalidType,
        Problem::TooLong { max: 100 },
        Problem::InvalidCharacter {
            position: 1,
            character: '\u{202E}',
        },
        Problem::InvalidDate,
        Problem::DateInFuture,
        Problem::DateTooOld {
            earliest: Date::new(1901, 1, 1).unwrap(),
        },
        Problem::IssuedBeforeBirth,
        Problem::ExpiryBeforeIssue,
        Problem::DocumentExpired,
        Problem::UnknownValue,
        Problem::CitizenshipKaz,
        Problem::ConsentRequired,
        Problem::GivenNameMissing,
        Problem::NotAnObject,
    ];
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        for field in Field::ALL {
            for p in &problems {
                let issue = Issue {
                    field: Some(field),
                    problem: p.clone(),
                };
                let m = issue_message(lang, &issue);
                assert!(m.chars().count() > 8, "{lang:?} {field:?} {p:?}: {m:?}");
            }
            assert!(!kz_iin::messages::label(lang, field).is_empty());
        }
        for problem in [
            Problem::NotAnObject,
            Problem::UnknownField { key: "x".into() },
        ] {
            let m = issue_message(
                lang,
                &Issue {
                    field: None,
                    problem,
                },
            );
            assert!(m.chars().count() > 8, "{m}");
        }
    }
}

#[test]
fn the_institutions_are_the_96_of_the_seed_with_its_kazakh_names() {
    let seed = include_str!("seeds/000_de31256ef39f5168.txt");
    let listed: Vec<(u8, &str)> = seed
        .lines()
        .filter_map(|l| {
            let (n, rest) = l.trim().split_once(". ")?;
            let n: u8 = n.parse().ok()?;
            rest.starts_with("Қазақстан Республикасының")
                .then(|| (n, rest.trim_end().trim_end_matches('.')))
        })
        .collect();
    assert_eq!(listed.len(), 96);
    let ours: Vec<_> = data::institutions_in_seed_order().collect();
    assert_eq!(ours.len(), 96);
    for (inst, (n, name)) in ours.iter().zip(&listed) {
        assert_eq!(inst.number, *n);
        assert_eq!(inst.name(Lang::Kk), *name);
        assert!(data::country(inst.country).is_some(), "{}", inst.id);
        assert!(!inst.name(Lang::Ru).is_empty() && !inst.name(Lang::En).is_empty());
    }
    let mut ids: Vec<&str> = ours.iter().map(|i| i.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 96, "ids are unique");
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        let mut sorted: Vec<u8> = data::institutions(lang).map(|i| i.number).collect();
        sorted.sort_unstable();
        assert_eq!(sorted, (1..=96).collect::<Vec<u8>>());
    }
}

#[test]
fn countries_cover_iso_and_icao_codes_in_each_alphabet() {
    for code in ["KAZ", "DEU", "USA", "XXA", "XXB", "XXC", "XXX"] {
        assert!(data::country(code).is_some(), "{code}");
    }
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        assert_eq!(data::countries(lang).count(), 254);
    }
    let ru: Vec<&str> = data::countries(Lang::Ru)
        .map(|c| c.name(Lang::Ru))
        .collect();
    assert!(ru.iter().position(|n| *n == "Австралия") < ru.iter().position(|n| *n == "Ямайка"));
    assert!(!ru.contains(&"США"), "no abbreviations");
}
