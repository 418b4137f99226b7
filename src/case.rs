//! Upper and lower case for the scripts the form writes names in: Latin (Basic, Latin-1,
//! Extended-A, the paired letters of Extended-B and Extended Additional) and Cyrillic
//! (U+0400-U+052F); every other character is its own case.
//!
//! Why not `char::to_uppercase`: it carries the case tables of all of Unicode, which measured
//! 19 KB gzipped of the form's WebAssembly module (its largest single part), while the form only
//! changes the case of month names, transliterated names and its own labels. `tests` compares
//! these functions with the standard library on every character they cover.

use crate::prelude::*;
// Ranges of letter pairs where the capital has the even code point (Āā) or the odd one (Ĺĺ).
const EVEN_CAPITAL: [(u32, u32); 13] = [
    (0x100, 0x12F),
    (0x132, 0x137),
    (0x14A, 0x177),
    (0x1DE, 0x1EF),
    (0x1F4, 0x1F5),
    (0x1F8, 0x21F),
    (0x222, 0x233),
    (0x246, 0x24F),
    (0x460, 0x481),
    (0x48A, 0x4BF),
    (0x4D0, 0x52F),
    (0x1E00, 0x1E95),
    (0x1EA0, 0x1EFF),
];
const ODD_CAPITAL: [(u32, u32); 4] = [
    (0x139, 0x148),
    (0x179, 0x17E),
    (0x1CD, 0x1DC),
    (0x4C1, 0x4CE),
];

fn in_pairs(cp: u32, ranges: &[(u32, u32)]) -> bool {
    ranges.iter().any(|&(a, b)| (a..=b).contains(&cp))
}

fn from(cp: u32, c: char) -> char {
    char::from_u32(cp).unwrap_or(c)
}

/// The capital of a letter (`'ә'` → `'Ә'`), or the character itself.
pub(crate) fn upper(c: char) -> char {
    let cp = u32::from(c);
    let to = match cp {
        0x61..=0x7A | 0xE0..=0xFE if cp != 0xF7 => cp - 0x20,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x430..=0x44F => cp - 0x20,
        0x450..=0x45F => cp - 0x50,
        0x4CF => 0x4C0,
        _ if cp & 1 == 1 && in_pairs(cp, &EVEN_CAPITAL) => cp - 1,
        _ if cp & 1 == 0 && in_pairs(cp, &ODD_CAPITAL) => cp - 1,
        _ => cp,
    };
    from(to, c)
}

/// The small letter of a capital (`'Ә'` → `'ә'`), or the character itself.
pub(crate) fn lower(c: char) -> char {
    let cp = u32::from(c);
    let to = match cp {
        0x41..=0x5A | 0xC0..=0xDE if cp != 0xD7 => cp + 0x20,
        0x178 => 0xFF,
        0x410..=0x42F => cp + 0x20,
        0x400..=0x40F => cp + 0x50,
        0x4C0 => 0x4CF,
        _ if cp & 1 == 0 && in_pairs(cp, &EVEN_CAPITAL) => cp + 1,
        _ if cp & 1 == 1 && in_pairs(cp, &ODD_CAPITAL) => cp + 1,
        _ => cp,
    };
    from(to, c)
}

/// A string in small letters (see [`lower`]).
pub(crate) fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character ranges these functions map exactly as Unicode does (single-character mappings;
    /// a letter whose Unicode mapping is several characters, as `ß` → `SS`, stays as it is).
    const COVERED: [(u32, u32); 12] = [
        (0x00, 0x7F),
        (0xC0, 0xFF),
        (0x100, 0x17F),
        (0x1CD, 0x1DC),
        (0x1DE, 0x1EF),
        (0x1F4, 0x1F5),
        (0x1F8, 0x21F),
        (0x222, 0x233),
        (0x246, 0x24F),
        (0x400, 0x52F),
        (0x1E00, 0x1E95),
        (0x1EA0, 0x1EFF),
    ];

    fn single(mut it: impl Iterator<Item = char>, c: char) -> char {
        match (it.next(), it.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    }

    fn covered(cp: u32) -> bool {
        COVERED.iter().any(|&(a, b)| (a..=b).contains(&cp))
    }

    #[test]
    fn every_covered_character_maps_as_unicode_does_and_every_other_to_itself() {
        let mut checked = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let cp = u32::from(c);
            if covered(cp) {
                assert_eq!(upper(c), single(c.to_uppercase(), c), "upper U+{cp:04X}");
                assert_eq!(lower(c), single(c.to_lowercase(), c), "lower U+{cp:04X}");
                checked += 1;
            } else {
                assert_eq!((upper(c), lower(c)), (c, c), "U+{cp:04X}");
            }
        }
        assert_eq!(checked, 974);
    }

    #[test]
    fn kazakh_and_latin_letters_round_trip() {
        let small = "әғқңөұүһіabcçşğıöüñ";
        let capital: String = small.chars().map(upper).collect();
        assert_eq!(capital, "ӘҒҚҢӨҰҮҺІABCÇŞĞIÖÜÑ");
        assert_eq!(lowercase("ӘҒҚҢӨҰҮҺІ ÇŞĞÖÜÑ"), "әғқңөұүһі çşğöüñ");
    }
}
