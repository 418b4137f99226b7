//! What every page of the service has around its content, written once: the document with its
//! language, and a head with the charset, the viewport, the title, the icon and the page's own
//! links; and the preloads of a module graph. The pages (the form without script, the status
//! page, /verify, the officers' pages, a refusal) each add only what is theirs.

use kz_iin::Lang;
use maud::{html, Markup, DOCTYPE};

/// An HTML document in `lang`: `head`, then `body`'s content (the unit test below shows one
/// whole).
pub(crate) fn document(lang: Lang, head: Markup, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.as_str()) {
            (head)
            body { (body) }
        }
    }
}

/// A page's head: charset, viewport, `title`, the icon (an SVG, when the page has one), then
/// `links` (its stylesheet, its preloads).
pub(crate) fn head(title: &str, icon: Option<&str>, links: Markup) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) }
            @if let Some(icon) = icon {
                link rel="icon" href=(icon) type="image/svg+xml";
            }
            (links)
        }
    }
}

/// The preloads of a module graph, by href: a module is `modulepreload`ed, a WebAssembly file
/// (`.wasm`) fetched (`crossorigin`, as the glue's `fetch` asks for it).
pub(crate) fn preloads<S: AsRef<str>>(graph: impl IntoIterator<Item = S>) -> Markup {
    html! {
        @for href in graph {
            @if href.as_ref().ends_with(".wasm") {
                link rel="preload" href=(href.as_ref()) as="fetch" type="application/wasm" crossorigin;
            } @else {
                link rel="modulepreload" href=(href.as_ref());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_has_its_language_its_head_and_its_body() {
        let page = document(
            Lang::Ru,
            head(
                "Т",
                Some("/i.svg"),
                html! { link rel="stylesheet" href="/s.css"; },
            ),
            html! { main { "м" } },
        )
        .into_string();
        assert_eq!(
            page,
            "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Т</title><link rel=\"icon\" href=\"/i.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/s.css\"></head><body><main>м</main></body></html>"
        );
        let links = preloads(["/a.js", "/b.wasm"]).into_string();
        assert_eq!(links, "<link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"preload\" href=\"/b.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>");
    }
}
