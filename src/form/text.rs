//! Text fields: normalisation (trim, collapse white space, drop invisible characters) and the
//! character rules of names, free text and document numbers.
//!
//! Positions in problems are 1-based and count the characters of the value *as given*, so a
//! message can point at what the person typed.

use super::problem::Problem;
use crate::digits::is_invisible;
use crate::fields::Script;
use crate::prelude::*;

/// The longest raw value looked at, in characters: anything longer is `too_long` whatever it
/// holds, which lets the JavaScript boundary pass only a slice of a huge string.
pub const MAX_RAW_CHARS: usize = 4096;

/// A normalised value: its characters, each with its 1-based position in the raw value.
pub(crate) struct Normalized {
    pub chars: Vec<(usize, char)>,
}

impl Normalized {
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    pub fn to_string_with(&self, map: impl Fn(char) -> char) -> String {
        self.chars.iter().map(|&(_, c)| map(c)).collect()
    }

    /// Its buffer, emptied, for the next [`normalize`].
    pub fn into_buffer(self) -> Vec<(usize, char)> {
        let mut chars = self.chars;
        chars.clear();
        chars
    }
}

/// Trims, collapses every run of white space into one space and drops invisible characters,
/// into `buffer` (empty; one buffer serves every field of an application: an allocation fewer
/// per field).
///
/// # Errors
/// [`Problem::TooLong`] when the raw value exceeds [`MAX_RAW_CHARS`] or, after normalisation,
/// `max` characters.
pub(crate) fn normalize(
    raw: &str,
    max: usize,
    buffer: Vec<(usize, char)>,
) -> Result<Normalized, Problem> {
    let mut chars = buffer;
    chars.reserve(raw.len().min(max + 1));
    // The position of the first white-space character of a run not yet written.
    let mut pending_space: Option<usize> = None;
    for (i, c) in raw.chars().enumerate() {
        if i == MAX_RAW_CHARS {
            return Err(Problem::TooLong { max });
        }
        if c.is_whitespace() {
            if !chars.is_empty() {
                pending_space.get_or_insert(i + 1);
            }
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if let Some(position) = pending_space.take() {
            chars.push((position, ' '));
        }
        chars.push((i + 1, c));
    }
    if chars.len() > max {
        return Err(Problem::TooLong { max });
    }
    Ok(Normalized { chars })
}

/// The letters of the Latin script that names may hold (inclusive ranges): basic Latin,
/// Latin-1, Latin Extended A to E, Latin Extended Additional, ligatures, fullwidth forms.
pub const LATIN_LETTERS: [(char, char); 12] = [
    ('A', 'Z'),
    ('a', 'z'),
    ('\u{C0}', '\u{D6}'),
    ('\u{D8}', '\u{F6}'),
    ('\u{F8}', '\u{24F}'),
    ('\u{1E00}', '\u{1EFF}'),
    ('\u{2C60}', '\u{2C7F}'),
    ('\u{A722}', '\u{A7FF}'),
    ('\u{AB30}', '\u{AB64}'),
    ('\u{FB00}', '\u{FB06}'),
    ('\u{FF21}', '\u{FF3A}'),
    ('\u{FF41}', '\u{FF5A}'),
];

/// The letters of the Cyrillic script (the Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І among them).
pub const CYRILLIC_LETTERS: [(char, char); 5] = [
    ('\u{400}', '\u{481}'),
    ('\u{48A}', '\u{52F}'),
    ('\u{1C80}', '\u{1C88}'),
    ('\u{A640}', '\u{A66E}'),
    ('\u{A680}', '\u{A69D}'),
];

/// Combining marks that may follow a letter in decomposed text (a Cyrillic й typed as
/// и + U+0306).
pub const COMBINING_MARKS: [(char, char); 9] = [
    ('\u{300}', '\u{36F}'),
    ('\u{483}', '\u{489}'),
    ('\u{1AB0}', '\u{1AFF}'),
    ('\u{1DC0}', '\u{1DFF}'),
    ('\u{20D0}', '\u{20FF}'),
    ('\u{2DE0}', '\u{2DFF}'),
    ('\u{A66F}', '\u{A67D}'),
    ('\u{A69E}', '\u{A69F}'),
    ('\u{FE20}', '\u{FE2F}'),
];

/// Hyphens and apostrophes a name may hold (stored as `-` and `'`).
pub const NAME_PUNCTUATION: [char; 7] = [
    '-', '\u{2010}', '\u{2011}', '\'', '\u{2018}', '\u{2019}', '\u{02BC}',
];

fn in_ranges(c: char, ranges: &[(char, char)]) -> bool {
    ranges.iter().any(|&(a, b)| (a..=b).contains(&c))
}

fn is_latin_letter(c: char) -> bool {
    in_ranges(c, &LATIN_LETTERS)
}

fn is_cyrillic_letter(c: char) -> bool {
    in_ranges(c, &CYRILLIC_LETTERS)
}

fn is_combining(c: char) -> bool {
    in_ranges(c, &COMBINING_MARKS)
}

fn is_hyphen(c: char) -> bool {
    NAME_PUNCTUATION[..3].contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    NAME_PUNCTUATION[3..].contains(&c)
}

/// How names are stored: one kind of hyphen and of apostrophe, ASCII for fullwidth letters.
pub(crate) fn name_char(c: char) -> char {
    match c {
        _ if is_hyphen(c) => '-',
        _ if is_apostrophe(c) => '\'',
        '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            char::from_u32(u32::from(c) - 0xFF21 + u32::from('A')).unwrap_or(c)
        }
        _ => c,
    }
}

/// A name in `script`: its letters (diacritics allowed), spaces, hyphens and apostrophes, with
/// at least one letter. A letter of the other script is [`Problem::WrongScript`].
pub(crate) fn check_name(value: &Normalized, script: Script) -> Result<(), Problem> {
    type IsLetter = fn(char) -> bool;
    let (own, other): (IsLetter, IsLetter) = match script {
        Script::Latin => (is_latin_letter, is_cyrillic_letter),
        Script::Cyrillic => (is_cyrillic_letter, is_latin_letter),
    };
    let mut after_letter = false;
    let mut letters = 0;
    for &(position, character) in &value.chars {
        if own(character) {
            letters += 1;
            after_letter = true;
        } else if is_combining(character) && after_letter {
            // stays after_letter: several marks may follow one letter
        } else if character == ' ' || is_hyphen(character) || is_apostrophe(character) {
            after_letter = false;
        } else if other(character) {
            return Err(Problem::WrongScript {
                position,
                character,
                expected: script,
            });
        } else {
            return Err(Problem::InvalidCharacter {
                position,
                character,
            });
        }
    }
    match value.chars.first() {
        Some(&(position, character)) if letters == 0 => Err(Problem::InvalidCharacter {
            position,
            character,
        }),
        _ => Ok(()),
    }
}

/// Letters of any script, spaces, hyphens and apostrophes (a nationality: "қазақ", "German").
pub(crate) fn check_letters(value: &Normalized) -> Result<(), Problem> {
    for &(position, character) in &value.chars {
        let fine = character.is_alphabetic()
            || is_combining(character)
            || character == ' '
            || is_hyphen(character)
            || is_apostrophe(character);
        if !fine {
            return Err(Problem::InvalidCharacter {
                position,
                character,
            });
        }
    }
    Ok(())
}

/// Free text: anything printable. Control characters, the replacement character (a broken
/// encoding), private-use characters, noncharacters and the directional overrides are refused.
pub(crate) fn check_text(value: &Normalized) -> Result<(), Problem> {
    for &(position, character) in &value.chars {
        let cp = u32::from(character);
        let refused = character.is_control()
            || matches!(character, '\u{202D}' | '\u{202E}' | '\u{FFFD}')
            || (0xE000..=0xF8FF).contains(&cp)
            || cp >= 0xF0000
            || (0xFDD0..=0xFDEF).contains(&cp)
            || cp & 0xFFFE == 0xFFFE;
        if refused {
            return Err(Problem::InvalidCharacter {
                position,
                character,
            });
        }
    }
    Ok(())
}

/// A document number: Latin letters and digits once spaces, hyphens and full stops are dropped;
/// returned in upper case. Cyrillic letters (look-alikes of Latin ones) are [`Problem::WrongScript`].
pub(crate) fn document_number(value: &Normalized) -> Result<String, Problem> {
    let mut out = String::new();
    for &(position, character) in &value.chars {
        let c = name_char(character);
        match c {
            'A'..='Z' | '0'..='9' => out.push(c),
            'a'..='z' => out.push(c.to_ascii_uppercase()),
            ' ' | '-' | '.' => {}
            _ if is_cyrillic_letter(c) => {
                return Err(Problem::WrongScript {
                    position,
                    character,
                    expected: Script::Latin,
                })
            }
            _ => {
                return Err(Problem::InvalidCharacter {
                    position,
                    character,
                })
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Normalized {
        normalize(s, 100, Vec::new()).unwrap()
    }

    #[test]
    fn normalizing_collapses_space_and_keeps_raw_positions() {
        let v = n("  Ann\u{00A0}\u{200B}\tMarie ");
        assert_eq!(v.to_string_with(|c| c), "Ann Marie");
        assert_eq!(v.chars[3], (6, ' '));
        assert_eq!(v.chars[4], (9, 'M'));
    }

    #[test]
    fn a_latin_o_in_a_cyrillic_name_is_the_wrong_script() {
        assert_eq!(
            check_name(&n("Иванoв"), Script::Cyrillic),
            Err(Problem::WrongScript {
                position: 5,
                character: 'o',
                expected: Script::Cyrillic
            })
        );
        assert_eq!(check_name(&n("Әлиұлы-Қайрат"), Script::Cyrillic), Ok(()));
        assert_eq!(check_name(&n("O'Brien-Nuñez"), Script::Latin), Ok(()));
        assert_eq!(check_name(&n("Ии\u{306}"), Script::Cyrillic), Ok(()));
        assert!(check_name(&n("-'"), Script::Latin).is_err());
        assert!(check_name(&n("Smith2"), Script::Latin).is_err());
    }
}
