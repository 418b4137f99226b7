#![cfg(feature = "mrz")]
//! The MRZ vectors (tests/vectors/mrz.json) through the Rust API, and the transliteration
//! tables: what they give, and where they round-trip.

use kz_iin::form::{validate, Application, Context, Field};
use kz_iin::messages::{self, mrz_message};
use kz_iin::mrz::{self, parse, MrzError};
use kz_iin::translit::{icao_latin, matches_icao, suggest_cyrillic, suggest_latin};
use kz_iin::{Date, Lang};
use proptest::prelude::*;
use serde_json::Value;

fn vectors() -> (Date, Vec<Value>) {
    let v: Value = serde_json::from_str(include_str!("vectors/mrz.json")).unwrap();
    let today = v["today"].as_str().unwrap().parse().unwrap();
    (today, v["cases"].as_array().unwrap().clone())
}

#[test]
fn every_mrz_vector_parses_to_its_fields_or_its_errors() {
    let (today, cases) = vectors();
    assert!(cases.len() >= 30);
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let outcome = parse(case["text"].as_str().unwrap(), today);
        if case["valid"].as_bool().unwrap() {
            let mrz = outcome.unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(
                mrz.format.as_str(),
                case["format"].as_str().unwrap(),
                "{name}"
            );
            let got: Vec<(String, String)> = mrz
                .fields()
                .into_iter()
                .map(|(f, v)| (f.key().to_string(), v))
                .collect();
            let mut want: Vec<(String, String)> = case["fields"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect();
            let mut got_sorted = got.clone();
            got_sorted.sort();
            want.sort();
            assert_eq!(got_sorted, want, "{name}");
            if let Some(optional) = case.get("optionalData") {
                assert_eq!(mrz.optional_data, optional.as_str().unwrap(), "{name}");
            }
            let truncated = case.get("namesTruncated").is_some_and(|t| t == true);
            assert_eq!(mrz.names_truncated, truncated, "{name}");
        } else {
            let errors = outcome.err().unwrap_or_else(|| panic!("{name}: parsed"));
            let want = case["errors"].as_array().unwrap();
            assert_eq!(errors.len(), want.len(), "{name}: {errors:?}");
            for (e, w) in errors.iter().zip(want) {
                assert_eq!(e.code(), w["code"].as_str().unwrap(), "{name}");
                assert_eq!(e.field().map(|f| f.key()), w["field"].as_str(), "{name}");
                if let MrzError::CheckDigit { expected, .. } = e {
                    if let Some(x) = w["expected"].as_u64() {
                        assert_eq!(u64::from(*expected), x, "{name}");
                    }
                }
                if let MrzError::InvalidCharacter { line, position, .. } = e {
                    assert_eq!(*line as u64, w["line"].as_u64().unwrap(), "{name}");
                    assert_eq!(*position as u64, w["position"].as_u64().unwrap(), "{name}");
                }
                for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                    assert!(!mrz_message(lang, e).is_empty(), "{name}");
                }
            }
        }
    }
}

#[test]
fn the_check_digits_of_domain_notes() {
    for (data, digit) in [
        ("L898902C3", 6),
        ("740812", 2),
        ("120415", 9),
        ("ZE184226B<<<<<", 1),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7),
        ("0123456789", 7),
        ("0123456789ABCDEF", 0),
    ] {
        assert_eq!(mrz::check_digit(data.as_bytes()), digit, "{data}");
    }
}

#[test]
fn two_digit_years_put_births_in_the_past_and_expiries_near_today() {
    let (_, cases) = vectors();
    let spec = cases[0]["text"].as_str().unwrap();
    // On 2074-08-11 the specimen holder (born 740812) cannot be born in 2074: 1974.
    let day = Date::new(2074, 8, 11).unwrap();
    assert_eq!(parse(spec, day).unwrap().birth_date.unwrap().year(), 1974);
    // On 2074-08-12 she can: the latest century that is not in the future.
    let day = Date::new(2074, 8, 12).unwrap();
    assert_eq!(parse(spec, day).unwrap().birth_date.unwrap().year(), 2074);
    // Expiry 120415: 2012 from today; 2112 once 2062 is passed.
    let today = Date::new(2026, 12, 2).unwrap();
    assert_eq!(
        parse(spec, today).unwrap().expiry_date.unwrap().year(),
        2012
    );
    assert_eq!(
        parse(spec, Date::new(2070, 1, 1).unwrap())
            .unwrap()
            .expiry_date
            .unwrap()
            .year(),
        2112
    );
}

#[test]
fn a_good_zone_gives_the_form_every_field_the_zone_carries() {
    let (today, cases) = vectors();
    let good = parse(cases[0]["text"].as_str().unwrap(), today).unwrap();
    let keys: Vec<Field> = good.fields().into_iter().map(|(f, _)| f).collect();
    for f in [
        Field::SurnameLatin,
        Field::GivenNameLatin,
        Field::DocumentNumber,
        Field::Citizenship,
        Field::BirthDate,
        Field::Sex,
        Field::DocumentExpiryDate,
        Field::DocumentIssuingCountry,
        Field::DocumentType,
    ] {
        assert!(keys.contains(&f), "{f:?}");
    }
}

proptest! {
    #[test]
    fn any_text_parses_or_errs_without_panicking(s in "\\PC{0,200}") {
        let _ = parse(&s, Date::new(2026, 12, 2).unwrap());
    }

    #[test]
    fn any_zone_of_mrz_characters_parses_or_errs(lines in prop::collection::vec("[A-Z0-9<]{30}", 3)) {
        let _ = parse(&lines.join("\n"), Date::new(2026, 12, 2).unwrap());
    }

    #[test]
    fn russian_names_round_trip_through_icao_and_back(name in "[АБВГДЖЗИКЛМНОПРСТУФХЦЧШЮЯ][абвгджзиклмнопрстуфхцчшюя]{1,12}") {
        // Where ICAO's table can be read backwards: no letter with two Latin spellings (Е/Э/Ё,
        // И/Й, Ъ, Ь, Ы; Щ, which Ш+Ч also spell), no two letters whose spellings run into a
        // digraph (Т+С reads as Ц), and no word-final Я after a consonant (Мария reads -ИЯ).
        let latin = suggest_latin(&name);
        prop_assert!(matches_icao(&latin, &name));
        let joined = ["TS", "SH", "CH", "ZH", "KH", "IU", "IA"]
            .iter()
            .map(|g| latin.to_uppercase().matches(g).count())
            .sum::<usize>();
        let digraph_letters = name.to_uppercase().chars().filter(|c| "ЦШЧЖХЮЯ".contains(*c)).count()
;
        prop_assume!(joined == digraph_letters);
        prop_assume!(!latin.to_uppercase().contains("SHCH"));
        let upper: Vec<char> = name.to_uppercase().chars().collect();
        prop_assume!(!(upper.len() >= 2 && upper[upper.len() - 1] == 'Я' && !"АОУИЯЮ".contains(upper[upper.len() - 2])));
        let back = suggest_cyrillic(&latin).unwrap();
        let mut expected: String = name.chars().take(1).collect();
        expected.extend(name.chars().skip(1).flat_map(char::to_lowercase));
        prop_assert_eq!(back, expected);
    }
}

#[test]
fn the_icao_table_b_letters_and_the_kazakh_choice() {
    assert_eq!(icao_latin("Жанна Хабибуллина"), "ZHANNA KHABIBULLINA");
    assert_eq!(icao_latin("Щёкин"), "SHCHEKIN");
    assert_eq!(icao_latin("Цой Юрьевич"), "TSOI IUREVICH");
    assert_eq!(icao_latin("Подъячев"), "PODIEIACHEV");
    assert_eq!(icao_latin("Євгенія Ґалаґан"), "IEVGENIIA GALAGAN");
    assert_eq!(icao_latin("Әлия Ғалымжанқызы"), "ALIIA GALYMZHANKYZY");
    assert_eq!(
        icao_latin("Өмірзақ Ұлықбек Үсен Һ"),
        "OMIRZAK ULYKBEK USEN KH"
    );
    assert_eq!(suggest_latin("сергей ЧЕРНЫШЁВ"), "Sergei Chernyshev");
    assert_eq!(suggest_latin("Мария-Тереза д'Арк"), "Mariia-Tereza D'Ark");
}

#[test]
fn latin_names_get_cyrillic_suggestions_that_read_back_to_them() {
    for (latin, cyrillic) in [
        ("Ivanov", "Иванов"),
        ("Shchukina", "Щукина"),
        ("Zhukov", "Жуков"),
        ("Khabibullin", "Хабибуллин"),
        ("Tsoi", "Цои"),
        ("Maria", "Мария"),
        ("Liudmila", "Людмила"),
        ("Tatiana", "Татяна"),
        ("Iuliia", "Юлия"),
        ("Yuliya", "Юлия"),
        ("Nikolay", "Николай"),
        ("Rybakov", "Рыбаков"),
        ("Eriksson", "Эрикссон"),
        ("Müller", "Муллер"),
        ("Anna-Maria", "Анна-Мария"),
    ] {
        assert_eq!(
            suggest_cyrillic(latin).as_deref(),
            Some(cyrillic),
            "{latin}"
        );
    }
    assert_eq!(suggest_cyrillic("R2D2"), None);
    assert_eq!(suggest_cyrillic("Ωmega"), None);
}

fn russian(latin: &str, cyrillic: &str) -> Application {
    Application {
        surname_latin: Some(latin.into()),
        surname_cyrillic: Some(cyrillic.into()),
        given_name_latin: Some("Iuliia".into()),
        given_name_cyrillic: Some("Юлия".into()),
        citizenship: Some("RUS".into()),
        ..Application::default()
    }
}

#[test]
fn a_latin_name_that_is_not_the_icao_form_is_a_warning_with_the_icao_spelling() {
    let ctx = Context {
        today: Date::new(2026, 12, 2).unwrap(),
    };
    let report = validate(&russian("Ivanova", "Иванова"), &ctx);
    assert!(!report
        .warnings
        .iter()
        .any(|w| w.code() == "transliteration_mismatch"));
    let report = validate(&russian("Ivanoff", "Иванова"), &ctx);
    let w = report
        .warnings
        .iter()
        .find(|w| w.code() == "transliteration_mismatch")
        .expect("a warning");
    assert_eq!(w.key(), Some("surnameLatin"));
    assert_eq!(w.suggestion(), Some("Ivanova"));
    let en = messages::issue_message(Lang::En, w);
    assert!(en.contains("“Ivanova”"), "{en}");
    assert!(!report
        .errors
        .iter()
        .any(|e| e.code() == "transliteration_mismatch"));
    // Only for passports that print Cyrillic names: a German Мюллер/Müller is no mismatch.
    let mut german = russian("Müller", "Мюллер");
    german.citizenship = Some("DEU".into());
    assert!(!validate(&german, &ctx)
        .warnings
        .iter()
        .any(|w| w.code() == "transliteration_mismatch"));
    for lang in [Lang::Kk, Lang::Ru] {
        let report = validate(&russian("Ivanoff", "Иванова"), &ctx);
        let w = report
            .warnings
            .iter()
            .find(|w| w.code() == "transliteration_mismatch")
            .unwrap();
        let text = messages::issue_message(lang, w);
        assert!(text.contains("«Ivanova»"), "{text}");
    }
}

#[test]
fn an_mrz_message_names_the_field_its_check_digit_protects() {
    let (today, cases) = vectors();
    let case = cases
        .iter()
        .find(|c| c["name"] == "td3-expiry-check-digit")
        .unwrap();
    let errors = parse(case["text"].as_str().unwrap(), today).unwrap_err();
    assert!(mrz_message(Lang::En, &errors[0]).contains("the date of expiry"));
    assert!(mrz_message(Lang::Ru, &errors[0]).contains("даты окончания срока действия"));
    assert!(mrz_message(Lang::Kk, &errors[0]).contains("қолданылу мерзімінің"));
}
