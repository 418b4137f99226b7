//! The three languages of the messages and data: Kazakh, Russian and English.

/// A language every message and name exists in.
///
/// # Example
/// ```
/// use kz_iin::Lang;
/// assert_eq!(Lang::parse("ru-KZ"), Lang::Ru);
/// assert_eq!(Lang::parse("de"), Lang::En);
/// assert_eq!(Lang::Kk.as_str(), "kk");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Қазақ тілі.
    Kk,
    /// Русский язык.
    Ru,
    /// English, also the fallback for any other language.
    #[default]
    En,
}

impl Lang {
    /// The language for a tag: its primary subtag when it is kk, ru or en (any case, any
    /// region), else English.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Lang::parse("KK_kz"), kz_iin::Lang::Kk);
    /// ```
    pub fn parse(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("kk") {
            Lang::Kk
        } else if primary.eq_ignore_ascii_case("ru") {
            Lang::Ru
        } else {
            Lang::En
        }
    }

    /// `"kk"`, `"ru"` or `"en"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Lang::Ru.as_str(), "ru");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// 0, 1, 2 for kk, ru, en: the column of the data tables.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::Lang::En.index(), 2);
    /// ```
    pub const fn index(self) -> usize {
        match self {
            Lang::Kk => 0,
            Lang::Ru => 1,
            Lang::En => 2,
        }
    }
}
