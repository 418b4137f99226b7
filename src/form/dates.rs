//! Dates typed into three boxes (day, month, year), as the GOV.UK date input asks for them: the
//! month may be a number or a month's name or abbreviation in Kazakh, Russian or English, as
//! people copy it from a passport ("MAR", "наурыз", "марта").

use crate::date::Date;

/// One of the three boxes.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::form::DatePart::Month.as_str(), "month");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePart {
    /// The day box.
    Day,
    /// The month box.
    Month,
    /// The year box.
    Year,
}

impl DatePart {
    /// `"day"`, `"month"` or `"year"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::form::DatePart::Year.as_str(), "year");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

/// Why three boxes do not make a date. GOV.UK's order: missing first, then what cannot be right.
///
/// # Example
/// ```
/// use kz_iin::form::{date_from_parts, DatePart, DatePartsError};
/// assert_eq!(date_from_parts("17", "", "1990"), Err(DatePartsError::Missing(DatePart::Month)));
/// assert_eq!(date_from_parts("17", "xx", "1990"), Err(DatePartsError::Invalid(DatePart::Month)));
/// assert_eq!(date_from_parts("31", "4", "1990"), Err(DatePartsError::NotReal));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePartsError {
    /// A box is empty while another is filled.
    Missing(DatePart),
    /// A box holds something that cannot be its part (a day of 45, a year of 90).
    Invalid(DatePart),
    /// Each part is possible, but the calendar has no such day (31 April).
    NotReal,
}

impl DatePartsError {
    /// The box a message should link to.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{DatePart, DatePartsError};
    /// assert_eq!(DatePartsError::NotReal.part(), DatePart::Day);
    /// ```
    pub const fn part(self) -> DatePart {
        match self {
            DatePartsError::Missing(p) | DatePartsError::Invalid(p) => p,
            DatePartsError::NotReal => DatePart::Day,
        }
    }
}

// Month names and their common abbreviations and forms (Russian genitive: "17 марта").
const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "қаңтар", "январь", "января", "янв"],
    &[
        "february",
        "feb",
        "ақпан",
        "февраль",
        "февраля",
        "фев",
        "февр",
    ],
    &["march", "mar", "наурыз", "март", "марта", "мар"],
    &["april", "apr", "сәуір", "апрель", "апреля", "апр"],
    &["may", "мамыр", "май", "мая"],
    &["june", "jun", "маусым", "июнь", "июня", "июн"],
    &["july", "jul", "шілде", "июль", "июля", "июл"],
    &["august", "aug", "тамыз", "август", "августа", "авг"],
    &[
        "september",
        "sep",
        "sept",
        "қыркүйек",
        "сентябрь",
        "сентября",
        "сен",
        "сент",
    ],
    &["october", "oct", "қазан", "октябрь", "октября", "окт"],
    &[
        "november",
        "nov",
        "қараша",
        "ноябрь",
        "ноября",
        "ноя",
        "нояб",
    ],
    &["december", "dec", "желтоқсан", "декабрь", "декабря", "дек"],
];

/// The number in a box: ASCII digits only, at most `max_len` of them, spaces around ignored.
fn number(text: &str, max_len: usize) -> Option<u16> {
    let t = text.trim();
    if t.is_empty() || t.len() > max_len || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// The month in its box: a number, or a name in kk, ru or en (any case, a trailing full stop
/// allowed: "Sept.").
fn month(text: &str) -> Option<u8> {
    if let Some(n) = number(text, 2) {
        return u8::try_from(n).ok().filter(|m| (1..=12).contains(m));
    }
    let name = crate::case::lowercase(text.trim().trim_end_matches('.'));
    MONTHS
        .iter()
        .position(|names| names.contains(&name.as_str()))
        .map(|i| i as u8 + 1)
}

/// The date three boxes make: `Ok(None)` when all three are empty.
///
/// # Errors
/// [`DatePartsError`]: a box missing, a box that cannot be its part, or no such day.
///
/// # Example
/// ```
/// use kz_iin::form::date_from_parts;
/// assert_eq!(date_from_parts("17", "наурыз", "1990").unwrap().unwrap().to_string(), "1990-03-17");
/// assert_eq!(date_from_parts(" 7 ", "Sept.", "2001").unwrap().unwrap().to_string(), "2001-09-07");
/// assert_eq!(date_from_parts("", "", ""), Ok(None));
/// ```
pub fn date_from_parts(
    day: &str,
    month_text: &str,
    year: &str,
) -> Result<Option<Date>, DatePartsError> {
    let parts = [
        (day, DatePart::Day),
        (month_text, DatePart::Month),
        (year, DatePart::Year),
    ];
    if parts.iter().all(|(t, _)| t.trim().is_empty()) {
        return Ok(None);
    }
    if let Some((_, part)) = parts.iter().find(|(t, _)| t.trim().is_empty()) {
        return Err(DatePartsError::Missing(*part));
    }
    let d = number(day, 2)
        .filter(|d| (1..=31).contains(d))
        .ok_or(DatePartsError::Invalid(DatePart::Day))?;
    let m = month(month_text).ok_or(DatePartsError::Invalid(DatePart::Month))?;
    let y = number(year, 4)
        .filter(|_| year.trim().len() == 4)
        .filter(|&y| y >= 1000)
        .ok_or(DatePartsError::Invalid(DatePart::Year))?;
    Date::new(y, m, d as u8)
        .map(Some)
        .ok_or(DatePartsError::NotReal)
}
