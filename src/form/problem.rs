//! What can be wrong with an application (errors) or worth a second look (warnings): codes and
//! parameters, no words (those are in `crate::messages`).

use crate::date::Date;
use crate::error::ParseError;
use crate::fields::Script;
use crate::iin::Sex;
use crate::prelude::*;

/// One problem with one field, with what its message needs. [`Problem::code`] is the stable code.
///
/// # Example
/// ```
/// use kz_iin::form::Problem;
/// assert_eq!(Problem::Required.code(), "required");
/// assert_eq!(Problem::TooLong { max: 100 }.code(), "too_long");
/// assert!(Problem::GivenNameMissing.is_warning());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The data is not an object at all (null, a string, an array...).
    NotAnObject,
    /// A key that is not a field of the application; it is dropped (warning).
    UnknownField {
        /// The key as given.
        key: String,
    },
    /// A required field is missing or empty.
    Required,
    /// A text field is not a string, or a consent is not a boolean.
    InvalidType,
    /// Longer than `max` characters.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// A character this field cannot hold (1-based position in the value as given).
    InvalidCharacter {
        /// 1-based position, in characters.
        position: usize,
        /// The character.
        character: char,
    },
    /// A letter of the other script: a Latin "o" in a Cyrillic name, say.
    WrongScript {
        /// 1-based position, in characters.
        position: usize,
        /// The letter.
        character: char,
        /// The script the field expects.
        expected: Script,
    },
    /// Not a real `YYYY-MM-DD` date.
    InvalidDate,
    /// After the day of application.
    DateInFuture,
    /// Before the earliest plausible date of birth.
    DateTooOld {
        /// The earliest date accepted.
        earliest: Date,
    },
    /// The document was issued before its holder was born.
    IssuedBeforeBirth,
    /// The document expires on or before its date of issue.
    ExpiryBeforeIssue,
    /// The document expired before the day of application.
    DocumentExpired,
    /// Not one of the values offered (institution, country, sex, document type).
    UnknownValue,
    /// Citizenship is Kazakhstan's: the service is for foreign citizens and stateless persons.
    CitizenshipKaz,
    /// A consent was not given.
    ConsentRequired,
    /// The previous IIN fails the IIN rules.
    Iin(ParseError),
    /// The previous IIN encodes another birth date (warning: IINs since 2013 need not).
    BirthDateMismatch {
        /// The date the IIN encodes.
        encoded: Date,
    },
    /// The previous IIN encodes the other sex (warning).
    SexMismatch {
        /// The sex the IIN encodes.
        encoded: Sex,
    },
    /// A surname but no given name (warning: some people have only one name).
    GivenNameMissing,
    /// The Latin name is not the ICAO 9303 form of the Cyrillic one, for a citizenship whose
    /// passports print both (warning: older passports used other tables).
    TransliterationMismatch {
        /// The Latin spelling ICAO gives the Cyrillic name (title case).
        expected: String,
    },
}

impl Problem {
    /// The stable code.
    ///
    /// # Example
    /// ```
    /// use kz_iin::{form::Problem, ParseError};
    /// assert_eq!(Problem::Iin(ParseError::Unissuable).code(), "unissuable");
    /// ```
    pub const fn code(&self) -> &'static str {
        match self {
            Problem::NotAnObject => "not_an_object",
            Problem::UnknownField { .. } => "unknown_field",
            Problem::Required => "required",
            Problem::InvalidType => "invalid_type",
            Problem::TooLong { .. } => "too_long",
            Problem::InvalidCharacter { .. } => "invalid_character",
            Problem::WrongScript { .. } => "wrong_script",
            Problem::InvalidDate => "invalid_date",
            Problem::DateInFuture => "date_in_future",
            Problem::DateTooOld { .. } => "date_too_old",
            Problem::IssuedBeforeBirth => "issued_before_birth",
            Problem::ExpiryBeforeIssue => "expiry_before_issue",
            Problem::DocumentExpired => "document_expired",
            Problem::UnknownValue => "unknown_value",
            Problem::CitizenshipKaz => "citizenship_kaz",
            Problem::ConsentRequired => "consent_required",
            Problem::Iin(e) => e.code().as_str(),
            Problem::BirthDateMismatch { .. } => "birth_date_mismatch",
            Problem::SexMismatch { .. } => "sex_mismatch",
            Problem::GivenNameMissing => "given_name_missing",
            Problem::TransliterationMismatch { .. } => "transliteration_mismatch",
        }
    }

    /// Whether this is a warning (shown, never blocking) rather than an error.
    ///
    /// # Example
    /// ```
    /// assert!(!kz_iin::form::Problem::Required.is_warning());
    /// ```
    pub const fn is_warning(&self) -> bool {
        matches!(
            self,
            Problem::UnknownField { .. }
                | Problem::BirthDateMismatch { .. }
                | Problem::SexMismatch { .. }
                | Problem::GivenNameMissing
                | Problem::TransliterationMismatch { .. }
        )
    }

    /// The 1-based position and the character, for the problems that name one.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::Problem;
    /// assert_eq!(Problem::InvalidCharacter { position: 2, character: '!' }.character(), Some((2, '!')));
    /// ```
    pub const fn character(&self) -> Option<(usize, char)> {
        match *self {
            Problem::InvalidCharacter {
                position,
                character,
            }
            | Problem::WrongScript {
                position,
                character,
                ..
            }
            | Problem::Iin(ParseError::InvalidCharacter {
                position,
                character,
            }) => Some((position, character)),
            _ => None,
        }
    }

    /// Every code a form issue can have, for completeness tests of the catalogues.
    ///
    /// # Example
    /// ```
    /// assert!(kz_iin::form::Problem::CODES.contains(&"wrong_script"));
    /// ```
    pub const CODES: [&'static str; 25] = [
        "not_an_object",
        "unknown_field",
        "required",
        "invalid_type",
        "too_long",
        "invalid_character",
        "wrong_script",
        "invalid_date",
        "date_in_future",
        "date_too_old",
        "issued_before_birth",
        "expiry_before_issue",
        "document_expired",
        "unknown_value",
        "citizenship_kaz",
        "consent_required",
        "empty",
        "length",
        "checksum",
        "unissuable",
        "birth_date_mismatch",
        "sex_mismatch",
        "given_name_missing",
        "not_a_string",
        "transliteration_mismatch",
    ];
}
