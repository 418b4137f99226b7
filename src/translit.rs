//! Name transliteration help: the Latin spelling ICAO Doc 9303 gives a Cyrillic name, and a
//! Cyrillic suggestion for a Latin name. Both are offers, never rules: a person accepts or edits
//! them, and a Latin name that disagrees with ICAO is a warning only (older passports exist).
//!
//! Tables (the book, "Name transliteration"):
//! - Cyrillic to Latin: ICAO Doc 9303 part 3, section 6, table B (Russian, Ukrainian, Belarusian,
//!   Serbian and Macedonian letters). ICAO gives no Kazakh letters; for Ә Ғ Қ Ң Ө Ұ Ү Һ І this
//!   crate uses a documented choice, the airline practice recorded in `shared/domain.md` 6.5:
//!   Ә→A, Ғ→G, Қ→K, Ң→N, Ө→O, Ұ→U, Ү→U, Һ→KH, І→I.
//! - Latin to Cyrillic: the ICAO table read backwards (longest letter group first), plus a
//!   practical transcription of letters ICAO never produces (C, H, J, Q, W, X) and of Y
//!   (Й after a vowel, else Ы), Э for an E that starts a word, and ИЯ for a word-final IA after
//!   a consonant (Maria: Мария).
//!
//! ```
//! use kz_iin::translit::{icao_latin, suggest_cyrillic, suggest_latin};
//! assert_eq!(icao_latin("Щукина-Ёлкина"), "SHCHUKINA-ELKINA");
//! assert_eq!(suggest_latin("ЖАҚСЫЛЫҚОВ"), "Zhaksylykov");
//! assert_eq!(suggest_cyrillic("Ivanov").as_deref(), Some("Иванов"));
//! ```

use crate::prelude::*;
/// Citizenships whose passports print the holder's name in Cyrillic with its ICAO Latin form,
/// so that a mismatch between the two name fields is worth a warning.
///
/// # Example
/// ```
/// assert!(kz_iin::translit::CYRILLIC_PASSPORTS.contains(&"RUS"));
/// ```
pub const CYRILLIC_PASSPORTS: [&str; 5] = ["BLR", "KGZ", "RUS", "TJK", "UKR"];

/// ICAO 9303 table B, plus the Kazakh letters as documented above (upper case; lower case is
/// folded first). Ь has no Latin form.
const CYRILLIC_TO_LATIN: [(char, &str); 52] = [
    ('А', "A"),
    ('Б', "B"),
    ('В', "V"),
    ('Г', "G"),
    ('Д', "D"),
    ('Е', "E"),
    ('Ё', "E"),
    ('Ж', "ZH"),
    ('З', "Z"),
    ('И', "I"),
    ('Й', "I"),
    ('К', "K"),
    ('Л', "L"),
    ('М', "M"),
    ('Н', "N"),
    ('О', "O"),
    ('П', "P"),
    ('Р', "R"),
    ('С', "S"),
    ('Т', "T"),
    ('У', "U"),
    ('Ф', "F"),
    ('Х', "KH"),
    ('Ц', "TS"),
    ('Ч', "CH"),
    ('Ш', "SH"),
    ('Щ', "SHCH"),
    ('Ъ', "IE"),
    ('Ы', "Y"),
    ('Ь', ""),
    ('Э', "E"),
    ('Ю', "IU"),
    ('Я', "IA"),
    // Ukrainian and Belarusian.
    ('Ґ', "G"),
    ('Є', "IE"),
    ('І', "I"),
    ('Ї', "I"),
    ('Ў', "U"),
    // Serbian and Macedonian.
    ('Ђ', "D"),
    ('Ј', "J"),
    ('Љ', "LJ"),
    ('Њ', "NJ"),
    ('Ћ', "C"),
    ('Џ', "DZ"),
    // Kazakh: not in ICAO; the documented choice.
    ('Ә', "A"),
    ('Ғ', "G"),
    ('Қ', "K"),
    ('Ң', "N"),
    ('Ө', "O"),
    ('Ұ', "U"),
    ('Ү', "U"),
    ('Һ', "KH"),
];

/// Latin letter groups to Cyrillic, longest first, so that `SHCH` wins over `SH` and `CH`.
const LATIN_TO_CYRILLIC: [(&str, &str); 35] = [
    ("SHCH", "Щ"),
    ("ZH", "Ж"),
    ("KH", "Х"),
    ("TS", "Ц"),
    ("CH", "Ч"),
    ("SH", "Ш"),
    ("IU", "Ю"),
    ("YU", "Ю"),
    ("IA", "Я"),
    ("YA", "Я"),
    ("YE", "Е"),
    ("A", "А"),
    ("B", "Б"),
    ("C", "К"),
    ("D", "Д"),
    ("E", "Е"),
    ("F", "Ф"),
    ("G", "Г"),
    ("H", "Х"),
    ("I", "И"),
    ("J", "Дж"),
    ("K", "К"),
    ("L", "Л"),
    ("M", "М"),
    ("N", "Н"),
    ("O", "О"),
    ("P", "П"),
    ("Q", "К"),
    ("R", "Р"),
    ("S", "С"),
    ("T", "Т"),
    ("U", "У"),
    ("V", "В"),
    ("W", "В"),
    ("Z", "З"),
];

/// Latin letters with diacritics, folded to their base letter for the comparison (an MRZ holds
/// A-Z only; ICAO table A's AE/OE/UE variants cannot come from a Cyrillic name anyway).
fn fold_latin(c: char) -> Option<char> {
    let base = match c.to_ascii_uppercase() {
        c @ 'A'..='Z' => c,
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'A',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => 'C',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'D',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'E',
        'Ğ' | 'ğ' | 'Ģ' | 'ģ' => 'G',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => 'I',
        'Ķ' | 'ķ' => 'K',
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ł' | 'ł' => 'L',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => 'N',
        'Ò'..='Ö' | 'ò'..='ö' | 'Ø' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => 'O',
        'Ŕ' | 'ŕ' | 'Ř' | 'ř' => 'R',
        'Ś' | 'ś' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => 'S',
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ț' | 'ț' => 'T',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => 'U',
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => 'Y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'Z',
        _ => return None,
    };
    Some(base)
}

fn cyrillic_upper(c: char) -> char {
    crate::case::upper(c)
}

/// The ICAO 9303 Latin form of a Cyrillic name, in capitals as an MRZ holds it; spaces,
/// hyphens and apostrophes are kept, and any other character is kept as it is.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::translit::icao_latin("Юлия Игоревна"), "IULIIA IGOREVNA");
/// assert_eq!(kz_iin::translit::icao_latin("Нұрсұлтан"), "NURSULTAN");
/// ```
pub fn icao_latin(cyrillic: &str) -> String {
    let mut out = String::with_capacity(cyrillic.len());
    for c in cyrillic.chars() {
        let upper = cyrillic_upper(c);
        match CYRILLIC_TO_LATIN.iter().find(|(k, _)| *k == upper) {
            Some((_, latin)) => out.push_str(latin),
            None => out.push(upper),
        }
    }
    out
}

/// Capitals after a word break, small letters elsewhere: `IVANOV-PETROV` → `Ivanov-Petrov`.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(crate::case::upper(c));
        } else {
            out.push(crate::case::lower(c));
        }
        start = matches!(c, ' ' | '-' | '\'');
    }
    out
}

/// A Latin spelling to offer for a Cyrillic name: its ICAO form in title case.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::translit::suggest_latin("АЛЕКСАНДР"), "Aleksandr");
/// ```
pub fn suggest_latin(cyrillic: &str) -> String {
    title_case(&icao_latin(cyrillic))
}

/// A Cyrillic spelling to offer for a Latin name, or `None` when a character has no Cyrillic
/// counterpart here (a digit, a letter of another script).
///
/// # Example
/// ```
/// use kz_iin::translit::suggest_cyrillic;
/// assert_eq!(suggest_cyrillic("Aleksey Shchukin").as_deref(), Some("Алексей Щукин"));
/// assert_eq!(suggest_cyrillic("Eriksson").as_deref(), Some("Эрикссон"));
/// assert_eq!(suggest_cyrillic("Ω"), None);
/// ```
pub fn suggest_cyrillic(latin: &str) -> Option<String> {
    let letters: Vec<char> = latin
        .chars()
        .map(|c| match c {
            ' ' | '-' | '\'' => Some(c),
            _ => fold_latin(c),
        })
        .collect::<Option<_>>()?;
    let mut out = String::with_capacity(latin.len() * 2);
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        let word_start = i == 0 || matches!(letters[i - 1], ' ' | '-' | '\'');
        if matches!(c, ' ' | '-' | '\'') {
            out.push(c);
            i += 1;
            continue;
        }
        if c == 'E' && word_start {
            out.push('Э');
            i += 1;
            continue;
        }
        if c == 'Y' && !starts_group(&letters[i..]) {
            let after_vowel = i > 0 && is_vowel(letters[i - 1]);
            out.push(if after_vowel { 'Й' } else { 'Ы' });
            i += 1;
            continue;
        }
        if c == 'X' {
            out.push_str("КС");
            i += 1;
            continue;
        }
        // Maria, Natalia: a word-final IA after a consonant is ИЯ, not ICAO's Я.
        let after_consonant =
            i > 0 && letters[i - 1].is_ascii_uppercase() && !is_vowel(letters[i - 1]);
        let word_end = |j: usize| letters.get(j).map_or(true, |c| !c.is_ascii_uppercase());
        if c == 'I' && after_consonant && letters.get(i + 1) == Some(&'A') && word_end(i + 2) {
            out.push_str("ИЯ");
            i += 2;
            continue;
        }
        let rest: String = letters[i..].iter().take(4).collect();
        let (group, cyrillic) = LATIN_TO_CYRILLIC
            .iter()
            .find(|(g, _)| rest.starts_with(g))?;
        out.push_str(cyrillic);
        i += group.chars().count();
    }
    Some(title_case(&out))
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y')
}

/// Whether a `Y` starts one of the letter groups (YU, YA, YE) rather than standing alone.
fn starts_group(letters: &[char]) -> bool {
    matches!(letters.get(1), Some('U' | 'A' | 'E'))
}

/// Whether a Latin name is the ICAO 9303 form of a Cyrillic one, ignoring case, diacritics,
/// spaces, hyphens and apostrophes.
///
/// # Example
/// ```
/// use kz_iin::translit::matches_icao;
/// assert!(matches_icao("Ivanova-Petrova", "Иванова-Петрова"));
/// assert!(!matches_icao("Ivanoff", "Иванов"));
/// ```
pub fn matches_icao(latin: &str, cyrillic: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter_map(fold_latin)
            .filter(char::is_ascii_uppercase)
            .collect()
    };
    key(latin) == key(&icao_latin(cyrillic))
}
