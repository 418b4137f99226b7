//! Replays the shared vectors (tests/vectors/iin.json, computed independently in Python) and the
//! 270 published BINs through the Rust API.

use kz_iin::{batch, form, Bin, Code, Iin, ParseError};
use serde_json::Value;

fn vectors() -> Value {
    serde_json::from_str(include_str!("vectors/iin.json")).expect("tests/vectors/iin.json parses")
}

fn expected_code(case: &Value) -> &str {
    case["code"].as_str().unwrap_or("")
}

#[test]
fn every_case_parses_as_the_vectors_say() {
    let v = vectors();
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() > 50);
    for case in cases {
        let input = case["input"].as_str().unwrap();
        let note = case["note"].as_str().unwrap();
        let result = Iin::parse(input);
        if case["valid"].as_bool().unwrap() {
            let iin = result.unwrap_or_else(|e| panic!("{note}: {input:?} rejected: {e}"));
            assert_eq!(iin.as_str(), case["value"].as_str().unwrap(), "{note}");
            let birth = iin.birth();
            match case.get("birth") {
                Some(b) => {
                    let birth = birth.unwrap_or_else(|| panic!("{note}: no birth decoded"));
                    assert_eq!(
                        birth.date.to_string(),
                        b["date"].as_str().unwrap(),
                        "{note}"
                    );
                    assert_eq!(birth.sex.as_str(), b["sex"].as_str().unwrap(), "{note}");
                }
                None => assert_eq!(birth, None, "{note}"),
            }
            // A BIN is the same number under the same rules; only the decoding differs.
            let bin = Bin::parse(input).unwrap();
            let info = bin.entity();
            let entity = &case["entity"];
            let registered = info.registered.map(|(y, m)| format!("{y:04}-{m:02}"));
            assert_eq!(
                registered.as_deref(),
                entity["registered"].as_str(),
                "{note}"
            );
            assert_eq!(
                info.entity_type.map(|t| t.as_str()),
                entity["type"].as_str(),
                "{note}"
            );
            assert_eq!(
                info.division.map(|d| d.as_str()),
                entity["division"].as_str(),
                "{note}"
            );
        } else {
            let err = result.expect_err(note);
            assert_eq!(err.code().as_str(), expected_code(case), "{note}: {err}");
            assert_eq!(Bin::parse(input).unwrap_err(), err, "{note}");
            match err {
                ParseError::InvalidCharacter {
                    position,
                    character,
                } => {
                    assert_eq!(Some(position as u64), case["position"].as_u64(), "{note}");
                    let expected = case["character"].as_str().unwrap();
                    assert_eq!(character.to_string(), expected, "{note}");
                }
                ParseError::Length { found, expected } => {
                    assert_eq!(Some(found as u64), case["found"].as_u64(), "{note}");
                    assert_eq!(expected, 12);
                }
                ParseError::TooLong { .. } => assert!(case.get("found").is_none(), "{note}"),
                ParseError::Checksum { expected, found } => {
                    assert_eq!(
                        Some(u64::from(expected)),
                        case["expected"].as_u64(),
                        "{note}"
                    );
                    assert_eq!(
                        u32::from(found),
                        input.chars().last().unwrap().to_digit(10).unwrap()
                    );
                }
                ParseError::Empty | ParseError::Unissuable => {}
            }
        }
    }
}

#[test]
fn batch_agrees_with_parse_on_every_case() {
    let v = vectors();
    for case in v["cases"].as_array().unwrap() {
        let input = case["input"].as_str().unwrap();
        if input.contains('\n') || input.contains('\r') {
            continue; // a line ending would split it into two lines
        }
        let expected = if case["valid"].as_bool().unwrap() {
            Code::Valid
        } else {
            Iin::parse(input).unwrap_err().code()
        };
        assert_eq!(batch::check_line(input.as_bytes()), expected, "{input:?}");
    }
}

#[test]
fn forming_matches_the_vectors() {
    let v = vectors();
    for case in v["form"].as_array().unwrap() {
        let base = case["base"].as_str().unwrap();
        match (form(base), case["value"].as_str()) {
            (Ok(iin), Some(value)) => assert_eq!(iin.as_str(), value),
            (Err(e), None) => {
                assert_eq!(e.code().as_str(), expected_code(case), "{base:?}");
                if let ParseError::Length { found, expected } = e {
                    assert_eq!(Some(found as u64), case["found"].as_u64());
                    assert_eq!(expected, 11);
                }
            }
            (got, want) => panic!("{base:?}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn all_published_bins_are_valid() {
    let text = include_str!("vectors/published-bins.txt");
    let bins: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(bins.len(), 270);
    for bin in &bins {
        let parsed = Bin::parse(bin).unwrap_or_else(|e| panic!("{bin}: {e}"));
        assert!(
            parsed.entity().entity_type.is_some(),
            "{bin}: digit 5 decodes"
        );
    }
    let mut out = Vec::new();
    batch::check_lines(bins.join("\n").as_bytes(), &mut out);
    assert_eq!(out, vec![Code::Valid as u8; 270]);
}

#[test]
fn batch_reports_one_code_per_line() {
    let mut out = Vec::new();
    batch::check_lines(
        "960340000514\r\n\n99O140004654\n\u{FF19}\u{FF19}0140004654\n000813159890".as_bytes(),
        &mut out,
    );
    let codes: Vec<&str> = out
        .iter()
        .map(|&c| Code::ALL[c as usize].as_str())
        .collect();
    assert_eq!(codes, ["", "empty", "invalid_character", "", "unissuable"]);
}

#[test]
fn batch_treats_broken_utf8_as_an_invalid_character() {
    assert_eq!(batch::check_line(b"99014\xC3"), Code::InvalidCharacter);
    assert_eq!(batch::check_line(b"ab\xFF"), Code::InvalidCharacter);
    let long: Vec<u8> = std::iter::repeat_n(b'1', 2000).chain([0xFF]).collect();
    assert_eq!(batch::check_line(&long), Code::Length);
}

#[test]
fn codes_are_numbered_as_documented() {
    let names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "",
            "empty",
            "length",
            "invalid_character",
            "checksum",
            "unissuable",
            "not_a_string"
        ]
    );
    for (i, c) in Code::ALL.iter().enumerate() {
        assert_eq!(*c as usize, i);
    }
}
