//! The application form as HTML: the markup `<kz-iin-application>` draws
//! (`www/src/elements/application/render.js`, `errors.js`, `review.js`), written by the core
//! from the same field table and words, so that a server can send the form inside its page (as
//! declarative shadow DOM) and a person can read, type and send it before any script arrives,
//! or without one. The element adopts this markup when it upgrades; a browser test holds the
//! two equal in every language, empty and after a failed submit.
//!
//! What only a page without the widget's script needs is the caller's: where the form posts
//! and its hidden values ([`Post`]), the review step ([`review`]) and the confirmation
//! ([`confirmation`]) as pages of their own.
//!
//! ```
//! use kz_iin::{form::Controls, markup, Lang};
//! let html = markup::application(&markup::FormView::empty(Lang::Kk));
//! assert!(html.starts_with(r#"<div class="container" lang="kk">"#));
//! assert!(html.contains(r#"<label for="kz-surnameLatin">Тегі латын транскрипциясында</label>"#));
//! ```

use crate::prelude::*;

use crate::data;
use crate::fields::{Field, FieldSpec, Kind, Options, Section, FIELDS};
use crate::form::{Application, Controls, DatePart, DatePartsError, Report};
use crate::html::Html;
use crate::i18n::Lang;
use crate::messages::{date_parts_message, issue_message, ui_text, UiText};

/// An error or warning as the form shows it: by its field, and in the summary.
///
/// # Example
/// ```
/// use kz_iin::{form::{Controls, Context}, markup, Date, Lang};
/// let posted = Controls::new(vec![("birthDate-day".into(), "31".into()), ("birthDate-month".into(), "4".into()), ("birthDate-year".into(), "1990".into())]);
/// let (raw, dates) = posted.application();
/// let report = kz_iin::form::validate_raw(&raw, &Context { today: Date::new(2026, 12, 3).unwrap() });
/// let (errors, _) = markup::shown(Lang::En, &report, &dates);
/// let birth = errors.iter().find(|e| e.field == Some(kz_iin::form::Field::BirthDate)).unwrap();
/// assert_eq!(birth.message, "Your date of birth must be a real date");
/// assert_eq!(birth.part, Some(kz_iin::form::DatePart::Day));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The field, or `None` for the whole application.
    pub field: Option<Field>,
    /// The issue's stable code.
    pub code: &'static str,
    /// The message, in the form's language.
    pub message: String,
    /// For a date, the box to fix.
    pub part: Option<DatePart>,
}

/// A report's errors and warnings as the form shows them, worded in `lang`; a date whose boxes
/// make no date (`dates`, from [`Controls::application`]) is told by its boxes' message, as the
/// widget does.
pub fn shown(
    lang: Lang,
    report: &Report,
    dates: &[(Field, DatePartsError)],
) -> (Vec<Shown>, Vec<Shown>) {
    let word = |issue: &crate::form::Issue| {
        let date = dates.iter().find(|(f, _)| Some(*f) == issue.field);
        Shown {
            field: issue.field,
            code: issue.code(),
            message: match date {
                Some((field, e)) => date_parts_message(lang, Some(*field), *e),
                None => issue_message(lang, issue),
            },
            part: date.map(|(_, e)| e.part()),
        }
    };
    (
        report.errors.iter().map(word).collect(),
        report.warnings.iter().map(word).collect(),
    )
}

/// Where the form posts when no script takes it over, and what it posts besides the answers
/// (see [`application`] for an example).
#[derive(Debug, Clone, Copy)]
pub struct Post<'a> {
    /// The form's `action`.
    pub action: &'a str,
    /// Hidden inputs (`name`, `value`): an idempotency key, the page's language.
    pub hidden: &'a [(&'a str, &'a str)],
}

/// What the form shows: its language, the answers as typed, the issues found (see
/// [`application`] for an example).
#[derive(Debug, Clone, Copy)]
pub struct FormView<'a> {
    /// The form's language.
    pub lang: Lang,
    /// The answers as typed (empty for a new form).
    pub controls: &'a Controls,
    /// The errors to show (in the summary and by their fields).
    pub errors: &'a [Shown],
    /// The warnings to show by their fields.
    pub warnings: &'a [Shown],
    /// The form's own post, for a page that works without script.
    pub post: Option<Post<'a>>,
    /// The field to focus when the page loads (the one a person chose to change).
    pub focus: Option<Field>,
}

static NO_CONTROLS: Controls = Controls::EMPTY;

impl FormView<'static> {
    /// A new, empty form in `lang`, as the element draws it.
    ///
    /// # Example
    /// ```
    /// let view = kz_iin::markup::FormView::empty(kz_iin::Lang::Ru);
    /// assert!(view.errors.is_empty() && view.post.is_none());
    /// ```
    pub fn empty(lang: Lang) -> FormView<'static> {
        FormView {
            lang,
            controls: &NO_CONTROLS,
            errors: &[],
            warnings: &[],
            post: None,
            focus: None,
        }
    }
}

fn ui(lang: Lang, key: UiText) -> &'static str {
    ui_text(lang, key)
}

/// The id of a field's element: `kz-surnameLatin`, `kz-birthDate-day`, `kz-sex-error`.
/// One of the element's buttons (`part="button"`); `step`, when the form posts, tells the server
/// which button was pressed.
fn button(h: &mut Html, kind: &str, class: &str, step: Option<&str>, text: &str) {
    h.element(
        "button",
        &[
            ("type", Some(kind)),
            ("class", Some(class)),
            ("part", Some("button")),
            ("name", step.map(|_| "step")),
            ("value", step),
        ],
        text,
    );
}

/// The review step's heading and lead, where the element moves focus when it shows the step.
fn review_heading(h: &mut Html, lang: Lang) {
    h.element(
        "h2",
        &[("id", Some("kz-review-title")), ("tabindex", Some("-1"))],
        ui(lang, UiText::ReviewTitle),
    );
    h.element("p", &[], ui(lang, UiText::ReviewLead));
}

fn id(field: &str, part: Option<&str>) -> String {
    match part {
        Some(part) => format!("kz-{field}-{part}"),
        None => format!("kz-{field}"),
    }
}

const PARTS: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

/// Radio buttons for a short fixed list (GOV.UK: radios when there are few), else a select.
fn is_radios(spec: &FieldSpec) -> bool {
    matches!(spec.kind, Kind::Choice(Options::Fixed(choices)) if choices.len() <= 3)
}

/// The id of the control a summary link moves focus to.
fn focus_target(field: Option<Field>, part: Option<DatePart>) -> String {
    let Some(field) = field else {
        return String::new();
    };
    let spec = field.spec();
    match spec.kind {
        Kind::Date => id(spec.key, Some(part.unwrap_or(DatePart::Day).as_str())),
        Kind::Choice(Options::Fixed(choices)) if is_radios(spec) => {
            id(spec.key, choices.first().map(|c| c.value))
        }
        _ => id(spec.key, None),
    }
}

/// The shadow root's content: the error summary, the form, and the review and confirmation
/// steps the element fills in later (hidden).
///
/// # Example
/// ```
/// use kz_iin::{form::Controls, markup::{application, FormView, Post}, Lang};
/// let typed = Controls::new(vec![("surnameLatin".into(), "Müller".into())]);
/// let hidden = [("key", "3f1c")];
/// let view = FormView { controls: &typed, post: Some(Post { action: "/apply", hidden: &hidden }), ..FormView::empty(Lang::En) };
/// let html = application(&view);
/// assert!(html.contains(r#"method="post" action="/apply""#));
/// assert!(html.contains(r#"value="Müller""#));
/// assert!(html.contains(r#"tabindex="-1" hidden="" aria-labelledby="kz-summary-title""#), "no errors: hidden");
/// ```
pub fn application(view: &FormView) -> String {
    let lang = view.lang;
    let mut h = Html::default();
    h.open(
        "div",
        &[("class", Some("container")), ("lang", Some(lang.as_str()))],
    );
    summary(&mut h, view);
    let (action, method) = match view.post {
        Some(post) => (Some(post.action), Some("post")),
        None => (None, None),
    };
    h.open(
        "form",
        &[
            ("novalidate", Some("")),
            ("part", Some("form")),
            ("aria-labelledby", Some("kz-title")),
            ("method", method),
            ("action", action),
        ],
    );
    h.element(
        "h2",
        &[("id", Some("kz-title")), ("tabindex", Some("-1"))],
        ui(lang, UiText::Title),
    );
    for section in Section::ALL {
        fieldset(&mut h, view, section);
    }
    if let Some(post) = view.post {
        for (name, value) in post.hidden {
            h.hidden(name, value);
        }
    }
    button(&mut h, "submit", "button", None, ui(lang, UiText::Continue));
    h.close("form");
    // The steps the element shows later, as it draws them.
    h.open(
        "section",
        &[
            ("class", Some("review")),
            ("part", Some("review")),
            ("hidden", Some("")),
            ("aria-labelledby", Some("kz-review-title")),
        ],
    );
    review_heading(&mut h, lang);
    h.open("dl", &[("class", Some("answers"))]).close("dl");
    h.open(
        "p",
        &[
            ("class", Some("status")),
            ("role", Some("status")),
            ("aria-live", Some("polite")),
        ],
    )
    .close("p");
    button(
        &mut h,
        "button",
        "button send",
        None,
        ui(lang, UiText::Send),
    );
    button(
        &mut h,
        "button",
        "button secondary",
        None,
        ui(lang, UiText::Back),
    );
    h.close("section");
    done(&mut h, lang, None);
    h.close("div");
    h.finish()
}

/// The error summary: hidden, or the errors each linked to its field.
fn summary(h: &mut Html, view: &FormView) {
    let hidden = view.errors.is_empty().then_some("");
    h.open(
        "div",
        &[
            ("class", Some("summary")),
            ("part", Some("error-summary")),
            ("tabindex", Some("-1")),
            ("hidden", hidden),
            ("aria-labelledby", Some("kz-summary-title")),
        ],
    );
    h.open("div", &[("role", Some("alert"))]);
    h.element(
        "h2",
        &[("id", Some("kz-summary-title"))],
        ui(view.lang, UiText::Problem),
    );
    h.open("ul", &[("part", Some("error-summary-list"))]);
    for e in view.errors {
        let href = format!("#{}", focus_target(e.field, e.part));
        h.open(
            "li",
            &[
                ("data-field", Some(e.field.map_or("", Field::key))),
                ("data-code", Some(e.code)),
            ],
        );
        h.element("a", &[("href", Some(&href))], &e.message);
        h.close("li");
    }
    h.close("ul").close("div").close("div");
}

fn fieldset(h: &mut Html, view: &FormView, section: Section) {
    h.open(
        "fieldset",
        &[
            ("part", Some("fieldset")),
            ("data-section", Some(section.key())),
        ],
    );
    h.element("legend", &[], section.legend().get(view.lang));
    let specs: Vec<&FieldSpec> = FIELDS.iter().filter(|s| s.section == section).collect();
    for (i, spec) in specs.iter().enumerate() {
        let partner_at = spec
            .partner
            .and_then(|p| specs.iter().position(|s| s.field == p));
        match partner_at {
            // A name and its partner in the other script side by side (Latin | Cyrillic).
            Some(j) if j == i + 1 => {
                h.open("div", &[("class", Some("pair"))]);
                field(h, view, spec);
                field(h, view, specs[j]);
                h.close("div");
            }
            Some(j) if j < i => {}
            _ => field(h, view, spec),
        }
    }
    h.close("fieldset");
}

/// How a field stands in the view: its error and warning, if any.
struct Standing<'a> {
    error: Option<&'a Shown>,
    warning: Option<&'a Shown>,
}

impl Standing<'_> {
    /// A control's `aria-describedby`: what it had when drawn, then the warning and the error
    /// shown (the element adds them in that order).
    fn described(&self, field: &str, drawn: Option<String>) -> Option<String> {
        let mut ids: Vec<String> = drawn.into_iter().collect();
        if self.warning.is_some() {
            ids.push(id(field, Some("warning")));
        }
        if self.error.is_some() {
            ids.push(id(field, Some("error")));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// A control's `aria-invalid`: with an error, on every control of the field, or on the date
    /// box the error names.
    fn invalid(&self, part: Option<DatePart>) -> Option<&'static str> {
        let e = self.error?;
        match (e.part, part) {
            (Some(wrong), Some(box_)) if wrong != box_ => None,
            _ => Some("true"),
        }
    }
}

/// An inline error or warning: hidden until there is one.
fn message_box(h: &mut Html, lang: Lang, field: &str, kind: &str, shown: Option<&Shown>) {
    let box_id = id(field, Some(kind));
    let part = format!("{kind}-message");
    h.open(
        "p",
        &[
            ("class", Some(kind)),
            ("id", Some(&box_id)),
            ("part", Some(&part)),
            ("hidden", shown.is_none().then_some("")),
            ("data-code", shown.map(|s| s.code)),
        ],
    );
    let prefix = if kind == "error" {
        UiText::ErrorPrefix
    } else {
        UiText::WarningPrefix
    };
    h.element(
        "span",
        &[("class", Some("visually-hidden"))],
        ui(lang, prefix),
    );
    h.text(" ");
    h.element(
        "span",
        &[("class", Some("text"))],
        shown.map_or("", |s| s.message.as_str()),
    );
    h.close("p");
}

fn field(h: &mut Html, view: &FormView, spec: &FieldSpec) {
    let lang = view.lang;
    let key = spec.key;
    let standing = Standing {
        error: view.errors.iter().find(|e| e.field == Some(spec.field)),
        warning: view.warnings.iter().find(|e| e.field == Some(spec.field)),
    };
    let value = view.controls.get(key).unwrap_or_default();
    // Names come in pairs whose labels say "(if any)" themselves: no "(optional)" for them.
    let optional = !spec.required && spec.partner.is_none();
    let label = if optional {
        format!("{} {}", spec.label.get(lang), ui(lang, UiText::Optional))
    } else {
        spec.label.get(lang).to_string()
    };
    let hint_id = id(key, Some("hint"));
    let has_hint = spec.hint.is_some() && !matches!(spec.kind, Kind::Consent);
    let drawn_hint = has_hint.then(|| hint_id.clone());
    let class = if standing.error.is_some() {
        "field has-error"
    } else {
        "field"
    };
    h.open(
        "div",
        &[
            ("class", Some(class)),
            ("part", Some("field")),
            ("data-field", Some(key)),
        ],
    );
    let hint = |h: &mut Html| {
        if let (true, Some(hint)) = (has_hint, spec.hint) {
            h.element(
                "p",
                &[
                    ("class", Some("hint")),
                    ("id", Some(&hint_id)),
                    ("part", Some("hint")),
                ],
                hint.get(lang),
            );
        }
    };
    let messages = |h: &mut Html| {
        message_box(h, lang, key, "error", standing.error);
        message_box(h, lang, key, "warning", standing.warning);
    };
    let autofocus = |part: Option<DatePart>| {
        (view.focus == Some(spec.field) && matches!(part, None | Some(DatePart::Day))).then_some("")
    };

    match spec.kind {
        Kind::Date => {
            h.open(
                "fieldset",
                &[
                    ("class", Some("group")),
                    ("role", Some("group")),
                    ("aria-describedby", drawn_hint.as_deref()),
                ],
            );
            h.element("legend", &[], &label);
            hint(h);
            messages(h);
            h.open("div", &[("class", Some("date"))]);
            for part in PARTS {
                let box_id = id(key, Some(part.as_str()));
                let name = format!("{key}-{}", part.as_str());
                let autocomplete = spec
                    .autocomplete
                    .map_or_else(|| "off".to_string(), |a| format!("{a}-{}", part.as_str()));
                let described = standing.described(key, drawn_hint.clone());
                h.open("div", &[]);
                let label = match part {
                    DatePart::Day => UiText::Day,
                    DatePart::Month => UiText::Month,
                    DatePart::Year => UiText::Year,
                };
                h.element("label", &[("for", Some(&box_id))], ui(lang, label));
                h.void(
                    "input",
                    &[
                        ("id", Some(&box_id)),
                        ("name", Some(&name)),
                        ("class", Some(part.as_str())),
                        ("type", Some("text")),
                        ("inputmode", Some("numeric")),
                        ("autocomplete", Some(&autocomplete)),
                        ("spellcheck", Some("false")),
                        ("aria-describedby", described.as_deref()),
                        ("part", Some("input")),
                        (
                            "value",
                            view.controls
                                .date_part(spec.field, part)
                                .filter(|v| !v.is_empty()),
                        ),
                        ("aria-invalid", standing.invalid(Some(part))),
                        ("autofocus", autofocus(Some(part))),
                    ],
                );
                h.close("div");
            }
            h.close("div");
            // What a post sends for the date: the date the boxes make, as the element keeps it.
            let parts = PARTS.map(|p| view.controls.date_part(spec.field, p).unwrap_or_default());
            let whole = crate::form::date_from_parts(parts[0], parts[1], parts[2])
                .ok()
                .flatten()
                .map(|d| d.to_iso());
            h.void(
                "input",
                &[
                    ("type", Some("hidden")),
                    ("name", Some(key)),
                    ("value", whole.as_deref()),
                ],
            );
            h.close("fieldset");
        }
        Kind::Choice(Options::Fixed(choices)) if is_radios(spec) => {
            h.open(
                "fieldset",
                &[
                    ("class", Some("group")),
                    ("aria-describedby", drawn_hint.as_deref()),
                ],
            );
            h.element("legend", &[], &label);
            hint(h);
            messages(h);
            for (i, choice) in choices.iter().enumerate() {
                let radio_id = id(key, Some(choice.value));
                let described = standing.described(key, None);
                h.open("div", &[("class", Some("choice"))]);
                h.void(
                    "input",
                    &[
                        ("type", Some("radio")),
                        ("id", Some(&radio_id)),
                        ("name", Some(key)),
                        ("value", Some(choice.value)),
                        ("autocomplete", spec.autocomplete),
                        ("part", Some("input")),
                        ("checked", (value == choice.value).then_some("")),
                        ("aria-describedby", described.as_deref()),
                        ("aria-invalid", standing.invalid(None)),
                        ("autofocus", if i == 0 { autofocus(None) } else { None }),
                    ],
                );
                h.element("label", &[("for", Some(&radio_id))], choice.label.get(lang));
                h.close("div");
            }
            h.close("fieldset");
        }
        Kind::Consent => {
            message_box(h, lang, key, "error", standing.error);
            let text_id = id(key, Some("text"));
            let control_id = id(key, None);
            let described = standing.described(key, Some(text_id.clone()));
            h.open("div", &[("class", Some("choice consent"))]);
            h.void(
                "input",
                &[
                    ("type", Some("checkbox")),
                    ("id", Some(&control_id)),
                    ("name", Some(key)),
                    ("value", Some("true")),
                    ("part", Some("input")),
                    ("aria-describedby", described.as_deref()),
                    ("checked", (value == "true").then_some("")),
                    ("aria-invalid", standing.invalid(None)),
                    ("autofocus", autofocus(None)),
                ],
            );
            h.open("label", &[("for", Some(&control_id))]);
            h.element(
                "span",
                &[("class", Some("visually-hidden"))],
                &format!("{}. ", spec.label.get(lang)),
            );
            h.element(
                "span",
                &[("id", Some(&text_id))],
                spec.hint.map_or("", |w| w.get(lang)),
            );
            h.close("label");
            h.close("div");
        }
        _ => {
            let control_id = id(key, None);
            h.element("label", &[("for", Some(&control_id))], &label);
            hint(h);
            messages(h);
            let described = standing.described(key, drawn_hint.clone());
            if let Kind::Choice(options) = spec.kind {
                h.open(
                    "select",
                    &[
                        ("id", Some(&control_id)),
                        ("name", Some(key)),
                        ("part", Some("input")),
                        ("aria-describedby", described.as_deref()),
                        ("aria-invalid", standing.invalid(None)),
                        ("autofocus", autofocus(None)),
                    ],
                );
                h.element("option", &[("value", Some(""))], ui(lang, UiText::Select));
                let option = |h: &mut Html, v: &str, text: &str| {
                    h.element(
                        "option",
                        &[("value", Some(v)), ("selected", (v == value).then_some(""))],
                        text,
                    );
                };
                match options {
                    Options::Institutions => {
                        for i in data::institutions(lang) {
                            option(h, i.id, i.name(lang));
                        }
                    }
                    Options::Countries => {
                        for (c, name) in data::countries_named(lang) {
                            option(h, c.code, name);
                        }
                    }
                    Options::Fixed(choices) => {
                        for c in choices {
                            option(h, c.value, c.label.get(lang));
                        }
                    }
                }
                h.close("select");
            } else {
                let autocapitalize = match spec.kind {
                    Kind::Text(crate::fields::Allowed::LatinAndDigits) => Some("characters"),
                    Kind::Name(_) => Some("words"),
                    _ => None,
                };
                h.void(
                    "input",
                    &[
                        ("id", Some(&control_id)),
                        ("name", Some(key)),
                        ("type", Some("text")),
                        ("part", Some("input")),
                        ("aria-describedby", described.as_deref()),
                        ("autocomplete", Some(spec.autocomplete.unwrap_or("off"))),
                        ("spellcheck", Some("false")),
                        (
                            "inputmode",
                            matches!(spec.kind, Kind::Iin).then_some("numeric"),
                        ),
                        ("autocapitalize", autocapitalize),
                        ("value", (!value.is_empty()).then_some(value)),
                        ("aria-invalid", standing.invalid(None)),
                        ("autofocus", autofocus(None)),
                    ],
                );
            }
            if spec.partner.is_some() {
                h.open(
                    "p",
                    &[
                        ("class", Some("suggest")),
                        ("id", Some(&id(key, Some("suggest")))),
                        ("hidden", Some("")),
                    ],
                );
                h.close("p");
            }
        }
    }
    h.close("div");
}

/// An answer as the review shows it: dates as dd.mm.yyyy, choices by their names.
fn display(lang: Lang, spec: &FieldSpec, app: &Application) -> String {
    if let Kind::Consent = spec.kind {
        return match app.flag(spec.field) {
            Some(true) => ui(lang, UiText::Yes).to_string(),
            _ => ui(lang, UiText::NotGiven).to_string(),
        };
    }
    let Some(value) = app.text(spec.field).filter(|v| !v.is_empty()) else {
        return ui(lang, UiText::NotGiven).to_string();
    };
    match spec.kind {
        Kind::Date => value.split('-').rev().collect::<Vec<_>>().join("."),
        Kind::Choice(Options::Institutions) => data::institutions(lang)
            .find(|i| i.id == value)
            .map_or(value, |i| i.name(lang))
            .to_string(),
        Kind::Choice(Options::Countries) => data::country(value)
            .map_or(value, |c| c.name(lang))
            .to_string(),
        Kind::Choice(Options::Fixed(choices)) => choices
            .iter()
            .find(|c| c.value == value)
            .map_or(value, |c| c.label.get(lang))
            .to_string(),
        _ => value.to_string(),
    }
}

/// The review step as a page of its own, for a browser without the widget's script: every
/// answer of the normalised application with a "Change" button, in a form that posts the
/// answers as typed (`controls`, hidden) back to `post.action` with `step=send` or
/// `change=<field>` (or `step=back`).
///
/// # Example
/// ```
/// use kz_iin::{form::{Application, Controls}, markup, Lang};
/// let app = Application { surname_latin: Some("Müller".into()), ..Default::default() };
/// let controls = Controls::new(vec![("surnameLatin".into(), "Müller".into())]);
/// let html = markup::review(Lang::En, &app, &controls, markup::Post { action: "/apply", hidden: &[("key", "k1")] });
/// assert!(html.contains("<dd>Müller</dd>"));
/// assert!(html.contains(r#"<input type="hidden" name="surnameLatin" value="Müller">"#));
/// assert!(html.contains(r#"name="change" value="surnameLatin""#));
/// ```
pub fn review(lang: Lang, app: &Application, controls: &Controls, post: Post) -> String {
    let mut h = Html::default();
    h.open(
        "div",
        &[("class", Some("container")), ("lang", Some(lang.as_str()))],
    );
    h.open(
        "form",
        &[
            ("method", Some("post")),
            ("action", Some(post.action)),
            ("novalidate", Some("")),
        ],
    );
    h.open(
        "section",
        &[
            ("class", Some("review")),
            ("part", Some("review")),
            ("aria-labelledby", Some("kz-review-title")),
        ],
    );
    review_heading(&mut h, lang);
    h.open("dl", &[("class", Some("answers"))]);
    for spec in FIELDS.iter() {
        let label = spec.label.get(lang);
        h.open("div", &[]);
        h.element("dt", &[], label);
        h.element("dd", &[], &display(lang, spec, app));
        h.open("dd", &[]);
        h.open(
            "button",
            &[
                ("type", Some("submit")),
                ("class", Some("link")),
                ("name", Some("change")),
                ("value", Some(spec.key)),
            ],
        );
        h.text(ui(lang, UiText::Change));
        h.element(
            "span",
            &[("class", Some("visually-hidden"))],
            &format!(" {label}"),
        );
        h.close("button").close("dd").close("div");
    }
    h.close("dl");
    for (name, value) in controls.pairs() {
        h.hidden(name, value);
    }
    for (name, value) in post.hidden {
        h.hidden(name, value);
    }
    button(
        &mut h,
        "submit",
        "button send",
        Some("send"),
        ui(lang, UiText::Send),
    );
    button(
        &mut h,
        "submit",
        "button secondary",
        Some("back"),
        ui(lang, UiText::Back),
    );
    h.close("section").close("form").close("div");
    h.finish()
}

/// The confirmation with the receipt, as a page of its own; `again` links to a new form.
///
/// # Example
/// ```
/// use kz_iin::{markup, Lang};
/// let html = markup::confirmation(Lang::Ru, "DEU-2026-000001", "/apply?lang=ru");
/// assert!(html.contains(r#"<strong class="receipt-number" part="receipt">DEU-2026-000001</strong>"#));
/// assert!(html.contains("Новое заявление"));
/// ```
pub fn confirmation(lang: Lang, receipt: &str, again: &str) -> String {
    let mut h = Html::default();
    h.open(
        "div",
        &[("class", Some("container")), ("lang", Some(lang.as_str()))],
    );
    done(&mut h, lang, Some((receipt, again)));
    h.close("div");
    h.finish()
}

/// The confirmation panel: hidden and empty as the element draws it, or shown with a receipt.
fn done(h: &mut Html, lang: Lang, shown: Option<(&str, &str)>) {
    h.open(
        "section",
        &[
            ("class", Some("panel")),
            ("part", Some("confirmation")),
            ("hidden", shown.is_none().then_some("")),
            ("aria-labelledby", Some("kz-done-title")),
        ],
    );
    h.element(
        "h2",
        &[("id", Some("kz-done-title")), ("tabindex", Some("-1"))],
        ui(lang, UiText::DoneTitle),
    );
    h.element("p", &[], ui(lang, UiText::DoneText));
    match shown {
        None => {
            h.open("p", &[("class", Some("receipt")), ("hidden", Some(""))])
                .close("p");
            button(
                h,
                "button",
                "button secondary",
                None,
                ui(lang, UiText::NewApplication),
            );
        }
        Some((receipt, again)) => {
            h.open("p", &[("class", Some("receipt"))]);
            h.text(ui(lang, UiText::Receipt)).text(" ");
            h.element(
                "strong",
                &[("class", Some("receipt-number")), ("part", Some("receipt"))],
                receipt,
            );
            h.close("p");
            h.element(
                "a",
                &[
                    ("class", Some("button secondary")),
                    ("part", Some("button")),
                    ("href", Some(again)),
                ],
                ui(lang, UiText::NewApplication),
            );
        }
    }
    h.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{validate_raw, Context};

    /// The opening tag of the element with `id` in `html`, without its `<` and `>`.
    fn tag_of(html: &str, id: &str) -> String {
        let start = html
            .find(&format!(r#"id="{id}""#))
            .expect("the element is there");
        let open = html[..start].rfind('<').unwrap();
        let end = start + html[start..].find('>').unwrap();
        html[open + 1..end].to_string()
    }

    #[test]
    fn every_field_has_its_control_and_every_value_is_escaped() {
        let evil = "\"><script>alert(1)</script>";
        let controls = Controls::new(
            FIELDS
                .iter()
                .map(|s| (s.key.to_string(), evil.to_string()))
                .collect(),
        );
        let view = FormView {
            controls: &controls,
            ..FormView::empty(Lang::En)
        };
        let html = application(&view);
        assert!(!html.contains("<script"), "no value is markup");
        for spec in FIELDS.iter() {
            assert!(
                html.contains(&format!("data-field=\"{}\"", spec.key)),
                "{}",
                spec.key
            );
        }
    }

    #[test]
    fn a_failed_post_shows_the_summary_the_messages_and_the_answers() {
        let controls = Controls::new(vec![
            ("surnameLatin".into(), "Müller".into()),
            ("birthDate-day".into(), "17".into()),
            ("birthDate-month".into(), "13".into()),
            ("birthDate-year".into(), "1990".into()),
        ]);
        let (raw, dates) = controls.application();
        let report = validate_raw(
            &raw,
            &Context {
                today: crate::Date::new(2026, 12, 3).unwrap(),
            },
        );
        let (errors, warnings) = shown(Lang::Ru, &report, &dates);
        let html = application(&FormView {
            lang: Lang::Ru,
            controls: &controls,
            errors: &errors,
            warnings: &warnings,
            post: None,
            focus: None,
        });
        assert!(html.contains(r#"<div class="summary" part="error-summary" tabindex="-1" aria-labelledby="kz-summary-title">"#));
        assert!(
            html.contains(r##"<a href="#kz-birthDate-month">"##),
            "the date's link goes to its wrong box"
        );
        assert!(html.contains(r#"value="Müller""#));
        assert!(html.contains(r#"id="kz-birthDate-month" name="birthDate-month" class="month""#));
        let month = tag_of(&html, "kz-birthDate-month");
        assert!(
            month.contains(r#"aria-invalid="true""#) && month.contains("kz-birthDate-error"),
            "{month}"
        );
        let day = tag_of(&html, "kz-birthDate-day");
        assert!(
            !day.contains("aria-invalid"),
            "only the wrong box is marked: {day}"
        );
        assert!(
            html.contains(r#"<div class="field has-error" part="field" data-field="institution">"#)
        );
    }

    #[test]
    fn the_summary_links_each_kind_of_field_to_its_first_control() {
        assert_eq!(focus_target(Some(Field::Sex), None), "kz-sex-male");
        assert_eq!(
            focus_target(Some(Field::BirthDate), None),
            "kz-birthDate-day"
        );
        assert_eq!(
            focus_target(Some(Field::BirthDate), Some(DatePart::Year)),
            "kz-birthDate-year"
        );
        assert_eq!(
            focus_target(Some(Field::Institution), None),
            "kz-institution"
        );
        assert_eq!(focus_target(None, None), "");
    }
}
