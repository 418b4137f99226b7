//! The officers' JSON API: sign-in and sign-out, the queue, one application, the two decisions,
//! the document, the audit trail. Without a session every route answers 401; another
//! institution's application answers 404, as one that does not exist; a state-changing request
//! without its session's `X-CSRF-Token` answers 403.

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, Extensions, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kz_iin::documents::{Paper, Rendered};
use kz_iin::messages::{ServiceText, WordedIssue};
use kz_iin::Lang;
use serde::{Deserialize, Serialize};

#[allow(unused_imports)] // named by the #[utoipa::path] attributes
use super::openapi::Problem;
use super::problem::json;
use super::refusal::{ClientLang, JsonBody, Refusal};
use super::session::{self, cleared_cookie, csrf_ok, session_cookie};
use super::{language, AppState};
use crate::officers::{self, Decide, Status};
use crate::staff::{self, Officer};
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
    // `Bearer` alone (its trailing space dropped on the way) is a Bearer token that is empty.
    let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
    scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refusal> {
        let lang = language::of(&parts.headers);
        // A Bearer token; another scheme (a proxy's Basic, say) is no token, and the session
        // decides.
        if let Some(secret) = bearer(&parts.headers) {
            let token = tokens::authenticate(&state.store, secret).await;
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
                    // Its id only (the text before the secret), never the secret.
                    let id = secret
                        .strip_prefix("kziin_")
                        .and_then(|rest| rest.split_once('_'))
                        .map(|(id, _)| id)
                        .filter(|id| id.len() <= 12 && id.bytes().all(|b| b.is_ascii_hexdigit()));
                    tracing::warn!(
                        token = id.unwrap_or("(not ours)"),
                        "a bearer token was refused"
                    );
                    metrics::counter!("kz_iin_token_refusals_total", "reason" => "unknown")
                        .increment(1);
                    Err(
                        Refusal::new(StatusCode::UNAUTHORIZED, ServiceText::Unauthorized, lang)
                            .bearer(),
                    )
                }
                Err(e) => Err(Refusal::unavailable(&e, lang)),
            };
        }
        match session::officer(state, &parts.headers).await {
            Ok(Some(officer)) => Ok(Staff {
                officer,
                lang,
                scope: None,
            }),
            Ok(None) => Err(Refusal::new(
                StatusCode::UNAUTHORIZED,
                ServiceText::Unauthorized,
                lang,
            )),
            Err(e) => Err(Refusal::unavailable(&e, lang)),
        }
    }
}

/// A [`Staff`] request that changes state: from a session, it also carries the session's CSRF
/// token, or 403; from a token (which no browser sends by itself), the token's scope is
/// `decide`, or 403.
pub(crate) struct Changing(Staff);

impl FromRequestParts<AppState> for Changing {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refusal> {
        let staff = Staff::from_request_parts(parts, state).await?;
        match staff.scope {
            Some(scope) if scope.may_decide() => return Ok(Changing(staff)),
            Some(_) => {
                tracing::warn!(token = %staff.officer.login, "a read token tried to change something");
                metrics::counter!("kz_iin_token_refusals_total", "reason" => "scope").increment(1);
                return Err(Refusal::new(
                    StatusCode::FORBIDDEN,
                    ServiceText::Scope,
                    staff.lang,
                ));
            }
            None => {}
        }
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok());
        if !csrf_ok(&staff.officer, sent) {
            return Err(Refusal::new(
                StatusCode::FORBIDDEN,
                ServiceText::Csrf,
                staff.lang,
            ));
        }
        Ok(Changing(staff))
    }
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
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    request_body(content = Credentials, content_type = "application/json"),
    responses((status = 200, description = "Signed in: the session cookie, and the CSRF token for requests that change state", body = SignedIn, headers(("Set-Cookie" = String))), (status = 401, description = "The login, the password or the code is wrong (the same for a login that does not exist)", body = Problem), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 429, description = "Too many attempts for this login or address, or too many requests", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))), (status = 503, description = "Busy or unavailable", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait"))))
)]
pub async fn login(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    headers: HeaderMap,
    extensions: Extensions,
    JsonBody(credentials): JsonBody<Credentials>,
) -> Result<Response, Refusal> {
    let address = session::address(&state, &headers, &extensions);
    let typed = staff::Credentials {
        login: &credentials.login,
        password: &credentials.password,
        code: &credentials.code,
    };
    let signed = staff::sign_in(&state.store, &typed, &address, state.clock.now_ms())
        .await
        .map_err(|e| Refusal::of_sign_in(&e, lang))?;
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
    Ok(response)
}

/// `POST /api/staff/logout`: ends the session (its cookie opens nothing from then on).
#[utoipa::path(
    post,
    path = "/api/staff/logout",
    tag = "officers",
    params(("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 204, description = "Signed out"), (status = 401, description = "No session", body = Problem), (status = 403, description = "No or a wrong X-CSRF-Token, or a token of scope read", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = [], "csrf" = []), ("token" = []))
)]
pub async fn logout(
    State(state): State<AppState>,
    Changing(Staff {
        lang,
        officer,
        scope,
    }): Changing,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    // A token has no session to end: a cookie sent beside it is not the token's to end.
    if scope.is_some() {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    if let Some(token) = session::token(&state, &headers) {
        staff::sign_out(&state.store, &officer, &token, state.clock.now_ms())
            .await
            .map_err(|e| Refusal::unavailable(&e, lang))?;
    }
    let mut response = StatusCode::NO_CONTENT.into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cleared_cookie(session::over_tls(&state, &headers)),
    );
    Ok(response)
}

/// The queue's query, for the API and the pages alike: a status, a receipt, and where the page
/// starts (a number, or a cursor `after` or `before`). The pages add `n` (the number shown for a
/// page asked by a cursor) and `lang`; the API takes its language from Accept-Language and
/// ignores both, as it ignores any other parameter.
#[derive(Deserialize)]
pub(crate) struct QueueQuery {
    pub(crate) status: Option<String>,
    pub(crate) receipt: Option<String>,
    pub(crate) page: Option<u32>,
    pub(crate) after: Option<String>,
    pub(crate) before: Option<String>,
    pub(crate) n: Option<u32>,
    pub(crate) lang: Option<String>,
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
    params(("status" = Option<String>, Query, description = "received, certified or refused"), ("receipt" = Option<String>, Query, description = "One receipt number"), ("page" = Option<u32>, Query, description = "A page number, from 1"), ("after" = Option<String>, Query, description = "The cursor `next` of a page"), ("before" = Option<String>, Query, description = "The cursor `previous` of a page"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "A page of the queue, newest first, 50 lines", body = crate::officers::Page), (status = 400, description = "A status, page or cursor that is none", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn queue(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Query(q): Query<QueueQuery>,
) -> Result<Response, Refusal> {
    let status = q
        .status
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(Status::parse);
    if status == Some(None) {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            ServiceText::NotFound,
            lang,
        ));
    }
    let from = page_from(q.page, q.after.as_deref(), q.before.as_deref())
        .ok_or_else(|| Refusal::new(StatusCode::BAD_REQUEST, ServiceText::BadRequest, lang))?;
    let page = officers::queue(
        &state.store,
        &officer,
        status.flatten(),
        q.receipt.as_deref().filter(|r| !r.trim().is_empty()),
        from,
        state.clock.now_ms(),
    )
    .await
    .map_err(|e| Refusal::unavailable(&e, lang))?;
    Ok(json(StatusCode::OK, &page))
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
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "The application, its warnings, decision and the register's holder", body = DetailOut), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn detail(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    let unavailable = |e| Refusal::unavailable(&e, lang);
    let detail = officers::detail(&state.store, &state.register_key, &officer, &id)
        .await
        .map_err(unavailable)?
        .ok_or_else(|| Refusal::new(StatusCode::NOT_FOUND, ServiceText::NotFound, lang))?;
    officers::viewed(&state.store, &officer, &detail, state.clock.now_ms())
        .await
        .map_err(unavailable)?;
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
    Ok(json(
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
    ))
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
    decide: Decide,
    issue_date: String,
) -> Result<Response, Refusal> {
    // A decision made is final: the application's status is the decision's.
    let status = match decide {
        Decide::Certificate { .. } => Status::Certified,
        Decide::Refusal { .. } => Status::Refused,
    };
    officers::decide(
        &state.store,
        &state.register_key,
        &officer,
        &id,
        decide,
        &issue_date,
        state.clock.now_ms(),
    )
    .await
    .map_err(|e| Refusal::of_decision(e, lang))?;
    Ok(json(
        StatusCode::CREATED,
        &super::openapi::Decided { id: &id, status },
    ))
}

/// `POST /api/staff/applications/{id}/certificate`: `{ iin, issueDate, sameHolder? }`.
#[utoipa::path(
    post,
    path = "/api/staff/applications/{id}/certificate",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    request_body(content = CertificateIn, content_type = "application/json"),
    responses((status = 201, description = "Certified", body = crate::http::openapi::Decided), (status = 403, description = "No or a wrong X-CSRF-Token, or a token of scope read", body = Problem), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 409, description = "Decided already, erased, or the IIN is another person's (iin_taken, person_has_iin)", body = Problem), (status = 422, description = "The IIN or the date is refused by the core", body = Problem), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = [], "csrf" = []), ("token" = []))
)]
pub async fn certificate(
    State(state): State<AppState>,
    Changing(staff): Changing,
    Path(id): Path<String>,
    JsonBody(c): JsonBody<CertificateIn>,
) -> Result<Response, Refusal> {
    let decision = Decide::Certificate {
        iin: c.iin,
        same_holder: c.same_holder,
    };
    decide(state, staff, id, decision, c.issue_date).await
}

/// `POST /api/staff/applications/{id}/refusal`: `{ reason, standardReason?: { kk, ru }, issueDate }`.
#[utoipa::path(
    post,
    path = "/api/staff/applications/{id}/refusal",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    request_body(content = RefusalIn, content_type = "application/json"),
    responses((status = 201, description = "Refused", body = crate::http::openapi::Decided), (status = 403, description = "No or a wrong X-CSRF-Token, or a token of scope read", body = Problem), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 409, description = "Decided already, or erased", body = Problem), (status = 422, description = "The reason or the date is refused by the core", body = Problem), (status = 400, description = "Unreadable JSON", body = Problem), (status = 413, description = "The body is over BODY_LIMIT", body = Problem), (status = 415, description = "Not application/json", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = [], "csrf" = []), ("token" = []))
)]
pub async fn refusal(
    State(state): State<AppState>,
    Changing(staff): Changing,
    Path(id): Path<String>,
    JsonBody(r): JsonBody<RefusalIn>,
) -> Result<Response, Refusal> {
    let standard = r
        .standard_reason
        .filter(|s| !s.kk.trim().is_empty() || !s.ru.trim().is_empty())
        .map(|s| (s.kk, s.ru));
    let decision = Decide::Refusal {
        reason: r.reason,
        standard,
    };
    decide(state, staff, id, decision, r.issue_date).await
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
    params(("id" = String, Path, description = "The application's id"), ("paper" = Option<String>, Query, description = "A4 (default) or A5"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "The certificate or the refusal notice, printable", body = String, content_type = "text/html"), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 409, description = "Not decided, or erased", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn document(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Path(id): Path<String>,
    Query(q): Query<PaperQuery>,
) -> Result<Response, Refusal> {
    printed(&state, &officer, &id, &q, lang).await
}

/// The decided application's document on the paper asked for (A4 unless A5), as a page: what
/// the API's and the pages' document routes both answer.
pub(crate) async fn printed(
    state: &AppState,
    officer: &Officer,
    id: &str,
    q: &PaperQuery,
    lang: Lang,
) -> Result<Response, Refusal> {
    let paper = Paper::parse(q.paper.as_deref().unwrap_or("A4"));
    let rendered = officers::document(
        &state.store,
        &state.register_key,
        &state.signing,
        officer,
        id,
        paper,
        state.clock.now_ms(),
    )
    .await
    .map_err(|e| Refusal::of_decision(e, lang))?;
    Ok(document_response(&rendered))
}

/// `GET /api/staff/applications/{id}/audit`: the application's audit entries, oldest first (this
/// reading among them).
#[utoipa::path(
    get,
    path = "/api/staff/applications/{id}/audit",
    tag = "officers",
    params(("id" = String, Path, description = "The application's id"), ("Accept-Language" = Option<String>, Header, description = "kk, ru or en: the language of every word of the answer (default: en)")),
    responses((status = 200, description = "The audit trail, oldest first (this reading among it)", body = crate::http::openapi::Trail), (status = 404, description = "No such application in the officer's institution", body = Problem), (status = 401, description = "No session or token, or one that ended or was revoked", body = Problem), (status = 503, description = "The database did not answer in time: nothing was kept; retry with the same key", body = Problem, headers(("Retry-After" = String, description = "Seconds to wait")))),
    security(("session" = []), ("token" = []))
)]
pub async fn audit(
    State(state): State<AppState>,
    Staff { officer, lang, .. }: Staff,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    let unavailable = |e| Refusal::unavailable(&e, lang);
    if !officers::visible(&state.store, &officer, &id)
        .await
        .map_err(unavailable)?
    {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            ServiceText::NotFound,
            lang,
        ));
    }
    // Who read whose trail is itself in the trail (a token's every request is audited).
    crate::audit::append(
        &state.store,
        &officer.login,
        crate::audit::Action::Trail,
        Some(&id),
        officer.institution.as_deref(),
        state.clock.now_ms(),
    )
    .await
    .map_err(unavailable)?;
    let entries = crate::audit::of_application(state.store.reader(), &id)
        .await
        .map_err(unavailable)?;
    Ok(json(StatusCode::OK, &super::openapi::Trail { entries }))
}
