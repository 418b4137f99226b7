//! The officers' JSON API: sign-in and sign-out, the queue, one application, the two decisions,
//! the document, the audit trail. Without a session every route answers 401; another
//! institution's application answers 404, as one that does not exist; a state-changing request
//! without its session's `X-CSRF-Token` answers 403.

use axum::body::{to_bytes, Body};
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, Extensions, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kz_iin::documents::{DocumentError, Paper, Rendered};
use kz_iin::messages::{document_message, WordedIssue};
use kz_iin::Lang;
use serde::{Deserialize, Serialize};

#[allow(unused_imports)] // named by the #[utoipa::path] attributes
use super::openapi::Problem;
use super::problem::{json, refuse};
use super::session::{self, cleared_cookie, csrf_ok, session_cookie};
use super::{language, AppState};
use crate::officers::{self, Decide, Refused, Status};
use crate::staff::{self, Officer, SignInError};
use crate::tokens::{self, Scope};

/// A staff request's officer (signed in, or a machine client's bearer token as an officer of
/// its institution) and the language of its answers. As an extractor it runs before anything
/// else of the request is read: without a live session or token, 401.
pub(crate) struct Staff {
    officer: Officer,
    lang: Lang,
    /// The token's scope, for a request with `Authorization: Bearer`.
    scope: Option<Scope>,
}

/// The text after `Bearer ` in a request's Authorization header, if it has one.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, rest) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let lang = language::of(&parts.headers);
        if parts.headers.contains_key(header::AUTHORIZATION) {
            let token = match bearer(&parts.headers) {
                Some(secret) => tokens::authenticate(&state.store, secret).await,
                None => Ok(None),
            };
            return match token {
                Ok(Some(token)) => Ok(Staff {
                    officer: Officer {
                        login: token.login(),
                        institution: Some(token.institution),
                        csrf: String::new(),
                    },
                    lang,
                    scope: Some(token.scope),
                }),
                Ok(None) => {
                    let mut refused = refuse(StatusCode::UNAUTHORIZED, "unauthorized", lang);
                    refused
                        .headers_mut()
                        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                    Err(refused)
                }
                Err(e) => Err(super::problem::unavailable(&e, lang)),
            };
        }
        match session::officer(state, &parts.headers).await {
            Ok(Some(officer)) => Ok(Staff {
                officer,
                lang,
                scope: None,
            }),
            Ok(None) => Err(refuse(StatusCode::UNAUTHORIZED, "unauthorized", lang)),
            Err(e) => Err(super::problem::unavailable(&e, lang)),
        }
    }
}

/// A [`Staff`] request that changes state: from a session, it also carries the session's CSRF
/// token, or 403; from a token (which no browser sends by itself), the token's scope is
/// `decide`, or 403.
pub(crate) struct Changing(Staff);

impl FromRequestParts<AppState> for Changing {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let staff = Staff::from_request_parts(parts, state).await?;
        match staff.scope {
            Some(scope) if scope.may_decide() => return Ok(Changing(staff)),
            Some(_) => return Err(refuse(StatusCode::FORBIDDEN, "scope", staff.lang)),
            None => {}
        }
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok());
        if !csrf_ok(&staff.officer, sent) {
            return Err(refuse(StatusCode::FORBIDDEN, "csrf", staff.lang));
        }
        Ok(Changing(staff))
    }
}

/// A JSON body of type `T`, or the refusal: not JSON (415), too large (413), unreadable (400).
async fn body<T: for<'de> Deserialize<'de>>(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
    lang: Lang,
) -> Result<T, Response> {
    if !super::content_type_is(headers, "application/json") {
        return Err(refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, "not_json", lang));
    }
    let bytes = to_bytes(body, state.body_limit)
        .await
        .map_err(|_| refuse(StatusCode::PAYLOAD_TOO_LARGE, "too_large", lang))?;
    serde_json::from_slice(&bytes)
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "invalid_json", lang))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct Credentials {
    login: String,
    password: String,
    /// The authenticator app's six digits.
    #[serde(default)]
    code: String,
}

#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SignedIn<'a> {
    csrf_token: &'a str,
    login: &'a str,
    institution: Option<&'a str>,
}

/// `POST /api/staff/login`: `{ login, password, code }` (code: the authenticator app's six
/// digits) → `{ csrfToken, login, institution }` and the
/// session cookie; 401 for a wrong login or password alike; 429 when throttled.
#[utoipa::path(
    post,
    path = "/api/staff/login",
    tag = "officers",
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    request_body(content = Credentials, content_type = "application/json"),
    responses((status = 200, description = "Signed in: the session cookie, and the CSRF token for requests that change state", body = SignedIn, headers(("Set-Cookie" = String))), (status = 401, description = "The login, the password or the code is wrong (the same for a login that does not exist)", body = Problem), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 429, description = "Too many attempts for this login or address, or too many requests", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))), (status = 503, description = "Busy or unavailable", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))))
)]
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    extensions: Extensions,
    raw: Body,
) -> Response {
    let lang = language::of(&headers);
    let credentials: Credentials = match body(&state, &headers, raw, lang).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let address = session::address(&state, &headers, &extensions);
    let typed = staff::Credentials {
        login: &credentials.login,
        password: &credentials.password,
        code: &credentials.code,
    };
    match staff::sign_in(&state.store, &typed, &address, state.clock.now_ms()).await {
        Ok(signed) => {
            let mut response = json(
                StatusCode::OK,
                &SignedIn {
                    csrf_token: &signed.officer.csrf,
                    login: &signed.officer.login,
                    institution: signed.officer.institution.as_deref(),
                },
            );
            response.headers_mut().insert(
                header::SET_COOKIE,
                session_cookie(&signed.token, session::over_tls(&state, &headers)),
            );
            response
        }
        Err(e) => sign_in_refused(e, lang),
    }
}

/// Why a sign-in failed, as HTTP: its status, its service code and how many seconds to wait,
/// one mapping for the API and the pages (the same for a login that exists and one that does
/// not).
pub(crate) fn sign_in_refusal(e: &SignInError) -> (StatusCode, &'static str, Option<&'static str>) {
    let reason = match e {
        SignInError::Wrong => "wrong",
        SignInError::Throttled => "throttled",
        SignInError::Busy => "busy",
        SignInError::Store(_) => "unavailable",
    };
    metrics::counter!("kz_iin_sign_in_failures_total", "reason" => reason).increment(1);
    match e {
        SignInError::Wrong => (StatusCode::UNAUTHORIZED, "wrong_credentials", None),
        SignInError::Throttled => (
            StatusCode::TOO_MANY_REQUESTS,
            "too_many_attempts",
            Some("900"),
        ),
        SignInError::Busy => (StatusCode::SERVICE_UNAVAILABLE, "busy", Some("5")),
        SignInError::Store(e) => {
            tracing::error!(error = %e, "the store failed");
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable", Some("2"))
        }
    }
}

/// Adds `Retry-After` when there is a wait.
pub(crate) fn with_wait(mut response: Response, wait: Option<&'static str>) -> Response {
    if let Some(seconds) = wait {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(seconds));
    }
    response
}

/// The answer to a failed sign-in.
pub(crate) fn sign_in_refused(e: SignInError, lang: Lang) -> Response {
    let (status, code, wait) = sign_in_refusal(&e);
    with_wait(refuse(status, code, lang), wait)
}

/// `POST /api/staff/logout`: ends the session (its cookie opens nothing from then on).
#[utoipa::path(
    post,
    path = "/api/staff/logout",
    tag = "officers",
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    responses((status = 204, description = "Signed out"), (status = 401, description = "No session", body = Problem), (status = 403, description = "No or a wrong X-CSRF-Token, or a token of scope read", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = [], "csrf" = []), ("token" = []))
)]
pub async fn logout(
    State(state): State<AppState>,
    Changing(Staff { lang, officer, .. }): Changing,
    headers: HeaderMap,
) -> Response {
    if let Some(token) = session::token(&state, &headers) {
        if let Err(e) = staff::sign_out(&state.store, &officer, &token, state.clock.now_ms()).await
        {
            return super::problem::unavailable(&e, lang);
        }
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cleared_cookie(session::over_tls(&state, &headers)),
    );
    response
}

#[derive(Deserialize)]
pub(crate) struct QueueQuery {
    status: Option<String>,
    receipt: Option<String>,
    page: Option<u32>,
    after: Option<String>,
    before: Option<String>,
}

/// Where a page starts: `after` or `before` a cursor, else a page number; `None` for a cursor
/// that is not one.
pub(crate) fn page_from(
    page: Option<u32>,
    after: Option<&str>,
    before: Option<&str>,
) -> Option<officers::PageStart> {
    match (
        after.filter(|a| !a.is_empty()),
        before.filter(|b| !b.is_empty()),
    ) {
        (Some(after), _) => officers::Cursor::parse(after).map(officers::PageStart::After),
        (None, Some(before)) => officers::Cursor::parse(before).map(officers::PageStart::Before),
        (None, None) => Some(officers::PageStart::Number(page.unwrap_or(1))),
    }
}

/// `GET /api/staff/applications?status=received|certified|refused&receipt=&after=|before=|page=`:
/// newest first, 50 a page; `next` (and `previous`) give the cursors of the pages around.
#[utoipa::path(
    get,
    path = "/api/staff/applications",
    tag = "officers",
    params(("status" = Option<String>, Query, description = "received, certified or refused"), ("receipt" = Option<String>, Query, description = "One receipt number"), ("page" = Option<u32>, Query, description = "A page number, from 1"), ("after" = Option<String>, Query, description = "The cursor `next` of a page"), ("before" = Option<String>, Query, description = "The cursor `previous` of a page"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    responses((status = 200, description = "A page of the queue, newest first, 50 lines", body = crate::officers::Page), (status = 400, description = "A status, page or cursor that is none", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn queue(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Query(q): Query<QueueQuery>,
) -> Response {
    let status = q
        .status
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(Status::parse);
    if status == Some(None) {
        return refuse(StatusCode::BAD_REQUEST, "not_found", lang);
    }
    let Some(from) = page_from(q.page, q.after.as_deref(), q.before.as_deref()) else {
        return refuse(StatusCode::BAD_REQUEST, "bad_request", lang);
    };
    match officers::queue(
        &state.store,
        &officer,
        status.flatten(),
        q.receipt.as_deref().filter(|r| !r.trim().is_empty()),
        from,
        state.clock.now_ms(),
    )
    .await
    {
        Ok(page) => json(StatusCode::OK, &page),
        Err(e) => super::problem::unavailable(&e, lang),
    }
}

#[derive(Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DetailOut<'a> {
    id: &'a str,
    receipt: &'a str,
    institution: &'a str,
    received_at: i64,
    lang: &'a str,
    status: Status,
    #[schema(value_type = Option<super::openapi::ApplicationBody>)]
    value: Option<&'a kz_iin::form::Application>,
    erased_at: Option<i64>,
    #[schema(value_type = Vec<super::openapi::Issue>)]
    warnings: Vec<WordedIssue<'a>>,
    decision: Option<&'a officers::Decision>,
    holder: Option<&'a officers::Holder>,
}

/// `GET /api/staff/applications/{id}`: the stored application, its receipt, the core's warnings
/// (in the officer's language), its decision, and the IIN its person already holds.
#[utoipa::path(
    get,
    path = "/api/staff/applications/{id}",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    responses((status = 200, description = "The application, its warnings, decision and the register's holder", body = DetailOut), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn detail(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Path(id): Path<String>,
) -> Response {
    let detail = match officers::detail(&state.store, &state.register_key, &officer, &id).await {
        Ok(Some(d)) => d,
        Ok(None) => return refuse(StatusCode::NOT_FOUND, "not_found", lang),
        Err(e) => return super::problem::unavailable(&e, lang),
    };
    if let Err(e) = officers::viewed(&state.store, &officer, &detail, state.clock.now_ms()).await {
        return super::problem::unavailable(&e, lang);
    }
    let report = detail.report();
    let warnings = report
        .as_ref()
        .map(|r| {
            r.warnings
                .iter()
                .map(|issue| WordedIssue { issue, lang })
                .collect()
        })
        .unwrap_or_default();
    json(
        StatusCode::OK,
        &DetailOut {
            id: &detail.id,
            receipt: &detail.receipt,
            institution: &detail.institution,
            received_at: detail.received_at,
            lang: &detail.lang,
            status: detail.status,
            value: detail.application.as_ref(),
            erased_at: detail.erased_at,
            warnings,
            decision: detail.decision.as_ref(),
            holder: detail.holder.as_ref(),
        },
    )
}

/// The answer to a decision not made.
pub(crate) fn decision_refused(e: Refused, lang: Lang) -> Response {
    match e {
        Refused::NotFound => refuse(StatusCode::NOT_FOUND, "not_found", lang),
        Refused::AlreadyDecided => refuse(StatusCode::CONFLICT, "already_decided", lang),
        Refused::Erased => refuse(StatusCode::CONFLICT, "erased", lang),
        Refused::NotDecided => refuse(StatusCode::CONFLICT, "not_decided", lang),
        Refused::IinTaken => refuse(StatusCode::CONFLICT, "iin_taken", lang),
        Refused::PersonHasIin => refuse(StatusCode::CONFLICT, "person_has_iin", lang),
        Refused::Invalid(e) => invalid(&e, lang),
        Refused::Store(e) => super::problem::unavailable(&e, lang),
    }
}

/// 422 with the core's code and words for a document it refuses.
fn invalid(e: &DocumentError, lang: Lang) -> Response {
    #[derive(Serialize)]
    struct Issue<'a> {
        field: &'a str,
        code: &'a str,
        message: String,
    }
    #[derive(Serialize)]
    struct Refused<'a> {
        errors: [Issue<'a>; 1],
    }
    json(
        StatusCode::UNPROCESSABLE_ENTITY,
        &Refused {
            errors: [Issue {
                field: e.field(),
                code: e.code(),
                message: document_message(lang, e),
            }],
        },
    )
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CertificateIn {
    #[serde(default)]
    iin: String,
    #[serde(default)]
    issue_date: String,
    /// The officer confirms the applicant is the holder of an IIN recorded for another
    /// document of theirs (see `officers::decide`).
    #[serde(default)]
    same_holder: bool,
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(crate) struct StandardReason {
    #[serde(default)]
    kk: String,
    #[serde(default)]
    ru: String,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RefusalIn {
    #[serde(default)]
    reason: String,
    standard_reason: Option<StandardReason>,
    #[serde(default)]
    issue_date: String,
}

async fn decide(
    state: AppState,
    Staff { officer, lang, .. }: Staff,
    id: String,
    decision: Result<(Decide, String), Response>,
) -> Response {
    let (decide, issue_date) = match decision {
        Ok(d) => d,
        Err(r) => return r,
    };
    // A decision made is final: the application's status is the decision's.
    let status = match decide {
        Decide::Certificate { .. } => Status::Certified,
        Decide::Refusal { .. } => Status::Refused,
    };
    match officers::decide(
        &state.store,
        &state.register_key,
        &officer,
        &id,
        decide,
        &issue_date,
        state.clock.now_ms(),
    )
    .await
    {
        Ok(()) => json(
            StatusCode::CREATED,
            &super::openapi::Decided { id: &id, status },
        ),
        Err(e) => decision_refused(e, lang),
    }
}

/// `POST /api/staff/applications/{id}/certificate`: `{ iin, issueDate, sameHolder? }`.
#[utoipa::path(
    post,
    path = "/api/staff/applications/{id}/certificate",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    request_body(content = CertificateIn, content_type = "application/json"),
    responses((status = 201, description = "Certified", body = crate::http::openapi::Decided), (status = 403, description = "No or a wrong X-CSRF-Token, or a token of scope read", body = Problem), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 409, description = "Decided already, erased, or the IIN is another person's (iin_taken, person_has_iin)", body = Problem), (status = 422, description = "The IIN or the date is refused by the core", body = Problem), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = [], "csrf" = []), ("token" = []))
)]
pub async fn certificate(
    State(state): State<AppState>,
    Changing(staff): Changing,
    headers: HeaderMap,
    Path(id): Path<String>,
    raw: Body,
) -> Response {
    let lang = staff.lang;
    let input = body::<CertificateIn>(&state, &headers, raw, lang)
        .await
        .map(|c| {
            (
                Decide::Certificate {
                    iin: c.iin,
                    same_holder: c.same_holder,
                },
                c.issue_date,
            )
        });
    decide(state, staff, id, input).await
}

/// `POST /api/staff/applications/{id}/refusal`: `{ reason, standardReason?: { kk, ru }, issueDate }`.
#[utoipa::path(
    post,
    path = "/api/staff/applications/{id}/refusal",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    request_body(content = RefusalIn, content_type = "application/json"),
    responses((status = 201, description = "Refused", body = crate::http::openapi::Decided), (status = 403, description = "No or a wrong X-CSRF-Token, or a token of scope read", body = Problem), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 409, description = "Decided already, or erased", body = Problem), (status = 422, description = "The reason or the date is refused by the core", body = Problem), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = [], "csrf" = []), ("token" = []))
)]
pub async fn refusal(
    State(state): State<AppState>,
    Changing(staff): Changing,
    headers: HeaderMap,
    Path(id): Path<String>,
    raw: Body,
) -> Response {
    let lang = staff.lang;
    let input = body::<RefusalIn>(&state, &headers, raw, lang)
        .await
        .map(|r| {
            let standard = r
                .standard_reason
                .filter(|s| !s.kk.trim().is_empty() || !s.ru.trim().is_empty())
                .map(|s| (s.kk, s.ru));
            (
                Decide::Refusal {
                    reason: r.reason,
                    standard,
                },
                r.issue_date,
            )
        });
    decide(state, staff, id, input).await
}

#[derive(Deserialize)]
pub(crate) struct PaperQuery {
    paper: Option<String>,
}

/// The document as a page: the core's self-contained HTML, under a policy that allows exactly
/// its one inline stylesheet (by hash) and nothing else.
pub(crate) fn document_response(rendered: &Rendered) -> Response {
    let hash = super::style_hash(&rendered.css);
    let csp = format!("default-src 'none'; style-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
    let mut response = (StatusCode::OK, rendered.document()).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert("content-security-policy", v);
    }
    response
}

/// `GET /api/staff/applications/{id}/document?paper=A4|A5`: the certificate or the refusal,
/// printable, rendered by the core from the stored application.
#[utoipa::path(
    get,
    path = "/api/staff/applications/{id}/document",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("paper" = Option<String>, Query, description = "A4 (default) or A5"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    responses((status = 200, description = "The certificate or the refusal notice, printable", body = String, content_type = "text/html"), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 409, description = "Not decided, or erased", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn document(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Path(id): Path<String>,
    Query(q): Query<PaperQuery>,
) -> Response {
    let paper = Paper::parse(q.paper.as_deref().unwrap_or("A4"));
    match officers::document(
        &state.store,
        &state.register_key,
        &officer,
        &id,
        paper,
        state.clock.now_ms(),
    )
    .await
    {
        Ok(rendered) => document_response(&rendered),
        Err(e) => decision_refused(e, lang),
    }
}

/// `GET /api/staff/applications/{id}/audit`: the application's audit entries, oldest first (this
/// reading among them).
#[utoipa::path(
    get,
    path = "/api/staff/applications/{id}/audit",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: ru)")),
    responses((status = 200, description = "The audit trail, oldest first (this reading among it)", body = crate::http::openapi::Trail), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn audit(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Path(id): Path<String>,
) -> Response {
    match officers::visible(&state.store, &officer, &id).await {
        Ok(true) => {}
        Ok(false) => return refuse(StatusCode::NOT_FOUND, "not_found", lang),
        Err(e) => return super::problem::unavailable(&e, lang),
    }
    // Who read whose trail is itself in the trail (a token's every request is audited).
    if let Err(e) = crate::audit::record(
        state.store.writer(),
        &officer.login,
        crate::audit::Action::Trail,
        Some(&id),
        officer.institution.as_deref(),
        state.clock.now_ms(),
    )
    .await
    {
        return super::problem::unavailable(&e, lang);
    }
    match crate::audit::of_application(state.store.reader(), &id).await {
        Ok(entries) => json(StatusCode::OK, &super::openapi::Trail { entries }),
        Err(e) => super::problem::unavailable(&e, lang),
    }
}
