//! "Where is my application?" over HTTP: `POST /api/applications/status` for the widget and
//! portals, and `GET`/`POST /status`, a page that works without script, in kk, ru and en, drawn
//! in the form's own look (its shadow root and stylesheet).

use axum::extract::{Query, RawForm, State};
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::response::Response;
use kz_iin::messages::{status_text, ServiceText, StatusText, UiText};
use kz_iin::Lang;
use maud::{html, Markup};
use serde::{Deserialize, Serialize};

use super::problem::json;
use super::refusal::{ClientLang, JsonBody, Refusal};
use super::{apply, session, AppState};
use crate::clock::iso_utc;
use crate::officers::Status;
use crate::status::{look_up, Standing, Untold};

/// What the sender sends: the receipt and the access code.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({ "receipt": "DEU-2026-000123", "accessCode": "7KQM-2XWA-PD9R" }))]
pub(crate) struct Asked {
    /// The receipt number, as the confirmation showed it.
    #[serde(default)]
    receipt: String,
    /// The access code, as the confirmation showed it (spaces, dashes and case do not matter).
    #[serde(default)]
    access_code: String,
}

/// Where the application stands: nothing personal.
#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
#[schema(example = json!({ "status": "certified", "receivedAt": "2026-12-03T12:00:00.000Z", "decidedAt": "2026-12-04T09:30:00.000Z", "institution": "deu", "nextStep": "Your IIN has been registered. Collect the registration certificate at the Embassy of Kazakhstan in Germany, with your passport." }))]
pub(crate) struct Told {
    /// received, certified or refused.
    status: Status,
    /// When it was received (RFC 3339, UTC).
    received_at: String,
    /// When it was decided, once it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    decided_at: Option<String>,
    /// The institution's id (`deu`).
    institution: String,
    /// What to do next, in the language of Accept-Language.
    next_step: String,
}

impl Told {
    fn new(standing: &Standing, lang: Lang) -> Told {
        Told {
            status: standing.status,
            received_at: iso_utc(standing.received_at),
            decided_at: standing.decided_at.map(iso_utc),
            institution: standing.institution.clone(),
            next_step: standing.next_step(lang),
        }
    }
}

/// A status not told, as HTTP.
fn untold(e: Untold, lang: Lang) -> Refusal {
    match e {
        Untold::NotFound => {
            Refusal::new(StatusCode::NOT_FOUND, ServiceText::NoSuchApplication, lang)
        }
        Untold::Throttled => Refusal::new(
            StatusCode::TOO_MANY_REQUESTS,
            ServiceText::TooManyAttempts,
            lang,
        )
        .wait("900"),
        Untold::Store(e) => Refusal::unavailable(&e, lang),
    }
}

/// `POST /api/applications/status`.
#[utoipa::path(
    post,
    path = "/api/applications/status",
    tag = "applicants",
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of nextStep and of refusals (default: en)")),
    request_body(content = Asked, content_type = "application/json"),
    responses(
        (status = 200, description = "Where the application stands (no IIN, nothing personal)", body = Told),
        (status = 404, description = "No application has this receipt and access code (the same for a wrong code)", body = super::openapi::Problem),
        (status = 400, description = "Unreadable JSON", body = super::openapi::Problem),
        (status = 413, description = "The body is over BODY_LIMIT", body = super::openapi::Problem),
        (status = 415, description = "Not application/json", body = super::openapi::Problem),
        (status = 429, description = "Too many tries for this receipt or from this address", body = super::openapi::Problem, headers(("Retry-After" = String, description = "Seconds to wait"))),
        (status = 503, description = "Unavailable", body = super::openapi::Problem, headers(("Retry-After" = String, description = "Seconds to wait")))
    )
)]
pub async fn api(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    headers: HeaderMap,
    extensions: Extensions,
    JsonBody(asked): JsonBody<Asked>,
) -> Result<Response, Refusal> {
    let address = session::address(&state, &headers, &extensions);
    let standing = look_up(
        &state.store,
        &state.register_key,
        &asked.receipt,
        &asked.access_code,
        &address,
        state.clock.now_ms(),
    )
    .await
    .map_err(|e| untold(e, lang))?;
    Ok(json(StatusCode::OK, &Told::new(&standing, lang)))
}

#[derive(Deserialize)]
pub(crate) struct PageQuery {
    lang: Option<String>,
    receipt: Option<String>,
}

/// `GET /status?receipt=&lang=`: the form (the receipt filled in when the link carries it).
#[utoipa::path(
    get,
    path = "/status",
    tag = "pages",
    params(("lang" = Option<String>, Query, description = "kk, ru or en"), ("receipt" = Option<String>, Query, description = "A receipt number to fill in")),
    responses((status = 200, description = "The form", body = String, content_type = "text/html"))
)]
pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<PageQuery>,
) -> Response {
    let lang = apply::page_lang(q.lang.as_deref(), &headers);
    let receipt = q.receipt.as_deref().and_then(crate::status::receipt);
    page(
        &state,
        lang,
        StatusCode::OK,
        receipt.as_deref().unwrap_or(""),
        None,
        None,
    )
}

/// `POST /status`: the form's receipt and code; the answer on the page, or the form again with
/// why.
#[utoipa::path(
    post,
    path = "/status",
    tag = "pages",
    request_body(content = Object, content_type = "application/x-www-form-urlencoded", description = "receipt, accessCode, lang"),
    responses(
        (status = 200, description = "Where the application stands", body = String, content_type = "text/html"),
        (status = 404, description = "The form again: no application has this receipt and code", body = String, content_type = "text/html"),
        (status = 415, description = "Not a form post", content((super::openapi::Problem = "application/json"), (String = "text/html"))),
        (status = 413, description = "The body is over BODY_LIMIT", content((super::openapi::Problem = "application/json"), (String = "text/html"))),
        (status = 429, description = "The form again: too many tries", body = String, content_type = "text/html", headers(("Retry-After" = String))),
        (status = 503, description = "Unavailable", body = String, content_type = "text/html")
    )
)]
pub async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    extensions: Extensions,
    RawForm(raw): RawForm,
) -> Response {
    let fields = super::staff_pages::form(&raw);
    let field = |name| super::staff_pages::field(&fields, name);
    let lang = match field("lang") {
        "" => super::language::of(&headers),
        asked => Lang::parse(asked),
    };
    let address = session::address(&state, &headers, &extensions);
    let told = look_up(
        &state.store,
        &state.register_key,
        field("receipt"),
        field("accessCode"),
        &address,
        state.clock.now_ms(),
    )
    .await;
    let receipt = field("receipt").trim();
    match told {
        Ok(standing) => page(&state, lang, StatusCode::OK, receipt, Some(&standing), None),
        Err(e) => {
            let refusal = untold(e, lang);
            let why = if refusal.code() == Some(ServiceText::NoSuchApplication) {
                status_text(lang, StatusText::NotFound).to_string()
            } else {
                refusal.message()
            };
            let shown = page(&state, lang, refusal.status(), receipt, None, Some(&why));
            refusal.with_headers(shown)
        }
    }
}

/// The page: the form, with the answer below it or the reason it has none.
fn page(
    state: &AppState,
    lang: Lang,
    status: StatusCode,
    receipt: &str,
    standing: Option<&Standing>,
    problem: Option<&str>,
) -> Response {
    let t = |k| status_text(lang, k);
    let content = html! {
        div.container lang=(lang.as_str()) {
            h1 { (t(StatusText::Title)) }
            @if let Some(problem) = problem {
                div.summary part="error-summary" tabindex="-1" aria-labelledby="kz-summary-title" {
                    div role="alert" {
                        h2 id="kz-summary-title" { (kz_iin::messages::ui_text(lang, UiText::Problem)) }
                        ul { li { a href="#kz-receipt" { (problem) } } }
                    }
                }
            }
            p { (t(StatusText::Lead)) }
            form method="post" action="/status" novalidate {
                input type="hidden" name="lang" value=(lang.as_str());
                (field("kz-receipt", "receipt", t(StatusText::Receipt), t(StatusText::ReceiptHint), receipt, "characters"))
                (field("kz-access-code", "accessCode", t(StatusText::AccessCode), t(StatusText::AccessCodeHint), "", "characters"))
                button.button type="submit" { (t(StatusText::Check)) }
            }
            @if let Some(standing) = standing {
                (answer(lang, standing))
            }
        }
    };
    apply::framed(
        &state.form_assets,
        lang,
        t(StatusText::Title),
        "/status",
        status,
        &content,
    )
}

/// A text field of the form's look.
fn field(id: &str, name: &str, label: &str, hint: &str, value: &str, caps: &str) -> Markup {
    let hint_id = format!("{id}-hint");
    html! {
        div.field part="field" {
            label for=(id) { (label) }
            p.hint id=(hint_id) part="hint" { (hint) }
            input #(id) type="text" name=(name) value=(value) autocomplete="off" spellcheck="false" autocapitalize=(caps) aria-describedby=(hint_id);
        }
    }
}

/// The answer: where it stands, when, and what to do next.
fn answer(lang: Lang, standing: &Standing) -> Markup {
    let t = |k| status_text(lang, k);
    let status = match standing.status {
        Status::Received => t(StatusText::Received),
        Status::Certified => t(StatusText::Certified),
        Status::Refused => t(StatusText::Refused),
    };
    html! {
        section.panel part="status" role="status" aria-labelledby="kz-status-title" {
            h2 id="kz-status-title" { (t(StatusText::Status)) ": " strong { (status) } }
            dl {
                dt { (t(StatusText::ReceivedAt)) } dd { (iso_utc(standing.received_at)[..10]) }
                @if let Some(at) = standing.decided_at {
                    dt { (t(StatusText::DecidedAt)) } dd { (iso_utc(at)[..10]) }
                }
            }
            p.next { (standing.next_step(lang)) }
        }
    }
}
