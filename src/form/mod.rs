//! The application for an IIN at an institution abroad (appendix 1 of seed 000): its fields,
//! their rules, and [`validate`], which portals, kiosks and servers all call, so that they
//! accept and refuse exactly the same applications.
//!
//! ```
//! use kz_iin::form::{validate, Application, Context};
//! use kz_iin::{Date, Lang};
//!
//! let app = Application {
//!     institution: Some("deu".into()),
//!     purpose: Some("opening a bank account".into()),
//!     surname_latin: Some("Müller".into()),
//!     surname_cyrillic: Some("Мюллер".into()),
//!     given_name_latin: Some("Anna".into()),
//!     given_name_cyrillic: Some("Анна".into()),
//!     birth_date: Some("1990-05-17".into()),
//!     sex: Some("female".into()),
//!     citizenship: Some("DEU".into()),
//!     arrival_country: Some("DEU".into()),
//!     document_type: Some("passport".into()),
//!     document_number: Some("c01x 00t47".into()),
//!     document_issue_date: Some("2020-01-10".into()),
//!     document_expiry_date: Some("2030-01-09".into()),
//!     document_issuing_country: Some("DEU".into()),
//!     birth_country: Some("DEU".into()),
//!     consent_personal_data: Some(true),
//!     consent_protected_secrets: Some(true),
//!     ..Application::default()
//! };
//! let context = Context { today: Date::new(2026, 11, 21).unwrap(), lang: Lang::En };
//! let report = validate(&app, &context);
//! assert!(report.valid, "{:?}", report.errors);
//! assert_eq!(report.normalized.document_number.as_deref(), Some("C01X00T47"));
//! ```

use crate::prelude::*;
mod dates;
mod field;
mod problem;
mod raw;
mod text;

pub use dates::{date_from_parts, DatePart, DatePartsError};
pub use field::{Field, DOCUMENT_NUMBER_MAX, NAME_MAX};
pub use problem::{Problem, Script};
pub use raw::{RawApplication, RawValue};
pub use text::{COMBINING_MARKS, CYRILLIC_LETTERS, LATIN_LETTERS, MAX_RAW_CHARS, NAME_PUNCTUATION};

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::i18n::Lang;
use crate::iin::{Iin, Sex};
use crate::messages::issue_message;
use field::Kind;

// One table from fields to the struct's text slots, for both kinds of borrow.
macro_rules! text_slots {
    ($app:ident, $field:ident, $($borrow:tt)+) => {
        Some(match $field {
            Field::Institution => $($borrow)+ $app.institution,
            Field::AddresseePosition => $($borrow)+ $app.addressee_position,
            Field::AddresseeName => $($borrow)+ $app.addressee_name,
            Field::Purpose => $($borrow)+ $app.purpose,
            Field::GivenNameLatin => $($borrow)+ $app.given_name_latin,
            Field::GivenNameCyrillic => $($borrow)+ $app.given_name_cyrillic,
            Field::SurnameLatin => $($borrow)+ $app.surname_latin,
            Field::SurnameCyrillic => $($borrow)+ $app.surname_cyrillic,
            Field::PatronymicLatin => $($borrow)+ $app.patronymic_latin,
            Field::PatronymicCyrillic => $($borrow)+ $app.patronymic_cyrillic,
            Field::BirthDate => $($borrow)+ $app.birth_date,
            Field::Sex => $($borrow)+ $app.sex,
            Field::Citizenship => $($borrow)+ $app.citizenship,
            Field::Nationality => $($borrow)+ $app.nationality,
            Field::ArrivalCountry => $($borrow)+ $app.arrival_country,
            Field::DocumentType => $($borrow)+ $app.document_type,
            Field::DocumentNumber => $($borrow)+ $app.document_number,
            Field::DocumentIssueDate => $($borrow)+ $app.document_issue_date,
            Field::DocumentExpiryDate => $($borrow)+ $app.document_expiry_date,
            Field::DocumentIssuingCountry => $($borrow)+ $app.document_issuing_country,
            Field::BirthCountry => $($borrow)+ $app.birth_country,
            Field::BirthRegion => $($borrow)+ $app.birth_region,
            Field::BirthDistrict => $($borrow)+ $app.birth_district,
            Field::BirthAddress => $($borrow)+ $app.birth_address,
            Field::PreviousIin => $($borrow)+ $app.previous_iin,
            Field::ConsentPersonalData | Field::ConsentProtectedSecrets => return None,
        })
    };
}

/// The identity documents the form accepts (`documentType`).
///
/// # Example
/// ```
/// assert!(kz_iin::form::DOCUMENT_TYPES.contains(&"passport"));
/// ```
pub const DOCUMENT_TYPES: [&str; 6] = [
    "passport",
    "identity_card",
    "residence_permit",
    "stateless_travel_document",
    "refugee_travel_document",
    "other",
];

/// How many years before the day of application the earliest date of birth may be.
pub const MAX_AGE_YEARS: u16 = 125;

/// An application, one optional value per field (see [`Field`] for the keys).
///
/// Serialises to the flat JSON object of the contract, with camelCase keys and absent fields
/// left out. To accept any JSON at all (wrong types, unknown keys) use [`RawApplication`].
///
/// # Example
/// ```
/// let app: kz_iin::form::Application = serde_json::from_str(r#"{"surnameLatin": "Smith"}"#).unwrap();
/// assert_eq!(app.surname_latin.as_deref(), Some("Smith"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[allow(missing_docs)] // each field is documented by its Field variant and in README.md
pub struct Application {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addressee_position: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addressee_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_name_latin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_name_cyrillic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surname_latin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surname_cyrillic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patronymic_latin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patronymic_cyrillic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrival_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_issue_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_expiry_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_issuing_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_iin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_personal_data: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_protected_secrets: Option<bool>,
}

impl Application {
    /// The text of a field (`None` for the consents, which are booleans).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field};
    /// let app = Application { sex: Some("male".into()), ..Default::default() };
    /// assert_eq!(app.text(Field::Sex), Some("male"));
    /// ```
    pub fn text(&self, field: Field) -> Option<&str> {
        self.slot(field).and_then(|s| s.as_deref())
    }

    fn slot(&self, field: Field) -> Option<&Option<String>> {
        text_slots!(self, field, &)
    }

    fn slot_mut(&mut self, field: Field) -> Option<&mut Option<String>> {
        text_slots!(self, field, &mut)
    }

    /// Sets a text field (the consents are booleans and are left alone).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field};
    /// let mut app = Application::default();
    /// app.set_text(Field::Sex, "female".into());
    /// assert_eq!(app.sex.as_deref(), Some("female"));
    /// ```
    pub fn set_text(&mut self, field: Field, value: String) {
        if let Some(slot) = self.slot_mut(field) {
            *slot = Some(value);
        }
    }

    fn consent(&self, field: Field) -> Option<bool> {
        match field {
            Field::ConsentPersonalData => self.consent_personal_data,
            Field::ConsentProtectedSecrets => self.consent_protected_secrets,
            _ => None,
        }
    }

    fn consent_mut(&mut self, field: Field) -> Option<&mut Option<bool>> {
        match field {
            Field::ConsentPersonalData => Some(&mut self.consent_personal_data),
            Field::ConsentProtectedSecrets => Some(&mut self.consent_protected_secrets),
            _ => None,
        }
    }
}

/// What validation depends on besides the application: the day of application (the core reads
/// no clock, so results are reproducible) and the language of the messages.
///
/// # Example
/// ```
/// let ctx = kz_iin::form::Context { today: kz_iin::Date::new(2026, 11, 21).unwrap(), lang: kz_iin::Lang::Kk };
/// assert_eq!(ctx.lang.as_str(), "kk");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// The day of application, in the institution's time zone.
    pub today: Date,
    /// The language of the messages.
    pub lang: Lang,
}

/// One error or warning: the field it concerns, its stable code and its message.
///
/// # Example
/// ```
/// use kz_iin::form::{validate, Application, Context};
/// let ctx = Context { today: kz_iin::Date::new(2026, 1, 1).unwrap(), lang: kz_iin::Lang::Ru };
/// let report = validate(&Application::default(), &ctx);
/// assert_eq!(report.errors[0].field.as_deref(), Some("institution"));
/// assert_eq!(report.errors[0].code, "required");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Issue {
    /// The field's key; for an unknown field the key as given; `None` for the whole application.
    pub field: Option<String>,
    /// The stable code.
    pub code: &'static str,
    /// The message in the context's language.
    pub message: String,
    /// For problems that name a character: its 1-based position in the value as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<usize>,
    /// For problems that name a character: the character.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub character: Option<String>,
    /// A value to offer instead, with one tap (the ICAO spelling of a transliteration warning).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// The problem itself, with its parameters.
    #[serde(skip)]
    pub problem: Problem,
}

impl Issue {
    fn new(field: Option<Field>, key: &str, problem: Problem, lang: Lang) -> Issue {
        let named = problem.character();
        Issue {
            field: field
                .map(|f| f.key().to_string())
                .or_else(|| matches!(problem, Problem::UnknownField).then(|| key.to_string())),
            code: problem.code(),
            message: issue_message(lang, field, key, &problem),
            position: named.map(|(p, _)| p),
            character: named.map(|(_, c)| c.to_string()),
            suggestion: match &problem {
                Problem::TransliterationMismatch { expected } => Some(expected.clone()),
                _ => None,
            },
            problem,
        }
    }
}

/// The result of [`validate`]: errors block submission, warnings do not; `normalized` is the
/// application as it should be sent (trimmed, white space collapsed, codes in upper case,
/// unknown keys dropped), with whatever could be normalised even when there are errors.
///
/// # Example
/// ```
/// use kz_iin::form::{validate, Application, Context};
/// let ctx = Context { today: kz_iin::Date::new(2026, 1, 1).unwrap(), lang: kz_iin::Lang::En };
/// let app = Application { surname_latin: Some("  Smith  ".into()), ..Default::default() };
/// let report = validate(&app, &ctx);
/// assert!(!report.valid);
/// assert_eq!(report.normalized.surname_latin.as_deref(), Some("Smith"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// No errors.
    pub valid: bool,
    /// What blocks submission, in the form's order.
    pub errors: Vec<Issue>,
    /// What is worth a second look, in the form's order.
    pub warnings: Vec<Issue>,
    /// The normalised application.
    #[serde(rename = "value")]
    pub normalized: Application,
}

/// Validates an application on the day `context.today`; see the module documentation.
///
/// # Example
/// ```
/// use kz_iin::form::{validate, Application, Context};
/// let ctx = Context { today: kz_iin::Date::new(2026, 11, 21).unwrap(), lang: kz_iin::Lang::En };
/// let app = Application { surname_cyrillic: Some("Иванoв".into()), ..Default::default() }; // Latin o
/// let report = validate(&app, &ctx);
/// let issue = report.errors.iter().find(|e| e.field.as_deref() == Some("surnameCyrillic")).unwrap();
/// assert_eq!(issue.code, "wrong_script");
/// assert_eq!(issue.position, Some(5));
/// ```
pub fn validate(app: &Application, context: &Context) -> Report {
    Checker::new(context).run(app, Vec::new(), 0)
}

/// Validates whatever was received (any JSON value: see [`RawApplication`]): wrong types are
/// `invalid_type` errors, unknown keys `unknown_field` warnings (and dropped), and anything but
/// an object is a `not_an_object` error.
///
/// # Example
/// ```
/// use kz_iin::form::{validate_raw, Context, RawApplication};
/// let raw: RawApplication = serde_json::from_str(r#"{"sex": 1, "favouriteColour": "blue"}"#).unwrap();
/// let ctx = Context { today: kz_iin::Date::new(2026, 1, 1).unwrap(), lang: kz_iin::Lang::En };
/// let report = validate_raw(&raw, &ctx);
/// assert!(report.errors.iter().any(|e| e.field.as_deref() == Some("sex") && e.code == "invalid_type"));
/// assert_eq!(report.warnings.last().unwrap().code, "unknown_field");
/// ```
pub fn validate_raw(raw: &RawApplication, context: &Context) -> Report {
    validate_raw_owned(raw.clone(), context)
}

/// [`validate_raw`] of an application the caller gives up, whose texts then move into the
/// report rather than being copied (the WebAssembly boundary reads its own).
pub(crate) fn validate_raw_owned(raw: RawApplication, context: &Context) -> Report {
    let checker = Checker::new(context);
    let Some(entries) = raw.entries else {
        let issue = Issue::new(None, "", Problem::NotAnObject, context.lang);
        return Report {
            valid: false,
            errors: vec![issue],
            warnings: Vec::new(),
            normalized: Application::default(),
        };
    };
    let mut app = Application::default();
    let mut pre = Vec::new();
    let mut reported = 0u32;
    for (key, value) in entries {
        let Some(field) = Field::from_key(&key) else {
            pre.push(Issue::new(None, &key, Problem::UnknownField, context.lang));
            continue;
        };
        match (value, field.is_boolean()) {
            (RawValue::Null, _) => {}
            (RawValue::Text(t), false) => {
                if let Some(slot) = app.slot_mut(field) {
                    *slot = Some(t);
                }
            }
            (RawValue::Bool(b), true) => {
                if let Some(slot) = app.consent_mut(field) {
                    *slot = Some(b);
                }
            }
            _ => {
                pre.push(Issue::new(
                    Some(field),
                    &key,
                    Problem::InvalidType,
                    context.lang,
                ));
                reported |= bit(field);
            }
        }
    }
    checker.run(&app, pre, reported)
}

fn bit(field: Field) -> u32 {
    1 << field as u32
}

struct Checker {
    context: Context,
}

/// The outcome of one field's own rules: its normalised value and parsed forms.
#[derive(Default)]
struct Parsed {
    birth: Option<Date>,
    issued: Option<Date>,
    expires: Option<Date>,
    sex: Option<Sex>,
}

impl Checker {
    fn new(context: &Context) -> Checker {
        Checker { context: *context }
    }

    fn run(&self, app: &Application, mut issues: Vec<Issue>, mut reported: u32) -> Report {
        let lang = self.context.lang;
        let mut out = Application::default();
        let mut parsed = Parsed::default();
        let mut buffer = Vec::new();
        // Fields that hold something (even something wrong), for the pairing rules.
        let mut present = 0u32;
        let add = |issues: &mut Vec<Issue>, reported: &mut u32, field: Field, problem: Problem| {
            if *reported & bit(field) == 0 || problem.is_warning() {
                if !problem.is_warning() {
                    *reported |= bit(field);
                }
                issues.push(Issue::new(Some(field), field.key(), problem, lang));
            }
        };

        for field in Field::ALL {
            if reported & bit(field) != 0 {
                continue;
            }
            if field.is_boolean() {
                match app.consent(field) {
                    Some(true) => {
                        if let Some(slot) = out.consent_mut(field) {
                            *slot = Some(true);
                        }
                    }
                    Some(false) | None => {
                        add(&mut issues, &mut reported, field, Problem::ConsentRequired)
                    }
                }
                continue;
            }
            let raw = app.text(field).unwrap_or("");
            match self.check_field(field, raw, &mut parsed, &mut buffer) {
                Ok(None) => {
                    if field.is_required() {
                        add(&mut issues, &mut reported, field, Problem::Required);
                    }
                }
                Ok(Some(value)) => {
                    present |= bit(field);
                    if let Some(slot) = out.slot_mut(field) {
                        *slot = Some(value);
                    }
                }
                Err(problem) => {
                    present |= bit(field);
                    if let Some(slot) = out.slot_mut(field) {
                        // Keep what can be kept: the value trimmed, for the person to correct.
                        let trimmed = raw.trim();
                        *slot = (!trimmed.is_empty() && trimmed.chars().count() <= MAX_RAW_CHARS)
                            .then(|| trimmed.to_string());
                    }
                    add(&mut issues, &mut reported, field, problem);
                }
            }
        }

        // A name given in one script is needed in the other too.
        for field in Field::ALL {
            if let Some(pair) = field.script_pair() {
                if present & bit(pair) != 0 && present & bit(field) == 0 {
                    add(&mut issues, &mut reported, field, Problem::Required);
                }
            }
        }
        if present & (bit(Field::GivenNameLatin) | bit(Field::GivenNameCyrillic)) == 0
            && present & (bit(Field::SurnameLatin) | bit(Field::SurnameCyrillic)) != 0
        {
            add(
                &mut issues,
                &mut reported,
                Field::GivenNameLatin,
                Problem::GivenNameMissing,
            );
        }

        for (field, problem) in self.date_rules(&parsed) {
            add(&mut issues, &mut reported, field, problem);
        }
        if out.citizenship.as_deref() == Some("KAZ") {
            add(
                &mut issues,
                &mut reported,
                Field::Citizenship,
                Problem::CitizenshipKaz,
            );
        }
        if let Some(iin) = out.previous_iin.as_deref().and_then(|v| Iin::parse(v).ok()) {
            if let Some(encoded) = iin.birth() {
                if parsed.birth.is_some_and(|b| b != encoded.date) {
                    add(
                        &mut issues,
                        &mut reported,
                        Field::PreviousIin,
                        Problem::BirthDateMismatch {
                            encoded: encoded.date,
                        },
                    );
                }
                if parsed.sex.is_some_and(|s| s != encoded.sex) {
                    add(
                        &mut issues,
                        &mut reported,
                        Field::PreviousIin,
                        Problem::SexMismatch {
                            encoded: encoded.sex,
                        },
                    );
                }
            }
        }

        if out
            .citizenship
            .as_deref()
            .is_some_and(|c| crate::translit::CYRILLIC_PASSPORTS.contains(&c))
        {
            for (latin, cyrillic) in [
                (Field::GivenNameLatin, Field::GivenNameCyrillic),
                (Field::SurnameLatin, Field::SurnameCyrillic),
                (Field::PatronymicLatin, Field::PatronymicCyrillic),
            ] {
                if reported & (bit(latin) | bit(cyrillic)) != 0 {
                    continue;
                }
                if let (Some(l), Some(c)) = (out.text(latin), out.text(cyrillic)) {
                    if !crate::translit::matches_icao(l, c) {
                        let expected = crate::translit::suggest_latin(c);
                        add(
                            &mut issues,
                            &mut reported,
                            latin,
                            Problem::TransliterationMismatch { expected },
                        );
                    }
                }
            }
        }

        let (mut errors, mut warnings) = (Vec::new(), Vec::new());
        for issue in issues {
            let list = if issue.problem.is_warning() {
                &mut warnings
            } else {
                &mut errors
            };
            insert_in_field_order(list, issue);
        }
        Report {
            valid: errors.is_empty(),
            errors,
            warnings,
            normalized: out,
        }
    }

    /// One field's own rules: `Ok(None)` when it is empty, else its normalised value.
    /// `buffer`: the normalisation buffer every field of an application reuses.
    fn check_field(
        &self,
        field: Field,
        raw: &str,
        parsed: &mut Parsed,
        buffer: &mut Vec<(usize, char)>,
    ) -> Result<Option<String>, Problem> {
        let max = field.max_chars().unwrap_or(64);
        let value = text::normalize(raw, max, core::mem::take(buffer))?;
        let outcome = if value.is_empty() {
            Ok(None)
        } else {
            self.field_value(field, raw, &value, parsed)
        };
        *buffer = value.into_buffer();
        outcome
    }

    /// A non-empty field's value under its kind's rules (see [`Checker::check_field`]).
    fn field_value(
        &self,
        field: Field,
        raw: &str,
        value: &text::Normalized,
        parsed: &mut Parsed,
    ) -> Result<Option<String>, Problem> {
        let plain = || value.to_string_with(|c| c);
        let normalized = match field.kind() {
            Kind::Text { .. } => {
                text::check_text(value)?;
                plain()
            }
            Kind::Letters { .. } => {
                text::check_letters(value)?;
                value.to_string_with(text::name_char)
            }
            Kind::Latin => {
                text::check_name(value, Script::Latin)?;
                value.to_string_with(text::name_char)
            }
            Kind::Cyrillic => {
                text::check_name(value, Script::Cyrillic)?;
                value.to_string_with(text::name_char)
            }
            Kind::DocumentNumber => {
                let number = text::document_number(value)?;
                if number.is_empty() {
                    return Ok(None);
                }
                number
            }
            Kind::Institution => {
                let id = plain();
                crate::data::institution(&id).ok_or(Problem::UnknownValue)?;
                id
            }
            Kind::Country => {
                let code = plain().to_ascii_uppercase();
                crate::data::country(&code).ok_or(Problem::UnknownValue)?;
                code
            }
            Kind::Sex => {
                let sex = match plain().to_ascii_lowercase().as_str() {
                    "male" => Sex::Male,
                    "female" => Sex::Female,
                    _ => return Err(Problem::UnknownValue),
                };
                parsed.sex = Some(sex);
                sex.as_str().to_string()
            }
            Kind::DocumentType => {
                let t = plain().to_ascii_lowercase();
                if !DOCUMENT_TYPES.contains(&t.as_str()) {
                    return Err(Problem::UnknownValue);
                }
                t
            }
            Kind::Date => {
                let date: Date = plain().parse().map_err(|_| Problem::InvalidDate)?;
                match field {
                    Field::BirthDate => parsed.birth = Some(date),
                    Field::DocumentIssueDate => parsed.issued = Some(date),
                    _ => parsed.expires = Some(date),
                }
                date.to_iso()
            }
            Kind::Iin => Iin::parse(raw).map_err(Problem::Iin)?.as_str().to_string(),
            Kind::Consent => return Ok(None),
        };
        Ok(Some(normalized))
    }

    /// The rules between dates and the day of application. A date that fails its own rule is
    /// not compared with the others, so one mistake gives one error.
    fn date_rules(&self, p: &Parsed) -> Vec<(Field, Problem)> {
        let today = self.context.today;
        let earliest = earliest_birth(today);
        let mut found = Vec::new();
        let birth = p.birth.filter(|&birth| {
            let problem = if birth > today {
                Some(Problem::DateInFuture)
            } else if birth < earliest {
                Some(Problem::DateTooOld { earliest })
            } else {
                None
            };
            let ok = problem.is_none();
            found.extend(problem.map(|pr| (Field::BirthDate, pr)));
            ok
        });
        let issued = p.issued.filter(|&issued| {
            let problem = if issued > today {
                Some(Problem::DateInFuture)
            } else if birth.is_some_and(|b| issued < b) {
                Some(Problem::IssuedBeforeBirth)
            } else {
                None
            };
            let ok = problem.is_none();
            found.extend(problem.map(|pr| (Field::DocumentIssueDate, pr)));
            ok
        });
        if let Some(expires) = p.expires {
            if issued.is_some_and(|i| expires <= i) {
                found.push((Field::DocumentExpiryDate, Problem::ExpiryBeforeIssue));
            } else if expires < today {
                found.push((Field::DocumentExpiryDate, Problem::DocumentExpired));
            }
        }
        found
    }
}

/// The earliest date of birth accepted on `today`: [`MAX_AGE_YEARS`] earlier (28 February for a
/// 29 February that the earlier year lacks).
fn earliest_birth(today: Date) -> Date {
    let year = today.year().saturating_sub(MAX_AGE_YEARS).max(1);
    Date::new(year, today.month(), today.day())
        .or_else(|| Date::new(year, today.month(), today.day() - 1))
        .unwrap_or(today)
}

/// Where an issue goes in a report: in the form's field order, issues of the whole application
/// and of unknown keys last, issues of one field in the order they were found. An insertion
/// rather than `sort_by_key`, whose generic stable sort measured about 6 KB gzipped of
/// WebAssembly for lists that hold a few dozen issues at most; unknown keys, the only way to get
/// many, go to the end at once.
fn insert_in_field_order(list: &mut Vec<Issue>, issue: Issue) {
    let order = |i: &Issue| {
        i.field
            .as_deref()
            .and_then(Field::from_key)
            .map_or(usize::MAX, |f| f as usize)
    };
    let key = order(&issue);
    let at = list.len() - list.iter().rev().take_while(|i| order(i) > key).count();
    list.insert(at, issue);
}
