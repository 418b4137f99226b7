//! Builds the JSON Schema of the (normalised) application from the crate's own tables, so that
//! the schema cannot drift from the validator. Shared by examples/schema.rs (which prints it
//! into www/src/application.schema.json) and tests/schema.rs (which checks that file is current).

use kz_iin::data;
use kz_iin::form::{
    Field, COMBINING_MARKS, CYRILLIC_LETTERS, DOCUMENT_NUMBER_MAX, DOCUMENT_TYPES, LATIN_LETTERS,
};
use kz_iin::{messages, Lang};
use serde_json::{json, Map, Value};

fn class(ranges: &[(char, char)]) -> String {
    ranges
        .iter()
        .map(|&(a, b)| format!("\\u{:04X}-\\u{:04X}", u32::from(a), u32::from(b)))
        .collect()
}

fn name_pattern(letters: &[(char, char)]) -> String {
    let l = class(letters);
    format!("^(?=.*[{l}])[{l}{} '\\-]+$", class(&COMBINING_MARKS))
}

pub fn application_schema() -> Value {
    let institutions: Vec<&str> = data::institutions_in_seed_order().map(|i| i.id).collect();
    let countries: Vec<&str> = data::countries(Lang::En)
        .map(|c| c.code)
        .collect::<Vec<_>>();
    let mut sorted = countries.clone();
    sorted.sort_unstable();
    let foreign: Vec<&str> = sorted.iter().copied().filter(|c| *c != "KAZ").collect();
    let free_text = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202D\\u202E\\uE000-\\uF8FF\\uFFFD]+$";
    let mut properties = Map::new();
    for field in Field::ALL {
        let title = messages::label(Lang::En, field);
        let text = |max: usize, pattern: &str| json!({ "type": "string", "minLength": 1, "maxLength": max, "pattern": pattern });
        let mut p = match field {
            Field::Institution => json!({ "enum": institutions }),
            Field::GivenNameLatin | Field::SurnameLatin | Field::PatronymicLatin => text(
                field.max_chars().unwrap_or(100),
                &name_pattern(&LATIN_LETTERS),
            ),
            Field::GivenNameCyrillic | Field::SurnameCyrillic | Field::PatronymicCyrillic => text(
                field.max_chars().unwrap_or(100),
                &name_pattern(&CYRILLIC_LETTERS),
            ),
            Field::Nationality => text(
                field.max_chars().unwrap_or(60),
                "^[\\p{L}\\p{M}\\p{Nl} '\\-]+$",
            ),
            Field::BirthDate | Field::DocumentIssueDate | Field::DocumentExpiryDate => {
                json!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
            }
            Field::Sex => json!({ "enum": ["male", "female"] }),
            Field::Citizenship => json!({ "enum": foreign }),
            Field::ArrivalCountry | Field::DocumentIssuingCountry | Field::BirthCountry => {
                json!({ "enum": sorted })
            }
            Field::DocumentType => json!({ "enum": DOCUMENT_TYPES }),
            Field::DocumentNumber => json!({
                "type": "string",
                "pattern": format!("^[A-Z0-9]{{1,{DOCUMENT_NUMBER_MAX}}}$")
            }),
            Field::PreviousIin => json!({ "type": "string", "pattern": "^[0-9]{12}$" }),
            Field::ConsentPersonalData | Field::ConsentProtectedSecrets => json!({ "const": true }),
            _ => text(field.max_chars().unwrap_or(200), free_text),
        };
        p["title"] = json!(title);
        properties.insert(field.key().to_string(), p);
    }
    let required: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| f.is_required())
        .map(|f| f.key())
        .collect();
    let mut pairs = Map::new();
    for field in Field::ALL {
        if let Some(pair) = field.script_pair() {
            pairs.insert(field.key().to_string(), json!([pair.key()]));
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://www.npmjs.com/package/kz-iin/application.schema.json",
        "title": "Application for an individual identification number (IIN) at an institution of Kazakhstan abroad",
        "description": "The normalised application that validateApplication returns as `value` (seed 000, appendix 1). Generated from the kz-iin core by `cargo run --example schema`; what a schema cannot say (dates against the day of application, a previous IIN's check digit, its agreement with the birth date) only validateApplication checks. Patterns are ECMA-262 regular expressions with the `u` flag.",
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "dependentRequired": pairs,
        "properties": properties
    })
}
