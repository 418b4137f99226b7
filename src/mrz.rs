//! The machine-readable zone (MRZ) of passports and identity cards, per ICAO Doc 9303 parts 3-6:
//! TD3 (passports, 2 lines of 44), TD2 (2 of 36) and TD1 (identity cards, 3 of 30).
//!
//! A kiosk's passport reader "types" the zone like a keyboard; [`parse`] reads that text,
//! tolerant of the reader's line endings and of stray spaces, checks every check digit (weights
//! 7, 3, 1) and returns the holder's data, or every problem it found. A broken check digit
//! names the field it protects, and nothing is returned to fill a form with.
//!
//! ```
//! use kz_iin::mrz::{parse, Format};
//! let text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
//! let mrz = parse(text, kz_iin::Date::new(2026, 12, 2).unwrap()).unwrap();
//! assert_eq!(mrz.format, Format::Td3);
//! assert_eq!((mrz.surname.as_str(), mrz.given_names.as_str()), ("ERIKSSON", "ANNA MARIA"));
//! assert_eq!(mrz.birth_date.unwrap().to_string(), "1974-08-12");
//! assert_eq!(mrz.expiry_date.unwrap().to_string(), "2012-04-15");
//! ```

use crate::date::Date;
use crate::fields::Field;
use crate::iin::Sex;
use crate::prelude::*;

/// The longest text [`parse`] looks at, in bytes: three times the longest line, with room for
/// line endings and stray spaces. Anything longer is not an MRZ.
pub const MAX_MRZ_BYTES: usize = 512;

/// The three layouts of ICAO Doc 9303.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::mrz::Format::Td1.as_str(), "td1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Identity cards: 3 lines of 30 (part 5).
    Td1,
    /// 2 lines of 36 (part 6).
    Td2,
    /// Passports: 2 lines of 44 (part 4).
    Td3,
}

impl Format {
    /// `"td1"`, `"td2"` or `"td3"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::mrz::Format::Td3.as_str(), "td3");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Td1 => "td1",
            Format::Td2 => "td2",
            Format::Td3 => "td3",
        }
    }

    fn of(lines: &[&[u8]]) -> Option<Format> {
        match (lines.len(), lines.first().map(|l| l.len())) {
            (3, Some(30)) => Some(Format::Td1),
            (2, Some(36)) => Some(Format::Td2),
            (2, Some(44)) => Some(Format::Td3),
            _ => None,
        }
        .filter(|f| lines.iter().all(|l| l.len() == f.width()))
    }

    const fn width(self) -> usize {
        match self {
            Format::Td1 => 30,
            Format::Td2 => 36,
            Format::Td3 => 44,
        }
    }
}

/// What a check digit protects.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::mrz::Checked::BirthDate.key(), "birthDate");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Checked {
    /// The document number.
    DocumentNumber,
    /// The date of birth.
    BirthDate,
    /// The date of expiry.
    ExpiryDate,
    /// The optional data (TD3's personal number).
    OptionalData,
    /// The composite check digit over the whole lower zone.
    Composite,
}

impl Checked {
    /// The key of the form field it concerns (`optionalData` and `composite` have none).
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::mrz::Checked::ExpiryDate.key(), "documentExpiryDate");
    /// ```
    pub const fn key(self) -> &'static str {
        match self {
            Checked::DocumentNumber => "documentNumber",
            Checked::BirthDate => "birthDate",
            Checked::ExpiryDate => "documentExpiryDate",
            Checked::OptionalData => "optionalData",
            Checked::Composite => "composite",
        }
    }
}

/// What can be wrong with an MRZ. [`MrzError::code`] is the stable code.
///
/// # Example
/// ```
/// use kz_iin::mrz::{parse, MrzError};
/// let today = kz_iin::Date::new(2026, 12, 2).unwrap();
/// assert_eq!(parse("  \r\n", today), Err(vec![MrzError::Empty]));
/// assert_eq!(MrzError::Empty.code(), "mrz_empty");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MrzError {
    /// Nothing but white space.
    Empty,
    /// Not 2 lines of 44, 2 of 36 or 3 of 30 characters.
    Shape {
        /// How many lines were found.
        lines: usize,
        /// The length of the first line that does not fit (or of the first line).
        length: usize,
    },
    /// A character other than A-Z, 0-9 and `<`.
    InvalidCharacter {
        /// 1-based line.
        line: usize,
        /// 1-based position in the line.
        position: usize,
        /// The character.
        character: char,
    },
    /// A check digit does not match what it protects.
    CheckDigit {
        /// What it protects.
        field: Checked,
        /// The digit the data gives.
        expected: u8,
        /// The character found.
        found: char,
    },
    /// A date of birth or expiry that the calendar does not have.
    InvalidDate {
        /// `BirthDate` or `ExpiryDate`.
        field: Checked,
    },
    /// A visa's zone (document code V), which identifies no one.
    NotAnIdentityDocument,
}

impl MrzError {
    /// The stable code.
    ///
    /// # Example
    /// ```
    /// use kz_iin::mrz::{Checked, MrzError};
    /// let e = MrzError::CheckDigit { field: Checked::DocumentNumber, expected: 6, found: '7' };
    /// assert_eq!(e.code(), "mrz_check_digit");
    /// ```
    pub const fn code(self) -> &'static str {
        match self {
            MrzError::Empty => "mrz_empty",
            MrzError::Shape { .. } => "mrz_format",
            MrzError::InvalidCharacter { .. } => "mrz_character",
            MrzError::CheckDigit { .. } => "mrz_check_digit",
            MrzError::InvalidDate { .. } => "mrz_date",
            MrzError::NotAnIdentityDocument => "mrz_visa",
        }
    }

    /// The form field the error concerns, when there is one (`documentNumber`, `birthDate`, ...).
    ///
    /// # Example
    /// ```
    /// use kz_iin::mrz::{Checked, MrzError};
    /// assert_eq!(MrzError::InvalidDate { field: Checked::BirthDate }.field(), Some(Checked::BirthDate));
    /// ```
    pub const fn field(self) -> Option<Checked> {
        match self {
            MrzError::CheckDigit { field, .. } | MrzError::InvalidDate { field } => Some(field),
            _ => None,
        }
    }
}

/// The data of a valid MRZ, as the document gives it.
///
/// # Example
/// ```
/// let text = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
/// let mrz = kz_iin::mrz::parse(text, kz_iin::Date::new(2026, 12, 2).unwrap()).unwrap();
/// assert_eq!(mrz.document_number, "D23145890");
/// assert_eq!(mrz.document_type, "identity_card");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mrz {
    /// The layout.
    pub format: Format,
    /// The document code as printed (`P<`, `I<`, `ID`, ...).
    pub document_code: String,
    /// The form's `documentType` for it (see [`crate::fields::DOCUMENT_TYPES`]).
    pub document_type: &'static str,
    /// The issuing state or organisation (Germany's `D` given as `DEU`).
    pub issuing_state: String,
    /// The primary identifier (surname), fillers turned into spaces.
    pub surname: String,
    /// The secondary identifier (given names); empty when there is none.
    pub given_names: String,
    /// Whether the names filled the whole field, so may have been cut short.
    pub names_truncated: bool,
    /// The document number, fillers removed.
    pub document_number: String,
    /// The holder's nationality (Germany's `D` given as `DEU`).
    pub nationality: String,
    /// The date of birth; `None` where the document leaves it unknown (`<<`).
    pub birth_date: Option<Date>,
    /// The sex; `None` for `<` or `X`.
    pub sex: Option<Sex>,
    /// The date of expiry; `None` where the document leaves it unknown.
    pub expiry_date: Option<Date>,
    /// The optional data (personal number), fillers removed.
    pub optional_data: String,
}

impl Mrz {
    /// The form fields this MRZ fills, with their values (unknown dates and sexes left out).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::Field;
    /// let text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /// let mrz = kz_iin::mrz::parse(text, kz_iin::Date::new(2026, 12, 2).unwrap()).unwrap();
    /// let fields = mrz.fields();
    /// assert!(fields.contains(&(Field::SurnameLatin, "ERIKSSON".to_string())));
    /// assert!(fields.contains(&(Field::Sex, "female".to_string())));
    /// ```
    pub fn fields(&self) -> Vec<(Field, String)> {
        let mut out = vec![(Field::SurnameLatin, self.surname.clone())];
        if !self.given_names.is_empty() {
            out.push((Field::GivenNameLatin, self.given_names.clone()));
        }
        out.extend(self.birth_date.map(|d| (Field::BirthDate, d.to_iso())));
        out.extend(self.sex.map(|s| (Field::Sex, s.as_str().to_string())));
        out.push((Field::Citizenship, self.nationality.clone()));
        out.push((Field::DocumentType, self.document_type.to_string()));
        out.push((Field::DocumentNumber, self.document_number.clone()));
        out.extend(
            self.expiry_date
                .map(|d| (Field::DocumentExpiryDate, d.to_iso())),
        );
        out.push((Field::DocumentIssuingCountry, self.issuing_state.clone()));
        out
    }
}

/// The ICAO 9303 check digit of `data`: weights 7, 3, 1 repeating; `0`-`9` count as themselves,
/// `A`-`Z` as 10 to 35, `<` (and anything else) as 0; the sum modulo 10.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::mrz::check_digit(b"L898902C3"), 6);
/// assert_eq!(kz_iin::mrz::check_digit(b"740812"), 2);
/// ```
pub fn check_digit(data: &[u8]) -> u8 {
    const WEIGHTS: [u32; 3] = [7, 3, 1];
    let sum: u32 = data
        .iter()
        .zip(WEIGHTS.iter().cycle())
        .map(|(&b, &w)| {
            w * match b {
                b'0'..=b'9' => u32::from(b - b'0'),
                b'A'..=b'Z' => u32::from(b - b'A') + 10,
                _ => 0,
            }
        })
        .sum();
    (sum % 10) as u8
}

/// Reads an MRZ on the day `today` (two-digit years: a birth date is placed in the past, an
/// expiry date within 50 years of today). Lines may end with `\n`, `\r\n` or `\r`; spaces and
/// tabs anywhere, blank lines and lower-case letters are forgiven; a zone typed without line
/// breaks is split by its length (88, 72 or 90 characters).
///
/// # Errors
/// Every [`MrzError`] found: the shape and characters first; then each check digit, the
/// composite only when the others hold (a broken field breaks it too); then the dates.
///
/// # Example
/// ```
/// use kz_iin::mrz::{parse, Checked, MrzError};
/// let today = kz_iin::Date::new(2026, 12, 2).unwrap();
/// let broken = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10";
/// assert_eq!(parse(broken, today), Err(vec![MrzError::CheckDigit { field: Checked::DocumentNumber, expected: 6, found: '7' }]));
/// ```
pub fn parse(text: &str, today: Date) -> Result<Mrz, Vec<MrzError>> {
    if text.len() > MAX_MRZ_BYTES {
        return Err(vec![MrzError::Shape {
            lines: text.lines().take(MAX_MRZ_BYTES).count(),
            length: MAX_MRZ_BYTES,
        }]);
    }
    // Upper-case ASCII, spaces and tabs dropped; other characters kept for the error to name.
    let mut clean: Vec<Vec<char>> = text
        .split(['\n', '\r'])
        .map(|l| {
            l.chars()
                .filter(|c| !matches!(c, ' ' | '\t'))
                .map(|c| c.to_ascii_uppercase())
                .collect::<Vec<char>>()
        })
        .filter(|l| !l.is_empty())
        .collect();
    if clean.is_empty() {
        return Err(vec![MrzError::Empty]);
    }
    if clean.len() == 1 {
        let width = match clean[0].len() {
            88 => 44,
            72 => 36,
            90 => 30,
            _ => 0,
        };
        if width > 0 {
            clean = clean[0].chunks(width).map(<[char]>::to_vec).collect();
        }
    }
    for (i, line) in clean.iter().enumerate() {
        if let Some((p, &c)) = line
            .iter()
            .enumerate()
            .find(|(_, c)| !matches!(c, 'A'..='Z' | '0'..='9' | '<'))
        {
            return Err(vec![MrzError::InvalidCharacter {
                line: i + 1,
                position: p + 1,
                character: c,
            }]);
        }
    }
    // Every character is now ASCII.
    let bytes: Vec<Vec<u8>> = clean
        .iter()
        .map(|l| l.iter().map(|&c| c as u8).collect())
        .collect();
    let lines: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
    let Some(format) = Format::of(&lines) else {
        let width = match lines.len() {
            3 => 30,
            _ if lines[0].len() == 36 => 36,
            _ => 44,
        };
        let length = lines
            .iter()
            .map(|l| l.len())
            .find(|&n| n != width)
            .unwrap_or(lines[0].len());
        return Err(vec![MrzError::Shape {
            lines: lines.len(),
            length,
        }]);
    };
    Layout::of(format, &lines).read(today)
}

/// Where each element sits in one format, as byte slices of its lines.
struct Layout<'a> {
    format: Format,
    code: &'a [u8],
    state: &'a [u8],
    names: &'a [u8],
    number: &'a [u8],
    number_check: u8,
    nationality: &'a [u8],
    birth: &'a [u8],
    birth_check: u8,
    sex: u8,
    expiry: &'a [u8],
    expiry_check: u8,
    optional: &'a [u8],
    /// TD3 alone checks its optional data on its own.
    optional_check: Option<u8>,
    composite: Vec<u8>,
    composite_check: u8,
}

impl<'a> Layout<'a> {
    fn of(format: Format, l: &[&'a [u8]]) -> Layout<'a> {
        match format {
            Format::Td3 | Format::Td2 => {
                let w = format.width();
                let (one, two) = (l[0], l[1]);
                let optional_end = if format == Format::Td3 { 42 } else { 35 };
                let composite = [&two[0..10], &two[13..20], &two[21..w - 1]].concat();
                Layout {
                    format,
                    code: &one[0..2],
                    state: &one[2..5],
                    names: &one[5..w],
                    number: &two[0..9],
                    number_check: two[9],
                    nationality: &two[10..13],
                    birth: &two[13..19],
                    birth_check: two[19],
                    sex: two[20],
                    expiry: &two[21..27],
                    expiry_check: two[27],
                    optional: &two[28..optional_end],
                    optional_check: (format == Format::Td3).then(|| two[42]),
                    composite,
                    composite_check: two[w - 1],
                }
            }
            Format::Td1 => {
                let (one, two, three) = (l[0], l[1], l[2]);
                let composite = [&one[5..30], &two[0..7], &two[8..15], &two[18..29]].concat();
                Layout {
                    format,
                    code: &one[0..2],
                    state: &one[2..5],
                    names: three,
                    number: &one[5..14],
                    number_check: one[14],
                    nationality: &two[15..18],
                    birth: &two[0..6],
                    birth_check: two[6],
                    sex: two[7],
                    expiry: &two[8..14],
                    expiry_check: two[14],
                    optional: &one[15..30],
                    optional_check: None,
                    composite,
                    composite_check: two[29],
                }
            }
        }
    }

    /// The document number and its check digit, following a long number into the optional data
    /// (parts 5 and 6: a `<` in the check digit's place says the number goes on there, its last
    /// character before the filler being the check digit).
    fn long_number(&self) -> (Vec<u8>, u8, &'a [u8]) {
        if self.format != Format::Td3 && self.number_check == b'<' {
            let rest = self.optional;
            let end = rest.iter().position(|&b| b == b'<').unwrap_or(rest.len());
            if end >= 1 {
                let number = [self.number, &rest[..end - 1]].concat();
                return (number, rest[end - 1], &rest[end..]);
            }
        }
        (self.number.to_vec(), self.number_check, self.optional)
    }

    fn read(self, today: Date) -> Result<Mrz, Vec<MrzError>> {
        let mut errors = Vec::new();
        let (number, number_check, optional) = self.long_number();
        let check = |errors: &mut Vec<MrzError>, field: Checked, data: &[u8], digit: u8| {
            let expected = check_digit(data);
            // A wholly empty optional field may carry `<` for its check digit (part 4, 4.2.2).
            let empty_ok =
                field == Checked::OptionalData && digit == b'<' && data.iter().all(|&b| b == b'<');
            if digit != b'0' + expected && !empty_ok {
                errors.push(MrzError::CheckDigit {
                    field,
                    expected,
                    found: char::from(digit),
                });
            }
        };
        check(&mut errors, Checked::DocumentNumber, &number, number_check);
        check(
            &mut errors,
            Checked::BirthDate,
            self.birth,
            self.birth_check,
        );
        check(
            &mut errors,
            Checked::ExpiryDate,
            self.expiry,
            self.expiry_check,
        );
        if let Some(digit) = self.optional_check {
            check(&mut errors, Checked::OptionalData, self.optional, digit);
        }
        if errors.is_empty() {
            let (data, digit) = (&self.composite, self.composite_check);
            check(&mut errors, Checked::Composite, data, digit);
        }
        if self.code[0] == b'V' {
            errors.push(MrzError::NotAnIdentityDocument);
        }
        let this_year = i32::from(today.year());
        // The latest year ending in those two digits that is not after this one...
        let birth = yymmdd(self.birth, |y| this_year - (this_year - y).rem_euclid(100));
        // ...and for an expiry, the one within 50 years either side of today.
        let expiry = yymmdd(self.expiry, |y| {
            this_year - 50 + (y - this_year + 50).rem_euclid(100)
        });
        let birth_date = match birth {
            Ok(Some(d)) if d > today => Date::new(d.year() - 100, d.month(), d.day()),
            Ok(d) => d,
            Err(()) => {
                errors.push(MrzError::InvalidDate {
                    field: Checked::BirthDate,
                });
                None
            }
        };
        let expiry_date = expiry.unwrap_or_else(|()| {
            errors.push(MrzError::InvalidDate {
                field: Checked::ExpiryDate,
            });
            None
        });
        if !errors.is_empty() {
            return Err(errors);
        }
        let (surname, given_names) = names(self.names);
        let nationality = state(self.nationality);
        let document_type = match (self.code[0], nationality.as_str()) {
            (b'P', "XXA") => "stateless_travel_document",
            (b'P', "XXB" | "XXC") => "refugee_travel_document",
            (b'P', _) => "passport",
            (b'I' | b'A' | b'C', _) => "identity_card",
            _ => "other",
        };
        Ok(Mrz {
            format: self.format,
            document_code: text(self.code),
            document_type,
            issuing_state: state(self.state),
            surname,
            given_names,
            names_truncated: self.names.last() != Some(&b'<'),
            document_number: filled(&number),
            nationality,
            birth_date,
            sex: match self.sex {
                b'M' => Some(Sex::Male),
                b'F' => Some(Sex::Female),
                _ => None,
            },
            expiry_date,
            optional_data: filled(optional),
        })
    }
}

fn text(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The characters without their `<` fillers.
fn filled(bytes: &[u8]) -> String {
    bytes
        .iter()
        .filter(|&&b| b != b'<')
        .map(|&b| char::from(b))
        .collect()
}

/// A state code without fillers; Germany's one-letter `D` as its alpha-3 code (part 3, 5).
fn state(bytes: &[u8]) -> String {
    match filled(bytes).as_str() {
        "D" => "DEU".to_string(),
        other => other.to_string(),
    }
}

/// Surname and given names: split at the first `<<`, single fillers between names as spaces.
fn names(field: &[u8]) -> (String, String) {
    let words = |part: &[u8]| {
        text(part)
            .split('<')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    match field.windows(2).position(|w| w == b"<<") {
        Some(i) => (words(&field[..i]), words(&field[i + 2..])),
        None => (words(field), String::new()),
    }
}

/// A `YYMMDD` date: `Ok(None)` when the document leaves any part unknown (`<`), `Err` when the
/// calendar has no such day.
fn yymmdd(b: &[u8], year_of: impl Fn(i32) -> i32) -> Result<Option<Date>, ()> {
    if b.contains(&b'<') {
        return Ok(None);
    }
    if !b.iter().all(u8::is_ascii_digit) {
        return Err(());
    }
    let n = |i: usize| (b[i] - b'0') * 10 + (b[i + 1] - b'0');
    let year = u16::try_from(year_of(i32::from(n(0)))).map_err(|_| ())?;
    Date::new(year, n(2), n(4)).map(Some).ok_or(())
}
