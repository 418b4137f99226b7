//! The message catalogues: one per language (kk, ru, en), turning stable codes into words.
//!
//! Kazakh and Russian use the seed's own terms (ЖСН / ИИН, латын / кириллица транскрипциясы,
//! жеке басын куәландыратын құжат, бақылау разряды). Messages follow the GOV.UK patterns: say what
//! to do ("Enter…", "Select…"), name the field, no "invalid", no "please".

use crate::prelude::*;
mod en;
mod kk;
mod ru;

#[cfg(feature = "form")]
pub use crate::catalogue::{
    ServiceText, StaffText, StatusText, UiText, SERVICE_TEXTS, STAFF_TEXTS, STATUS_TEXTS, UI_TEXTS,
};
#[cfg(feature = "seal")]
pub use crate::catalogue::{VerifyText, VERIFY_TEXTS};

use crate::error::{Code, ParseError};
#[cfg(feature = "form")]
use crate::fields::Field;
#[cfg(feature = "form")]
use crate::form::{Issue, Problem, Report};
use crate::i18n::Lang;

/// What a number message is about.
///
/// # Example
/// ```
/// use kz_iin::{messages::{number_message, Subject}, Lang, ParseError};
/// assert_eq!(number_message(Lang::Ru, Subject::Bin, &ParseError::Empty), "Введите БИН");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    /// An IIN.
    Iin,
    /// A BIN.
    Bin,
    /// The first 11 digits of a number to be formed.
    Base,
}

/// What a number message needs: the error's code and details. `character` is a code point
/// rather than a `char` so that JavaScript can name a lone surrogate it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberParams {
    /// What the number is.
    pub subject: Subject,
    /// The error code.
    pub code: Code,
    /// Digits found, for `length` (none when the input was too long to count).
    pub found: Option<usize>,
    /// 1-based position, for `invalid_character`.
    pub position: usize,
    /// The offending code point, for `invalid_character`.
    pub character: u32,
}

impl NumberParams {
    /// The parameters of a parse error.
    ///
    /// # Example
    /// ```
    /// use kz_iin::{messages::{NumberParams, Subject}, ParseError};
    /// let p = NumberParams::of(Subject::Iin, &ParseError::Length { found: 3, expected: 12 });
    /// assert_eq!(p.found, Some(3));
    /// ```
    pub fn of(subject: Subject, error: &ParseError) -> NumberParams {
        let (found, position, character) = match *error {
            ParseError::Length { found, .. } => (Some(found), 0, 0),
            ParseError::InvalidCharacter {
                position,
                character,
            } => (None, position, u32::from(character)),
            _ => (None, 0, 0),
        };
        NumberParams {
            subject,
            code: error.code(),
            found,
            position,
            character,
        }
    }
}

/// The message for an IIN/BIN error.
///
/// # Example
/// ```
/// use kz_iin::{messages::{number_message, Subject}, Lang, ParseError};
/// let e = ParseError::InvalidCharacter { position: 3, character: 'O' };
/// assert_eq!(number_message(Lang::Kk, Subject::Iin, &e), "ЖСН тек цифрлардан тұрады: «O» таңбасын алып тастаңыз (3-орын)");
/// ```
pub fn number_message(lang: Lang, subject: Subject, error: &ParseError) -> String {
    number_message_for(lang, &NumberParams::of(subject, error))
}

/// The message for IIN/BIN error parameters (the JavaScript boundary builds these).
///
/// # Example
/// ```
/// use kz_iin::{messages::{number_message_for, NumberParams, Subject}, Code, Lang};
/// let p = NumberParams { subject: Subject::Iin, code: Code::NotAString, found: None, position: 0, character: 0 };
/// assert_eq!(number_message_for(Lang::En, &p), "An IIN must be given as text");
/// ```
pub fn number_message_for(lang: Lang, p: &NumberParams) -> String {
    let t = number_texts(lang);
    // The subject's name as a template's first `{}`: `the` where English says "the IIN", `a`
    // where it says "An IIN" (Kazakh and Russian have one form).
    let [the, a] = t.names[usize::from(p.subject == Subject::Bin)];
    match p.code {
        Code::Empty if p.subject == Subject::Base => t.empty_base.into(),
        Code::Empty => fill(t.empty, &[&the]),
        Code::Length => {
            let need = match p.subject {
                Subject::Base => t.need_base.into(),
                _ => fill(t.need, &[&a]),
            };
            match p.found {
                Some(n) => fill(t.found, &[&need, &n]),
                None => fill(t.far_too_long, &[&need]),
            }
        }
        Code::InvalidCharacter => fill(
            t.invalid_character,
            &[
                &a,
                &show(p.character, t.quotes[0], t.quotes[1]),
                &p.position,
            ],
        ),
        Code::Checksum => fill(t.checksum, &[&the]),
        Code::Unissuable => fill(t.unissuable, &[&the]),
        Code::NotAString => fill(t.not_a_string, &[&a]),
        Code::Valid => String::new(),
    }
}

pub use crate::words::NumberTexts;

/// The number message templates of a language (see [`NumberTexts`]).
///
/// # Example
/// ```
/// use kz_iin::{messages::number_texts, Lang};
/// assert_eq!(number_texts(Lang::Kk).names[1][0], "БСН");
/// ```
pub fn number_texts(lang: Lang) -> &'static NumberTexts {
    match lang {
        Lang::Kk => &crate::catalogue::NUMBER_KK,
        Lang::Ru => &crate::catalogue::NUMBER_RU,
        Lang::En => &crate::catalogue::NUMBER_EN,
    }
}

#[cfg(feature = "form")]
/// The message for an issue of a validation report.
///
/// # Example
/// ```
/// use kz_iin::{form::{Field, Issue, Problem}, messages::issue_message, Lang};
/// let issue = Issue { field: Some(Field::SurnameLatin), problem: Problem::Required };
/// assert_eq!(issue_message(Lang::En, &issue), "Enter your surname in Latin letters");
/// ```
pub fn issue_message(lang: Lang, issue: &Issue) -> String {
    if let Problem::Iin(e) = &issue.problem {
        return number_message(lang, Subject::Iin, e);
    }
    match lang {
        Lang::Kk => kk::issue(issue.field, &issue.problem),
        Lang::Ru => ru::issue(issue.field, &issue.problem),
        Lang::En => en::issue(issue.field, &issue.problem),
    }
}

#[cfg(feature = "form")]
/// An issue with its message in a language: serialises as the issue does, plus `message`
/// (`{ field, code, message, position?, character?, suggestion? }`).
///
/// # Example
/// ```
/// use kz_iin::{form::{Field, Issue, Problem}, messages::WordedIssue, Lang};
/// let issue = Issue { field: Some(Field::Sex), problem: Problem::Required };
/// let json = serde_json::to_string(&WordedIssue { issue: &issue, lang: Lang::Ru }).unwrap();
/// assert_eq!(json, r#"{"field":"sex","code":"required","message":"Выберите пол"}"#);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct WordedIssue<'a> {
    /// The issue.
    pub issue: &'a Issue,
    /// The language of its message.
    pub lang: Lang,
}

#[cfg(feature = "form")]
impl serde::Serialize for WordedIssue<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Issue", 6)?;
        // The message third, where readers of the JSON have always found it.
        s.serialize_field("field", &self.issue.key())?;
        s.serialize_field("code", self.issue.code())?;
        s.serialize_field("message", &issue_message(self.lang, self.issue))?;
        self.issue.serialize_details(&mut s)?;
        s.end()
    }
}

#[cfg(feature = "form")]
/// A validation report with every issue worded: serialises as `{ valid, errors, warnings,
/// value }`, each issue as [`WordedIssue`]. What the browser, Node and the server send.
///
/// # Example
/// ```
/// use kz_iin::form::{validate, Application, Context};
/// use kz_iin::{messages::WordedReport, Date, Lang};
/// let report = validate(&Application::default(), &Context { today: Date::new(2026, 1, 1).unwrap() });
/// let json = serde_json::to_value(WordedReport { report: &report, lang: Lang::En }).unwrap();
/// assert_eq!(json["errors"][0]["message"], "Select the embassy or consulate");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct WordedReport<'a> {
    /// The report.
    pub report: &'a Report,
    /// The language of its messages.
    pub lang: Lang,
}

#[cfg(feature = "form")]
impl<'a> WordedReport<'a> {
    /// The errors, worded.
    pub fn errors(&self) -> impl Iterator<Item = WordedIssue<'a>> + 'a {
        let lang = self.lang;
        self.report
            .errors
            .iter()
            .map(move |issue| WordedIssue { issue, lang })
    }

    /// The warnings, worded.
    pub fn warnings(&self) -> impl Iterator<Item = WordedIssue<'a>> + 'a {
        let lang = self.lang;
        self.report
            .warnings
            .iter()
            .map(move |issue| WordedIssue { issue, lang })
    }
}

#[cfg(feature = "form")]
impl serde::Serialize for WordedReport<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Report", 4)?;
        s.serialize_field("valid", &self.report.valid)?;
        s.serialize_field("errors", &Seq(|| self.errors()))?;
        s.serialize_field("warnings", &Seq(|| self.warnings()))?;
        s.serialize_field("value", &self.report.normalized)?;
        s.end()
    }
}

/// A sequence serialised from an iterator, without collecting it first.
#[cfg(feature = "form")]
struct Seq<F>(F);

#[cfg(feature = "form")]
impl<F, I> serde::Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

#[cfg(feature = "form")]
/// The message for three date boxes that do not make a date (GOV.UK's wording: "Date of birth
/// must include a month", "… must be a real date").
///
/// # Example
/// ```
/// use kz_iin::{form::{DatePart, DatePartsError, Field}, messages::date_parts_message, Lang};
/// let missing = DatePartsError::Missing(DatePart::Month);
/// assert_eq!(date_parts_message(Lang::En, Some(Field::BirthDate), missing), "Your date of birth must include a month");
/// // Boxes of no date field the core knows are "the date".
/// assert_eq!(date_parts_message(Lang::En, None, missing), "The date must include a month");
/// ```
pub fn date_parts_message(
    lang: Lang,
    field: Option<Field>,
    error: crate::form::DatePartsError,
) -> String {
    let field = field.filter(|f| matches!(f.spec().kind, crate::fields::Kind::Date));
    match lang {
        Lang::Kk => kk::date_parts(field, error),
        Lang::Ru => ru::date_parts(field, error),
        Lang::En => en::date_parts(field, error),
    }
}

#[cfg(feature = "form")]
/// One of the widget's own words (see [`UI_TEXTS`]).
///
/// # Example
/// ```
/// use kz_iin::messages::{ui_text, UiText};
/// assert_eq!(ui_text(kz_iin::Lang::Kk, UiText::Send), "Өтінішті жіберу");
/// ```
pub fn ui_text(lang: Lang, key: UiText) -> &'static str {
    key.words().get(lang)
}

#[cfg(feature = "form")]
/// What a service answers for a request it cannot take (see [`SERVICE_TEXTS`]); its stable
/// code is [`ServiceText::key`].
///
/// # Example
/// ```
/// use kz_iin::messages::{service_text, ServiceText};
/// assert!(service_text(kz_iin::Lang::Ru, ServiceText::TooLarge).contains("слишком"));
/// assert_eq!(ServiceText::TooLarge.key(), "too_large");
/// ```
pub fn service_text(lang: Lang, code: ServiceText) -> &'static str {
    code.words().get(lang)
}

#[cfg(feature = "form")]
/// A word of the officers' pages (see [`STAFF_TEXTS`]).
///
/// # Example
/// ```
/// use kz_iin::messages::{staff_text, StaffText};
/// assert_eq!(staff_text(kz_iin::Lang::Kk, StaffText::SignOut), "Шығу");
/// ```
pub fn staff_text(lang: Lang, key: StaffText) -> &'static str {
    key.words().get(lang)
}

#[cfg(feature = "form")]
/// A word of the applicant's status page (see [`STATUS_TEXTS`]).
///
/// # Example
/// ```
/// use kz_iin::messages::{status_text, StatusText};
/// assert_eq!(status_text(kz_iin::Lang::Ru, StatusText::AccessCode), "Код доступа");
/// ```
pub fn status_text(lang: Lang, key: StatusText) -> &'static str {
    key.words().get(lang)
}

/// The words of verifying a document (see [`VERIFY_TEXTS`]).
///
/// # Example
/// ```
/// use kz_iin::messages::{verify_text, VerifyText};
/// assert_eq!(verify_text(kz_iin::Lang::En, VerifyText::Iin), "IIN");
/// ```
#[cfg(feature = "seal")]
pub fn verify_text(lang: Lang, key: VerifyText) -> &'static str {
    key.words().get(lang)
}

/// A verdict in words: its code, the sentence that says it, and for a genuine document the
/// facts its token holds as `(label, value)` rows, in the order the document prints them.
///
/// # Example
/// ```
/// use kz_iin::{messages::verdict_report, seal::Verdict, Lang};
/// let report = verdict_report(Lang::En, &Verdict::OnlyANumber);
/// assert_eq!((report.code, report.rows.len()), ("only_a_number", 0));
/// assert!(report.headline.contains("proves nothing"));
/// ```
#[cfg(feature = "seal")]
pub fn verdict_report(lang: Lang, verdict: &crate::seal::Verdict) -> VerdictReport {
    use crate::seal::{Kind, Verdict};
    let t = |key| verify_text(lang, key).to_string();
    use VerifyText as V;
    let code = verdict.code();
    let headline = match verdict {
        Verdict::Genuine { .. } => V::Genuine,
        Verdict::Altered => V::Altered,
        Verdict::UnknownKey { .. } => V::UnknownKey,
        Verdict::OnlyANumber => V::OnlyANumber,
        Verdict::NotADocument => V::NotADocument,
    };
    let rows = match verdict {
        Verdict::Genuine { facts, kid } => {
            let dotted =
                |d: crate::Date| format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year());
            let (kind, number_label, number) = match facts.kind {
                Kind::Certificate => (
                    V::Certificate,
                    V::Iin,
                    crate::Iin::parse(&facts.id)
                        .map(|i| {
                            let s = i.as_str();
                            format!("{} {} {}", &s[..4], &s[4..8], &s[8..])
                        })
                        .unwrap_or_else(|_| facts.id.clone()),
                ),
                Kind::Refusal => (V::Refusal, V::Receipt, facts.id.clone()),
            };
            let country = crate::data::country(&facts.citizenship)
                .map_or(facts.citizenship.clone(), |c| c.name(lang).to_string());
            let institution = crate::data::institution(&facts.institution)
                .map_or(facts.institution.clone(), |i| i.name(lang).to_string());
            let sex = match facts.sex {
                Some(crate::Sex::Male) => t(V::Male),
                Some(crate::Sex::Female) => t(V::Female),
                None => String::new(),
            };
            [
                (V::Kind, t(kind)),
                (number_label, number),
                (V::NameLatin, facts.name_latin()),
                (V::NameCyrillic, facts.name_cyrillic.clone()),
                (V::BirthDate, dotted(facts.birth_date)),
                (V::Sex, sex),
                (V::Citizenship, country),
                (V::Institution, institution),
                (V::Date, dotted(facts.date)),
                (V::Issuer, facts.issuer.clone()),
                (V::Key, kid.clone()),
            ]
            .into_iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(label, value)| (t(label), value))
            .collect()
        }
        _ => Vec::new(),
    };
    VerdictReport {
        code,
        headline: t(headline),
        rows,
    }
}

/// A verdict in words: see [`verdict_report`].
#[cfg(feature = "seal")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictReport {
    /// The verdict's stable code ([`crate::seal::Verdict::code`]).
    pub code: &'static str,
    /// The sentence that says it.
    pub headline: String,
    /// `(label, value)` of a genuine document's facts; empty otherwise.
    pub rows: Vec<(String, String)>,
}

#[cfg(feature = "mrz")]
/// The message for an MRZ problem (see [`crate::mrz::MrzError`]).
///
/// # Example
/// ```
/// use kz_iin::{messages::mrz_message, mrz::{Checked, MrzError}, Lang};
/// let e = MrzError::CheckDigit { field: Checked::BirthDate, expected: 2, found: '3' };
/// assert_eq!(mrz_message(Lang::En, &e), "The machine-readable zone was misread: the check digit of the date of birth does not match. Scan the passport again or type your details");
/// ```
pub fn mrz_message(lang: Lang, error: &crate::mrz::MrzError) -> String {
    match lang {
        Lang::Kk => kk::mrz(error),
        Lang::Ru => ru::mrz(error),
        Lang::En => en::mrz(error),
    }
}

#[cfg(feature = "documents")]
/// The message for a document that could not be rendered (see
/// [`crate::documents::DocumentError`]).
///
/// # Example
/// ```
/// use kz_iin::{documents::DocumentError, messages::document_message, Lang, ParseError};
/// assert_eq!(document_message(Lang::Ru, &DocumentError::ReasonRequired), "Укажите причину отказа");
/// assert_eq!(document_message(Lang::En, &DocumentError::Iin(ParseError::Empty)), "Enter the IIN");
/// ```
pub fn document_message(lang: Lang, error: &crate::documents::DocumentError) -> String {
    use crate::documents::DocumentError;
    match error {
        DocumentError::Iin(e) => number_message(lang, Subject::Iin, e),
        DocumentError::Field(issue) => issue_message(lang, issue),
        _ => match lang {
            Lang::Kk => kk::document(error),
            Lang::Ru => ru::document(error),
            Lang::En => en::document(error),
        }
        .unwrap_or_default()
        .into(),
    }
}

#[cfg(feature = "form")]
/// A field's label in a language, as the form shows it.
///
/// # Example
/// ```
/// use kz_iin::{form::Field, messages::label, Lang};
/// assert_eq!(label(Lang::Kk, Field::SurnameLatin), "Тегі латын транскрипциясында");
/// ```
pub fn label(lang: Lang, field: Field) -> &'static str {
    field.spec().label.get(lang)
}

#[cfg(feature = "form")]
/// How a field is asked for when it is missing.
#[derive(Clone, Copy)]
enum Verb {
    /// Typed in.
    Enter,
    /// Chosen from a list.
    Select,
}

#[cfg(feature = "form")]
fn verb(field: Field) -> Verb {
    match field.spec().kind {
        crate::fields::Kind::Choice(_) => Verb::Select,
        _ => Verb::Enter,
    }
}

/// A character as a message shows it: itself in the language's quotes when visible, its code
/// point (U+202E) when invisible, a space, a control, a mark or not a character at all.
fn show(cp: u32, open: &str, close: &str) -> String {
    match char::from_u32(cp) {
        Some(c) if !is_hidden(cp) => {
            let mut out = String::from(open);
            out.push(c);
            out.push_str(close);
            out
        }
        _ => {
            let mut out = String::from("U+");
            let digits = (4..8)
                .rev()
                .find(|&i| cp >> (4 * i) != 0)
                .map_or(4, |i| i + 1);
            for i in (0..digits).rev() {
                let d = ((cp >> (4 * i)) & 15) as u8;
                out.push(char::from(if d < 10 { b'0' + d } else { b'A' + d - 10 }));
            }
            out
        }
    }
}

/// Whether a message names a character by its code point rather than showing it: controls and
/// white space (Unicode Cc and White_Space), the invisible characters of
/// the digits module (soft hyphen, zero-width and directional marks), the directional overrides, combining marks that would land
/// on the quote, the replacement character and private use. One list of ranges rather than
/// `char::is_whitespace` and friends: their tables cost the IIN module about 350 bytes gzipped;
/// `tests` checks the list against them.
///
/// # Example
/// ```
/// assert!(kz_iin::messages::is_hidden(0x202E));
/// assert!(!kz_iin::messages::is_hidden('O' as u32));
/// ```
pub fn is_hidden(cp: u32) -> bool {
    matches!(cp, 0..=0x20 | 0x7F..=0xA0 | 0xAD | 0x300..=0x36F | 0x483..=0x489 | 0x61C | 0x1680
        | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2060 | 0x2066..=0x2069 | 0x3000 | 0xFEFF
        | 0xFFFD | 0xE000..=0xF8FF | 0xF0000..)
}

/// What a message template takes in its `{}`s: text and numbers.
pub(crate) trait Piece {
    /// Appends itself to a message.
    fn put(&self, out: &mut String);
}

impl Piece for str {
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Piece for String {
    fn put(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn put(&self, out: &mut String) {
        (**self).put(out);
    }
}

impl Piece for usize {
    fn put(&self, out: &mut String) {
        let mut digits = [0u8; 20];
        let mut n = *self;
        let mut len = 0;
        while len == 0 || n > 0 {
            digits[len] = b'0' + (n % 10) as u8;
            n /= 10;
            len += 1;
        }
        for &d in digits.iter().take(len).rev() {
            out.push(char::from(d));
        }
    }
}

macro_rules! piece_as_usize {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn put(&self, out: &mut String) {
                (*self as usize).put(out);
            }
        }
    )*};
}
piece_as_usize!(u8, u16, u32);

/// A template's `{}`s (the catalogues' placeholders) replaced by `values` in order, for the
/// words a service fills in itself (an institution's name, a date); a missing value leaves
/// nothing.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::messages::fill_in("{} refused: {}", &["deu", "x"]), "deu refused: x");
/// assert_eq!(kz_iin::messages::fill_in("a {} b {}", &["1"]), "a 1 b ");
/// ```
pub fn fill_in(template: &str, values: &[&str]) -> String {
    let pieces: Vec<&dyn Piece> = values.iter().map(|v| v as &dyn Piece).collect();
    fill(template, &pieces)
}

/// A template's `{}`s replaced by `args` in order. Messages are built with this rather than
/// `format!`, so that the browser's modules carry none of Rust's formatting code (the book's "Size").
fn fill(template: &str, args: &[&dyn Piece]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut args = args.iter();
    // Characters rather than `split("{}")` or `find`: no string search and no slicing, whose
    // code and panic paths would cost more bytes than the messages.
    let mut chars = template.chars();
    while let Some(c) = chars.next() {
        if c == '{' && chars.as_str().starts_with('}') {
            chars.next();
            if let Some(arg) = args.next() {
                arg.put(&mut out);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(feature = "form")]
fn dotted(d: crate::Date) -> String {
    let mut out = String::new();
    let two = |out: &mut String, n: u8| {
        out.push(char::from(b'0' + n / 10));
        out.push(char::from(b'0' + n % 10));
    };
    two(&mut out, d.day());
    out.push('.');
    two(&mut out, d.month());
    out.push('.');
    d.year().put(&mut out);
    out
}

#[cfg(feature = "form")]
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| {
            core::iter::once(crate::case::upper(c))
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_the_controls_spaces_invisibles_and_marks_of_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let cp = u32::from(c);
            let expected = c.is_control()
                || c.is_whitespace()
                || crate::digits::is_invisible(c)
                || matches!(cp, 0x300..=0x36F | 0x483..=0x489 | 0x202D | 0x202E | 0xFFFD | 0xE000..=0xF8FF | 0xF0000..);
            assert_eq!(is_hidden(cp), expected, "U+{cp:04X}");
        }
    }

    #[test]
    fn a_hidden_character_is_named_by_its_code_point() {
        assert_eq!(show(0x202E, "«", "»"), "U+202E");
        assert_eq!(show(0x9, "«", "»"), "U+0009");
        assert_eq!(show(0xF0001, "«", "»"), "U+F0001");
        assert_eq!(show(0xD800, "«", "»"), "U+D800");
        assert_eq!(show(u32::from('O'), "«", "»"), "«O»");
        assert_eq!(
            fill("{} has {} of {}", &[&"IIN", &12usize, &0u8]),
            "IIN has 12 of 0"
        );
    }
}
