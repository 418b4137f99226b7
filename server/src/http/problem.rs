//! Answers that refuse a request, as JSON in the client's language: `{ errors: [{ field, code,
//! message }] }`, the shape of the core's validation errors, so a client reads every refusal the
//! same way. The words are the core's (`messages::service_text`, `messages::WordedIssue`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kz_iin::messages::ServiceText;
use kz_iin::{messages, Lang};

/// A refusal of the whole request, with one of the core's service codes ([`Refusal`]'s answer,
/// for the handlers that return a `Response`).
///
/// [`Refusal`]: super::refusal::Refusal
pub fn refuse(status: StatusCode, code: ServiceText, lang: Lang) -> Response {
    super::refusal::Refusal::new(status, code, lang).into_response()
}

/// A JSON answer that no cache keeps (it may hold personal data).
pub fn json<T: serde::Serialize>(status: StatusCode, body: &T) -> Response {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
    unkept(status, text, "application/json")
}

/// The database failed: nothing was kept, and the client may retry with the same key.
pub(crate) fn unavailable(error: &crate::store::StoreError, lang: kz_iin::Lang) -> Response {
    super::refusal::Refusal::unavailable(error, lang).into_response()
}

/// A refusal as a page, for a browser navigating (a form posted without script): the same words
/// as [`refuse`], and a way back to the form.
pub fn refuse_page(status: StatusCode, code: ServiceText, lang: Lang) -> Response {
    let message = messages::service_text(lang, code);
    let again = messages::ui_text(lang, messages::UiText::NewApplication);
    let page = super::frame::document(
        lang,
        super::frame::head(message, None, maud::html! {}),
        maud::html! { main { h1 { (message) } p { a href={ "/apply?lang=" (lang.as_str()) } { (again) } } } },
    );
    page_response(status, page)
}

/// Whether a request comes from a browser navigating (a form posted without script), which
/// reads a page, rather than from a client that reads JSON.
pub fn wants_page(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// [`refuse_page`] for a browser navigating, else [`refuse`].
pub fn refuse_as_asked(
    headers: &axum::http::HeaderMap,
    status: StatusCode,
    code: ServiceText,
    lang: Lang,
) -> Response {
    if wants_page(headers) {
        refuse_page(status, code, lang)
    } else {
        refuse(status, code, lang)
    }
}

/// A page that no cache keeps (it may hold what a person typed, or an officer's view).
pub fn page_response(status: StatusCode, page: maud::Markup) -> Response {
    unkept(status, page.into_string(), "text/html; charset=utf-8")
}

/// `body` as `content_type`, with `Cache-Control: no-store`.
fn unkept(status: StatusCode, body: String, content_type: &'static str) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
