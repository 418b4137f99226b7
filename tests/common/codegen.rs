#![allow(dead_code)]
//! The files generated from the core's tables: what must exist in another form (JavaScript for
//! the size budget, TypeScript for the types, JSON Schema for other languages' back ends, the
//! book for people) is written from the one declaration, never by hand. Shared by
//! examples/codegen.rs (which writes them: `cargo run --example codegen`) and tests/generated.rs
//! (which fails when a committed file differs from what the tables give today).

use kz_iin::data;
use kz_iin::fields::{Allowed, Field, Kind, Options, Script, FIELDS};
use kz_iin::form::{COMBINING_MARKS, CYRILLIC_LETTERS, LATIN_LETTERS};
use kz_iin::messages::{number_texts, UI_TEXTS};
use kz_iin::Lang;
use serde_json::{json, Map, Value};

const LANGS: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];
const COMMAND: &str = "cargo run --example codegen";

/// One generated file: its path from the crate's root, and its text.
pub struct Generated {
    pub path: &'static str,
    pub text: String,
}

/// The book's chapter on the form, whose table of fields is generated.
pub const FORM_CHAPTER: &str = "docs/src/portal/form.md";

/// Every generated file, as the tables give it today. The book's form chapter is generated in
/// part: `chapter` is its current text, whose marked region is replaced.
pub fn all(chapter: &str) -> Vec<Generated> {
    vec![
        Generated {
            path: "www/src/number-texts.js",
            text: number_texts_js(),
        },
        Generated {
            path: "www/src/elements/application/texts.js",
            text: ui_texts_js(),
        },
        Generated {
            path: "www/src/elements/draft-texts.js",
            text: group_texts_js("draft"),
        },
        Generated {
            path: "www/src/elements/sent-texts.js",
            text: group_texts_js("sent"),
        },
        Generated {
            path: "www/src/fields.d.ts",
            text: fields_d_ts(),
        },
        Generated {
            path: "www/src/application.schema.json",
            text: serde_json::to_string_pretty(&application_schema()).unwrap() + "\n",
        },
        Generated {
            path: CATALOGUE_RS,
            text: catalogue_rs(env!("CARGO_MANIFEST_DIR")),
        },
        Generated {
            path: "tests/vectors/sealed.json",
            text: sealed_vectors(),
        },
        Generated {
            path: FORM_CHAPTER,
            text: chapter_with_fields(chapter),
        },
    ]
}

/// Signed documents for the JavaScript tests of `verifyDocument` (which cannot sign): a
/// certificate's and a refusal's tokens under a fixed test key, what the core says of them, and
/// the key as a JWK set. Ed25519 is deterministic, so the tokens are the same at every run.
fn sealed_vectors() -> String {
    use kz_iin::documents::{sign_certificate, sign_refusal, verify, Signer};
    use kz_iin::messages::verdict_report;
    use kz_iin::seal::SealKey;
    use kz_iin::{Date, Lang};
    let key = SealKey::from_seed([7; 32]);
    let signer = Signer {
        key: &key,
        issuer: "https://iin.example.kz",
        issued_at: 1_796_000_000,
    };
    let app = kz_iin::form::Application {
        institution: Some("deu".into()),
        surname_latin: Some("Müller".into()),
        given_name_latin: Some("Anna".into()),
        surname_cyrillic: Some("Мюллер".into()),
        given_name_cyrillic: Some("Анна".into()),
        birth_date: Some("1990-05-17".into()),
        sex: Some("female".into()),
        citizenship: Some("DEU".into()),
        ..Default::default()
    };
    let date = Date::new(2026, 12, 1).unwrap();
    let certificate = sign_certificate(&app, "960340000514", date, &signer).unwrap();
    let refusal = sign_refusal(&app, "DEU-2026-000123", date, &signer).unwrap();
    let rows = |token: &str, lang| {
        let report = verdict_report(lang, &verify(token, &[key.public()]));
        serde_json::json!({ "status": report.code, "message": report.headline, "rows": report.rows })
    };
    let vectors = serde_json::json!({
        "$comment": format!("Generated from the Rust core (src/seal.rs) by `{COMMAND}`: tokens signed with a test key (seed 07 x 32) and what the core says of them."),
        "keys": serde_json::from_str::<serde_json::Value>(&format!("{{\"keys\":[{}]}}", key.public().jwk())).unwrap(),
        "otherKeys": serde_json::from_str::<serde_json::Value>(&format!("{{\"keys\":[{}]}}", SealKey::from_seed([8; 32]).public().jwk())).unwrap(),
        "certificate": { "token": certificate, "ru": rows(&certificate, Lang::Ru), "en": rows(&certificate, Lang::En), "kk": rows(&certificate, Lang::Kk) },
        "refusal": { "token": refusal, "en": rows(&refusal, Lang::En) },
    });
    serde_json::to_string_pretty(&vectors).unwrap() + "\n"
}

/// A JavaScript (and JSON) string literal.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn header(source: &str) -> String {
    format!(
        "// Generated from the Rust core ({source}) by `{COMMAND}`;\n\
         // tests/generated.rs keeps it in step. Do not edit.\n"
    )
}

/// `www/src/number-texts.js`: the number message templates of the three languages, which the
/// package's JavaScript fills (the IIN module then carries no messages: the book's "Size").
pub fn number_texts_js() -> String {
    let mut out = header("src/messages, NumberTexts");
    out.push_str("export const NUMBER_TEXTS = {\n");
    for lang in LANGS {
        let t = number_texts(lang);
        out.push_str(&format!("  {}: {{\n", lang.as_str()));
        let mut pair = |key: &str, values: &[&str]| {
            let values: Vec<String> = values.iter().map(|v| quoted(v)).collect();
            let value = if values.len() > 1 {
                format!("[{}]", values.join(", "))
            } else {
                values[0].clone()
            };
            out.push_str(&format!("    \"{key}\": {value},\n"));
        };
        pair("iin", &t.names[0]);
        pair("bin", &t.names[1]);
        pair("quotes", &t.quotes);
        for (key, value) in [
            ("emptyBase", t.empty_base),
            ("empty", t.empty),
            ("needBase", t.need_base),
            ("need", t.need),
            ("found", t.found),
            ("farTooLong", t.far_too_long),
            ("invalidCharacter", t.invalid_character),
            ("checksum", t.checksum),
            ("unissuable", t.unissuable),
            ("notAString", t.not_a_string),
        ] {
            pair(key, &[value]);
        }
        out.push_str("  },\n");
    }
    out.push_str("}\n");
    out
}

/// The groups of words that modules loaded later carry, each in `www/src/elements/GROUP-texts.js`:
/// the draft on a device (`draft.*`, loaded once the form is drawn, `elements/draft.js`) and the
/// access code under a receipt (`sent.*`, loaded once an answer carries one, `elements/sent.js`).
/// They are not in the form's first load (its size budget).
const LATER_GROUPS: [&str; 2] = ["draft", "sent"];

/// Whether a key of UI_TEXTS is in one of [`LATER_GROUPS`].
fn later(key: &str) -> bool {
    key.split_once('.')
        .is_some_and(|(group, _)| LATER_GROUPS.contains(&group))
}

/// `www/src/elements/GROUP-texts.js`: one group's words (`GROUP.*` of the catalogues' [ui]), one
/// object per language.
pub fn group_texts_js(group: &str) -> String {
    let prefix = format!("{group}.");
    let mut out = header(&format!("locales/*.toml [ui], UI_TEXTS, {group}.*"));
    out.push_str("export default {\n");
    for lang in LANGS {
        out.push_str(&format!("  {}: {{\n", lang.as_str()));
        for (key, words) in UI_TEXTS {
            if let Some(name) = key.strip_prefix(prefix.as_str()) {
                out.push_str(&format!("    {name}: {},\n", quoted(words.get(lang))));
            }
        }
        out.push_str("  },\n");
    }
    out.push_str("}\n");
    out
}

/// `www/src/elements/application/texts.js`: the widget's own words (the catalogues' [ui]), one
/// object per language, grouped by the part of a key before its dot. `{}` marks where a value
/// goes (the widget fills it). The groups loaded later are in files of their own.
pub fn ui_texts_js() -> String {
    let mut out = header("locales/*.toml [ui], UI_TEXTS");
    out.push_str("export default {\n");
    for lang in LANGS {
        out.push_str(&format!("  {}: {{\n", lang.as_str()));
        let mut group: Option<&str> = None;
        for &(key, words) in UI_TEXTS.iter().filter(|(k, _)| !later(k)) {
            let (g, name) = match key.split_once('.') {
                Some((g, name)) => (Some(g), name),
                None => (None, key),
            };
            if g != group {
                if group.is_some() {
                    out.push_str("    },\n");
                }
                if let Some(g) = g {
                    out.push_str(&format!("    {g}: {{\n"));
                }
                group = g;
            }
            let indent = if g.is_some() { "      " } else { "    " };
            out.push_str(&format!("{indent}{name}: {},\n", quoted(words.get(lang))));
        }
        if group.is_some() {
            out.push_str("    },\n");
        }
        out.push_str("  },\n");
    }
    out.push_str("}\n");
    out
}

/// `www/src/fields.d.ts`: the TypeScript types of the application's keys and of an application.
pub fn fields_d_ts() -> String {
    let mut out = header("src/fields.rs, FIELDS");
    out.push_str("\n/** The keys of an application (seed 000, appendix 1), in the form's order. */\nexport type FieldKey =\n");
    for spec in &FIELDS {
        out.push_str(&format!("  | '{}'\n", spec.key));
    }
    out.push_str("\n/** An application as sent: text, and booleans for the consents. */\nexport interface Application {\n");
    for spec in &FIELDS {
        let ty = if spec.field.is_boolean() {
            "boolean"
        } else {
            "string"
        };
        out.push_str(&format!(
            "  /** {} */\n  {}?: {ty}\n",
            spec.label.get(Lang::En),
            spec.key
        ));
    }
    out.push_str("}\n");
    out
}

/// What a field holds, in a cell of the table.
fn kind_words(kind: Kind) -> String {
    match kind {
        Kind::Text(Allowed::Printable) => "text".into(),
        Kind::Text(Allowed::Letters) => "letters of any script".into(),
        Kind::Text(Allowed::LatinAndDigits) => "Latin letters and digits".into(),
        Kind::Name(Script::Latin) => "name, Latin letters".into(),
        Kind::Name(Script::Cyrillic) => "name, Cyrillic letters".into(),
        Kind::Date => "date, `YYYY-MM-DD`".into(),
        Kind::Choice(Options::Institutions) => "one of the 96 institution ids".into(),
        Kind::Choice(Options::Countries) => "a country code".into(),
        Kind::Choice(Options::Fixed(choices)) => choices
            .iter()
            .map(|c| format!("`{}`", c.value))
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Consent => "`true`".into(),
        Kind::Iin => "an IIN".into(),
    }
}

const FIELDS_START: &str =
    "<!-- fields: generated from src/fields.rs by `cargo run --example codegen`; do not edit -->";
const FIELDS_END: &str = "<!-- /fields -->";

/// The chapter with its table of fields (between the markers) as the field table gives it.
pub fn chapter_with_fields(chapter: &str) -> String {
    let (Some(start), Some(end)) = (chapter.find(FIELDS_START), chapter.find(FIELDS_END)) else {
        panic!("{FORM_CHAPTER} has lost its markers {FIELDS_START} … {FIELDS_END}");
    };
    let mut table = String::from(FIELDS_START);
    table.push_str("\n\n| key | field | holds | required | limit |\n|---|---|---|---|---|\n");
    for spec in &FIELDS {
        let required = match (spec.required, spec.partner) {
            (true, _) => "yes".to_string(),
            (false, Some(partner)) => format!("with `{}`", partner.key()),
            (false, None) => "no".to_string(),
        };
        let limit = spec.max_chars.map(|m| m.to_string()).unwrap_or_default();
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            spec.key,
            spec.label.get(Lang::En),
            kind_words(spec.kind),
            required,
            limit
        ));
    }
    table.push('\n');
    format!("{}{}{}", &chapter[..start], table, &chapter[end..])
}

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

/// The JSON Schema of the (normalised) application, from the field table and the data.
pub fn application_schema() -> Value {
    let institutions: Vec<&str> = data::institutions_in_seed_order().map(|i| i.id).collect();
    let mut countries: Vec<&str> = data::countries(Lang::En).map(|c| c.code).collect();
    countries.sort_unstable();
    let free_text = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u202D\\u202E\\uE000-\\uF8FF\\uFFFD]+$";
    let mut properties = Map::new();
    for spec in &FIELDS {
        let max = usize::from(spec.max_chars.unwrap_or(0));
        let text = |pattern: &str| json!({ "type": "string", "minLength": 1, "maxLength": max, "pattern": pattern });
        let mut p = match spec.kind {
            Kind::Choice(Options::Institutions) => json!({ "enum": institutions }),
            // The service is for foreign citizens (the rule citizenship_kaz).
            Kind::Choice(Options::Countries) if spec.field == Field::Citizenship => {
                json!({ "enum": countries.iter().filter(|c| **c != "KAZ").collect::<Vec<_>>() })
            }
            Kind::Choice(Options::Countries) => json!({ "enum": countries }),
            Kind::Choice(Options::Fixed(choices)) => {
                json!({ "enum": choices.iter().map(|c| c.value).collect::<Vec<_>>() })
            }
            Kind::Name(Script::Latin) => text(&name_pattern(&LATIN_LETTERS)),
            Kind::Name(Script::Cyrillic) => text(&name_pattern(&CYRILLIC_LETTERS)),
            Kind::Text(Allowed::Letters) => text("^[\\p{L}\\p{M}\\p{Nl} '\\-]+$"),
            Kind::Text(Allowed::LatinAndDigits) => {
                json!({ "type": "string", "pattern": format!("^[A-Z0-9]{{1,{max}}}$") })
            }
            Kind::Text(Allowed::Printable) => text(free_text),
            Kind::Date => {
                json!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
            }
            Kind::Iin => json!({ "type": "string", "pattern": "^[0-9]{12}$" }),
            Kind::Consent => json!({ "const": true }),
        };
        p["title"] = json!(spec.label.get(Lang::En));
        properties.insert(spec.key.to_string(), p);
    }
    let required: Vec<&str> = FIELDS
        .iter()
        .filter(|s| s.required)
        .map(|s| s.key)
        .collect();
    let mut pairs = Map::new();
    for spec in &FIELDS {
        if let Some(partner) = spec.partner {
            pairs.insert(spec.key.to_string(), json!([partner.key()]));
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://www.npmjs.com/package/kz-iin/application.schema.json",
        "title": "Application for an individual identification number (IIN) at an institution of Kazakhstan abroad",
        "description": format!("The normalised application that validateApplication returns as `value` (seed 000, appendix 1). Generated from the kz-iin core's field table by `{COMMAND}`; what a schema cannot say (dates against the day of application, a previous IIN's check digit, its agreement with the birth date) only validateApplication checks. Patterns are ECMA-262 regular expressions with the `u` flag."),
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "dependentRequired": pairs,
        "properties": properties
    })
}

// ----- The word catalogues ---------------------------------------------------------------------

/// The catalogues, one per language, in the order of `Lang`.
pub const CATALOGUES: [(&str, &str); 3] = [
    ("kk", "locales/kk.toml"),
    ("ru", "locales/ru.toml"),
    ("en", "locales/en.toml"),
];

/// What the codegen writes from the catalogues.
pub const CATALOGUE_RS: &str = "src/catalogue.rs";

/// The flat tables of the catalogues: (section, the enum that names its words, the table's name,
/// the feature it needs, what it is).
const TABLES: [(&str, &str, &str, &str, &str); 5] = [
    (
        "ui",
        "UiText",
        "UI_TEXTS",
        "form",
        "The application widget's own words",
    ),
    (
        "service",
        "ServiceText",
        "SERVICE_TEXTS",
        "form",
        "What a service answers when it cannot take a request; the key is the refusal's stable code",
    ),
    (
        "staff",
        "StaffText",
        "STAFF_TEXTS",
        "form",
        "The officers' pages",
    ),
    (
        "status",
        "StatusText",
        "STATUS_TEXTS",
        "form",
        "The applicant's status page",
    ),
    (
        "verify",
        "VerifyText",
        "VERIFY_TEXTS",
        "seal",
        "Verifying a signed document",
    ),
];

/// A catalogue's entries, flattened to `section.key` (and `fields.name.label`) in file order.
fn flatten(prefix: &str, table: &toml::Table, out: &mut Vec<(String, toml::Value)>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}\u{1}{key}")
        };
        match value {
            toml::Value::Table(inner) => flatten(&path, inner, out),
            other => out.push((path, other.clone())),
        }
    }
}

/// The three catalogues read and checked against each other: every key in every language, no
/// key in one language only, every value a string (or the number names' arrays), each
/// language's `{}` as many as the others'. A problem is a message naming the key and the file.
pub fn read_catalogues(root: &str) -> Result<Vec<(String, [toml::Value; 3])>, String> {
    let mut langs = Vec::new();
    for (_, path) in CATALOGUES {
        let text = std::fs::read_to_string(format!("{root}/{path}"))
            .map_err(|e| format!("{path}: {e}"))?;
        let table: toml::Table = toml::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
        let mut entries = Vec::new();
        flatten("", &table, &mut entries);
        langs.push(entries);
    }
    let mut problems = Vec::new();
    let mut merged = Vec::new();
    for (key, kk) in &langs[0] {
        let shown = key.replace('\u{1}', ".");
        let others: Vec<Option<&toml::Value>> = langs[1..]
            .iter()
            .map(|entries| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v))
            .collect();
        let (Some(ru), Some(en)) = (others[0], others[1]) else {
            for (i, found) in others.iter().enumerate() {
                if found.is_none() {
                    problems.push(format!(
                        "{}: `{shown}` is missing (it is in {})",
                        CATALOGUES[i + 1].1,
                        CATALOGUES[0].1
                    ));
                }
            }
            continue;
        };
        let values = [kk.clone(), ru.clone(), en.clone()];
        let holes: Vec<usize> = values
            .iter()
            .map(|v| v.to_string().matches("{}").count())
            .collect();
        if holes.iter().any(|h| *h != holes[0]) {
            problems.push(format!("`{shown}`: the languages have {holes:?} places for a value ({{}}); each needs the same"));
        }
        merged.push((key.clone(), values));
    }
    for (i, entries) in langs.iter().enumerate().skip(1) {
        for (key, _) in entries {
            if !langs[0].iter().any(|(k, _)| k == key) {
                problems.push(format!(
                    "{}: `{}` is in no other catalogue",
                    CATALOGUES[i].1,
                    key.replace('\u{1}', ".")
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(merged)
    } else {
        Err(problems.join("\n"))
    }
}

fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

fn words_of(values: &[toml::Value; 3]) -> String {
    let texts: Vec<String> = values
        .iter()
        .map(|v| rust_str(v.as_str().expect("a string")))
        .collect();
    format!("words![{}]", texts.join(", "))
}

/// `signIn` → `SignIn`, `status.all` → `StatusAll`.
fn pascal(key: &str) -> String {
    key.split(['.', '_', '-'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `birthPlace` → `BIRTH_PLACE`; `identity_card` → `IDENTITY_CARD`.
fn screaming(key: &str) -> String {
    snake(key).to_ascii_uppercase()
}

/// `addresseePosition` → `addressee_position`.
fn snake(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `src/messages/catalogue.rs`, from the catalogues.
pub fn catalogue_rs(root: &str) -> String {
    let entries = read_catalogues(root)
        .unwrap_or_else(|problems| panic!("the catalogues disagree:\n{problems}"));
    let in_section = |section: &str| -> Vec<(String, &[toml::Value; 3])> {
        let prefix = format!("{section}\u{1}");
        entries
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|rest| (rest.to_string(), v)))
            .collect()
    };
    let mut o = String::from(
        "// Generated from the catalogues locales/{kk,ru,en}.toml by `cargo run --example codegen`\n\
         // (tests/generated.rs fails while it is stale): edit the catalogues, not this file.\n\
         //! Every word of the core but the grammar (the sentences that need cases and plurals are\n\
         //! code, in `{kk,ru,en}.rs`): the catalogues packed into the tables the core reads.\n\n",
    );
    // The number messages: one struct a language (the IIN module has no Words).
    for (i, lang) in ["KK", "RU", "EN"].iter().enumerate() {
        let get = |key: &str| -> &toml::Value {
            &entries
                .iter()
                .find(|(k, _)| k == &format!("number\u{1}{key}"))
                .unwrap_or_else(|| panic!("number.{key} is missing"))
                .1[i]
        };
        let pair = |key: &str| -> String {
            let a = get(key)
                .as_array()
                .unwrap_or_else(|| panic!("number.{key}: a pair of strings"));
            format!(
                "[{}, {}]",
                rust_str(a[0].as_str().unwrap()),
                rust_str(a[1].as_str().unwrap())
            )
        };
        o.push_str(&format!("/// The number messages in {}.\npub(crate) const NUMBER_{lang}: crate::words::NumberTexts = crate::words::NumberTexts {{\n", ["Kazakh", "Russian", "English"][i]));
        o.push_str(&format!(
            "    names: [{}, {}],\n    quotes: {},\n",
            pair("iin"),
            pair("bin"),
            pair("quotes")
        ));
        for key in [
            "empty_base",
            "empty",
            "need_base",
            "need",
            "found",
            "far_too_long",
            "invalid_character",
            "checksum",
            "unissuable",
            "not_a_string",
        ] {
            o.push_str(&format!(
                "    {key}: {},\n",
                rust_str(get(key).as_str().unwrap())
            ));
        }
        o.push_str("};\n\n");
    }
    // Sections and choices: a constant each, which the field table names.
    o.push_str("/// The sections' legends.\n#[cfg(feature = \"form\")]\npub(crate) mod sections {\n    use crate::words::Words;\n");
    for (key, values) in in_section("sections") {
        o.push_str(&format!(
            "    /// `{key}`.\n    pub(crate) const {}: Words = {};\n",
            screaming(&key),
            words_of(values)
        ));
    }
    o.push_str("}\n\n/// The choices' labels, by list.\n#[cfg(feature = \"form\")]\npub(crate) mod choices {\n");
    let lists: Vec<String> = {
        let mut seen: Vec<String> = Vec::new();
        for (k, _) in in_section("choices") {
            let list = k.split('\u{1}').next().unwrap().to_string();
            if !seen.contains(&list) {
                seen.push(list);
            }
        }
        seen
    };
    for list in &lists {
        o.push_str(&format!(
            "    /// `{list}`.\n    pub(crate) mod {} {{\n        use crate::words::Words;\n",
            snake(list)
        ));
        for (key, values) in in_section(&format!("choices\u{1}{list}")) {
            o.push_str(&format!(
                "        /// `{key}`.\n        pub(crate) const {}: Words = {};\n",
                screaming(&key),
                words_of(values)
            ));
        }
        o.push_str("    }\n");
    }
    o.push_str("}\n\n/// Each field's label, how messages name it, and its hint.\n#[cfg(feature = \"form\")]\npub(crate) mod fields {\n");
    let mut fields: Vec<String> = Vec::new();
    for (k, _) in in_section("fields") {
        let field = k.split('\u{1}').next().unwrap().to_string();
        if !fields.contains(&field) {
            fields.push(field);
        }
    }
    for field in &fields {
        let parts = in_section(&format!("fields\u{1}{field}"));
        let part = |name: &str| {
            parts
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| words_of(v))
        };
        o.push_str(&format!(
            "    /// `{field}`.\n    pub(crate) mod {} {{\n        use crate::words::Words;\n",
            snake(field)
        ));
        o.push_str(&format!(
            "        pub(crate) const LABEL: Words = {};\n",
            part("label").unwrap_or_else(|| panic!("fields.{field}.label is missing"))
        ));
        o.push_str(&format!(
            "        pub(crate) const NAMED: Words = {};\n",
            part("named").unwrap_or_else(|| panic!("fields.{field}.named is missing"))
        ));
        o.push_str(&format!(
            "        pub(crate) const HINT: Option<Words> = {};\n",
            part("hint").map_or("None".to_string(), |w| format!("Some({w})"))
        ));
        o.push_str("    }\n");
    }
    o.push_str("}\n");
    // The flat tables, and the enums that name their words.
    for (section, enum_name, table, feature, what) in TABLES {
        let rows = in_section(section);
        o.push_str(&format!("\n/// {what}: `(key, words)`, in the catalogues' order; `{{}}` marks where a value goes.\n#[cfg(feature = \"{feature}\")]\npub const {table}: [(&str, crate::words::Words); {}] = [\n", rows.len()));
        for (key, values) in &rows {
            o.push_str(&format!("    ({}, {}),\n", rust_str(key), words_of(values)));
        }
        o.push_str("];\n");
        o.push_str(&format!("\n/// A word of [`{table}`], by name: a word that is not in every catalogue does not compile.\n#[cfg(feature = \"{feature}\")]\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum {enum_name} {{\n"));
        let mut names: Vec<String> = Vec::new();
        for (key, values) in &rows {
            let name = pascal(key);
            assert!(
                !names.contains(&name),
                "{section}.{key}: its name {name} is another key's too"
            );
            names.push(name.clone());
            o.push_str(&format!(
                "    /// `{key}`: {}\n    {name},\n",
                values[2].as_str().unwrap().replace('\n', " ")
            ));
        }
        o.push_str(&format!("}}\n\n#[cfg(feature = \"{feature}\")]\nimpl {enum_name} {{\n    /// Every word, in the table's order.\n    pub const ALL: [{enum_name}; {}] = [{}];\n\n", names.len(), names.iter().map(|n| format!("{enum_name}::{n}")).collect::<Vec<_>>().join(", ")));
        o.push_str(&format!("    /// Its key in the catalogues.\n    pub const fn key(self) -> &'static str {{\n        {table}[self as usize].0\n    }}\n\n    /// Its words.\n    pub const fn words(self) -> crate::words::Words {{\n        {table}[self as usize].1\n    }}\n}}\n"));
    }
    o
}
