//! HTML written as text, escaped once here: the printed documents and the application form's
//! markup both use it.

use crate::prelude::*;

/// Escapes text for HTML content and attribute values.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::html::escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Markup written element by element: attributes and text are escaped, an attribute whose
/// value is `None` is left out (`Some("")` writes a boolean attribute).
///
/// # Example
/// ```
/// use kz_iin::html::Html;
/// let mut h = Html::default();
/// h.open("p", &[("class", Some("hint")), ("hidden", None), ("title", Some("a \"b\""))]);
/// h.text("<x> & y");
/// h.close("p");
/// h.void("input", &[("type", Some("text")), ("required", Some(""))]);
/// assert_eq!(h.finish(), r#"<p class="hint" title="a &quot;b&quot;">&lt;x&gt; &amp; y</p><input type="text" required="">"#);
/// ```
#[derive(Debug, Default)]
pub struct Html {
    out: String,
}

impl Html {
    /// A start tag.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.out.push(' ');
                self.out.push_str(name);
                self.out.push_str("=\"");
                push_escaped(&mut self.out, value);
                self.out.push('"');
            }
        }
        self.out.push('>');
        self
    }

    /// An element with no content or end tag (`input`).
    pub fn void(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.open(tag, attrs)
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.out, text);
        self
    }

    /// An end tag.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// A hidden input: a value a form posts with the answers.
    pub fn hidden(&mut self, name: &str, value: &str) -> &mut Self {
        self.void(
            "input",
            &[
                ("type", Some("hidden")),
                ("name", Some(name)),
                ("value", Some(value)),
            ],
        )
    }

    /// An element holding only text.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.out
    }
}
