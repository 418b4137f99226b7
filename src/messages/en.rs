//! English messages and labels.

#[cfg(feature = "form")]
use super::{capitalize, Verb};
#[cfg(feature = "form")]
use super::{fill, show};
#[cfg(feature = "form")]
use crate::fields::{Field, Script};
#[cfg(feature = "form")]
use crate::form::Problem;
#[cfg(feature = "form")]
use crate::prelude::*;

#[cfg(feature = "form")]
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(feature = "form")]
/// (the form's label, how messages name the field), from the field table.
fn label(field: Field) -> (&'static str, &'static str) {
    let spec = field.spec();
    (
        spec.label.get(crate::Lang::En),
        spec.named.get(crate::Lang::En),
    )
}

#[cfg(feature = "form")]
fn date(d: crate::Date) -> String {
    fill(
        "{} {} {}",
        &[&d.day(), &MONTHS[usize::from(d.month() - 1)], &d.year()],
    )
}

#[cfg(feature = "form")]
pub(super) fn issue(field: Option<Field>, problem: &Problem) -> String {
    let Some(field) = field else {
        return match problem {
            Problem::UnknownField { key } => fill(
                "“{}” is not a field of the application and was ignored",
                &[key],
            ),
            _ => "The application must be an object of fields".into(),
        };
    };
    let (_, what) = label(field);
    let cap = capitalize(what);
    match *problem {
        Problem::Required if field.is_boolean() => fill("Give {}", &[&what]),
        Problem::Required => match super::verb(field) {
            Verb::Enter => fill("Enter {}", &[&what]),
            Verb::Select => fill("Select {}", &[&what]),
        },
        Problem::InvalidType if field.is_boolean() => fill("{} must be true or false", &[&cap]),
        Problem::InvalidType => fill("{} must be text", &[&cap]),
        Problem::TooLong { max } => fill("{} must be {} characters or fewer", &[&cap, &max]),
        Problem::InvalidCharacter { position, character } => fill("{} cannot contain {} (character {})", &[&cap, &show(u32::from(character), "“", "”"), &position]),
        Problem::WrongScript { position, character, expected } => {
            let c = show(u32::from(character), "“", "”");
            match (expected, field) {
                (_, Field::DocumentNumber) => fill("{} must be in Latin letters and digits: {} (character {}) is a Cyrillic letter", &[&cap, &c, &position]),
                (Script::Latin, _) => fill("{} must be in Latin letters: {} (character {}) is a Cyrillic letter", &[&cap, &c, &position]),
                (Script::Cyrillic, _) => fill("{} must be in Cyrillic letters: {} (character {}) is a Latin letter", &[&cap, &c, &position]),
            }
        }
        Problem::InvalidDate => fill("{} must be a real date", &[&cap]),
        Problem::DateInFuture => fill("{} must be today or in the past", &[&cap]),
        Problem::DateTooOld { earliest } => fill("{} must be on or after {}", &[&cap, &date(earliest)]),
        Problem::IssuedBeforeBirth => "The date your identity document was issued must be on or after your date of birth".into(),
        Problem::ExpiryBeforeIssue => "The date your identity document expires must be after the date it was issued".into(),
        Problem::DocumentExpired => "Your identity document has expired: it must be valid on the day you apply".into(),
        Problem::UnknownValue => fill("Select {} from the list", &[&what]),
        Problem::CitizenshipKaz => "This service is for foreign citizens and stateless persons: citizens of Kazakhstan get their IIN in Kazakhstan".into(),
        Problem::ConsentRequired => fill("Give {}", &[&what]),
        Problem::BirthDateMismatch { encoded } => fill("The IIN you gave encodes the date of birth {}: check it and your date of birth (IINs issued since 2013 need not match)", &[&date(encoded)]),
        Problem::SexMismatch { .. } => "The IIN you gave encodes the other sex: check it and your sex".into(),
        Problem::GivenNameMissing => "You have not entered a given name: leave it empty only if your passport shows none".into(),
        Problem::TransliterationMismatch { ref expected } => fill("Check the Latin spelling against your passport: by ICAO Doc 9303, which passports use, the Cyrillic spelling you gave is written “{}”", &[&expected]),
        Problem::UnknownField { ref key } => fill("“{}” is not a field of the application and was ignored", &[key]),
        Problem::NotAnObject => "The application must be an object of fields".into(),
        Problem::Iin(_) => String::new(),
    }
}

#[cfg(feature = "form")]
pub(super) fn date_parts(field: Option<Field>, error: crate::form::DatePartsError) -> String {
    use crate::form::{DatePart, DatePartsError};
    // Three boxes of no known date field: the date itself.
    let cap = capitalize(field.map_or("the date", |f| label(f).1));
    match error {
        DatePartsError::Missing(part) => fill("{} must include a {}", &[&cap, &part.as_str()]),
        DatePartsError::Invalid(DatePart::Day) => {
            fill("{}: the day must be a number from 1 to 31", &[&cap])
        }
        DatePartsError::Invalid(DatePart::Month) => fill(
            "{}: the month must be a number from 1 to 12 or its name",
            &[&cap],
        ),
        DatePartsError::Invalid(DatePart::Year) => {
            fill("{}: the year must include 4 numbers", &[&cap])
        }
        DatePartsError::NotReal => fill("{} must be a real date", &[&cap]),
    }
}

#[cfg(feature = "mrz")]
pub(super) fn mrz(error: &crate::mrz::MrzError) -> String {
    use crate::mrz::{Checked, MrzError};
    let what = |f: Checked| match f {
        Checked::DocumentNumber => "the document number",
        Checked::BirthDate => "the date of birth",
        Checked::ExpiryDate => "the date of expiry",
        Checked::OptionalData => "the personal number",
        Checked::Composite => "the whole zone",
    };
    match *error {
        MrzError::Empty => "Scan the machine-readable zone of your passport or identity card, or type its lines".into(),
        MrzError::Shape { lines, length } => fill("A machine-readable zone has 2 lines of 44 characters (passport), 2 of 36, or 3 of 30 (identity card): this text has {} line(s), one of {} characters. Scan it again", &[&lines, &length]),
        MrzError::InvalidCharacter { line, position, character } => fill("A machine-readable zone holds only Latin capitals, digits and <: line {} has {} at character {}", &[&line, &show(u32::from(character), "“", "”"), &position]),
        MrzError::CheckDigit { field, .. } => fill("The machine-readable zone was misread: the check digit of {} does not match. Scan the passport again or type your details", &[&what(field)]),
        MrzError::InvalidDate { field } => fill("The machine-readable zone was misread: {} is not a real date. Scan the passport again or type your details", &[&what(field)]),
        MrzError::NotAnIdentityDocument => "This is a visa's machine-readable zone: scan your passport or identity card instead".into(),
    }
}

#[cfg(feature = "documents")]
/// The words of a document's own problems (the others are the form's and the IIN's).
pub(super) fn document(error: &crate::documents::DocumentError) -> Option<&'static str> {
    use crate::documents::DocumentError;
    match error {
        DocumentError::IssueDate => Some("The date of issue must be a real date (YYYY-MM-DD)"),
        DocumentError::ReasonRequired => Some("Enter the reason for the refusal"),
        DocumentError::Iin(_) | DocumentError::Field(_) => None,
    }
}
