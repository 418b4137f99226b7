//! The application as pages of the service: the form rendered into the page before any script
//! (declarative shadow DOM, the core's `markup`), which `<kz-iin-application>` adopts when its
//! script arrives; and, for a browser whose script never arrives or runs, the whole service
//! through plain form posts (GOV.UK's progressive enhancement).
//!
//! - `GET /apply` (`?lang=kk|ru|en`, else Accept-Language; `?institution=deu` preselects): the
//!   form. It holds nothing of anyone's, so a browser keeps it and revalidates it (ETag, 304).
//! - `POST /apply` (`application/x-www-form-urlencoded`): the answers, checked by the core. With
//!   errors, the form again with the error summary first and each error by its field, every
//!   answer kept (422); without, the review page (200), with a hidden idempotency key the
//!   server wrote; from the review page, `change=<field>`
//!   or `step=back` returns to the form and `step=send` keeps the application exactly as
//!   `POST /api/applications` does (once per key) and redirects (303) to its receipt.
//! - `GET /apply/fragment` (`?lang=`, `?institution=`): the form alone, `<kz-iin-application>`
//!   with its declarative shadow root, for a portal that builds its own pages and includes it
//!   (a server-side include, a template); the `kz-iin-style-sha256` header gives the hash its
//!   policy must allow for the form's stylesheet. The form posts to `/apply`: the portal routes
//!   that path (and `/api/applications`, `/assets/`) to this service.
//! - `GET /apply/done/{key}`: the receipt of the application sent with that key (404 for a key
//!   never kept: a key is a random UUID only its page knew).
//!
//! With script, the element takes over the same form: it checks as the person goes, shows its
//! own review step, and sends JSON to `POST /api/applications`. Kiosk mode needs script (its
//! inactivity reset and the passport reader cannot work without one): a kiosk page is
//! `/www/kiosk.html`.

use kz_iin::messages::{service_text, ui_text, ServiceText, StatusText, UiText};
use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kz_iin::form::{Context, Controls, Field};
use kz_iin::markup::{self, FormView, Post};
use kz_iin::Lang;
use maud::{html, Markup, PreEscaped};

use super::frame;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::applications::{hex, to_keep, valid_key};
use super::problem::page_response;
use super::{language, style_hash, AppState, CSP};
use crate::clock::utc_date;
use crate::statics::Statics;
use crate::store::Kept;

/// What the form's pages need from the static files, prepared once: the form's stylesheet (the
/// element's own, `dist/elements/application.css`), the page's, the policy that allows exactly
/// these two inline stylesheets, and the widget's files to preload.
#[derive(Debug)]
pub struct FormAssets {
    form_css: String,
    csp: String,
    /// The widget's module graph and WebAssembly, under this build's immutable URLs.
    preloads: Vec<String>,
    /// `/assets/BUILD/www/apply.js`: the page's script, which imports the element alone.
    script: String,
    /// The site's icon.
    icon: String,
}

/// The page around the form: readable without the widget, at a phone's width too.
const PAGE_CSS: &str = "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"DejaVu Sans\",sans-serif;color:#0b0c0c;background:#fff}main{max-width:48rem;margin:0 auto;padding:1rem}nav ul{list-style:none;margin:0 0 1rem;padding:0;display:flex;flex-wrap:wrap;gap:0 1.25rem}nav a{display:inline-block;min-height:24px;padding:0.25rem 0;color:#1d70b8}nav a[aria-current]{color:#0b0c0c;font-weight:700;text-decoration:none}.unsent{border-left:5px solid #d4351c;padding:0 0 0 1rem;margin:0 0 1rem;font-weight:700}";

impl FormAssets {
    /// From the static files (an empty stylesheet when `dist/` was not built).
    pub fn new(statics: &Statics) -> FormAssets {
        let form_css = statics
            .text("dist/elements/application.css")
            .unwrap_or_default()
            .to_string();
        let csp = CSP.replace(
            "style-src 'self'",
            &format!(
                "style-src 'self' 'sha256-{}' 'sha256-{}'",
                style_hash(&form_css),
                style_hash(PAGE_CSS)
            ),
        );
        // The page's own module, then the widget it imports once the form is painted: one
        // module (dist/pages/application.js) and its WebAssembly.
        let preloads = std::iter::once("www/apply.js".to_string())
            .chain(statics.module_graph("dist/pages/application.js"))
            .map(|path| statics.asset_url(&path))
            .collect();
        FormAssets {
            form_css,
            csp,
            preloads,
            script: statics.asset_url("www/apply.js"),
            icon: statics.asset_url("www/favicon.svg"),
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct PageQuery {
    lang: Option<String>,
    institution: Option<String>,
}

/// The language of a page: the one asked for, else the request's.
pub(super) fn page_lang(asked: Option<&str>, headers: &HeaderMap) -> Lang {
    asked.map_or_else(|| language::of(headers), Lang::parse)
}

fn word(lang: Lang, key: UiText) -> &'static str {
    ui_text(lang, key)
}

/// A page of the service: the language switch, then `content` (the form's host element with its
/// shadow root, or a message), then the widget's script and its preloads when `script`.
fn page(
    assets: &FormAssets,
    lang: Lang,
    title: &str,
    here: &str,
    content: Markup,
    script: bool,
) -> Markup {
    // The widget's files are asked for from the head, so that they come while the form is
    // parsed (the browser still gives the page's own bytes first); its script runs once the
    // page is parsed (a module is deferred) and waits for the form's first paint.
    let head = frame::head(
        title,
        Some(&assets.icon),
        html! {
            style { (PreEscaped(PAGE_CSS)) }
            @if script {
                (frame::preloads(&assets.preloads))
            }
        },
    );
    let body = html! {
        main {
            (super::language::switch(lang, here))
            (content)
        }
        @if script {
            script type="module" src=(assets.script) {}
        }
    };
    frame::document(lang, head, body)
}

/// The form's shadow root: the element's stylesheet, then the markup.
fn shadow(assets: &FormAssets, markup: &str) -> Markup {
    html! {
        template shadowrootmode="open" {
            style { (PreEscaped(&assets.form_css)) }
            (PreEscaped(markup))
        }
    }
}

/// A page of the form's look around `content` (its shadow root holds the form's stylesheet),
/// under the form's policy: for the service's other pages for applicants (`/status`).
pub(super) fn framed(
    assets: &FormAssets,
    lang: Lang,
    title: &str,
    here: &str,
    status: StatusCode,
    content: &Markup,
) -> Response {
    let host = html! { div { (shadow(assets, &content.0)) } };
    respond(assets, status, page(assets, lang, title, here, host, false))
}

/// The cookie that marks the browser that sent an application with the form without script.
const SENT_COOKIE: &str = "kz_iin_sent";

/// The access code, its status link and that link's QR code, for the person to keep.
fn access_block(lang: Lang, receipt: &str, code: &str, origin: &str) -> Markup {
    use kz_iin::messages::status_text;
    let t = |k| status_text(lang, k);
    let link = format!("/status?receipt={receipt}&lang={}", lang.as_str());
    let qr = qrcode::QrCode::new(format!("{origin}{link}").as_bytes())
        .map(|q| {
            q.render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .build()
        })
        .unwrap_or_default();
    html! {
        div.container lang=(lang.as_str()) {
            section.panel.access part="access" aria-labelledby="kz-access-title" {
                h2 id="kz-access-title" { (t(StatusText::AccessCode)) }
                p { strong.access-code part="access-code" { (code) } }
                p { (t(StatusText::KeepThese)) }
                p { a href=(link) { (t(StatusText::StatusLink)) } }
                div.qr role="img" aria-label=(t(StatusText::QrLabel)) { (PreEscaped(qr)) }
            }
        }
    }
}

/// A page under the policy that allows the form's stylesheets.
fn respond(assets: &FormAssets, status: StatusCode, markup: Markup) -> Response {
    let mut response = page_response(status, markup);
    if let Ok(v) = HeaderValue::from_str(&assets.csp) {
        response.headers_mut().insert("content-security-policy", v);
    }
    response
}

/// The form's element with its shadow root: `controls` as typed, the errors and warnings to
/// show, a field to focus.
fn form_element(
    assets: &FormAssets,
    lang: Lang,
    controls: &Controls,
    shown: (&[markup::Shown], &[markup::Shown]),
    focus: Option<Field>,
) -> Markup {
    let hidden = [("lang", lang.as_str())];
    let view = FormView {
        lang,
        controls,
        errors: shown.0,
        warnings: shown.1,
        post: Some(Post {
            action: "/apply",
            hidden: &hidden,
        }),
        focus,
    };
    let body = markup::application(&view);
    html! {
        kz-iin-application lang=(lang.as_str()) action="/api/applications" { (shadow(assets, &body)) }
    }
}

/// The form page: the form's element, in a page.
fn form_page(
    assets: &FormAssets,
    lang: Lang,
    controls: &Controls,
    shown: (&[markup::Shown], &[markup::Shown]),
    focus: Option<Field>,
) -> Markup {
    let title = if shown.0.is_empty() {
        word(lang, UiText::Title).to_string()
    } else {
        // GOV.UK: a page with errors says so first in its title.
        format!(
            "{} {}",
            word(lang, UiText::ErrorPrefix),
            word(lang, UiText::Title)
        )
    };
    let host = html! {
        // What only the element does: a browser without script is told so.
        noscript { p { (kz_iin::messages::status_text(lang, StatusText::DraftNeedsScript)) } }
        (form_element(assets, lang, controls, shown, focus))
    };
    page(assets, lang, &title, "/apply", host, true)
}

/// A new idempotency key, for a review page.
fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// `GET /apply/fragment`: the form's element alone, for a portal's own page.
#[utoipa::path(
    get,
    path = "/apply/fragment",
    tag = "pages",
    params(("lang" = Option<String>, Query, description = "kk, ru or en"), ("institution" = Option<String>, Query, description = "An institution to preselect (an id such as deu)"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "The form's element alone, for a portal's page", body = String, content_type = "text/html"))
)]
pub async fn fragment(
    State(state): State<AppState>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(query.lang.as_deref(), &headers);
    let assets = &state.form_assets;
    let controls = Controls::new(preset(query.institution, lang));
    let element = form_element(assets, lang, &controls, (&[], &[]), None);
    let mut response = (StatusCode::OK, element).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Ok(v) = HeaderValue::from_str(&style_hash(&assets.form_css)) {
        h.insert("kz-iin-style-sha256", v);
    }
    response
}

/// A preselected institution from the query, if it is one.
fn preset(institution: Option<String>, lang: Lang) -> Vec<(String, String)> {
    institution
        .filter(|id| kz_iin::data::institutions(lang).any(|i| i.id == id.as_str()))
        .map(|id| ("institution".to_string(), id))
        .into_iter()
        .collect()
}

/// `GET /apply`: the form, in the language asked for. The same for everyone (of a language and
/// preselection, on this build of the files): a browser revalidates it with its ETag.
#[utoipa::path(
    get,
    path = "/apply",
    tag = "pages",
    params(("lang" = Option<String>, Query, description = "kk, ru or en"), ("institution" = Option<String>, Query, description = "An institution to preselect (an id such as deu)"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "The form, rendered on the server", body = String, content_type = "text/html", headers(("ETag" = String))), (status = 304, description = "Not modified (If-None-Match)"), (status = 429, description = "Too many requests from this address or in all (RATE_LIMIT_*)", content((super::openapi::Problem = "application/json"), (String = "text/html")), headers(("Retry-After" = String, description = "Seconds to wait"))))
)]
pub async fn form(
    State(state): State<AppState>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(query.lang.as_deref(), &headers);
    let preset = preset(query.institution, lang);
    let assets = &state.form_assets;
    let tag = format!(
        "\"{}\"",
        &hex(&Sha256::digest(
            format!("{}/{}/{:?}", state.statics.build(), lang.as_str(), preset).as_bytes()
        ))[..32]
    );
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let controls = Controls::new(preset);
        respond(
            assets,
            StatusCode::OK,
            form_page(assets, lang, &controls, (&[], &[]), None),
        )
    };
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::VARY,
        HeaderValue::from_static("accept-language, accept-encoding"),
    );
    if let Ok(v) = HeaderValue::from_str(&tag) {
        h.insert(header::ETAG, v);
    }
    response
}

/// A page that only says why the request was refused, with a way back to the form.
fn refusal(assets: &FormAssets, status: StatusCode, code: ServiceText, lang: Lang) -> Response {
    let message = service_text(lang, code);
    let content = html! {
        h1 { (message) }
        p { a href={ "/apply?lang=" (lang.as_str()) } { (word(lang, UiText::NewApplication)) } }
    };
    respond(
        assets,
        status,
        page(assets, lang, message, "/apply", content, false),
    )
}

/// The names a form post carries besides the answers.
const OWN_NAMES: [&str; 4] = ["key", "lang", "step", "change"];

/// `POST /apply`: see the module documentation.
#[utoipa::path(
    post,
    path = "/apply",
    tag = "pages",
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    request_body(content = Object, content_type = "application/x-www-form-urlencoded", description = "The form's fields by name, with key, lang and step"),
    responses((status = 200, description = "The review page, or the form again with every problem", body = String, content_type = "text/html"), (status = 303, description = "Kept: to /apply/done/{key}", headers(("Location" = String))), (status = 400, description = "An unreadable form", body = String, content_type = "text/html"), (status = 409, description = "Already sent", body = String, content_type = "text/html"), (status = 413, description = "The body is over BODY_LIMIT", body = String, content_type = "text/html"), (status = 415, description = "Not a form post", body = String, content_type = "text/html"), (status = 422, description = "The form again, with every problem", body = String, content_type = "text/html"), (status = 429, description = "Too many requests", body = String, content_type = "text/html"), (status = 503, description = "Not kept (the store failed): the review page again, with its key, to send again", body = String, content_type = "text/html"))
)]
pub async fn post(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let assets = Arc::clone(&state.form_assets);
    let assets = &*assets;
    let (pairs, lang) = match read_form(&state, assets, &headers, body).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let own = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    // The review page's key, or a new one for a new review page.
    let given_key = own("key").filter(|k| valid_key(k));
    let key = given_key.map_or_else(new_key, str::to_string);
    let step = own("step").unwrap_or("review");
    let change = own("change").and_then(Field::from_key);
    let controls = Controls::new(
        pairs
            .iter()
            .filter(|(k, _)| !OWN_NAMES.contains(&k.as_str()))
            .cloned()
            .collect(),
    );
    if change.is_some() || step == "back" {
        let form = form_page(assets, lang, &controls, (&[], &[]), change);
        return respond(assets, StatusCode::OK, form);
    }
    let now = state.clock.now_ms();
    let (raw, dates) = controls.application();
    let report = crate::intake::validated(
        raw,
        &Context {
            today: utc_date(now),
        },
    );
    if !report.valid {
        let (errors, warnings) = markup::shown(lang, &report, &dates);
        let form = form_page(assets, lang, &controls, (&errors, &warnings), None);
        return respond(assets, StatusCode::UNPROCESSABLE_ENTITY, form);
    }
    let review = Review {
        key: &key,
        application: &report.normalized,
        controls: &controls,
    };
    if step != "send" {
        return review_page(assets, lang, review, None);
    }
    if given_key.is_none() {
        let code = ServiceText::IdempotencyKeyMissing;
        return refusal(assets, StatusCode::BAD_REQUEST, code, lang);
    }
    if let Err(refused) = keep_sent(&state, assets, review, lang, now).await {
        return refused;
    }
    sent(&state, &headers, &key, lang)
}

/// The form post's names and values, and the language it asks for (else the request's); or the
/// page that refuses it (not a form, too large, unreadable).
async fn read_form(
    state: &AppState,
    assets: &FormAssets,
    headers: &HeaderMap,
    body: Body,
) -> Result<(Vec<(String, String)>, Lang), Response> {
    let lang = language::of(headers);
    if !super::content_type_is(headers, "application/x-www-form-urlencoded") {
        let code = ServiceText::NotForm;
        return Err(refusal(
            assets,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            code,
            lang,
        ));
    }
    let Ok(bytes) = to_bytes(body, state.body_limit).await else {
        return Err(refusal(
            assets,
            StatusCode::PAYLOAD_TOO_LARGE,
            ServiceText::TooLarge,
            lang,
        ));
    };
    let pairs = crate::intake::form(&bytes)
        .map_err(|e| refusal(assets, StatusCode::BAD_REQUEST, e.code(), lang))?;
    let lang = pairs
        .iter()
        .find(|(k, _)| k == "lang")
        .map_or(lang, |(_, v)| Lang::parse(v));
    Ok((pairs, lang))
}

/// An application to review: its key, the answers as the core normalized them, and as posted.
#[derive(Clone, Copy)]
struct Review<'a> {
    key: &'a str,
    application: &'a kz_iin::form::Application,
    controls: &'a Controls,
}

/// The review page: every answer, to change or to send under its key; with `unsent`, again
/// after a send the store did not keep (503), so that "Send" is pressed again under the same
/// key, which keeps it once whatever became of the first (nothing to fill in again, and no
/// second application under a new key).
fn review_page(
    assets: &FormAssets,
    lang: Lang,
    review: Review,
    unsent: Option<ServiceText>,
) -> Response {
    let hidden = [("key", review.key), ("lang", lang.as_str())];
    let post = Post {
        action: "/apply",
        hidden: &hidden,
    };
    let body = markup::review(lang, review.application, review.controls, post);
    let host = html! {
        @if let Some(code) = unsent {
            div class="unsent" role="alert" { p { (service_text(lang, code)) } }
        }
        div { (shadow(assets, &body)) }
    };
    let title = word(lang, UiText::ReviewTitle);
    let status = match unsent {
        Some(_) => StatusCode::SERVICE_UNAVAILABLE,
        None => StatusCode::OK,
    };
    respond(
        assets,
        status,
        page(assets, lang, title, "/apply", host, false),
    )
}

/// Keeps the application sent under `key`: once, whatever the number of sends of the same
/// answers; or the page that says why not (another application under the key, the store).
async fn keep_sent(
    state: &AppState,
    assets: &FormAssets,
    review: Review<'_>,
    lang: Lang,
    now: i64,
) -> Result<(), Response> {
    let Some(mut new) = to_keep(review.key, "", review.application, lang, now) else {
        let code = ServiceText::Unavailable;
        return Err(refusal(
            assets,
            StatusCode::INTERNAL_SERVER_ERROR,
            code,
            lang,
        ));
    };
    // The same answers sent twice under one key are one application; the hash is of what is
    // kept, since a form post's bytes vary with the order of its fields.
    let sha = hex(&Sha256::digest(format!("form:{}", new.value).as_bytes()));
    new.body_sha256 = sha.clone();
    let institution = new.institution.clone();
    match state.store.keep(new).await {
        Ok(Kept::New(_)) => tracing::info!(institution, "application stored"),
        // The same send again (a second press, a reload): the same receipt.
        Ok(Kept::Existing(stored)) if stored.body_sha256 == sha => {}
        Ok(Kept::Existing(_)) => {
            return Err(refusal(
                assets,
                StatusCode::CONFLICT,
                ServiceText::AlreadySent,
                lang,
            ))
        }
        Err(e) => {
            tracing::error!(error = %e, "the store failed");
            let unsent = Some(ServiceText::Unavailable);
            return Err(review_page(assets, lang, review, unsent));
        }
    }
    Ok(())
}

/// To the receipt's page, with the mark that lets only this browser see the access code there
/// (the key alone opens the receipt).
fn sent(state: &AppState, headers: &HeaderMap, key: &str, lang: Lang) -> Response {
    let location = format!("/apply/done/{key}?lang={}", lang.as_str());
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    let secure = if super::session::over_tls(state, headers) {
        "; Secure"
    } else {
        ""
    };
    let mark = state.register_key.sent_mark(key);
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{SENT_COOKIE}={mark}; Path=/apply/done/; Max-Age=900; HttpOnly; SameSite=Strict{secure}"
    )) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    response
}

/// `GET /apply/done/{key}`: the receipt of the application kept under `key`.
#[utoipa::path(
    get,
    path = "/apply/done/{key}",
    tag = "pages",
    params(("key" = String, Path, description = "The key the form was sent with"), ("lang" = Option<String>, Query, description = "kk, ru or en"), ("institution" = Option<String>, Query, description = "An institution to preselect (an id such as deu)"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "The receipt", body = String, content_type = "text/html"), (status = 404, description = "No application under this key", body = String, content_type = "text/html"), (status = 503, description = "Unavailable", body = String, content_type = "text/html"))
)]
pub async fn done(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<PageQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = page_lang(query.lang.as_deref(), &headers);
    let assets = &*state.form_assets;
    // A key no client could have sent (too long, a control character, a reserved shape) is
    // asked of no database: PostgreSQL refuses a NUL outright.
    if !valid_key(&key) {
        return refusal(assets, StatusCode::NOT_FOUND, ServiceText::NotFound, lang);
    }
    let stored = match state.store.find_by_key(&key).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return refusal(assets, StatusCode::NOT_FOUND, ServiceText::NotFound, lang),
        Err(e) => {
            tracing::error!(error = %e, "the store failed");
            return refusal(
                assets,
                StatusCode::SERVICE_UNAVAILABLE,
                ServiceText::Unavailable,
                lang,
            );
        }
    };
    let again = format!("/apply?lang={}", lang.as_str());
    let mut body = markup::confirmation(lang, &stored.receipt, &again);
    let sender = super::session::cookie(&headers, SENT_COOKIE).is_some_and(|mark| {
        crate::secrets::same_secret(&mark, &state.register_key.sent_mark(&key))
    });
    if sender {
        let scheme = if super::session::over_tls(&state, &headers) {
            "https"
        } else {
            "http"
        };
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("localhost");
        let code = state.register_key.access_code(&stored.id);
        let block = access_block(lang, &stored.receipt, &code, &format!("{scheme}://{host}"));
        body.push_str(&block.into_string());
    }
    let host = html! { div { (shadow(assets, &body)) } };
    let here = format!("/apply/done/{key}");
    respond(
        assets,
        StatusCode::OK,
        page(
            assets,
            lang,
            word(lang, UiText::DoneTitle),
            &here,
            host,
            false,
        ),
    )
}
