//! The two documents the service ends with (seed 000): the registration certificate with the new
//! IIN (appendix 2) and the notice of refusal to form an IIN (appendix 3), as print-ready,
//! self-contained HTML with the Kazakh and the Russian texts side by side and every label of the
//! appendix verbatim.
//!
//! The core renders them, so that a server (Node, or Rust) and a browser print the very same
//! document. Every value is escaped; the certificate refuses an IIN that fails the rules, and
//! carries the IIN as a QR code as well as in print, grouped for reading.
//!
//! ```
//! use kz_iin::documents::{render_certificate, Paper};
//! use kz_iin::form::Application;
//! use kz_iin::Date;
//!
//! let app = Application {
//!     surname_cyrillic: Some("Мюллер".into()),
//!     given_name_cyrillic: Some("Анна".into()),
//!     birth_date: Some("1990-05-17".into()),
//!     birth_country: Some("DEU".into()),
//!     ..Application::default()
//! };
//! let doc = render_certificate(&app, "960340000514", Date::new(2026, 11, 21).unwrap(), Paper::A4)?;
//! assert!(doc.body.contains("9603 4000 0514") && doc.body.contains("Тіркеу куәлігі"));
//! assert!(render_certificate(&app, "960340000515", Date::new(2026, 11, 21).unwrap(), Paper::A4).is_err());
//! # Ok::<(), kz_iin::documents::DocumentError>(())
//! ```

use core::fmt;
use core::fmt::Write as _;

use crate::data;
use crate::date::Date;
use crate::error::ParseError;
use crate::form::{Application, Field, Issue, Problem};
use crate::i18n::Lang;
use crate::iin::Iin;
use crate::seal::{self, Facts, Kind, SealKey};

/// The paper a document is laid out for.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::documents::Paper::parse("a5"), kz_iin::documents::Paper::A5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 148 × 210 mm.
    A5,
}

impl Paper {
    /// `A5` (any case) or A4.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::documents::Paper::parse("letter"), kz_iin::documents::Paper::A4);
    /// ```
    pub fn parse(s: &str) -> Paper {
        if s.eq_ignore_ascii_case("a5") {
            Paper::A5
        } else {
            Paper::A4
        }
    }
}

/// Why a document was not rendered: what is at fault and why, with no words
/// ([`crate::messages::document_message`] writes them).
///
/// # Example
/// ```
/// use kz_iin::documents::{render_certificate, DocumentError, Paper};
/// use kz_iin::ParseError;
/// let err = render_certificate(&Default::default(), "1", kz_iin::Date::new(2026, 1, 1).unwrap(), Paper::A4).unwrap_err();
/// assert_eq!(err, DocumentError::Iin(ParseError::Length { found: 1, expected: 12 }));
/// assert_eq!((err.field(), err.code()), ("iin", "length"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    /// The IIN fails the rules.
    Iin(ParseError),
    /// A field of the application that the document prints is missing or not usable: the
    /// surname (`required`), the date of birth (`invalid_date`), or a value of the wrong type
    /// (`invalid_type`, [`Application::typed`]).
    Field(Issue),
    /// The date of issue is not a real `YYYY-MM-DD` date.
    IssueDate,
    /// A refusal gives no reason, neither free text nor a standard one.
    ReasonRequired,
}

impl DocumentError {
    /// What is at fault: `iin`, `issueDate`, `reason`, or the application's field key (empty
    /// when the application is not an object at all).
    pub fn field(&self) -> &str {
        match self {
            DocumentError::Iin(_) => "iin",
            DocumentError::Field(issue) => issue.key().unwrap_or(""),
            DocumentError::IssueDate => "issueDate",
            DocumentError::ReasonRequired => "reason",
        }
    }

    /// The stable code (the number codes for the IIN; `required`, `invalid_date`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            DocumentError::Iin(e) => e.code().as_str(),
            DocumentError::Field(issue) => issue.code(),
            DocumentError::IssueDate => "invalid_date",
            DocumentError::ReasonRequired => "required",
        }
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field(), self.code())
    }
}

/// The date of issue as given (`YYYY-MM-DD`), or [`DocumentError::IssueDate`].
///
/// # Example
/// ```
/// use kz_iin::documents::{issue_date, DocumentError};
/// assert_eq!(issue_date("2026-02-30"), Err(DocumentError::IssueDate));
/// assert!(issue_date("2026-02-28").is_ok());
/// ```
pub fn issue_date(text: &str) -> Result<Date, DocumentError> {
    text.parse().map_err(|_| DocumentError::IssueDate)
}

impl std::error::Error for DocumentError {}

/// A rendered document: its styles and its body, or both as one HTML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The document's title (Kazakh / Russian).
    pub title: String,
    /// Print-ready CSS, `@page` included.
    pub css: String,
    /// The document's markup (all values escaped).
    pub body: String,
}

impl Rendered {
    /// One self-contained HTML document (`<!doctype html>`, styles inline): what a server
    /// archives or sends to a printer.
    ///
    /// # Example
    /// ```
    /// use kz_iin::documents::{render_refusal, Paper};
    /// let r = render_refusal(&Default::default(), "", None, kz_iin::Date::new(2026, 1, 1).unwrap(), Paper::A5);
    /// assert!(r.is_err()); // a refusal still needs the applicant's surname
    /// ```
    pub fn document(&self) -> String {
        format!(
            "<!doctype html>\n<html lang=\"kk\"><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head><body>{}</body></html>\n",
            escape(&self.title),
            self.css,
            self.body
        )
    }
}

/// Escapes text for HTML content and attribute values (see [`crate::html::escape`]).
///
/// # Example
/// ```
/// assert_eq!(kz_iin::documents::escape("<b>"), "&lt;b&gt;");
/// ```
pub use crate::html::escape;

/// The IIN grouped for reading: `9603 4000 0514`.
fn grouped(iin: &Iin) -> String {
    let s = iin.as_str();
    format!("{} {} {}", &s[..4], &s[4..8], &s[8..])
}

fn dotted(d: Date) -> String {
    format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year())
}

fn css(paper: Paper) -> String {
    // A5 is tighter all round, so that both columns and the seal's two codes (a module of
    // about 0.4 mm) fit one page.
    let (size, font, margin, pad, gap, qr, large) = match paper {
        Paper::A4 => ("A4", "11pt", "14mm", "5mm", "2.5mm", "38mm", "50mm"),
        Paper::A5 => ("A5", "8.5pt", "8mm", "3mm", "1.2mm", "34mm", "44mm"),
    };
    format!(
        "@page {{ size: {size}; margin: {margin}; }}
.kz-doc {{ font-family: \"DejaVu Sans\", \"Noto Sans\", \"PT Sans\", Arial, sans-serif; font-size: {font}; line-height: 1.4; color: #000; background: #fff; }}
.kz-doc .cols {{ display: grid; grid-template-columns: 1fr 1fr; gap: 0 8mm; }}
.kz-doc .col {{ border: 1px solid #000; padding: {pad}; }}
.kz-doc h1 {{ font-size: 1.35em; text-align: center; margin: 0 0 4mm; }}
.kz-doc dl {{ margin: 0; }}
.kz-doc dt {{ font-weight: bold; margin-top: {gap}; }}
.kz-doc dd {{ margin: 0; border-bottom: 1px solid #000; min-height: 1.4em; overflow-wrap: anywhere; }}
.kz-doc .iin {{ font-size: 1.35em; font-weight: bold; letter-spacing: 0.08em; }}
.kz-doc .qr {{ display: flex; justify-content: center; margin-top: 6mm; }}
.kz-doc .qr svg {{ width: 32mm; height: 32mm; }}
.kz-doc .seal {{ display: flex; justify-content: center; gap: 8mm; margin-top: {pad}; break-inside: avoid; }}
.kz-doc .seal figure {{ margin: 0; text-align: center; max-width: 56mm; }}
.kz-doc .seal svg {{ width: {qr}; height: {qr}; }}
.kz-doc .seal svg.large {{ width: {large}; height: {large}; }}
.kz-doc .seal figcaption {{ font-size: 0.8em; }}
.kz-doc .note {{ margin-top: 5mm; font-style: italic; }}
.kz-doc .static {{ font-weight: bold; margin-top: {gap}; }}
@media print {{ .kz-doc .col {{ break-inside: avoid; }} }}
"
    )
}

/// What a document's QR codes hold: the IIN's digits (a document rendered without a key, which
/// proves nothing), or its signed token twice (as Claim 169 readers expect it, and as a link).
enum Qr {
    Digits,
    Sealed { token: String, url: String },
}

/// A QR code of `data` as inline SVG, named `label` for screen readers.
fn qr_svg(data: &str, label: &str) -> String {
    use qrcode::render::svg;
    use qrcode::{EcLevel, QrCode};
    let Ok(code) = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M) else {
        return String::new();
    };
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(120, 120)
        .quiet_zone(true)
        .build();
    // Inline SVG needs no XML declaration.
    let svg = match svg.find("<svg") {
        Some(i) => svg[i..].to_string(),
        None => svg,
    };
    // A code of many modules (a token of very long names) is printed larger, so that a module
    // stays about 0.4 mm, which phone cameras and 150 dpi scans read.
    let class = if code.width() > LARGE_QR_MODULES {
        " class=\"large\""
    } else {
        ""
    };
    svg.replacen(
        "<svg",
        &format!("<svg{class} role=\"img\" aria-label=\"{}\"", escape(label)),
        1,
    )
}

/// Past this many modules a side (version 20), a seal's QR code is printed 50 mm wide, not 38.
const LARGE_QR_MODULES: usize = 97;

/// The QR block of a column (the digits) or under both columns (the seal), as markup.
fn qr_blocks(qr: &Qr, iin: Option<&Iin>) -> (String, String) {
    match (qr, iin) {
        (Qr::Digits, Some(iin)) => (
            format!("<div class=\"qr\">{}</div>", qr_svg(iin.as_str(), iin.as_str())),
            String::new(),
        ),
        (Qr::Digits, None) => (String::new(), String::new()),
        (Qr::Sealed { token, url }, _) => (
            String::new(),
            format!(
                "<div class=\"seal\"><figure>{}<figcaption><span lang=\"kk\">Claim 169: қол қойылған деректер</span> / <span lang=\"ru\">Claim 169: подписанные данные</span></figcaption></figure>\
                 <figure><a href=\"{}\">{}</a><figcaption><span lang=\"kk\">Тексеру: телефон камерасымен ашыңыз</span> / <span lang=\"ru\">Проверка: откройте камерой телефона</span></figcaption></figure></div>",
                qr_svg(token, "Claim 169"),
                escape(url),
                qr_svg(url, url.split('#').next().unwrap_or_default()),
            ),
        ),
    }
}

struct Person {
    birth: Date,
    surname: String,
    given: String,
    patronymic: String,
    birth_date: String,
    birth_place: [String; 2],
}

/// What both documents print about the applicant, Cyrillic names first (the kk/ru text).
fn person(app: &Application) -> Result<Person, DocumentError> {
    let name = |cyr: &Option<String>, lat: &Option<String>| {
        cyr.as_deref()
            .or(lat.as_deref())
            .map(str::trim)
            .unwrap_or("")
            .to_string()
    };
    let surname = name(&app.surname_cyrillic, &app.surname_latin);
    if surname.is_empty() {
        return Err(field_error(Field::SurnameCyrillic, Problem::Required));
    }
    let birth: Date = app
        .birth_date
        .as_deref()
        .unwrap_or("")
        .parse()
        .map_err(|_| field_error(Field::BirthDate, Problem::InvalidDate))?;
    let place = |lang: Lang| {
        let country = app
            .birth_country
            .as_deref()
            .and_then(data::country)
            .map(|c| c.name(lang).to_string());
        [
            country,
            app.birth_region.clone(),
            app.birth_district.clone(),
            app.birth_address.clone(),
        ]
        .into_iter()
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    };
    Ok(Person {
        birth,
        surname,
        given: name(&app.given_name_cyrillic, &app.given_name_latin),
        patronymic: name(&app.patronymic_cyrillic, &app.patronymic_latin),
        birth_date: dotted(birth),
        birth_place: [place(Lang::Kk), place(Lang::Ru)],
    })
}

fn field_error(field: Field, problem: Problem) -> DocumentError {
    DocumentError::Field(Issue {
        field: Some(field),
        problem,
    })
}

type Row<'a> = (&'a str, Option<&'a str>, &'a str);

/// The applicant's rows both documents print, in the appendices' words, Kazakh or Russian.
fn person_rows(p: &Person, kk: bool) -> [Row<'_>; 6] {
    let place = &p.birth_place[usize::from(!kk)];
    if kk {
        [
            ("Тегі", Some(&p.surname), ""),
            ("Аты", Some(&p.given), ""),
            (
                "Әкесінің аты (бар болған жағдайда)",
                Some(&p.patronymic),
                "",
            ),
            ("Туған күні", Some(&p.birth_date), ""),
            ("Туған жері", Some(place), ""),
            ("Берген мекеме ҚР Ішкі Істер министрлігі", None, ""),
        ]
    } else {
        [
            ("Фамилия", Some(&p.surname), ""),
            ("Имя", Some(&p.given), ""),
            ("Отчество (при его наличии)", Some(&p.patronymic), ""),
            ("Дата рождения", Some(&p.birth_date), ""),
            ("Место рождения", Some(place), ""),
            ("Орган выдачи Министерство внутренних дел РК", None, ""),
        ]
    }
}

// One column: (title, rows of (label, value, class)), then a closing line.
fn column(
    out: &mut String,
    lang: &str,
    title: &str,
    rows: &[Row<'_>],
    note: Option<&str>,
    extra: &str,
) {
    let _ = write!(
        out,
        "<section class=\"col\" lang=\"{lang}\"><h1>{}</h1><dl>",
        escape(title)
    );
    for (label, value, class) in rows {
        match value {
            Some(v) => {
                let _ = write!(
                    out,
                    "<dt>{}</dt><dd class=\"{class}\">{}</dd>",
                    escape(label),
                    escape(v)
                );
            }
            // A line of the appendix that is a statement, not a label with a value.
            None => {
                let _ = write!(out, "<dt class=\"static\">{}</dt>", escape(label));
            }
        }
    }
    out.push_str("</dl>");
    if let Some(note) = note {
        let _ = write!(out, "<p class=\"note\">{}</p>", escape(note));
    }
    out.push_str(extra);
    out.push_str("</section>");
}

/// The registration certificate (appendix 2) for `application`, with the IIN formed for it and
/// the date of issue. The names printed are the Cyrillic ones the applicant gave.
///
/// # Errors
/// A [`DocumentError`] when the IIN fails the rules (its code is the IIN error's), or the
/// surname or the date of birth is missing.
///
/// # Example
/// See the module documentation.
pub fn render_certificate(
    application: &Application,
    iin: &str,
    issue_date: Date,
    paper: Paper,
) -> Result<Rendered, DocumentError> {
    certificate(application, iin, issue_date, paper, Qr::Digits)
}

/// The registration certificate signed with `signer`'s key: its QR codes hold the token of
/// what it prints ([`crate::seal`]), as Claim 169 text and as a `/verify#` link.
///
/// # Errors
/// As [`render_certificate`].
///
/// # Example
/// ```
/// use kz_iin::documents::{render_signed_certificate, verify, Paper, Signer};
/// use kz_iin::seal::{SealKey, Verdict};
/// use kz_iin::form::Application;
/// let app = Application { surname_latin: Some("Muller".into()), birth_date: Some("1990-05-17".into()), ..Default::default() };
/// let key = SealKey::from_seed([3; 32]);
/// let signer = Signer { key: &key, issuer: "https://iin.example.kz", issued_at: 1_795_000_000 };
/// let date = kz_iin::Date::new(2026, 11, 21).unwrap();
/// let doc = render_signed_certificate(&app, "960340000514", date, Paper::A4, &signer)?;
/// assert!(doc.body.contains("9603 4000 0514") && doc.body.contains("class=\"seal\""));
/// let token = kz_iin::documents::sign_certificate(&app, "960340000514", date, &signer)?;
/// assert!(matches!(verify(&token, &[key.public()]), Verdict::Genuine { .. }));
/// # Ok::<(), kz_iin::documents::DocumentError>(())
/// ```
pub fn render_signed_certificate(
    application: &Application,
    iin: &str,
    issue_date: Date,
    paper: Paper,
    signer: &Signer<'_>,
) -> Result<Rendered, DocumentError> {
    let parsed = Iin::parse(iin).map_err(DocumentError::Iin)?;
    let qr = sealed(
        application,
        Kind::Certificate,
        parsed.as_str(),
        issue_date,
        signer,
    )?;
    certificate(application, iin, issue_date, paper, qr)
}

/// What signs a document: the service's key, its URL (the token's `iss` and the link's
/// origin) and the moment of signing (seconds since 1970; the decision's, so that every print
/// of a document carries the same token).
///
/// # Example
/// See [`render_signed_certificate`].
#[derive(Debug, Clone, Copy)]
pub struct Signer<'a> {
    /// The service's signing key.
    pub key: &'a SealKey,
    /// The service's URL, such as `https://iin.example.kz`.
    pub issuer: &'a str,
    /// When the document was decided.
    pub issued_at: i64,
}

/// Verifies a document's token, link or digits: see [`crate::seal::verify`].
pub use crate::seal::verify;

/// The token of a certificate: what [`render_signed_certificate`] prints in its QR codes.
///
/// # Errors
/// As [`render_certificate`].
pub fn sign_certificate(
    application: &Application,
    iin: &str,
    issue_date: Date,
    signer: &Signer<'_>,
) -> Result<String, DocumentError> {
    let iin = Iin::parse(iin).map_err(DocumentError::Iin)?;
    let facts = facts(
        application,
        Kind::Certificate,
        iin.as_str(),
        issue_date,
        signer,
    )?;
    Ok(seal::sign(&facts, signer.key))
}

/// The token of a refusal notice, whose number is the application's `receipt`.
///
/// # Errors
/// A [`DocumentError`] when the surname or the date of birth is missing.
pub fn sign_refusal(
    application: &Application,
    receipt: &str,
    issue_date: Date,
    signer: &Signer<'_>,
) -> Result<String, DocumentError> {
    let facts = facts(application, Kind::Refusal, receipt, issue_date, signer)?;
    Ok(seal::sign(&facts, signer.key))
}

/// What the token of a document holds, from the application (trimmed, as printed).
fn facts(
    app: &Application,
    kind: Kind,
    id: &str,
    date: Date,
    signer: &Signer<'_>,
) -> Result<Facts, DocumentError> {
    let p = person(app)?;
    let value = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_string();
    let cyrillic = [
        &app.surname_cyrillic,
        &app.given_name_cyrillic,
        &app.patronymic_cyrillic,
    ]
    .into_iter()
    .map(value)
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    Ok(Facts {
        kind,
        id: id.trim().to_string(),
        surname_latin: value(&app.surname_latin),
        given_name_latin: value(&app.given_name_latin),
        patronymic_latin: value(&app.patronymic_latin),
        name_cyrillic: cyrillic,
        birth_date: p.birth,
        sex: match app.sex.as_deref() {
            Some("male") => Some(crate::Sex::Male),
            Some("female") => Some(crate::Sex::Female),
            _ => None,
        },
        citizenship: value(&app.citizenship),
        institution: value(&app.institution),
        date,
        issuer: signer.issuer.trim_end_matches('/').to_string(),
        issued_at: signer.issued_at,
    })
}

/// The QR codes of a signed document. Only the signed renderings call it, so that a build that
/// renders without a key (the documents' WebAssembly module) carries no signing code.
fn sealed(
    application: &Application,
    kind: Kind,
    id: &str,
    date: Date,
    signer: &Signer<'_>,
) -> Result<Qr, DocumentError> {
    let facts = facts(application, kind, id, date, signer)?;
    let token = seal::sign(&facts, signer.key);
    let url = seal::verify_url(&facts.issuer, &token);
    Ok(Qr::Sealed { token, url })
}

fn certificate(
    application: &Application,
    iin: &str,
    issue_date: Date,
    paper: Paper,
    qr: Qr,
) -> Result<Rendered, DocumentError> {
    let iin = Iin::parse(iin).map_err(DocumentError::Iin)?;
    let p = person(application)?;
    let number = grouped(&iin);
    let issued = dotted(issue_date);
    let (qr, seal_block) = qr_blocks(&qr, Some(&iin));
    let mut body = String::from("<article class=\"kz-doc certificate\"><div class=\"cols\">");
    column(
        &mut body,
        "kk",
        "Тіркеу куәлігі",
        &[
            &[(
                "Жеке сәйкестендіру нөмірі (ЖСН):",
                Some(number.as_str()),
                "iin",
            )][..],
            &person_rows(&p, true),
            &[("Берілген кезі", Some(issued.as_str()), "")],
        ]
        .concat(),
        Some("Жеке басты куәландыратын құжатты ұсынған кезде жарамды"),
        &qr,
    );
    column(
        &mut body,
        "ru",
        "Регистрационное свидетельство",
        &[
            &[(
                "Индивидуальный идентификационный номер(ИИН):",
                Some(number.as_str()),
                "iin",
            )][..],
            &person_rows(&p, false),
            &[("Дата выдачи", Some(issued.as_str()), "")],
        ]
        .concat(),
        Some("Действительно только при предъявлении документа, удостоверяющего личность"),
        &qr,
    );
    body.push_str("</div>");
    body.push_str(&seal_block);
    body.push_str("</article>");
    Ok(Rendered {
        title: "Тіркеу куәлігі / Регистрационное свидетельство".into(),
        css: css(paper),
        body,
    })
}

/// The notice of refusal to form an IIN (appendix 3). `reason` is free text; `standard` an
/// optional standard reason in Kazakh and Russian from a list the host keeps (the seeds give
/// none, so none is built in). At least one of them is needed.
///
/// # Errors
/// A [`DocumentError`] when the surname, the date of birth or any reason is missing.
///
/// # Example
/// ```
/// use kz_iin::documents::{render_refusal, Paper};
/// use kz_iin::form::Application;
/// let app = Application { surname_cyrillic: Some("<b>Смит</b>".into()), birth_date: Some("1990-05-17".into()), ..Default::default() };
/// let doc = render_refusal(&app, "Паспорт просрочен", None, kz_iin::Date::new(2026, 11, 21).unwrap(), Paper::A4)?;
/// assert!(doc.body.contains("&lt;b&gt;Смит&lt;/b&gt;") && doc.body.contains("Бас тарту себебі"));
/// # Ok::<(), kz_iin::documents::DocumentError>(())
/// ```
pub fn render_refusal(
    application: &Application,
    reason: &str,
    standard: Option<(&str, &str)>,
    issue_date: Date,
    paper: Paper,
) -> Result<Rendered, DocumentError> {
    refusal(application, reason, standard, issue_date, paper, Qr::Digits)
}

/// The refusal notice signed with `signer`'s key, its token's number being the application's
/// `receipt`: see [`render_signed_certificate`].
///
/// # Errors
/// As [`render_refusal`].
pub fn render_signed_refusal(
    application: &Application,
    receipt: &str,
    reason: &str,
    standard: Option<(&str, &str)>,
    issue_date: Date,
    paper: Paper,
    signer: &Signer<'_>,
) -> Result<Rendered, DocumentError> {
    let qr = sealed(application, Kind::Refusal, receipt, issue_date, signer)?;
    refusal(application, reason, standard, issue_date, paper, qr)
}

fn refusal(
    application: &Application,
    reason: &str,
    standard: Option<(&str, &str)>,
    issue_date: Date,
    paper: Paper,
    qr: Qr,
) -> Result<Rendered, DocumentError> {
    let p = person(application)?;
    let reason = reason.trim();
    if reason.is_empty() && standard.is_none() {
        return Err(DocumentError::ReasonRequired);
    }
    let issued = dotted(issue_date);
    let reason_in = |i: usize| {
        let standard = standard
            .map(|s| if i == 0 { s.0 } else { s.1 })
            .unwrap_or("");
        [standard.trim(), reason]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(". ")
    };
    let (kk_reason, ru_reason) = (reason_in(0), reason_in(1));
    let (_, seal_block) = qr_blocks(&qr, None);
    let mut body = String::from("<article class=\"kz-doc refusal\"><div class=\"cols\">");
    column(
        &mut body,
        "kk",
        "Жеке сәйкестендіру нөмірін қалыптастырудан бас тарту туралы ХАБАРЛАМА",
        &[
            &person_rows(&p, true)[..],
            &[
                ("Берілген күні", Some(issued.as_str()), ""),
                ("Бас тарту себебі", Some(kk_reason.as_str()), "reason"),
            ],
        ]
        .concat(),
        None,
        "",
    );
    column(
        &mut body,
        "ru",
        "Уведомление об отказе в формировании индивидуального идентификационного номера",
        &[
            &person_rows(&p, false)[..],
            &[
                ("Дата выдачи", Some(issued.as_str()), ""),
                ("Причина отказа", Some(ru_reason.as_str()), "reason"),
            ],
        ]
        .concat(),
        None,
        "",
    );
    body.push_str("</div>");
    body.push_str(&seal_block);
    body.push_str("</article>");
    Ok(Rendered {
        title: "Бас тарту туралы хабарлама / Уведомление об отказе".into(),
        css: css(paper),
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names as long as the form allows, none repeating (so that zlib gains little).
    fn longest() -> Application {
        let name = |seed: u32, letters: &[char]| -> Option<String> {
            let mut state = seed;
            Some(
                (0..100)
                    .map(|_| {
                        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        letters[(state >> 16) as usize % letters.len()]
                    })
                    .collect(),
            )
        };
        let latin: Vec<char> = ('a'..='z').collect();
        let cyrillic: Vec<char> = ('а'..='я').collect();
        Application {
            surname_latin: name(1, &latin),
            given_name_latin: name(2, &latin),
            patronymic_latin: name(3, &latin),
            surname_cyrillic: name(4, &cyrillic),
            given_name_cyrillic: name(5, &cyrillic),
            patronymic_cyrillic: name(6, &cyrillic),
            birth_date: Some("1990-05-17".into()),
            sex: Some("female".into()),
            citizenship: Some("DEU".into()),
            institution: Some("tur-istanbul".into()),
            ..Application::default()
        }
    }

    #[test]
    fn the_longest_names_still_make_codes_printed_large_enough_to_read() {
        let key = SealKey::from_seed([7; 32]);
        let signer = Signer {
            key: &key,
            issuer: "https://iin.example.kz",
            issued_at: 1,
        };
        let date = Date::new(2026, 12, 1).unwrap();
        let token = sign_certificate(&longest(), "960340000514", date, &signer).unwrap();
        let code = qrcode::QrCode::with_error_correction_level(
            seal::verify_url(signer.issuer, &token).as_bytes(),
            qrcode::EcLevel::M,
        )
        .unwrap();
        // 50 mm over the modules and the quiet zone: at least 0.35 mm a module.
        assert!(code.width() <= 133, "{} modules", code.width());
        let doc = render_signed_certificate(&longest(), "960340000514", date, Paper::A5, &signer)
            .unwrap();
        assert!(doc.body.contains("<svg class=\"large\""));
    }
}
