//! `POST /api/applications`: an application received, re-checked by the core, kept once per
//! idempotency key, and acknowledged only once it is committed.
//!
//! The order of the checks is what a client needs to fix first: JSON (415), a key (400), a
//! body within the limit (413), JSON that parses (400); then the core's rules, and the store
//! (201 with `{ id, receipt }`). A key seen before answers what it answered then (200) or, with
//! another body, 409, whatever the rules say today (an application kept yesterday stays kept).
//! Refusals by the rules are 422, in the language of Accept-Language.

use axum::body::{to_bytes, Body};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use kz_iin::form::{Application, Context};
use kz_iin::messages::{ServiceText, WordedReport};
use kz_iin::Lang;
use sha2::{Digest, Sha256};

#[allow(unused_imports)] // named by the #[utoipa::path] attributes
use super::openapi::{Accepted, ApplicationBody, Problem, Report};
use super::problem::{json, refuse, unavailable};
use super::refusal::{ClientLang, JsonBytes, Refusal};
use super::{language, AppState};
use crate::clock::utc_date;
use crate::store::{Kept, NewApplication, Stored};

/// The longest idempotency key taken: a UUID is 36 characters.
pub const MAX_KEY_LEN: usize = 128;

/// Keys of these shapes are the service's own (erasure wrote `erased:<id>` before it wrote
/// NULL): no client may send one.
const RESERVED_KEY_PREFIXES: [&str; 1] = ["erased:"];

/// Whether a key is usable: 1 to 128 visible ASCII characters, of no reserved shape.
pub(crate) fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_KEY_LEN
        && key.bytes().all(|b| b.is_ascii_graphic())
        && !RESERVED_KEY_PREFIXES
            .iter()
            .any(|p| key.len() >= p.len() && key[..p.len()].eq_ignore_ascii_case(p))
}

/// The idempotency key of the request's header.
fn key_of(headers: &HeaderMap) -> Result<&str, ServiceText> {
    let Some(value) = headers.get("idempotency-key") else {
        return Err(ServiceText::IdempotencyKeyMissing);
    };
    let key = value
        .to_str()
        .map_err(|_| ServiceText::IdempotencyKeyInvalid)?;
    if !valid_key(key) {
        return Err(ServiceText::IdempotencyKeyInvalid);
    }
    Ok(key)
}

fn answer(status: StatusCode, stored: &Stored, key: &crate::register::RegisterKey) -> Response {
    let mut response = json(
        status,
        &Accepted {
            id: &stored.id,
            receipt: &stored.receipt,
            access_code: key.access_code(&stored.id),
        },
    );
    if status == StatusCode::OK {
        // The answer of an earlier request with the same key (IETF draft "The Idempotency-Key
        // HTTP Header Field").
        response
            .headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

/// The same key again: the same answer for the same body, a conflict for another.
fn replay(
    stored: &Stored,
    sha: &str,
    lang: kz_iin::Lang,
    key: &crate::register::RegisterKey,
) -> Response {
    // The same body again: its sender (whose answer was lost), so the same access code too.
    if stored.body_sha256 == sha {
        answer(StatusCode::OK, stored, key)
    } else {
        refuse(
            StatusCode::CONFLICT,
            ServiceText::IdempotencyKeyReused,
            lang,
        )
    }
}

/// `POST /api/applications`.
#[utoipa::path(
    post,
    path = "/api/applications",
    tag = "applicants",
    params(("Idempotency-Key" = String, Header, description = "1 to 128 visible ASCII characters, one per application, the same on every retry of it"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    request_body(content = ApplicationBody, content_type = "application/json", description = "The application, as the widget sends it"),
    responses((status = 201, description = "Kept now", body = Accepted), (status = 200, description = "Kept before under this key, with the same body (a retry)", body = Accepted, headers(("Idempotent-Replayed" = String, description = "true"))), (status = 400, description = "No or an unusable Idempotency-Key, or unreadable JSON", body = Problem), (status = 409, description = "This key was used with another body", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 422, description = "The core's rules refuse it: every problem, worded", body = Problem), (status = 429, description = "Too many requests from this address or in all (RATE_LIMIT_*)", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))), (status = 503, description = "The database failed (nothing was kept) or did not answer within REQUEST_TIMEOUT (what was queued may still be kept): retry with the same key, which keeps it once", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))))
)]
pub async fn post(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let lang = language::of(&headers);
    if !super::content_type_is(&headers, "application/json") {
        return refuse(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ServiceText::NotJson,
            lang,
        );
    }
    let key = match key_of(&headers) {
        Ok(key) => key,
        Err(code) => return refuse(StatusCode::BAD_REQUEST, code, lang),
    };
    let Ok(bytes) = to_bytes(body, state.body_limit).await else {
        return refuse(StatusCode::PAYLOAD_TOO_LARGE, ServiceText::TooLarge, lang);
    };
    let sha = hex(&Sha256::digest(&bytes));
    // serde_json stops at 128 levels of nesting: a deeper document is malformed, not a crash.
    let raw = match crate::intake::json(&bytes) {
        Ok(raw) => raw,
        Err(unreadable) => return refuse(StatusCode::BAD_REQUEST, unreadable.code(), lang),
    };
    let now = state.clock.now_ms();
    let today = utc_date(now);
    let report = crate::intake::validated(raw, &Context { today });
    if !report.valid {
        return refused_by_rules(&state, key, &sha, &report, lang).await;
    }
    let Some(new) = to_keep(key, &sha, &report.normalized, lang, now) else {
        return refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            ServiceText::Unavailable,
            lang,
        );
    };
    let institution = new.institution.clone();
    match state.store.keep(new).await {
        Ok(Kept::New(stored)) => {
            tracing::info!(institution, "application stored");
            answer(StatusCode::CREATED, &stored, &state.register_key)
        }
        Ok(Kept::Existing(stored)) => replay(&stored, &sha, lang, &state.register_key),
        Err(e) => unavailable(&e, lang),
    }
}

/// 422 with every issue the core finds, worded; unless it is a retry of an application kept
/// before (one the rules refuse today, as when its document expired in between), which gets its
/// answer. The store is asked only here, so that the usual valid application costs no read first.
async fn refused_by_rules(
    state: &AppState,
    key: &str,
    sha: &str,
    report: &kz_iin::form::Report,
    lang: kz_iin::Lang,
) -> Response {
    match state.store.find_by_key(key).await {
        Ok(Some(stored)) => return replay(&stored, sha, lang, &state.register_key),
        Ok(None) => {}
        Err(e) => return unavailable(&e, lang),
    }
    // Written as the core orders an issue's keys (field, code, message, ...).
    #[derive(serde::Serialize)]
    struct Refused<'a> {
        errors: Vec<kz_iin::messages::WordedIssue<'a>>,
    }
    let errors = WordedReport { report, lang }.errors().collect();
    json(StatusCode::UNPROCESSABLE_ENTITY, &Refused { errors })
}

/// `POST /api/applications/check`: the same checks as `POST /api/applications`, on the same
/// body, and nothing kept: 200 with the worded report `{ valid, errors, warnings, value }` in
/// the language of Accept-Language (`value`: the application as it would be kept). For a portal
/// whose back end is not JavaScript or Rust and wants the core's verdict over HTTP. No
/// idempotency key: nothing is stored.
#[utoipa::path(
    post,
    path = "/api/applications/check",
    tag = "applicants",
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    request_body(content = ApplicationBody, content_type = "application/json"),
    responses((status = 200, description = "The core's verdict, worded (nothing kept)", body = Report), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 429, description = "Too many requests from this address or in all (RATE_LIMIT_*)", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))))
)]
pub async fn check(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    JsonBytes(bytes): JsonBytes,
) -> Result<Response, Refusal> {
    let raw = crate::intake::json(&bytes)
        .map_err(|unreadable| Refusal::new(StatusCode::BAD_REQUEST, unreadable.code(), lang))?;
    let today = utc_date(state.clock.now_ms());
    let report = crate::intake::validated(raw, &Context { today });
    Ok(json(
        StatusCode::OK,
        &WordedReport {
            report: &report,
            lang,
        },
    ))
}

/// The row to keep for a valid application received at `now` (ms since 1970, UTC) under `key`,
/// whatever brought it (JSON, a form post); `None` only if it cannot be written as JSON.
pub(crate) fn to_keep(
    key: &str,
    body_sha256: &str,
    application: &Application,
    lang: Lang,
    now: i64,
) -> Option<NewApplication> {
    Some(NewApplication {
        key: key.to_string(),
        body_sha256: body_sha256.to_string(),
        value: serde_json::to_string(application).ok()?,
        // A valid application always names its institution.
        institution: application.institution.clone().unwrap_or_default(),
        lang: lang.as_str().to_string(),
        received_at: now,
        year: i32::from(utc_date(now).year()),
    })
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
