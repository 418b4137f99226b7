//! Individual Identification Number (ЖСН / ИИН), Kazakhstan.
//!
//! Twelve digits, unique to a person and never changed; digit 12 is a check digit
//! ([`crate::check_digit`]). Numbers issued under the 2003 to 2013 rules encode the birth date
//! (digits 1-6, `YYMMDD`) and, in digit 7, the century and sex (1/2: born in the 1800s, male or
//! female; 3/4: 1900s; 5/6: 2000s), then a serial (digits 8-11). Since Decree No. 853 of 2013 and
//! MVD Order No. 521 of 2023 (003_2fa9aad470411f5b.txt) an IIN is only "a unique combination of
//! 12 digits", so [`Iin::birth`] is information, never a reason to reject a number.
//!
//! More information: `../shared/domain.md` §1 in the project's working notes; the seed text.
//!
//! ```
//! use kz_iin::{Iin, Sex};
//! let iin = Iin::parse("900 101 300 811")?;          // separators are dropped
//! assert_eq!(iin.as_str(), "900101300811");
//! let birth = iin.birth().unwrap();
//! assert_eq!(birth.date.to_string(), "1990-01-01");
//! assert_eq!(birth.sex, Sex::Male);
//! assert!(Iin::parse("900101300812").is_err());       // wrong check digit
//! # Ok::<(), kz_iin::ParseError>(())
//! ```

use core::fmt;
use core::str::FromStr;

use crate::checksum;
use crate::date::Date;
use crate::digits;
use crate::error::ParseError;

/// A valid IIN: 12 digits whose check digit matches.
///
/// # Example
/// ```
/// let iin: kz_iin::Iin = "061211600012".parse()?;
/// assert_eq!(iin.to_string(), "061211600012");
/// # Ok::<(), kz_iin::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iin([u8; 12]);

/// Sex as encoded in digit 7 of numbers issued before the 2023 rules.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::Sex::Female.as_str(), "female");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// Odd century digit (1, 3, 5).
    Male,
    /// Even century digit (2, 4, 6).
    Female,
}

impl Sex {
    /// `"male"` or `"female"`, the values the application form uses too.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Sex::Male.as_str(), "male");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }
}

/// Birth date and sex read from an IIN issued under the historic structure.
///
/// # Example
/// ```
/// let birth = kz_iin::Iin::parse("000229500018")?.birth().unwrap();
/// assert_eq!(birth.date.to_string(), "2000-02-29");
/// # Ok::<(), kz_iin::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Birth {
    /// The date of birth.
    pub date: Date,
    /// The sex.
    pub sex: Sex,
}

/// Parses 12 digits (separators allowed) and checks digit 12; shared by [`Iin`] and [`crate::Bin`].
pub(crate) fn parse12(input: &str) -> Result<[u8; 12], ParseError> {
    let digits: [u8; 12] = digits::read(input)?;
    checksum::verify(&digits)?;
    Ok(digits.map(|d| b'0' + d))
}

/// Two ASCII digits as a number.
pub(crate) fn two(b: &[u8]) -> u8 {
    (b[0] - b'0') * 10 + (b[1] - b'0')
}

impl Iin {
    /// Parses an IIN, dropping separators and reading decimal digits of any script.
    ///
    /// # Errors
    /// The first failing check, as a [`ParseError`]: empty, invalid character, length, then
    /// the check digit (wrong, or unissuable).
    ///
    /// # Example
    /// ```
    /// use kz_iin::{Iin, ParseError};
    /// assert!(Iin::parse("٩٩٠١٤٠٠٠٤٦٥٤").is_ok()); // Arabic-Indic digits
    /// assert_eq!(Iin::parse(""), Err(ParseError::Empty));
    /// ```
    pub fn parse(input: &str) -> Result<Iin, ParseError> {
        parse12(input).map(Iin)
    }

    /// Forms an IIN from its first 11 digits; see [`crate::form`].
    ///
    /// # Errors
    /// As [`crate::form`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Iin::form("90010130081")?.as_str(), "900101300811");
    /// # Ok::<(), kz_iin::ParseError>(())
    /// ```
    pub fn form(base: &str) -> Result<Iin, ParseError> {
        form(base)
    }

    pub(crate) fn from_ascii_digits(digits: [u8; 12]) -> Iin {
        Iin(digits)
    }

    /// The 12 ASCII digits.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Iin::parse("9901-4000-4654")?.as_str(), "990140004654");
    /// # Ok::<(), kz_iin::ParseError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Always ASCII digits by construction.
        core::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The birth date and sex the historic structure encodes, when digit 7 is 1 to 6 and
    /// digits 1-6 name a real date in that century; `None` otherwise (for instance for numbers
    /// with digit 7 = 0, seen on IINs formed under the newer rules).
    ///
    /// # Example
    /// ```
    /// use kz_iin::{Iin, Sex};
    /// let b = Iin::parse("800416100254")?.birth().unwrap();
    /// assert_eq!((b.date.to_string(), b.sex), ("1880-04-16".to_string(), Sex::Male));
    /// assert_eq!(Iin::parse("990140004654")?.birth(), None); // a BIN: digit 5 is 4
    /// # Ok::<(), kz_iin::ParseError>(())
    /// ```
    pub fn birth(&self) -> Option<Birth> {
        let d = &self.0;
        let (century, sex) = match d[6] {
            b'1' => (1800, Sex::Male),
            b'2' => (1800, Sex::Female),
            b'3' => (1900, Sex::Male),
            b'4' => (1900, Sex::Female),
            b'5' => (2000, Sex::Male),
            b'6' => (2000, Sex::Female),
            _ => return None,
        };
        let date = Date::new(
            century + u16::from(two(&d[0..2])),
            two(&d[2..4]),
            two(&d[4..6]),
        )?;
        Some(Birth { date, sex })
    }
}

impl FromStr for Iin {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Iin, ParseError> {
        Iin::parse(s)
    }
}

impl TryFrom<&str> for Iin {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Iin, ParseError> {
        Iin::parse(s)
    }
}

impl fmt::Display for Iin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Iin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iin({})", self.as_str())
    }
}

impl AsRef<str> for Iin {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// Forms a number: the 12 ASCII digits of `base` (11 digits, separators allowed) with its check
/// digit appended. Issuing systems and test-data generators need this.
///
/// # Errors
/// [`ParseError::Empty`], [`ParseError::Length`] (11 expected), [`ParseError::TooLong`] or
/// [`ParseError::InvalidCharacter`] when `base` is not 11 digits; [`ParseError::Unissuable`] when
/// no check digit exists for them.
///
/// # Example
/// ```
/// use kz_iin::{form, ParseError};
/// assert_eq!(form("990 140 00465")?.as_str(), "990140004654");
/// assert_eq!(form("00081315989"), Err(ParseError::Unissuable));
/// # Ok::<(), ParseError>(())
/// ```
pub fn form(base: &str) -> Result<Iin, ParseError> {
    checksum::form12(base).map(Iin::from_ascii_digits)
}
