//! The shapes words come in: [`Words`], one text in kk, ru and en, and [`NumberTexts`], one
//! language's number messages. The words themselves are in the catalogues (`locales/*.toml`),
//! which the codegen packs into `src/catalogue.rs`.

#[cfg(feature = "form")]
use crate::i18n::Lang;

#[cfg(feature = "form")]
/// Words in the three languages of the catalogues, kk, ru and en, written with `words!["…",
/// "…", "…"]`. One string holds the three, apart by U+0000: one pointer in the WebAssembly
/// module's data instead of three, for every label, hint and name of the table (the book's "Size").
///
/// # Example
/// ```
/// use kz_iin::{fields::Field, Lang};
/// let label = Field::Sex.spec().label;
/// assert_eq!(label.get(Lang::Ru), "Пол");
/// assert_eq!(label.all(), ["Жынысы", "Пол", "Sex"]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Words(&'static str);

#[cfg(feature = "form")]
impl Words {
    /// The three languages' words joined by U+0000 (what `words!` writes).
    #[doc(hidden)]
    pub const fn joined(text: &'static str) -> Words {
        Words(text)
    }

    /// The words in one language.
    pub fn get(self, lang: Lang) -> &'static str {
        // A byte loop rather than `split`: no pattern searcher in the browser's modules.
        let bytes = self.0.as_bytes();
        let (mut start, mut skip) = (0, lang.index());
        for (i, &b) in bytes.iter().enumerate() {
            if b == 0 {
                if skip == 0 {
                    return self.0.get(start..i).unwrap_or_default();
                }
                skip -= 1;
                start = i + 1;
            }
        }
        self.0.get(start..).unwrap_or_default()
    }

    /// The words in kk, ru and en.
    pub fn all(self) -> [&'static str; 3] {
        [Lang::Kk, Lang::Ru, Lang::En].map(|lang| self.get(lang))
    }
}

#[cfg(feature = "form")]
impl core::fmt::Debug for Words {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.all()).finish()
    }
}

/// One language's number messages: the templates whose `{}`s [`number_message_for`](crate::messages::number_message_for) fills.
///
/// Data rather than code, and public, because the package's JavaScript renders number messages
/// from a copy of these tables (`www/src/number-texts.js`, written by `number_texts_js` and
/// checked by `tests/messages.rs`): the IIN-only WebAssembly module then carries no messages,
/// which are a fifth of its size (the book's "Size"). Which character a message names by its code
/// point is still decided here (`messages::is_hidden`).
///
/// # Example
/// ```
/// use kz_iin::{messages::number_texts, Lang};
/// assert_eq!(number_texts(Lang::Ru).empty, "Введите {}");
/// ```
#[derive(Debug)]
pub struct NumberTexts {
    /// IIN then BIN, each as `[the, a]` ("IIN", "An IIN"); Kazakh and Russian have one form.
    pub names: [[&'static str; 2]; 2],
    /// Around a character a message names.
    pub quotes: [&'static str; 2],
    /// Nothing typed, forming a number.
    pub empty_base: &'static str,
    /// Nothing typed: `{the}`.
    pub empty: &'static str,
    /// Not 11 digits, forming a number.
    pub need_base: &'static str,
    /// Not 12 digits: `{a}`.
    pub need: &'static str,
    /// `{need}` and the digits found.
    pub found: &'static str,
    /// `{need}` when too long to count.
    pub far_too_long: &'static str,
    /// `{a}`, the character, its position.
    pub invalid_character: &'static str,
    /// `{the}`.
    pub checksum: &'static str,
    /// `{the}`.
    pub unissuable: &'static str,
    /// `{a}`.
    pub not_a_string: &'static str,
}
