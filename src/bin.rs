//! Business Identification Number (БСН / БИН), Kazakhstan.
//!
//! Twelve digits with the same check digit as the IIN ([`crate::check_digit`]). The published
//! structure (Government Decree No. 565 of 2003; the 2007 Rules): digits 1-4 the year and month of
//! (re-)registration `YYMM`; digit 5 the type (4 resident legal entity, 5 non-resident legal
//! entity, 6 individual entrepreneur in joint form; 7-9 reserved); digit 6 the division (0 head
//! unit, 1 branch, 2 representative office, 3 peasant farm in the 2007 Rules (another separate
//! unit in the 2003 text), 4 peasant farm in the 2003 text); digits 7-11 a serial. Decoding is
//! information only: a BIN whose structure does not decode is still valid if its check digit is.
//!
//! ```
//! use kz_iin::{Bin, Division, EntityType};
//! let bin = Bin::parse("960340000514")?;            // Ministry of Internal Affairs (seed 000)
//! let info = bin.entity();
//! assert_eq!(info.registered, Some((1996, 3)));
//! assert_eq!(info.entity_type, Some(EntityType::Resident));
//! assert_eq!(info.division, Some(Division::Head));
//! # Ok::<(), kz_iin::ParseError>(())
//! ```

use core::fmt;
use core::str::FromStr;

use crate::error::ParseError;
use crate::iin::{parse12, two};

/// Two-digit registration years from this one on are read as 19YY, the rest as 20YY.
/// Independent Kazakhstan registered its first legal entities in 1991; BINs were introduced in
/// the 2000s with the (re-)registration date of existing entities. Valid until 2090.
pub const REGISTRATION_PIVOT: u8 = 91;

/// A valid BIN: 12 digits whose check digit matches.
///
/// # Example
/// ```
/// assert!(kz_iin::Bin::parse("160440007161").is_ok());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bin([u8; 12]);

/// Digit 5 of a BIN.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::EntityType::NonResident.as_str(), "non_resident");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityType {
    /// 4: a resident legal entity (or its branch or office).
    Resident,
    /// 5: a non-resident legal entity (or its branch or office).
    NonResident,
    /// 6: an individual entrepreneur in joint form (ИП(С)).
    JointEntrepreneur,
}

impl EntityType {
    /// `"resident"`, `"non_resident"` or `"joint_entrepreneur"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::EntityType::Resident.as_str(), "resident");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityType::Resident => "resident",
            EntityType::NonResident => "non_resident",
            EntityType::JointEntrepreneur => "joint_entrepreneur",
        }
    }
}

/// Digit 6 of a BIN.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::Division::Representative.as_str(), "representative_office");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Division {
    /// 0: the head unit.
    Head,
    /// 1: a branch.
    Branch,
    /// 2: a representative office.
    Representative,
    /// 3 (2007 Rules) or 4 (2003 text): a peasant (farm) household in joint entrepreneurship.
    Farm,
}

impl Division {
    /// `"head"`, `"branch"`, `"representative_office"` or `"farm"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Division::Farm.as_str(), "farm");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Division::Head => "head",
            Division::Branch => "branch",
            Division::Representative => "representative_office",
            Division::Farm => "farm",
        }
    }
}

/// What the structure of a BIN says, each part `None` where it does not decode.
///
/// # Example
/// ```
/// let info = kz_iin::Bin::parse("011140004703")?.entity();
/// assert_eq!(info.registered, Some((2001, 11)));
/// # Ok::<(), kz_iin::ParseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntityInfo {
    /// Year and month of (re-)registration, from digits 1-4 (see [`REGISTRATION_PIVOT`]).
    pub registered: Option<(u16, u8)>,
    /// From digit 5.
    pub entity_type: Option<EntityType>,
    /// From digit 6.
    pub division: Option<Division>,
}

impl Bin {
    /// The BIN of 12 ASCII digits already checked (the boundary's valid numbers), as
    /// [`crate::Iin`]'s twin does.
    #[cfg_attr(
        any(not(target_arch = "wasm32"), not(feature = "wasm-iin")),
        allow(dead_code)
    )]
    pub(crate) fn from_ascii_digits(digits: [u8; 12]) -> Bin {
        Bin(digits)
    }

    /// Parses a BIN, with the same compaction and checks as [`crate::Iin::parse`].
    ///
    /// # Errors
    /// As [`crate::Iin::parse`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Bin::parse("9603 4000 0514")?.as_str(), "960340000514");
    /// # Ok::<(), kz_iin::ParseError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Bin, ParseError> {
        parse12(input).map(Bin)
    }

    /// The 12 ASCII digits.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Bin::parse("160440007161")?.as_str(), "160440007161");
    /// # Ok::<(), kz_iin::ParseError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Decodes the published structure (information only).
    ///
    /// # Example
    /// ```
    /// use kz_iin::{Bin, EntityType};
    /// let info = Bin::parse("160440007161")?.entity();
    /// assert_eq!(info.registered, Some((2016, 4)));
    /// assert_eq!(info.entity_type, Some(EntityType::Resident));
    /// # Ok::<(), kz_iin::ParseError>(())
    /// ```
    pub fn entity(&self) -> EntityInfo {
        let d = &self.0;
        let (yy, mm) = (two(&d[0..2]), two(&d[2..4]));
        let century = if yy >= REGISTRATION_PIVOT { 1900 } else { 2000 };
        EntityInfo {
            registered: (1..=12)
                .contains(&mm)
                .then(|| (century + u16::from(yy), mm)),
            entity_type: match d[4] {
                b'4' => Some(EntityType::Resident),
                b'5' => Some(EntityType::NonResident),
                b'6' => Some(EntityType::JointEntrepreneur),
                _ => None,
            },
            division: match d[5] {
                b'0' => Some(Division::Head),
                b'1' => Some(Division::Branch),
                b'2' => Some(Division::Representative),
                b'3' | b'4' => Some(Division::Farm),
                _ => None,
            },
        }
    }
}

impl FromStr for Bin {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Bin, ParseError> {
        Bin::parse(s)
    }
}

impl TryFrom<&str> for Bin {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Bin, ParseError> {
        Bin::parse(s)
    }
}

impl fmt::Display for Bin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Bin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bin({})", self.as_str())
    }
}

impl AsRef<str> for Bin {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
