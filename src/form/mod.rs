//! The rules of the application for an IIN at an institution abroad (appendix 1 of seed 000):
//! [`validate`], which portals, kiosks and servers all call, so that they accept and refuse
//! exactly the same applications.
//!
//! Validation decides and says nothing: a [`Report`] holds [`Issue`]s of a field, a stable code
//! and the problem's parameters. Turning them into words is a separate step,
//! [`crate::messages::issue_message`] (or [`crate::messages::WordedReport`] for a whole report),
//! which every caller uses: the browser, Node and the server. The fields themselves (keys,
//! kinds, limits, labels) are declared once, in [`crate::fields`].
//!
//! ```
//! use kz_iin::form::{validate, Application, Context};
//! use kz_iin::Date;
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
//! let context = Context { today: Date::new(2026, 11, 21).unwrap() };
//! let report = validate(&app, &context);
//! assert!(report.valid, "{:?}", report.errors);
//! assert_eq!(report.normalized.document_number.as_deref(), Some("C01X00T47"));
//! ```

use crate::prelude::*;
mod controls;
mod dates;
mod problem;
mod raw;
mod text;

pub use crate::fields::{
    Application, Field, Kind, Options, Script, DOCUMENT_NUMBER_MAX, DOCUMENT_TYPES, NAME_MAX,
};
pub use controls::Controls;
pub use dates::{date_from_parts, DatePart, DatePartsError};
pub use problem::Problem;
pub use raw::{RawApplication, RawValue};
pub use text::{COMBINING_MARKS, CYRILLIC_LETTERS, LATIN_LETTERS, MAX_RAW_CHARS, NAME_PUNCTUATION};

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::date::Date;
use crate::fields::{Allowed, SlotMut};
use crate::iin::{Iin, Sex};

/// How many years before the day of application the earliest date of birth may be.
pub const MAX_AGE_YEARS: u16 = 125;

/// What validation depends on besides the application: the day of application (the core reads
/// no clock, so results are reproducible).
///
/// # Example
/// ```
/// let ctx = kz_iin::form::Context { today: kz_iin::Date::new(2026, 11, 21).unwrap() };
/// assert_eq!(ctx.today.to_iso(), "2026-11-21");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// The day of application, in the institution's time zone.
    pub today: Date,
}

/// One error or warning: the field it concerns and the problem, with its parameters. No words:
/// [`crate::messages::issue_message`] writes them.
///
/// Serialises as `{ field, code, position?, character?, suggestion? }`, `field` being the key
/// (an unknown key as given) or null for the whole application.
///
/// # Example
/// ```
/// use kz_iin::form::{validate, Application, Context, Field};
/// let ctx = Context { today: kz_iin::Date::new(2026, 1, 1).unwrap() };
/// let report = validate(&Application::default(), &ctx);
/// assert_eq!(report.errors[0].field, Some(Field::Institution));
/// assert_eq!(report.errors[0].code(), "required");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The field; `None` for the whole application and for a key that is no field (the key is
    /// then in [`Problem::UnknownField`]).
    pub field: Option<Field>,
    /// The problem itself, with its parameters.
    pub problem: Problem,
}

impl Issue {
    /// The stable code.
    pub const fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// The key the issue is reported under: the field's, an unknown key as given, or `None` for
    /// the whole application.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Issue, Problem};
    /// let issue = Issue { field: None, problem: Problem::UnknownField { key: "colour".into() } };
    /// assert_eq!(issue.key(), Some("colour"));
    /// ```
    pub fn key(&self) -> Option<&str> {
        match (&self.field, &self.problem) {
            (Some(field), _) => Some(field.key()),
            (None, Problem::UnknownField { key }) => Some(key),
            _ => None,
        }
    }

    /// For problems that name a character: its 1-based position in the value as given.
    pub const fn position(&self) -> Option<usize> {
        match self.problem.character() {
            Some((position, _)) => Some(position),
            None => None,
        }
    }

    /// For problems that name a character: the character.
    pub const fn character(&self) -> Option<char> {
        match self.problem.character() {
            Some((_, character)) => Some(character),
            None => None,
        }
    }

    /// A value to offer instead, with one tap (the ICAO spelling of a transliteration warning).
    pub fn suggestion(&self) -> Option<&str> {
        match &self.problem {
            Problem::TransliterationMismatch { expected } => Some(expected),
            _ => None,
        }
    }

    /// Writes the issue's parameters (`position`, `character`, `suggestion`, those it has) into
    /// a serde struct, so that [`crate::messages::WordedIssue`] can write the same object with
    /// its message.
    #[doc(hidden)]
    pub fn serialize_details<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        if let Some(position) = self.position() {
            s.serialize_field("position", &position)?;
        }
        if let Some(character) = self.character() {
            let mut buf = [0u8; 4];
            s.serialize_field("character", character.encode_utf8(&mut buf) as &str)?;
        }
        if let Some(suggestion) = self.suggestion() {
            s.serialize_field("suggestion", suggestion)?;
        }
        Ok(())
    }
}

impl Serialize for Issue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Issue", 5)?;
        s.serialize_field("field", &self.key())?;
        s.serialize_field("code", self.code())?;
        self.serialize_details(&mut s)?;
        s.end()
    }
}

/// The result of [`validate`]: errors block submission, warnings do not; `normalized` is the
/// application as it should be sent (trimmed, white space collapsed, codes in upper case,
/// unknown keys dropped), with whatever could be normalised even when there are errors.
///
/// # Example
/// ```
/// use kz_iin::form::{validate, Application, Context};
/// let ctx = Context { today: kz_iin::Date::new(2026, 1, 1).unwrap() };
/// let app = Application { surname_latin: Some("  Smith  ".into()), ..Default::default() };
/// let report = validate(&app, &ctx);
/// assert!(!report.valid);
/// assert_eq!(report.normalized.surname_latin.as_deref(), Some("Smith"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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
/// use kz_iin::form::{validate, Application, Context, Field};
/// let ctx = Context { today: kz_iin::Date::new(2026, 11, 21).unwrap() };
/// let app = Application { surname_cyrillic: Some("Иванoв".into()), ..Default::default() }; // Latin o
/// let report = validate(&app, &ctx);
/// let issue = report.errors.iter().find(|e| e.field == Some(Field::SurnameCyrillic)).unwrap();
/// assert_eq!(issue.code(), "wrong_script");
/// assert_eq!(issue.position(), Some(5));
/// ```
pub fn validate(app: &Application, context: &Context) -> Report {
    Checker::new(context).run(app, Vec::new(), 0)
}

/// Validates whatever JSON arrived (see [`RawApplication`]): a value of the wrong type is an
/// `invalid_type` error for its field, an unknown key an `unknown_field` warning (and dropped),
/// and anything but an object is a `not_an_object` error.
///
/// # Example
/// ```
/// use kz_iin::form::{validate_raw, Context, Field, RawApplication};
/// let raw: RawApplication = serde_json::from_str(r#"{"sex": 1, "favouriteColour": "blue"}"#).unwrap();
/// let ctx = Context { today: kz_iin::Date::new(2026, 1, 1).unwrap() };
/// let report = validate_raw(&raw, &ctx);
/// assert!(report.errors.iter().any(|e| e.field == Some(Field::Sex) && e.code() == "invalid_type"));
/// assert_eq!(report.warnings.last().unwrap().key(), Some("favouriteColour"));
/// ```
pub fn validate_raw(raw: &RawApplication, context: &Context) -> Report {
    validate_raw_owned(raw.clone(), context)
}

/// [`validate_raw`] of an application the caller gives up, whose texts then move into the
/// report rather than being copied (the WebAssembly boundary reads its own).
///
/// # Example
/// ```
/// use kz_iin::form::{validate_raw_owned, Context, RawApplication};
/// let raw = RawApplication::from_record("N");
/// let report = validate_raw_owned(raw, &Context { today: kz_iin::Date::new(2026, 1, 1).unwrap() });
/// assert_eq!(report.errors[0].code(), "not_an_object");
/// ```
pub fn validate_raw_owned(raw: RawApplication, context: &Context) -> Report {
    match Application::from_raw(raw) {
        Some((app, pre, reported)) => Checker::new(context).run(&app, pre, reported),
        None => Report {
            valid: false,
            errors: vec![Issue {
                field: None,
                problem: Problem::NotAnObject,
            }],
            warnings: Vec::new(),
            normalized: Application::default(),
        },
    }
}

impl Application {
    /// The application in whatever JSON arrived, as far as its types allow: each value of the
    /// wrong type, and each key that is no field, becomes an issue instead (`invalid_type`,
    /// `unknown_field`); `None` when it is not an object at all. The fields with a wrong type
    /// are also given as bits (`1 << field`), so that their own rules are not run.
    fn from_raw(raw: RawApplication) -> Option<(Application, Vec<Issue>, u32)> {
        let entries = raw.entries?;
        let mut app = Application::default();
        let mut issues = Vec::new();
        let mut reported = 0u32;
        for (key, value) in entries {
            let Some(field) = Field::from_key(&key) else {
                issues.push(Issue {
                    field: None,
                    problem: Problem::UnknownField { key },
                });
                continue;
            };
            match (value, app.slot_mut(field)) {
                (RawValue::Null, _) => {}
                (RawValue::Text(t), SlotMut::Text(slot)) => *slot = Some(t),
                (RawValue::Bool(b), SlotMut::Flag(slot)) => *slot = Some(b),
                _ => {
                    issues.push(Issue {
                        field: Some(field),
                        problem: Problem::InvalidType,
                    });
                    reported |= bit(field);
                }
            }
        }
        Some((app, issues, reported))
    }

    /// The application in whatever JSON arrived, for printing what it holds: its text and
    /// consents, or the first issue that stops that (`not_an_object`, or `invalid_type` for a
    /// field); unknown keys are ignored.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field, RawApplication};
    /// let raw = RawApplication::from_record("O12,surnameLatins5,Smith3,sexx");
    /// assert_eq!(Application::typed(raw).unwrap_err().field, Some(Field::Sex));
    /// ```
    pub fn typed(raw: RawApplication) -> Result<Application, Issue> {
        let Some((app, issues, _)) = Application::from_raw(raw) else {
            return Err(Issue {
                field: None,
                problem: Problem::NotAnObject,
            });
        };
        match issues.into_iter().find(|i| !i.problem.is_warning()) {
            Some(issue) => Err(issue),
            None => Ok(app),
        }
    }
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
                issues.push(Issue {
                    field: Some(field),
                    problem,
                });
            }
        };

        for field in Field::ALL {
            if reported & bit(field) != 0 {
                continue;
            }
            if field.is_boolean() {
                match app.flag(field) {
                    Some(true) => out.set_flag(field, true),
                    Some(false) | None => {
                        add(&mut issues, &mut reported, field, Problem::ConsentRequired)
                    }
                }
                continue;
            }
            let raw = app.text(field).unwrap_or("");
            match self.check_field(field, raw, &mut parsed, &mut buffer) {
                Ok(None) => {
                    if field.spec().required {
                        add(&mut issues, &mut reported, field, Problem::Required);
                    }
                }
                Ok(Some(value)) => {
                    present |= bit(field);
                    out.set_text(field, value);
                }
                Err(problem) => {
                    present |= bit(field);
                    // Keep what can be kept: the value trimmed, for the person to correct.
                    let trimmed = raw.trim();
                    if !trimmed.is_empty() && trimmed.chars().count() <= MAX_RAW_CHARS {
                        out.set_text(field, trimmed.to_string());
                    }
                    add(&mut issues, &mut reported, field, problem);
                }
            }
        }

        // A name given in one script is needed in the other too.
        for field in Field::ALL {
            if let Some(pair) = field.spec().partner {
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
        let max = field.spec().max_chars.map_or(64, usize::from);
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
        let normalized = match field.spec().kind {
            Kind::Text(Allowed::Printable) => {
                text::check_text(value)?;
                plain()
            }
            Kind::Text(Allowed::Letters) => {
                text::check_letters(value)?;
                value.to_string_with(text::name_char)
            }
            Kind::Text(Allowed::LatinAndDigits) => {
                let number = text::document_number(value)?;
                if number.is_empty() {
                    return Ok(None);
                }
                number
            }
            Kind::Name(script) => {
                text::check_name(value, script)?;
                value.to_string_with(text::name_char)
            }
            Kind::Choice(Options::Institutions) => {
                let id = plain();
                crate::data::institution(&id).ok_or(Problem::UnknownValue)?;
                id
            }
            Kind::Choice(Options::Countries) => {
                let code = plain().to_ascii_uppercase();
                crate::data::country(&code).ok_or(Problem::UnknownValue)?;
                code
            }
            Kind::Choice(Options::Fixed(choices)) => {
                let value = plain().to_ascii_lowercase();
                let choice = choices
                    .iter()
                    .find(|c| c.value == value)
                    .ok_or(Problem::UnknownValue)?;
                if field == Field::Sex {
                    parsed.sex = Some(if choice.value == "female" {
                        Sex::Female
                    } else {
                        Sex::Male
                    });
                }
                value
            }
            Kind::Date => {
                let date: Date = plain().parse().map_err(|_| Problem::InvalidDate)?;
                match field {
                    Field::BirthDate => parsed.birth = Some(date),
                    Field::DocumentIssueDate => parsed.issued = Some(date),
                    Field::DocumentExpiryDate => parsed.expires = Some(date),
                    _ => {}
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
    let order = |i: &Issue| i.field.map_or(usize::MAX, |f| f as usize);
    let key = order(&issue);
    let at = list.len() - list.iter().rev().take_while(|i| order(i) > key).count();
    list.insert(at, issue);
}
