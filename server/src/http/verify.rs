//! Verifying a document, for whoever is shown one: the public keys
//! (`GET /.well-known/kz-iin/keys.json`, every key that ever signed), and `GET /verify`, a page
//! that verifies a document's QR text in the browser with the core's verifier (its own
//! WebAssembly module), offline once visited (its service worker, `GET /verify-sw.js`). The
//! token comes in the link's fragment, which never reaches the service: nothing is looked up.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kz_iin::messages::{verify_text, VerifyText};
use maud::html;

use super::frame;
use serde::Deserialize;

use super::refusal::Refusal;
use super::{apply, language, AppState};
use crate::signing;

/// `GET /.well-known/kz-iin/keys.json`: a JWK set of every public key that has signed, the
/// current first. Anyone may fetch it, from anywhere.
#[utoipa::path(
    get,
    path = "/.well-known/kz-iin/keys.json",
    tag = "documents",
    responses(
        (status = 200, description = "A JWK set (RFC 7517) of Ed25519 keys (RFC 8037), each with its kid (its RFC 7638 thumbprint)", body = Object, content_type = "application/jwk-set+json"),
        (status = 503, description = "Unavailable", body = super::openapi::Problem, headers(("Retry-After" = String, description = "Seconds to wait")))
    )
)]
pub async fn keys(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, Refusal> {
    let body = published(&state)
        .await
        .map_err(|e| Refusal::unavailable(&e, language::of(&headers)))?;
    // Kept by browsers and proxies as long as the service keeps it in memory: a key retired
    // (or added) is seen everywhere online within twice that. The page's worker keeps a copy
    // for offline use.
    let fresh = format!("public, max-age={}", KEYS_FRESH.as_secs());
    Ok((
        [
            (header::CONTENT_TYPE, "application/jwk-set+json"),
            (header::CACHE_CONTROL, fresh.as_str()),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        body,
    )
        .into_response())
}

/// How long keys.json answers from memory: a key retired from the command line is gone from it
/// within this.
const KEYS_FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// The JWK set, from memory when read less than [`KEYS_FRESH`] ago.
async fn published(state: &AppState) -> Result<String, crate::store::StoreError> {
    let signing = &state.signing;
    let fresh = |kept: &Option<(std::time::Instant, String)>| {
        kept.as_ref()
            .filter(|(at, _)| at.elapsed() < KEYS_FRESH)
            .map(|(_, set)| set.clone())
    };
    if let Some(set) = signing.published.lock().ok().and_then(|kept| fresh(&kept)) {
        return Ok(set);
    }
    let all = signing::public_keys(&state.store).await?;
    let set = signing::jwk_set(&signing.key.public(), &all);
    if let Ok(mut kept) = signing.published.lock() {
        *kept = Some((std::time::Instant::now(), set.clone()));
    }
    Ok(set)
}

/// What `/verify` preloads, under this build's immutable URLs: the verifier's module graph and
/// its WebAssembly. Its page's script is written by hand, not minified, so the graph starts at
/// the module it names. Found once at start: the files do not change while the service runs.
pub(crate) fn preloads(statics: &crate::statics::Statics) -> Vec<String> {
    statics
        .module_graph("dist/verifier.js")
        .into_iter()
        .map(|path| statics.asset_url(&path))
        .collect()
}

#[derive(Deserialize)]
pub(crate) struct PageQuery {
    lang: Option<String>,
}

/// `GET /verify?lang=`: the page that verifies a document (the token in the link's fragment,
/// or pasted).
#[utoipa::path(
    get,
    path = "/verify",
    tag = "pages",
    params(("lang" = Option<String>, Query, description = "kk, ru or en")),
    responses((status = 200, description = "The page", body = String, content_type = "text/html"))
)]
pub async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<PageQuery>,
) -> Response {
    let lang = apply::page_lang(q.lang.as_deref(), &headers);
    let t = |k| verify_text(lang, k);
    let asset = |path: &str| state.statics.asset_url(path);
    let head = frame::head(
        t(VerifyText::Title),
        Some(&asset("www/favicon.svg")),
        html! {
            link rel="stylesheet" href=(asset("www/verify.css"));
            (frame::preloads(state.verify_preloads.iter().map(String::as_str)))
        },
    );
    let body = html! {
                main {
                    (language::switch(lang, "/verify"))
                    h1 { (t(VerifyText::Title)) }
                    p { (t(VerifyText::Lead)) }
                    noscript { p.verdict { (t(VerifyText::NeedsScript)) } }
                    // The button is enabled by the page's script once the verifier is there:
                    // before (a slow network, a module that did not load) the browser would send
                    // the form itself, and the token with a person's data in the address.
                    form #kz-verify-form novalidate {
                        label for="kz-verify-text" { (t(VerifyText::Text)) }
                        textarea #kz-verify-text name="text" rows="4" autocomplete="off" autocapitalize="characters" spellcheck="false" {}
                        // autocomplete=off: Firefox would restore an enabled state on a reload.
                        button type="submit" disabled autocomplete="off" { (t(VerifyText::Check)) }
                    }
                    section #kz-verify-result hidden tabindex="-1" aria-labelledby="kz-verify-result-title" data-no-keys=(t(VerifyText::NoKeys)) data-kept-keys=(t(VerifyText::KeptKeys)) {
                        h2 #kz-verify-result-title { (t(VerifyText::Result)) }
                        div.outcome role="status" {}
                    }
                    p { a href="/.well-known/kz-iin/keys.json" { (t(VerifyText::KeysLink)) } }
                }
                script type="module" src=(asset("www/verify.js")) {}
    };
    let mut response = (StatusCode::OK, frame::document(lang, head, body)).into_response();
    // A page that names no one: the same for every visitor; revalidated, since a new build
    // changes its asset URLs.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// `GET /verify-sw.js`: the page's service worker (served from the root so that its scope can
/// be `/verify`), which keeps the page, its module and the keys for use offline.
#[utoipa::path(
    get,
    path = "/verify-sw.js",
    tag = "pages",
    responses((status = 200, description = "The service worker of /verify", body = String, content_type = "text/javascript"))
)]
pub async fn worker(State(state): State<AppState>) -> Response {
    let script = state
        .statics
        .text("www/verify-sw.js")
        .unwrap_or_default()
        .to_string();
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        script,
    )
        .into_response()
}
