//! The officers' pages, rendered on the server (no script needed), in kk, ru or en, under the
//! same strict policy as the rest: signing in, the queue, one application with its warnings and
//! every answer, the two decisions, and the printable document. Forms post back here and carry
//! the session's CSRF token; the words are the core's (`messages::staff_text`, the field table).

use axum::extract::{FromRequestParts, Path, Query, RawForm, State};
use axum::http::request::Parts;
use axum::http::{header, Extensions, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use kz_iin::messages::{service_text, staff_text, ServiceText, StaffText};
use kz_iin::Lang;
use maud::Markup;
use serde::Deserialize;

mod views;

use self::views::{detail_page, page, password_page, sign_in_page, Entered};
use super::refusal::Refusal;
use super::session::{self, cleared_cookie, csrf_ok, session_cookie};
use super::{language, AppState};
use crate::clock::utc_date;
use crate::officers::{self, Decide, Refused, Status};
use crate::staff::{self, Officer, PasswordChange, SignInError};

/// The language cookie a page's language links set.
const LANG_COOKIE: &str = "kz_iin_lang";

/// The page's language: `?lang=`, else the cookie the switch set, else Accept-Language.
fn page_lang(headers: &HeaderMap, query: Option<&str>) -> Lang {
    match (query, session::cookie(headers, LANG_COOKIE)) {
        (Some(q), _) => Lang::parse(q),
        (None, Some(c)) => Lang::parse(&c),
        (None, None) => language::of(headers),
    }
}

fn respond(status: StatusCode, markup: Markup, lang_cookie: Option<Lang>) -> Response {
    let mut response = super::problem::page_response(status, markup);
    let h = response.headers_mut();
    if let Some(lang) = lang_cookie {
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={}; Path=/staff; SameSite=Lax",
            lang.as_str()
        )) {
            h.insert(header::SET_COOKIE, v);
        }
    }
    response
}

#[derive(Deserialize)]
pub(crate) struct LangQuery {
    lang: Option<String>,
}

/// `GET /staff/`: the queue, or signing in.
pub async fn home(State(state): State<AppState>, headers: HeaderMap) -> Response {
    match session::officer(&state, &headers).await {
        Ok(Some(_)) => Redirect::to("/staff/applications").into_response(),
        _ => Redirect::to("/staff/login").into_response(),
    }
}

/// `GET /staff/login`.
pub async fn login_page(headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    let lang = page_lang(&headers, q.lang.as_deref());
    respond(
        StatusCode::OK,
        sign_in_page(lang, &[], ""),
        q.lang.as_ref().map(|_| lang),
    )
}

/// The fields of a urlencoded form (what could not be read is no field).
pub(super) fn form(raw: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(raw).unwrap_or_default()
}

pub(super) fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// `POST /staff/login`: the form's login and password; a session and the queue, or the form
/// again with the reason (the same for a login that exists and one that does not).
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    extensions: Extensions,
    RawForm(raw): RawForm,
) -> Response {
    let lang = page_lang(&headers, None);
    if !session::same_origin(&headers) {
        return sign_in_refused(
            StatusCode::FORBIDDEN,
            lang,
            service_text(lang, ServiceText::Csrf).into(),
            "",
        );
    }
    let fields = form(&raw);
    let login = field(&fields, "login").trim().to_string();
    let address = session::address(&state, &headers, &extensions);
    let typed = staff::Credentials {
        login: &login,
        password: field(&fields, "password"),
        code: field(&fields, "code"),
    };
    match staff::sign_in(&state.store, &typed, &address, state.clock.now_ms()).await {
        Ok(signed) => {
            let mut response = Redirect::to("/staff/applications").into_response();
            response.headers_mut().insert(
                header::SET_COOKIE,
                session_cookie(&signed.token, session::over_tls(&state, &headers)),
            );
            response
        }
        Err(e) => {
            // The API's mapping; the answer a page.
            let refusal = Refusal::of_sign_in(&e, lang);
            refusal.with_headers(sign_in_refused(
                refusal.status(),
                lang,
                refusal.message(),
                &login,
            ))
        }
    }
}

/// The sign-in page again, saying why, with the login as typed.
fn sign_in_refused(status: StatusCode, lang: Lang, why: String, login: &str) -> Response {
    respond(status, sign_in_page(lang, &[why], login), None)
}

/// `POST /staff/logout`: the form's CSRF token; the session ends.
pub async fn logout(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    RawForm(raw): RawForm,
) -> Response {
    let lang = page_lang(&headers, None);
    let fields = form(&raw);
    if !csrf_ok(&officer, Some(field(&fields, "csrf"))) {
        return sign_in_refused(
            StatusCode::FORBIDDEN,
            lang,
            service_text(lang, ServiceText::Csrf).into(),
            "",
        );
    }
    if let Some(token) = session::token(&state, &headers) {
        let _ = staff::sign_out(&state.store, &officer, &token, state.clock.now_ms()).await;
    }
    let mut response = Redirect::to("/staff/login").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cleared_cookie(session::over_tls(&state, &headers)),
    );
    response
}

/// `GET /staff/password`: the officer's own change of password.
pub async fn password_form(
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Query(q): Query<LangQuery>,
) -> Response {
    let lang = page_lang(&headers, q.lang.as_deref());
    respond(
        StatusCode::OK,
        password_page(lang, &officer, &[], false),
        q.lang.as_ref().map(|_| lang),
    )
}

/// `POST /staff/password`: the form's current and new passwords (and its CSRF token); the
/// officer's other sessions end.
pub async fn password(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    RawForm(raw): RawForm,
) -> Response {
    let lang = page_lang(&headers, None);
    let fields = form(&raw);
    let words = |key| vec![staff_text(lang, key).to_string()];
    if !csrf_ok(&officer, Some(field(&fields, "csrf"))) || !session::same_origin(&headers) {
        let why = vec![service_text(lang, ServiceText::Csrf).to_string()];
        return respond(
            StatusCode::FORBIDDEN,
            password_page(lang, &officer, &why, false),
            None,
        );
    }
    let token = session::token(&state, &headers).unwrap_or_default();
    let outcome = staff::change_password(
        &state.store,
        &officer,
        &token,
        (field(&fields, "current"), field(&fields, "new")),
        state.clock.now_ms(),
    )
    .await;
    let (status, errors, refusal) = match outcome {
        Ok(()) => (StatusCode::OK, Vec::new(), None),
        Err(PasswordChange::TooShort) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            words(StaffText::PasswordTooShort),
            None,
        ),
        // The current password wrong: a sign-in's failure, in this page's words.
        Err(PasswordChange::Refused(SignInError::Wrong)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            words(StaffText::CurrentPasswordWrong),
            None,
        ),
        Err(PasswordChange::Refused(e)) => {
            let refusal = Refusal::of_sign_in(&e, lang);
            (refusal.status(), vec![refusal.message()], Some(refusal))
        }
    };
    let done = errors.is_empty();
    let page = respond(status, password_page(lang, &officer, &errors, done), None);
    match refusal {
        Some(refusal) => refusal.with_headers(page),
        None => page,
    }
}

/// The signed-in officer of a staff page; as an extractor, a browser without a live session is
/// sent to sign in before anything else of the request is read.
pub(crate) struct SignedIn(Officer);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match session::officer(state, &parts.headers).await {
            Ok(Some(officer)) => Ok(SignedIn(officer)),
            _ => Err(Redirect::to("/staff/login").into_response()),
        }
    }
}

/// `GET /staff/applications`: the queue, newest first, by status, or the application with a
/// number.
pub async fn queue(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Query(q): Query<super::staff_api::QueueQuery>,
) -> Response {
    let lang = page_lang(&headers, q.lang.as_deref());
    let t = |k| staff_text(lang, k);
    let status = q.status.as_deref().and_then(Status::parse);
    let receipt = q
        .receipt
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let Some(from) = super::staff_api::page_from(q.page, q.after.as_deref(), q.before.as_deref())
    else {
        return super::problem::refuse_page(StatusCode::BAD_REQUEST, ServiceText::BadRequest, lang);
    };
    let page_data = match officers::queue(
        &state.store,
        &officer,
        status,
        receipt,
        from,
        state.clock.now_ms(),
    )
    .await
    {
        Ok(p) => p,
        Err(e) => return super::problem::unavailable(&e, lang),
    };
    // The number shown: the page's own, or the one its link carried.
    let shown = if page_data.page > 0 {
        page_data.page
    } else {
        q.n.unwrap_or(1).max(1)
    };
    let (previous, next) = queue_links(&page_data, shown, status);
    let main = views::queue(
        lang,
        &officer,
        status,
        receipt,
        &page_data,
        shown,
        previous.as_deref(),
        next.as_deref(),
    );
    respond(
        StatusCode::OK,
        page(
            lang,
            t(StaffText::Queue),
            Some(&officer),
            "/staff/applications",
            main,
        ),
        q.lang.as_ref().map(|_| lang),
    )
}

/// The links to the queue's previous and next pages (keyset cursors; a numbered page when the
/// officer came by number), keeping the status filter.
fn queue_links(
    page: &officers::Page,
    shown: u32,
    status: Option<Status>,
) -> (Option<String>, Option<String>) {
    let link = |place: &str, n: u32| {
        let mut url = format!("/staff/applications?{place}&n={n}");
        if let Some(s) = status {
            url.push_str(&format!("&status={}", s.as_str()));
        }
        url
    };
    let previous = match (&page.previous, shown) {
        (Some(cursor), n) => Some(link(
            &format!("before={cursor}"),
            n.saturating_sub(1).max(1),
        )),
        (None, n) if n > 1 && page.page > 1 => Some(link(&format!("page={}", n - 1), n - 1)),
        _ => None,
    };
    let next = page
        .next
        .as_ref()
        .map(|cursor| link(&format!("after={cursor}"), shown.saturating_add(1)));
    (previous, next)
}

/// `GET /staff/events`, for administrators only (404 to an institution's officer, as a page that
/// does not exist): how many events wait, and those given up on after a day of retries.
pub async fn events(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Query(q): Query<LangQuery>,
) -> Response {
    let lang = page_lang(&headers, q.lang.as_deref());
    if officer.institution.is_some() {
        return super::problem::refuse_page(StatusCode::NOT_FOUND, ServiceText::NotFound, lang);
    }
    let t = |k| staff_text(lang, k);
    let listed = match crate::events::counts(&state.store).await {
        Ok(counts) => crate::events::failed_events(&state.store, 50)
            .await
            .map(|failed| (counts, failed)),
        Err(e) => Err(e),
    };
    let (counts, failed) = match listed {
        Ok(l) => l,
        Err(e) => return super::problem::unavailable(&e, lang),
    };
    let main = views::events(lang, &counts, &failed);
    respond(
        StatusCode::OK,
        page(
            lang,
            t(StaffText::Events),
            Some(&officer),
            "/staff/events",
            main,
        ),
        q.lang.as_ref().map(|_| lang),
    )
}

/// One application's page, after recording its view; `errors` from a decision refused.
async fn show(
    state: &AppState,
    officer: &Officer,
    id: &str,
    lang: Lang,
    status: StatusCode,
    errors: &[String],
    entered: &Entered,
) -> Response {
    let detail = match officers::detail(&state.store, &state.register_key, officer, id).await {
        Ok(Some(d)) => d,
        Ok(None) => {
            return super::problem::refuse(StatusCode::NOT_FOUND, ServiceText::NotFound, lang)
        }
        Err(e) => return super::problem::unavailable(&e, lang),
    };
    let now = state.clock.now_ms();
    if let Err(e) = officers::viewed(&state.store, officer, &detail, now).await {
        return super::problem::unavailable(&e, lang);
    }
    let audit = crate::audit::of_application(state.store.reader(), id)
        .await
        .unwrap_or_default();
    respond(
        status,
        detail_page(
            lang,
            officer,
            &detail,
            errors,
            entered,
            &utc_date(now).to_iso(),
            &audit,
        ),
        None,
    )
}

/// `GET /staff/applications/{id}`.
pub async fn detail(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let lang = page_lang(&headers, q.lang.as_deref());
    let mut response = show(
        &state,
        &officer,
        &id,
        lang,
        StatusCode::OK,
        &[],
        &Entered::default(),
    )
    .await;
    if q.lang.is_some() {
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={}; Path=/staff; SameSite=Lax",
            lang.as_str()
        )) {
            response.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    response
}

/// What the officer typed into a decision's form, kept to show again with a refusal.
fn entered(fields: &[(String, String)]) -> Entered {
    Entered {
        iin: field(fields, "iin").to_string(),
        same_holder: field(fields, "sameHolder") == "true",
        issue_date: field(fields, "issueDate").trim().to_string(),
        reason: field(fields, "reason").to_string(),
        standard_kk: field(fields, "standardKk").to_string(),
        standard_ru: field(fields, "standardRu").to_string(),
    }
}

/// The decision the form asks for: a certificate, or a refusal with its reasons.
fn decision(entered: &Entered, certificate: bool) -> Decide {
    if certificate {
        return Decide::Certificate {
            iin: entered.iin.clone(),
            same_holder: entered.same_holder,
        };
    }
    let standard = (!entered.standard_kk.trim().is_empty()
        || !entered.standard_ru.trim().is_empty())
    .then(|| (entered.standard_kk.clone(), entered.standard_ru.clone()));
    Decide::Refusal {
        reason: entered.reason.clone(),
        standard,
    }
}

async fn decide_from_form(
    state: AppState,
    officer: Officer,
    headers: HeaderMap,
    id: String,
    raw: &[u8],
    certificate: bool,
) -> Response {
    let lang = page_lang(&headers, None);
    let fields = form(raw);
    let entered = entered(&fields);
    if !csrf_ok(&officer, Some(field(&fields, "csrf"))) || !session::same_origin(&headers) {
        let message = service_text(lang, ServiceText::Csrf).to_string();
        let status = StatusCode::FORBIDDEN;
        return show(&state, &officer, &id, lang, status, &[message], &entered).await;
    }
    let decision = decision(&entered, certificate);
    match officers::decide(
        &state.store,
        &state.register_key,
        &officer,
        &id,
        decision,
        &entered.issue_date,
        state.clock.now_ms(),
    )
    .await
    {
        Ok(()) => Redirect::to(&format!("/staff/applications/{id}")).into_response(),
        Err(Refused::NotFound) => {
            super::problem::refuse(StatusCode::NOT_FOUND, ServiceText::NotFound, lang)
        }
        Err(e) => {
            // The API's mapping; the words on the application's page.
            let refusal = Refusal::of_decision(e, lang);
            let page = show(
                &state,
                &officer,
                &id,
                lang,
                refusal.status(),
                &[refusal.message()],
                &entered,
            )
            .await;
            refusal.with_headers(page)
        }
    }
}

/// `POST /staff/applications/{id}/certificate`: the form's IIN and date of issue.
pub async fn certificate(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawForm(raw): RawForm,
) -> Response {
    decide_from_form(state, officer, headers, id, &raw, true).await
}

/// `POST /staff/applications/{id}/refusal`: the form's reason, standard reasons and date.
pub async fn refusal(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawForm(raw): RawForm,
) -> Response {
    decide_from_form(state, officer, headers, id, &raw, false).await
}

/// `GET /staff/applications/{id}/document?paper=A4|A5`: the document to print (the browser's
/// print, Ctrl+P; its print styles lay it out for the paper).
pub async fn document(
    State(state): State<AppState>,
    SignedIn(officer): SignedIn,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<super::staff_api::PaperQuery>,
) -> Response {
    let lang = page_lang(&headers, None);
    super::staff_api::printed(&state, &officer, &id, &q, lang)
        .await
        .unwrap_or_else(IntoResponse::into_response)
}
