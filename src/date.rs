//! A proleptic Gregorian calendar date, just enough for IIN decoding and the form's date rules.
//!
//! The core never reads a clock: "today" is always a parameter, so results are reproducible.

use crate::prelude::*;
use core::fmt;
use core::str::FromStr;

/// A calendar date that exists (years 1 to 9999).
///
/// # Example
/// ```
/// use kz_iin::Date;
/// let d: Date = "2000-02-29".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2000, 2, 29));
/// assert_eq!(d.to_string(), "2000-02-29");
/// assert!(Date::new(1900, 2, 29).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    // Field order makes the derived ordering chronological.
    year: u16,
    month: u8,
    day: u8,
}

/// Whether `year` is a Gregorian leap year.
///
/// # Example
/// ```
/// assert!(kz_iin::date::is_leap_year(2000));
/// assert!(!kz_iin::date::is_leap_year(1900));
/// ```
pub const fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1 to 12) of `year`; 0 for a month that does not exist.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::date::days_in_month(2024, 2), 29);
/// assert_eq!(kz_iin::date::days_in_month(2023, 13), 0);
/// ```
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it exists.
    ///
    /// # Example
    /// ```
    /// assert!(kz_iin::Date::new(2023, 4, 31).is_none());
    /// assert!(kz_iin::Date::new(2024, 4, 30).is_some());
    /// ```
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// The year.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Date::new(1999, 1, 2).unwrap().year(), 1999);
    /// ```
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Date::new(1999, 1, 2).unwrap().month(), 1);
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Date::new(1999, 1, 2).unwrap().day(), 2);
    /// ```
    pub const fn day(self) -> u8 {
        self.day
    }
}

/// Why a string is not an ISO 8601 calendar date (`YYYY-MM-DD`).
///
/// # Example
/// ```
/// use kz_iin::date::{Date, ParseDateError};
/// assert_eq!("2023-02-29".parse::<Date>(), Err(ParseDateError::NoSuchDate));
/// assert_eq!("29.02.2024".parse::<Date>(), Err(ParseDateError::Format));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParseDateError {
    /// Not of the form `YYYY-MM-DD` with ASCII digits.
    Format,
    /// Well formed, but the calendar has no such day.
    NoSuchDate,
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseDateError::Format => "not a YYYY-MM-DD date",
            ParseDateError::NoSuchDate => "no such calendar date",
        })
    }
}

impl core::error::Error for ParseDateError {}

impl FromStr for Date {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        let b = s.as_bytes();
        let digits_at = |r: core::ops::Range<usize>| -> Option<u16> {
            b.get(r)?.iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(ParseDateError::Format);
        }
        let (Some(y), Some(m), Some(d)) = (digits_at(0..4), digits_at(5..7), digits_at(8..10))
        else {
            return Err(ParseDateError::Format);
        };
        Date::new(y, m as u8, d as u8).ok_or(ParseDateError::NoSuchDate)
    }
}

impl Date {
    /// The date as `YYYY-MM-DD`, what [`Display`](fmt::Display) writes. The browser's modules
    /// call this rather than `to_string()`, which would bring in Rust's formatting machinery
    /// (`fmt::write`, padding, integer formatting: about 2 KB; the book's "Size").
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Date::new(2007, 3, 27).unwrap().to_iso(), "2007-03-27");
    /// ```
    pub fn to_iso(self) -> String {
        let digit = |n: u16| char::from(b'0' + (n % 10) as u8);
        let (y, m, d) = (self.year, u16::from(self.month), u16::from(self.day));
        let mut out = String::with_capacity(10);
        out.extend([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            '-',
        ]);
        out.extend([digit(m / 10), digit(m), '-', digit(d / 10), digit(d)]);
        out
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}
