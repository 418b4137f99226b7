//! The language of an answer, from the request's Accept-Language (RFC 9110 §12.5.4): the first of
//! kk, ru and en by the client's preference (q-values), else English.

use axum::http::{header, HeaderMap};
use kz_iin::Lang;

/// The language for a request's Accept-Language header.
///
/// # Example
/// ```
/// use axum::http::{header, HeaderMap, HeaderValue};
/// let mut h = HeaderMap::new();
/// h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de-DE, ru;q=0.8, kk;q=0.9"));
/// assert_eq!(kz_iin_server::http::language::of(&h), kz_iin::Lang::Kk);
/// ```
pub fn of(headers: &HeaderMap) -> Lang {
    let Some(value) = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
    else {
        return Lang::En;
    };
    let mut best: Option<(u16, Lang)> = None;
    // A hostile header is long: the first 32 ranges are plenty for a browser's list.
    for range in value.split(',').take(32) {
        let mut parts = range.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(1000, quality);
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        let lang = match primary.to_ascii_lowercase().as_str() {
            "kk" => Lang::Kk,
            "ru" => Lang::Ru,
            "en" => Lang::En,
            _ => continue,
        };
        if q > 0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, lang));
        }
    }
    best.map_or(Lang::En, |(_, lang)| lang)
}

/// A q-value in thousandths (`0.8` → 800); anything unreadable counts as 0.
fn quality(text: &str) -> u16 {
    let (int, frac) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let whole = match int {
        "1" => return 1000,
        "0" => 0u16,
        _ => return 0,
    };
    let digits: String = frac.chars().take(3).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return 0;
    }
    whole + format!("{digits:0<3}").parse::<u16>().unwrap_or(0)
}

/// The switch between the three languages at the top of a page: links to `path` in each, the
/// current one marked for assistive technology.
pub(crate) fn switch(lang: Lang, path: &str) -> maud::Markup {
    maud::html! {
        nav aria-label="Language / Тіл / Язык" {
            ul.langs {
                @for (code, name) in [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")] {
                    li { a href={ (path) "?lang=" (code) } lang=(code) hreflang=(code) aria-current=[(code == lang.as_str()).then_some("page")] { (name) } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn lang(value: &str) -> Lang {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(value).unwrap(),
        );
        of(&h)
    }

    #[test]
    fn the_client_s_preferred_language_among_ours() {
        assert_eq!(lang("ru-KZ,ru;q=0.9,en;q=0.8"), Lang::Ru);
        assert_eq!(lang("en;q=0.5, kk"), Lang::Kk);
        assert_eq!(lang("de, fr;q=0.9"), Lang::En);
        assert_eq!(lang("ru;q=0, en;q=0.1"), Lang::En);
        assert_eq!(lang("kk;q=abc, ru;q=0.2"), Lang::Ru);
        assert_eq!(lang(""), Lang::En);
        assert_eq!(of(&HeaderMap::new()), Lang::En);
        assert_eq!(lang(&"x,".repeat(5000)), Lang::En);
    }
}
