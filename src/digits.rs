//! Reading the digits out of what people type or paste.
//!
//! Like python-stdnum's `compact`, separators are dropped: white space of any kind (including
//! no-break and thin spaces), hyphens and dashes, full stops, and invisible formatting characters
//! that copy and paste carries along (zero-width spaces, byte-order marks, soft hyphens,
//! directional marks, isolates and embeddings). Decimal digits of every script (Unicode category
//! Nd: fullwidth, Arabic-Indic, Devanagari, ...) count as their ASCII values. Everything else is
//! an invalid character; so are the two directional *overrides* (U+202D, U+202E), because they
//! can show digits in an order other than the one they are stored in.

use crate::error::ParseError;
use crate::prelude::*;
use crate::unicode_digits::DIGIT_ZEROS;

/// The longest input, in characters, that is inspected.
///
/// Longer inputs are judged on their first `MAX_INPUT_CHARS` characters: the first invalid
/// character there, or else [`ParseError::TooLong`]. So a result never depends on more than a
/// bounded prefix, which lets the JavaScript boundary pass a 100 MB string as a short slice.
///
/// # Example
/// ```
/// use kz_iin::{Iin, ParseError, MAX_INPUT_CHARS};
/// let huge = "1".repeat(MAX_INPUT_CHARS + 1);
/// assert_eq!(Iin::parse(&huge), Err(ParseError::TooLong { expected: 12 }));
/// ```
pub const MAX_INPUT_CHARS: usize = 1024;

/// What one character means inside a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Digit(u8),
    Separator,
    Invalid,
}

/// Classifies one character; ASCII is decided without a table lookup.
pub(crate) fn classify(c: char) -> Class {
    match c {
        '0'..='9' => Class::Digit(c as u8 - b'0'),
        ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' | '-' | '.' => Class::Separator,
        _ if c.is_ascii() => Class::Invalid,
        // Directional overrides reorder what is displayed: never silently accept them.
        '\u{202D}' | '\u{202E}' => Class::Invalid,
        _ if is_separator(c) => Class::Separator,
        _ => match unicode_digit(c) {
            Some(d) => Class::Digit(d),
            None => Class::Invalid,
        },
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || is_invisible(c)
        || matches!(
            c,
            // hyphens and dashes, minus signs
            '\u{2010}'
                ..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
            // full stops: fullwidth, one-dot leader
            | '\u{FF0E}' | '\u{2024}'
        )
}

/// Invisible characters that copy and paste carries along and that mean nothing in a number or
/// a name: soft hyphen, Arabic letter mark, zero-width space and joiners, directional marks,
/// embeddings and their pop, word joiner, isolates, byte-order mark. The directional overrides
/// (U+202D, U+202E) are not among them: they change what is displayed, so they are refused.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202C}'
            | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// The value of a non-ASCII decimal digit (Unicode Nd), by binary search of the run starts.
fn unicode_digit(c: char) -> Option<u8> {
    let cp = u32::from(c);
    let idx = DIGIT_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = *DIGIT_ZEROS.get(idx.checked_sub(1)?)?;
    let value = cp - zero;
    (value < 10).then_some(value as u8)
}

/// Reads exactly `N` digits out of `input`, dropping separators.
pub(crate) fn read<const N: usize>(input: &str) -> Result<[u8; N], ParseError> {
    // Fast path: what most callers pass is already N ASCII digits.
    let bytes = input.as_bytes();
    if bytes.len() == N && bytes.iter().all(u8::is_ascii_digit) {
        let mut out = [0u8; N];
        for (o, b) in out.iter_mut().zip(bytes) {
            *o = b - b'0';
        }
        return Ok(out);
    }
    let mut out = [0u8; N];
    let mut found = 0usize;
    for (i, c) in input.chars().enumerate() {
        if i == MAX_INPUT_CHARS {
            return Err(ParseError::TooLong { expected: N });
        }
        match classify(c) {
            Class::Digit(d) => {
                if let Some(slot) = out.get_mut(found) {
                    *slot = d;
                }
                found += 1;
            }
            Class::Separator => {}
            Class::Invalid => {
                return Err(ParseError::InvalidCharacter {
                    position: i + 1,
                    character: c,
                })
            }
        }
    }
    match found {
        0 => Err(ParseError::Empty),
        n if n == N => Ok(out),
        n => Err(ParseError::Length {
            found: n,
            expected: N,
        }),
    }
}

/// Returns `input` with separators dropped and every decimal digit turned into ASCII; any other
/// character is kept as it is. This does not validate: it is what a form field shows after a paste.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::compact(" 990 140-004.654 "), "990140004654");
/// assert_eq!(kz_iin::compact("９９０１４０００４６５４"), "990140004654");
/// assert_eq!(kz_iin::compact("99o1"), "99o1");
/// ```
pub fn compact(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| match classify(c) {
            Class::Digit(d) => Some(char::from(b'0' + d)),
            Class::Separator => None,
            Class::Invalid => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unicode_digit_zero_maps_to_zero() {
        for &z in DIGIT_ZEROS.iter() {
            let c = char::from_u32(z).unwrap();
            assert_eq!(unicode_digit(c), Some(0));
            assert_eq!(unicode_digit(char::from_u32(z + 9).unwrap()), Some(9));
        }
    }

    #[test]
    fn lookalikes_are_not_digits() {
        // superscript two, roman numeral eight, circled eighteen, Latin O, Cyrillic З
        for c in ['²', 'ⅷ', '⑱', 'O', 'З', '\u{FFFD}'] {
            assert_eq!(classify(c), Class::Invalid, "{c:?}");
        }
    }

    #[test]
    fn overrides_are_invalid_but_marks_are_separators() {
        assert_eq!(classify('\u{202E}'), Class::Invalid);
        assert_eq!(classify('\u{200F}'), Class::Separator);
        assert_eq!(classify('\u{00A0}'), Class::Separator);
    }
}
