//! Why a number was rejected: one closed error type for IINs, BINs and forming, with stable codes.

use core::fmt;

/// A stable, machine-readable error code.
///
/// The string form ([`Code::as_str`]) is a public contract: the JavaScript API returns it, the
/// message catalogues (`www/src/messages/*.js`) are keyed by it, and it is never renamed. The
/// numeric form (`code as u8`) is what [`crate::batch`] writes, one byte per line; `0` is valid.
///
/// # Example
/// ```
/// use kz_iin::{Code, Iin};
/// let err = Iin::parse("990140004655").unwrap_err();
/// assert_eq!(err.code(), Code::Checksum);
/// assert_eq!(err.code().as_str(), "checksum");
/// assert_eq!(Code::Checksum as u8, 4);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Code {
    /// No error: the number is valid (only used in batch results).
    Valid = 0,
    /// Nothing but separators (or nothing at all) was given.
    Empty = 1,
    /// The wrong number of digits, or an input far too long to be a number.
    Length = 2,
    /// A character that is neither a digit nor a separator.
    InvalidCharacter = 3,
    /// The check digit (digit 12) does not match digits 1 to 11.
    Checksum = 4,
    /// Digits 1 to 11 admit no check digit (both weight cycles give 10): no number has them.
    Unissuable = 5,
    /// The value is not a string at all (reported by the JavaScript boundary only).
    NotAString = 6,
}

impl Code {
    /// Every code, in numeric order; tests use it to prove each has a message in every language.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Code::ALL.len(), 7);
    /// ```
    pub const ALL: [Code; 7] = [
        Code::Valid,
        Code::Empty,
        Code::Length,
        Code::InvalidCharacter,
        Code::Checksum,
        Code::Unissuable,
        Code::NotAString,
    ];

    /// The code's stable snake_case name (`""` for [`Code::Valid`]).
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Code::InvalidCharacter.as_str(), "invalid_character");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::Valid => "",
            Code::Empty => "empty",
            Code::Length => "length",
            Code::InvalidCharacter => "invalid_character",
            Code::Checksum => "checksum",
            Code::Unissuable => "unissuable",
            Code::NotAString => "not_a_string",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a string is not a valid IIN or BIN (or not a valid base to form one from).
///
/// Checks run in this order and the first failure is reported: the characters, left to right
/// (the first offending one wins); then the count of digits; then the check digit. Each variant
/// carries what a message needs; [`ParseError::code`] gives the stable code.
///
/// # Example
/// ```
/// use kz_iin::{Iin, ParseError};
/// assert_eq!(Iin::parse("  "), Err(ParseError::Empty));
/// assert_eq!(Iin::parse("99014000465"), Err(ParseError::Length { found: 11, expected: 12 }));
/// assert_eq!(
///     Iin::parse("99O140004654"),
///     Err(ParseError::InvalidCharacter { position: 3, character: 'O' })
/// );
/// assert_eq!(Iin::parse("990140004655"), Err(ParseError::Checksum { expected: 4, found: 5 }));
/// assert_eq!(Iin::parse("000813159890"), Err(ParseError::Unissuable));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParseError {
    /// The input holds no digit and nothing else but separators.
    Empty,
    /// The input has `found` digits where `expected` (12, or 11 when forming) are needed.
    Length {
        /// Digits found after compaction.
        found: usize,
        /// Digits needed.
        expected: usize,
    },
    /// The input is longer than [`crate::MAX_INPUT_CHARS`] characters and holds no invalid
    /// character before that limit; it is judged on that prefix alone (code `length`).
    TooLong {
        /// Digits needed.
        expected: usize,
    },
    /// `character` is neither a decimal digit nor a separator.
    InvalidCharacter {
        /// 1-based position in the input, counted in Unicode scalar values (what a person sees
        /// as characters, give or take combining marks).
        position: usize,
        /// The offending character.
        character: char,
    },
    /// Digit 12 is `found` where the rules give `expected`.
    Checksum {
        /// The check digit computed from digits 1 to 11.
        expected: u8,
        /// The check digit that was given.
        found: u8,
    },
    /// Digits 1 to 11 admit no check digit: no IIN or BIN is ever formed from them.
    Unissuable,
}

impl ParseError {
    /// The stable code of this error.
    ///
    /// # Example
    /// ```
    /// use kz_iin::{Code, ParseError};
    /// assert_eq!(ParseError::TooLong { expected: 12 }.code(), Code::Length);
    /// ```
    pub const fn code(&self) -> Code {
        match self {
            ParseError::Empty => Code::Empty,
            ParseError::Length { .. } | ParseError::TooLong { .. } => Code::Length,
            ParseError::InvalidCharacter { .. } => Code::InvalidCharacter,
            ParseError::Checksum { .. } => Code::Checksum,
            ParseError::Unissuable => Code::Unissuable,
        }
    }
}

// Developer-facing English; the words people read come from the message catalogues, by code.
impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("no digits were given"),
            ParseError::Length { found, expected } => {
                write!(f, "expected {expected} digits, found {found}")
            }
            ParseError::TooLong { expected } => {
                write!(f, "input far too long for {expected} digits")
            }
            ParseError::InvalidCharacter {
                position,
                character,
            } => write!(
                f,
                "invalid character {character:?} (U+{:04X}) at position {position}",
                u32::from(*character)
            ),
            ParseError::Checksum { expected, found } => {
                write!(f, "check digit is {found}, expected {expected}")
            }
            ParseError::Unissuable => f.write_str("no check digit exists for these 11 digits"),
        }
    }
}

impl core::error::Error for ParseError {}
