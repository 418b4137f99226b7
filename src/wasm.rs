//! The WebAssembly boundary: the only module that speaks wasm-bindgen. It converts between
//! JavaScript's values and the core's, and decides nothing: every rule and every word is the
//! core's, and no state is kept from one call to the next.
//!
//! Which functions a module exports is chosen by the `wasm-*` features and `mrz`/`documents`
//! (each module of `scripts/wasm-modules.json` picks its set). The IIN/BIN calls return one small packed
//! integer rather than an object, because crossing the boundary is the cost of a call (the
//! JavaScript wrappers in `www/src/numbers.js` unpack it and build the result). The layout of
//! each integer is documented once here and decoded in one place there; structured answers
//! cross as one JSON string.
//! Nothing here can trap on user input: no panics, no unbounded allocation (the JavaScript side
//! clips strings to the window the core looks at, see [`crate::MAX_INPUT_CHARS`]).

use crate::prelude::*;

use wasm_bindgen::prelude::*;

use crate::Lang;

// Talc instead of dlmalloc: the same job in a fraction of the bytes (the book, "Size").
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// No std in the browser's modules (src/lib.rs): a panic, which input cannot cause (fuzzed, see
// the book's "Security"), stops the module as `panic = "abort"` would.
#[cfg(not(feature = "documents"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[cfg(feature = "wasm-iin")]
mod number_api {
    use crate::prelude::*;
    use wasm_bindgen::prelude::*;

    use crate::{batch, Bin, Code, Iin, ParseError};

    /// Packs a parse outcome. Bits 0-3: the [`Code`]. When valid, bit 4 is set if the input was
    /// already the 12 ASCII digits. `length`: bits 8-19 the digits found, bit 5 set when the input
    /// was too long to count. `invalid_character`: bits 8-19 the 1-based position, bit 6 set when a
    /// message names the character by its code point ([`crate::messages::is_hidden`]). `checksum`:
    /// bits 8-11 the expected digit, bits 12-15 the digit found. The JavaScript side writes the
    /// message from these and `www/src/number-texts.js` (see [`crate::messages::NumberTexts`]).
    fn pack(input: &str, outcome: Result<[u8; 12], ParseError>) -> u32 {
        match outcome {
            Ok(digits) => {
                let canonical = input.as_bytes() == digits.as_slice();
                u32::from(canonical) << 4
            }
            Err(e) => {
                let detail = match e {
                    ParseError::Length { found, .. } => (found.min(0xFFF) as u32) << 8,
                    ParseError::TooLong { .. } => 1 << 5,
                    ParseError::InvalidCharacter {
                        position,
                        character,
                    } => {
                        let hidden = crate::messages::is_hidden(u32::from(character));
                        (position.min(0xFFF) as u32) << 8 | u32::from(hidden) << 6
                    }
                    ParseError::Checksum { expected, found } => {
                        u32::from(expected) << 8 | u32::from(found) << 12
                    }
                    ParseError::Empty | ParseError::Unissuable => 0,
                };
                detail | e.code() as u32
            }
        }
    }

    /// Where a valid number that was not already the 12 ASCII digits starts in [`check`]'s
    /// answer: at or above it, the answer is `NUMBERED + the number` (below 10^12 < 2^40).
    const NUMBERED: f64 = 2_199_023_255_552.0; // 2^41

    /// Checks an IIN (`kind` 0) or a BIN (`kind` 1): the rules are the same. The answer, a
    /// double, is one of:
    /// - below 2^32: the packed outcome ([`pack`]); when valid (input already the 12 ASCII
    ///   digits), bits 8-31 also hold the decoding (for an IIN [`birth_bits`], for a BIN
    ///   [`entity_bits`]), so that a second call is not needed;
    /// - from [`NUMBERED`] up: valid, written otherwise (`960 340 000 514`, fullwidth digits):
    ///   `NUMBERED + the number`, whose decoding [`decode`] gives from the number alone.
    ///
    /// One double rather than a packed integer and a second call with the string: passing the
    /// string again costs as much as the check (measured in Node: about 250 ns), and no state is
    /// kept between calls.
    #[wasm_bindgen(js_name = check)]
    pub fn check(input: &str, kind: u8) -> f64 {
        let outcome = crate::iin::parse12(input);
        match outcome {
            Ok(digits) if input.as_bytes() != digits.as_slice() => NUMBERED + number(digits),
            Ok(digits) => f64::from(pack(input, outcome) | decoding(digits, kind) << 8),
            Err(_) => f64::from(pack(input, outcome)),
        }
    }

    /// The decoding of a valid number given as a number (see [`check`]): [`birth_bits`] for an
    /// IIN (`kind` 0), [`entity_bits`] for a BIN (`kind` 1); 0 for anything that is not a
    /// whole number below 10^12.
    #[wasm_bindgen(js_name = decode)]
    pub fn decode(value: f64, kind: u8) -> u32 {
        let mut n = value as u64;
        // No `fract` without std: a whole number in range converts back to itself.
        if !(0.0..1e12).contains(&value) || n as f64 != value {
            return 0;
        }
        let mut digits = [b'0'; 12];
        for d in digits.iter_mut().rev() {
            *d = b'0' + (n % 10) as u8;
            n /= 10;
        }
        // Only check() gives the numbers decoded here: no need to check them again.
        decoding(digits, kind)
    }

    fn decoding(digits: [u8; 12], kind: u8) -> u32 {
        if kind == 1 {
            entity_bits(digits)
        } else {
            birth_bits(digits)
        }
    }

    /// 12 ASCII digits as a number (exact in a double).
    fn number(digits: [u8; 12]) -> f64 {
        digits
            .iter()
            .fold(0.0, |n, &d| n * 10.0 + f64::from(d - b'0'))
    }

    /// Forms a number from 11 digits: the number itself when it can be formed (12 digits fit
    /// exactly in a double), else `-1 - packed`, `packed` as [`check`] packs an error.
    #[wasm_bindgen(js_name = form)]
    pub fn form(base: &str) -> f64 {
        match crate::checksum::form12(base) {
            Ok(digits) => digits
                .iter()
                .fold(0.0, |n, &d| n * 10.0 + f64::from(d - b'0')),
            Err(e) => -1.0 - f64::from(pack("", Err(e))),
        }
    }

    /// The check digit of 11 digits, or -1 when they are not 11 digits or are unissuable.
    #[wasm_bindgen(js_name = checkDigit)]
    pub fn check_digit(base: &str) -> i32 {
        crate::checksum::form12(base).map_or(-1, |d| i32::from(d[11] - b'0'))
    }

    /// The birth encoded in the 12 ASCII digits of a valid number: 0 when none; else bit 0 set,
    /// bit 1 female, bits 2-13 the year, bits 14-17 the month, bits 18-22 the day.
    fn birth_bits(digits: [u8; 12]) -> u32 {
        Iin::from_ascii_digits(digits).birth().map_or(0, |b| {
            1 | u32::from(b.sex == crate::Sex::Female) << 1
                | u32::from(b.date.year()) << 2
                | u32::from(b.date.month()) << 14
                | u32::from(b.date.day()) << 18
        })
    }

    /// The BIN structure of the 12 ASCII digits of a valid number: bits 0-11 the registration year
    /// (0: none), bits 12-15 its month, bits 16-17 the type (0 none, 1 resident, 2 non-resident, 3
    /// joint entrepreneur), bits 18-20 the division (0 none, 1 head, 2 branch, 3 representative
    /// office, 4 farm).
    fn entity_bits(digits: [u8; 12]) -> u32 {
        use crate::{Division, EntityType};
        // The digits of a valid number: no need to parse them again.
        let info = Bin::from_ascii_digits(digits).entity();
        let (year, month) = info.registered.unwrap_or((0, 0));
        let entity_type = match info.entity_type {
            None => 0,
            Some(EntityType::Resident) => 1,
            Some(EntityType::NonResident) => 2,
            Some(EntityType::JointEntrepreneur) => 3,
        };
        let division = match info.division {
            None => 0,
            Some(Division::Head) => 1,
            Some(Division::Branch) => 2,
            Some(Division::Representative) => 3,
            Some(Division::Farm) => 4,
        };
        u32::from(year) | u32::from(month) << 12 | entity_type << 16 | division << 18
    }

    /// The CLI's output for a byte buffer of lines (see [`batch::annotate_lines`]), followed by
    /// one byte more: 1 when any line was invalid, else 0. In the CLI's module only (Node).
    #[cfg(feature = "wasm-cli")]
    #[wasm_bindgen(js_name = annotateLines)]
    pub fn annotate_lines(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let invalid = batch::annotate_lines(bytes, &mut out);
        out.push(u8::from(invalid));
        out
    }

    /// One [`Code`] byte per line of a byte buffer (UTF-8).
    #[wasm_bindgen(js_name = checkLinesBytes)]
    pub fn check_lines_bytes(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        batch::check_lines(bytes, &mut out);
        out
    }

    /// The name of every numeric code, in order, joined by commas (the JavaScript side builds its
    /// table from this, so the numbering has a single source).
    #[wasm_bindgen(js_name = codeNames)]
    pub fn code_names() -> String {
        Code::ALL.map(Code::as_str).join(",")
    }

    /// The core's input window, in characters (see [`crate::MAX_INPUT_CHARS`]).
    #[wasm_bindgen(js_name = maxInputChars)]
    pub fn max_input_chars() -> u32 {
        crate::MAX_INPUT_CHARS as u32
    }

    /// The input with separators dropped and decimal digits of any script made ASCII (what a
    /// number field shows after a paste); other characters are kept.
    #[wasm_bindgen(js_name = compact)]
    pub fn compact(input: &str) -> String {
        crate::compact(input)
    }
}

/// The language a tag resolves to: `"kk"`, `"ru"` or `"en"`.
#[wasm_bindgen(js_name = resolveLang)]
pub fn resolve_lang(tag: &str) -> String {
    Lang::parse(tag).as_str().to_string()
}

/// A value as the JSON text JavaScript parses: every structured value crosses the boundary this
/// way (one native JSON.parse instead of a call per key; the book's "Performance").
#[cfg(feature = "form")]
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

/// Pairs serialised as a JSON object in their own order (an MRZ's fields). A BTreeMap would do
/// the same but brought in a generic sort of about 4 KB gzipped.
#[cfg(feature = "mrz")]
struct MapOf<V>(Vec<(&'static str, V)>);

#[cfg(feature = "mrz")]
impl<V: serde::Serialize> serde::Serialize for MapOf<V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

#[cfg(feature = "wasm-form")]
mod form_api {
    use crate::prelude::*;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use super::to_json;
    use crate::fields::{Field, Kind, Options, Section, FIELDS};
    use crate::form::{self, Context, RawApplication};
    use crate::messages::{self, WordedReport};
    use crate::{data, Date, Lang};

    /// Validates an application given as a record (see [`RawApplication::from_record`]; the
    /// JavaScript wrapper writes it from the caller's data) on the day `today` (`YYYY-MM-DD`);
    /// returns the report, worded in `lang`, as JSON: `{ valid, errors, warnings, value }`; or
    /// `null` when `today` is not a date.
    #[wasm_bindgen(js_name = validateApplicationRecord)]
    pub fn validate_application_record(record: &str, today: &str, lang: &str) -> String {
        let Ok(today) = today.parse::<Date>() else {
            return "null".into();
        };
        let report =
            form::validate_raw_owned(RawApplication::from_record(record), &Context { today });
        to_json(&WordedReport {
            report: &report,
            lang: Lang::parse(lang),
        })
    }

    #[derive(Serialize)]
    struct InstitutionItem {
        id: &'static str,
        name: &'static str,
        kind: &'static str,
        country: &'static str,
        #[serde(rename = "countryName")]
        country_name: &'static str,
        city: &'static str,
        number: u8,
    }

    /// The 96 institutions sorted for a language.
    #[wasm_bindgen(js_name = institutions)]
    pub fn institutions(lang: &str) -> String {
        let lang = Lang::parse(lang);
        let list: Vec<InstitutionItem> = data::institutions(lang)
            .map(|i| InstitutionItem {
                id: i.id,
                name: i.name(lang),
                kind: i.kind.as_str(),
                country: i.country,
                country_name: data::country(i.country).map_or("", |c| c.name(lang)),
                city: i.city(lang),
                number: i.number,
            })
            .collect();
        to_json(&list)
    }

    #[derive(Serialize)]
    struct CountryItem {
        id: &'static str,
        name: &'static str,
    }

    /// The country codes with their names, sorted by name for a language.
    #[wasm_bindgen(js_name = countries)]
    pub fn countries(lang: &str) -> String {
        let lang = Lang::parse(lang);
        let list: Vec<CountryItem> = data::countries_named(lang)
            .map(|(c, name)| CountryItem { id: c.code, name })
            .collect();
        to_json(&list)
    }

    /// A JSON object written key by key: the field table crosses the boundary as JSON that a
    /// few lines write, where serde's derived writers for its nested lists measured about 1.5
    /// KB gzipped more of the form's module (the book's "Size").
    struct Object<'a> {
        out: &'a mut String,
        empty: bool,
    }

    impl<'a> Object<'a> {
        fn new(out: &'a mut String) -> Object<'a> {
            out.push('{');
            Object { out, empty: true }
        }

        fn key(&mut self, key: &str) -> &mut String {
            if !self.empty {
                self.out.push(',');
            }
            self.empty = false;
            string(self.out, key);
            self.out.push(':');
            self.out
        }

        fn text(&mut self, key: &str, value: Option<&str>) {
            if let Some(value) = value {
                string(self.key(key), value);
            }
        }

        fn end(self) {
            self.out.push('}');
        }
    }

    /// A JSON string, by serde_json's writer of strings (which the module holds anyway).
    fn string(out: &mut String, text: &str) {
        out.push_str(&super::to_json(&text));
    }

    /// A list, each item written by `item`.
    fn list<T>(
        out: &mut String,
        items: impl Iterator<Item = T>,
        mut item: impl FnMut(&mut String, T),
    ) {
        out.push('[');
        for (i, x) in items.enumerate() {
            if i > 0 {
                out.push(',');
            }
            item(out, x);
        }
        out.push(']');
    }

    /// The form's field table (see [`crate::fields`]) in a language, by section in the form's
    /// order: `[{ key, legend, fields: [{ key, kind, required, partner?, maxChars?, script?,
    /// allowed?, list?, options?, autocomplete?, label, hint? }] }]`.
    #[wasm_bindgen(js_name = fields)]
    pub fn fields(lang: &str) -> String {
        let lang = Lang::parse(lang);
        let field = |out: &mut String, spec: &crate::fields::FieldSpec| {
            let mut o = Object::new(out);
            o.text("key", Some(spec.key));
            o.text("kind", Some(spec.kind.as_str()));
            o.key("required")
                .push_str(if spec.required { "true" } else { "false" });
            o.text("partner", spec.partner.map(Field::key));
            if let Some(max) = spec.max_chars {
                let mut digits = [0u8; 5];
                let mut n = max;
                let mut len = 0;
                while len == 0 || n > 0 {
                    digits[4 - len] = b'0' + (n % 10) as u8;
                    n /= 10;
                    len += 1;
                }
                o.key("maxChars")
                    .extend(digits[5 - len..].iter().map(|&d| char::from(d)));
            }
            match spec.kind {
                Kind::Name(script) => o.text("script", Some(script.as_str())),
                Kind::Text(allowed) => o.text("allowed", Some(allowed.as_str())),
                Kind::Choice(Options::Institutions) => o.text("list", Some("institutions")),
                Kind::Choice(Options::Countries) => o.text("list", Some("countries")),
                Kind::Choice(Options::Fixed(choices)) => {
                    list(o.key("options"), choices.iter(), |out, c| {
                        let mut o = Object::new(out);
                        o.text("value", Some(c.value));
                        o.text("label", Some(c.label.get(lang)));
                        o.end();
                    })
                }
                Kind::Date | Kind::Consent | Kind::Iin => {}
            }
            o.text("autocomplete", spec.autocomplete);
            o.text("label", Some(spec.label.get(lang)));
            o.text("hint", spec.hint.map(|h| h.get(lang)));
            o.end();
        };
        let mut out = String::with_capacity(8192);
        list(&mut out, Section::ALL.iter(), |out, &section| {
            let mut o = Object::new(out);
            o.text("key", Some(section.key()));
            o.text("legend", Some(section.legend().get(lang)));
            list(
                o.key("fields"),
                FIELDS.iter().filter(|s| s.section == section),
                field,
            );
            o.end();
        });
        out
    }

    /// Three date boxes read as one date, for the field `field` (a key): `{ value }` with
    /// `YYYY-MM-DD` (or `""` when all three are empty), or `{ part, message }` naming the box to
    /// fix, with its message in the language (a key that is no date field is worded as "the
    /// date", [`messages::date_parts_message`]).
    #[wasm_bindgen(js_name = dateFromParts)]
    pub fn date_from_parts(field: &str, day: &str, month: &str, year: &str, lang: &str) -> String {
        #[derive(Serialize)]
        struct Outcome {
            #[serde(skip_serializing_if = "Option::is_none")]
            value: Option<String>,
            #[serde(skip_serializing_if = "Option::is_none")]
            part: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            message: Option<String>,
        }
        let outcome = match form::date_from_parts(day, month, year) {
            Ok(date) => Outcome {
                value: Some(date.map(|d| d.to_iso()).unwrap_or_default()),
                part: None,
                message: None,
            },
            Err(e) => Outcome {
                value: None,
                part: Some(e.part().as_str()),
                message: Some(messages::date_parts_message(
                    Lang::parse(lang),
                    Field::from_key(field),
                    e,
                )),
            },
        };
        to_json(&outcome)
    }

    /// The Latin spelling ICAO 9303 gives a Cyrillic name, in title case.
    #[wasm_bindgen(js_name = suggestLatin)]
    pub fn suggest_latin(cyrillic: &str) -> String {
        crate::translit::suggest_latin(cyrillic)
    }

    /// A Cyrillic spelling for a Latin name; empty when there is none.
    #[wasm_bindgen(js_name = suggestCyrillic)]
    pub fn suggest_cyrillic(latin: &str) -> String {
        crate::translit::suggest_cyrillic(latin).unwrap_or_default()
    }

    /// The size of this module's linear memory, in bytes (for benchmarks and memory reports).
    #[wasm_bindgen(js_name = wasmMemoryBytes)]
    pub fn wasm_memory_bytes() -> f64 {
        (core::arch::wasm32::memory_size::<0>() * 65536) as f64
    }

    /// The longest raw value the validator looks at, in characters (see MAX_RAW_CHARS).
    #[wasm_bindgen(js_name = maxFieldChars)]
    pub fn max_field_chars() -> u32 {
        form::MAX_RAW_CHARS as u32
    }
}

// The MRZ reader is a module of its own in the browser (the form's module does without it):
// only kiosks and pages with the widget's `mrz` attribute load it (the book's "Size").
#[cfg(feature = "mrz")]
mod mrz_api {
    use crate::prelude::*;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use super::{to_json, MapOf};
    use crate::{messages, Date, Lang};

    /// Reads a passport's or identity card's machine-readable zone on the day `today`
    /// (`YYYY-MM-DD`): `{ valid: true, format, fields, namesTruncated, optionalData }`, where
    /// `fields` maps form keys to values, or `{ valid: false, errors: [{ code, field?, line?,
    /// position?, message }] }`; null when `today` is not a date.
    #[wasm_bindgen(js_name = parseMrz)]
    pub fn parse_mrz(text: &str, today: &str, lang: &str) -> String {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Outcome {
            valid: bool,
            #[serde(skip_serializing_if = "Option::is_none")]
            format: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            fields: Option<MapOf<String>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            names_truncated: Option<bool>,
            #[serde(skip_serializing_if = "Option::is_none")]
            optional_data: Option<String>,
            #[serde(skip_serializing_if = "Vec::is_empty")]
            errors: Vec<ErrorOut>,
        }
        #[derive(Serialize)]
        struct ErrorOut {
            code: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            field: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            line: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            position: Option<usize>,
            message: String,
        }
        let Ok(today) = today.parse::<Date>() else {
            return "null".into();
        };
        let lang = Lang::parse(lang);
        let outcome = match crate::mrz::parse(text, today) {
            Ok(mrz) => Outcome {
                valid: true,
                format: Some(mrz.format.as_str()),
                fields: Some(MapOf(
                    mrz.fields()
                        .into_iter()
                        .map(|(f, v)| (f.key(), v))
                        .collect(),
                )),
                names_truncated: Some(mrz.names_truncated),
                optional_data: Some(mrz.optional_data),
                errors: Vec::new(),
            },
            Err(errors) => Outcome {
                valid: false,
                format: None,
                fields: None,
                names_truncated: None,
                optional_data: None,
                errors: errors
                    .iter()
                    .map(|e| {
                        let (line, position) = match *e {
                            crate::mrz::MrzError::InvalidCharacter { line, position, .. } => {
                                (Some(line), Some(position))
                            }
                            _ => (None, None),
                        };
                        ErrorOut {
                            code: e.code(),
                            field: e.field().map(|f| f.key()),
                            line,
                            position,
                            message: messages::mrz_message(lang, e),
                        }
                    })
                    .collect(),
            },
        };
        to_json(&outcome)
    }
}

#[cfg(feature = "documents")]
mod documents_api {
    use crate::prelude::*;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use crate::documents::{self, DocumentError, Paper, Rendered};
    use crate::form::{Application, RawApplication};
    use crate::messages::document_message;
    use crate::Lang;

    #[derive(Serialize)]
    struct Outcome<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        css: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        body: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        html: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<ErrorOut<'a>>,
    }

    #[derive(Serialize)]
    struct ErrorOut<'a> {
        field: &'a str,
        code: &'static str,
        message: String,
    }

    fn outcome(result: Result<Rendered, DocumentError>, lang: &str) -> String {
        let out = match &result {
            Ok(r) => Outcome {
                html: Some(r.document()),
                title: Some(r.title.clone()),
                css: Some(r.css.clone()),
                body: Some(r.body.clone()),
                error: None,
            },
            Err(e) => Outcome {
                title: None,
                css: None,
                body: None,
                html: None,
                error: Some(ErrorOut {
                    field: e.field(),
                    code: e.code(),
                    message: document_message(Lang::parse(lang), e),
                }),
            },
        };
        super::to_json(&out)
    }

    /// The application given as a record, with its types checked (see [`Application::typed`]).
    fn application(record: &str) -> Result<Application, DocumentError> {
        Application::typed(RawApplication::from_record(record)).map_err(DocumentError::Field)
    }

    /// The registration certificate for an application given as a record: `{ title, css, body,
    /// html }` or `{ error: { field, code, message } }` (the message in `lang`), as JSON.
    #[wasm_bindgen(js_name = renderCertificate)]
    pub fn render_certificate(
        record: &str,
        iin: &str,
        issue_date: &str,
        paper: &str,
        lang: &str,
    ) -> String {
        let result = application(record).and_then(|app| {
            let date = documents::issue_date(issue_date)?;
            documents::render_certificate(&app, iin, date, Paper::parse(paper))
        });
        outcome(result, lang)
    }

    /// The refusal notice for an application given as a record: `{ title, css, body, html }` or
    /// `{ error }`, as JSON. `standard_kk` and `standard_ru` are a standard reason from the
    /// host's list (empty when none).
    #[wasm_bindgen(js_name = renderRefusal)]
    pub fn render_refusal(
        record: &str,
        reason: &str,
        standard_kk: &str,
        standard_ru: &str,
        issue_date: &str,
        paper: &str,
        lang: &str,
    ) -> String {
        let standard = (!standard_kk.is_empty() || !standard_ru.is_empty())
            .then_some((standard_kk, standard_ru));
        let result = application(record).and_then(|app| {
            let date = documents::issue_date(issue_date)?;
            documents::render_refusal(&app, reason, standard, date, Paper::parse(paper))
        });
        outcome(result, lang)
    }
}

#[cfg(feature = "wasm-verify")]
mod verify_api {
    use crate::prelude::*;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use crate::messages::verdict_report;
    use crate::seal::{self, PublicKey, Verdict};
    use crate::Lang;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Facts {
        kind: &'static str,
        number: String,
        surname_latin: String,
        given_name_latin: String,
        patronymic_latin: String,
        name_cyrillic: String,
        birth_date: String,
        sex: Option<&'static str>,
        citizenship: String,
        institution: String,
        date: String,
        issuer: String,
        issued_at: i64,
        kid: String,
    }

    #[derive(Serialize)]
    struct Out {
        status: &'static str,
        message: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        facts: Option<Facts>,
        rows: Vec<(String, String)>,
    }

    /// Verifies a document's QR text, link or digits against public keys given one a line as
    /// their JWK members `kty`, `crv` and `x`, tab-separated (the JavaScript side reads them
    /// from the service's JWK set): `{ status, message, facts?, rows }` as JSON, the words in
    /// `lang`.
    #[wasm_bindgen(js_name = verifyDocument)]
    pub fn verify_document(text: &str, keys: &str, lang: &str) -> String {
        let keys: Vec<PublicKey> = keys
            .lines()
            .filter_map(|line| {
                let mut members = line.split('\t');
                PublicKey::from_jwk(members.next()?, members.next()?, members.next()?)
            })
            .collect();
        let verdict = seal::verify(text, &keys);
        let report = verdict_report(Lang::parse(lang), &verdict);
        let facts = match verdict {
            Verdict::Genuine { facts, kid } => Some(Facts::of(*facts, kid)),
            _ => None,
        };
        super::to_json(&Out {
            status: report.code,
            message: report.headline,
            facts,
            rows: report.rows,
        })
    }

    impl Facts {
        fn of(facts: seal::Facts, kid: String) -> Facts {
            Facts {
                kind: facts.kind.as_str(),
                number: facts.id,
                surname_latin: facts.surname_latin,
                given_name_latin: facts.given_name_latin,
                patronymic_latin: facts.patronymic_latin,
                name_cyrillic: facts.name_cyrillic,
                birth_date: facts.birth_date.to_iso(),
                sex: facts.sex.map(|s| s.as_str()),
                citizenship: facts.citizenship,
                institution: facts.institution,
                date: facts.date.to_iso(),
                issuer: facts.issuer,
                issued_at: facts.issued_at,
                kid,
            }
        }
    }
}
