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
use crate::prelude::*;

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
    // Short ASCII lines (12 digits, or 11, a letter O, spaces: what real lists hold) need no
    // positions and no Unicode tables for their code, only digits::classify's character classes.
    if line.len() <= 64 && line.is_ascii() {
        let mut d = [0u8; 12];
        let mut n = 0;
        for &b in line {
            match digits::classify(char::from(b)) {
                digits::Class::Digit(v) => {
                    if let Some(slot) = d.get_mut(n) {
                        *slot = v;
                    }
                    n += 1;
                }
                digits::Class::Separator => {}
                digits::Class::Invalid => return Code::InvalidCharacter,
            }
        }
        return match n {
            0 => Code::Empty,
            12 => match checksum::verify(&d) {
                Ok(()) => Code::Valid,
                Err(e) => e.code(),
            },
            _ => Code::Length,
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
/// Lines of exactly 12 bytes (the common case: one number per line, no `\r`) take a fast path
/// that checks 12 ASCII digits and their check digit with eight-byte arithmetic; any other line,
/// or a line the fast path cannot vouch for, is judged by [`check_line`]. Both give the same
/// answer (a property test holds them together).
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
    let mut rest = text;
    loop {
        // Whole blocks of regular records, checked side by side (natively: in WebAssembly
        // without SIMD, record by record is three times faster; the book's "Performance").
        while let Some((block, _)) = rest
            .split_first_chunk::<{ 13 * BLOCK }>()
            .filter(|_| COLUMNS)
        {
            // The records before the first irregular one are sound: keep their codes rather
            // than redo them one by one (in real lists, most blocks hold an odd line).
            let (codes, good) = block_codes(block);
            out.extend_from_slice(codes.get(..good).unwrap_or_default());
            rest = rest.get(13 * good..).unwrap_or_default();
            if good < BLOCK {
                break;
            }
        }
        // Then record by record, while they stay regular.
        while let Some((record, tail)) = rest.split_first_chunk::<13>() {
            let (code, bad) = fast(record);
            if bad != 0 {
                break;
            }
            out.push(code);
            rest = tail;
        }
        if rest.is_empty() {
            return;
        }
        // Anything else (a \r, a letter, another length) goes the long way, one line.
        let (line, tail) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        out.push(check_line(line) as u8);
        match tail {
            Some(tail) if !tail.is_empty() => rest = tail,
            _ => return,
        }
    }
}

/// Whether whole blocks are checked column by column: natively yes (1.7x faster than record by
/// record with SSE2); in WebAssembly (scalar) no: there the column loops run 3x slower.
const COLUMNS: bool = !cfg!(target_arch = "wasm32");

/// Records checked together on the fast path: enough to amortise the bookkeeping, few enough
/// that a block with one irregular line costs little to redo.
const BLOCK: usize = 16;

/// The codes of a block of `BLOCK` records of 12 ASCII digits and a newline each, and how many
/// records from the start are that (the codes of the others mean nothing: after an irregular
/// line, the records are not where the block assumed).
///
/// The block is read by columns (digit `j` of every record side by side), so that every step
/// is the same operation on `BLOCK` lanes, which the compiler may turn into SIMD instructions
/// with no code of ours beyond plain arrays.
#[inline]
fn block_codes(block: &[u8; 13 * BLOCK]) -> ([u8; BLOCK], usize) {
    let mut bad = [0u8; BLOCK];
    let mut s1 = [0u16; BLOCK];
    let mut total = [0u16; BLOCK];
    for j in 0..11 {
        let weight = j as u16 + 1;
        for k in 0..BLOCK {
            let d = block[13 * k + j].wrapping_sub(b'0');
            bad[k] |= u8::from(d > 9);
            s1[k] += u16::from(d) * weight;
            total[k] += u16::from(d);
        }
    }
    let mut codes = [0u8; BLOCK];
    for k in 0..BLOCK {
        let last = block[13 * k + 11].wrapping_sub(b'0');
        bad[k] |= u8::from(last > 9) | u8::from(block[13 * k + 12] != b'\n');
        // Out-of-range lanes of a bad record may hold anything: their codes are not kept.
        codes[k] = verdict(s1[k], total[k], u16::from(last));
    }
    (codes, bad.iter().position(|&b| b != 0).unwrap_or(BLOCK))
}

/// The code of a 13-byte record read as 12 ASCII digits and a newline, and a value that is
/// non-zero when the record is not that (then the code means nothing).
///
/// Eight digits at a time in one `u64`: a byte is a digit when subtracting `'0'` and adding
/// `0x46` both leave its top bit clear. The weighted sum splits the digits into 16-bit lanes
/// (even and odd positions) and multiplies each by a constant whose product's top lane is the
/// sum of digit times weight.
#[inline(always)]
fn fast(record: &[u8; 13]) -> (u8, u64) {
    const ZEROS: u64 = 0x3030_3030_3030_3030;
    const ABOVE: u64 = 0x4646_4646_4646_4646;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    const EVEN: u64 = 0x00FF_00FF_00FF_00FF;
    let lo = u64::from_le_bytes([
        record[0], record[1], record[2], record[3], record[4], record[5], record[6], record[7],
    ]);
    let hi = u64::from(u32::from_le_bytes([
        record[8], record[9], record[10], record[11],
    ]));
    let dl = lo.wrapping_sub(ZEROS);
    let dh = hi.wrapping_sub(ZEROS >> 32);
    let bad = ((dl | lo.wrapping_add(ABOVE)) & TOPS)
        | ((dh | hi.wrapping_add(ABOVE >> 32)) & (TOPS >> 32))
        | u64::from(record[12] ^ b'\n');
    // Positions 0, 2, 4, 6 weigh 1, 3, 5, 7; positions 1, 3, 5, 7 weigh 2, 4, 6, 8.
    let even = (dl & EVEN).wrapping_mul(7 | 5 << 16 | 3 << 32 | 1 << 48) >> 48;
    let odd = ((dl >> 8) & EVEN).wrapping_mul(8 | 6 << 16 | 4 << 32 | 2 << 48) >> 48;
    let (d8, d9, d10, d11) = (dh & 0xFF, dh >> 8 & 0xFF, dh >> 16 & 0xFF, dh >> 24 & 0xFF);
    // Masked to 16 bits: on an irregular record the lanes may hold anything.
    let s1 = (even & 0xFFFF) + (odd & 0xFFFF) + 9 * d8 + 10 * d9 + 11 * d10;
    let total = (dl.wrapping_mul(0x0101_0101_0101_0101) >> 56) + d8 + d9 + d10;
    // Exact for twelve digits (s1 ≤ 594, total ≤ 99); an irregular record's code is discarded.
    (verdict(s1 as u16, total as u16, d11 as u16), bad)
}

/// The code of twelve digits from `s1`, the first cycle's weighted sum of digits 1-11, `total`,
/// their plain sum, and `last`, digit 12.
///
/// The second weight cycle needs no second sum: its weights are the first cycle's plus 2, less
/// 11 for the last two positions, so modulo 11 it is `s1 + 2 * total`. Arithmetic rather than
/// branches, so that block lanes stay in step and a record costs the same whatever its digits.
/// In 16 bits, as the block lanes hold them (wider lanes measured 30% slower); wrapping, since an
/// irregular record's sums may be anything before it is discarded.
#[inline(always)]
fn verdict(s1: u16, total: u16, last: u16) -> u8 {
    let first = s1 % 11;
    let second = s1.wrapping_add(total.wrapping_mul(2)) % 11;
    let check = if first == 10 { second } else { first };
    let unissuable = u8::from(check == 10);
    let mismatch = u8::from(check != last);
    unissuable * Code::Unissuable as u8 + (1 - unissuable) * mismatch * Code::Checksum as u8
}

/// Appends to `out` what `kz-iin validate` prints for `text`: for each line (as [`check_lines`]
/// splits them), the line without its ending, a tab, `valid` or `invalid`, a tab, the code
/// (empty when valid) and a newline. Returns whether any line was invalid.
///
/// # Example
/// ```
/// let mut out = Vec::new();
/// assert!(kz_iin::batch::annotate_lines(b"990140004654\r\n99014\n", &mut out));
/// assert_eq!(out, b"990140004654\tvalid\t\n99014\tinvalid\tlength\n");
/// ```
pub fn annotate_lines(text: &[u8], out: &mut Vec<u8>) -> bool {
    let mut codes = Vec::new();
    check_lines(text, &mut codes);
    out.reserve(text.len() + codes.len() * 9);
    let body = text.strip_suffix(b"\n").unwrap_or(text);
    let mut any_invalid = false;
    for (line, &code) in body.split(|&b| b == b'\n').zip(&codes) {
        out.extend_from_slice(line.strip_suffix(b"\r").unwrap_or(line));
        if code == Code::Valid as u8 {
            out.extend_from_slice(b"\tvalid\t\n");
        } else {
            any_invalid = true;
            out.extend_from_slice(b"\tinvalid\t");
            let name = Code::ALL.get(usize::from(code)).map_or("", |c| c.as_str());
            out.extend_from_slice(name.as_bytes());
            out.push(b'\n');
        }
    }
    any_invalid
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
