//! Checking many numbers at once: a buffer of lines in, one result byte per line out.
//!
//! Each line is judged by exactly the rules of [`crate::Iin::parse`] (IINs and BINs share them),
//! so a list and a form field never disagree. Lines end with `\n`; a `\r` before it is dropped;
//! a final newline ends the last line rather than starting an empty one. Nothing is allocated per
//! line: the common case (12 ASCII digits) is checked in place, and any other line is read
//! without copying (invalid UTF-8 is an invalid character, U+FFFD, where it starts).

use crate::checksum;
use crate::digits::{self, MAX_INPUT_CHARS};
use crate::error::{Code, ParseError};

/// The result code of one line (without its line ending).
///
/// # Example
/// ```
/// use kz_iin::{batch::check_line, Code};
/// assert_eq!(check_line(b"990140004654"), Code::Valid);
/// assert_eq!(check_line(b"990 140 004 655"), Code::Checksum);
/// assert_eq!(check_line(b"\xFF"), Code::InvalidCharacter);
/// ```
pub fn check_line(line: &[u8]) -> Code {
    if line.len() == 12 && line.iter().all(u8::is_ascii_digit) {
        let mut d = [0u8; 12];
        for (o, b) in d.iter_mut().zip(line) {
            *o = b - b'0';
        }
        return match checksum::verify(&d) {
            Ok(()) => Code::Valid,
            Err(e) => e.code(),
        };
    }
    match core::str::from_utf8(line) {
        Ok(s) => code_of(crate::iin::parse12(s)),
        Err(e) => {
            // Judge the valid prefix; if it is clean, the broken sequence is the first offender.
            let prefix = core::str::from_utf8(&line[..e.valid_up_to()]).unwrap_or_default();
            match digits::read::<12>(prefix) {
                Err(err @ (ParseError::InvalidCharacter { .. } | ParseError::TooLong { .. })) => {
                    err.code()
                }
                _ if prefix.chars().count() >= MAX_INPUT_CHARS => Code::Length,
                _ => Code::InvalidCharacter,
            }
        }
    }
}

fn code_of(r: Result<[u8; 12], ParseError>) -> Code {
    match r {
        Ok(_) => Code::Valid,
        Err(e) => e.code(),
    }
}

/// Appends to `out` one [`Code`] byte per line of `text`.
///
/// # Example
/// ```
/// use kz_iin::{batch::check_lines, Code};
/// let mut out = Vec::new();
/// check_lines(b"990140004654\r\n990140004655\n\n000813159890\n", &mut out);
/// assert_eq!(out, [Code::Valid as u8, Code::Checksum as u8, Code::Empty as u8, Code::Unissuable as u8]);
/// ```
pub fn check_lines(text: &[u8], out: &mut Vec<u8>) {
    if text.is_empty() {
        return;
    }
    // One byte per line; 13 bytes is the shortest valid line with its newline.
    out.reserve(text.len() / 13 + 1);
    let text = text.strip_suffix(b"\n").unwrap_or(text);
    for line in text.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        out.push(check_line(line) as u8);
    }
}

/// Counts the lines [`check_lines`] would report for `text`.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::batch::count_lines(b"1\n2\n"), 2);
/// assert_eq!(kz_iin::batch::count_lines(b"1\n2"), 2);
/// assert_eq!(kz_iin::batch::count_lines(b"\n"), 1);
/// assert_eq!(kz_iin::batch::count_lines(b""), 0);
/// ```
pub fn count_lines(text: &[u8]) -> usize {
    let newlines = text.iter().filter(|&&b| b == b'\n').count();
    newlines + usize::from(text.last().is_some_and(|&b| b != b'\n'))
}
