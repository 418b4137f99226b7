//! The HTTP face of the service: routes, and the layers every answer passes through (security
//! headers, compression, body limits, timeouts, request logs without personal data, panics
//! turned into 500s).

pub(crate) mod applications;
pub(crate) mod apply;
pub(crate) mod frame;
pub mod language;
pub mod limits;
pub mod openapi;
pub(crate) mod problem;
pub(crate) mod refusal;
pub(crate) mod session;
pub(crate) mod staff_api;
pub(crate) mod staff_pages;
pub(crate) mod status;
pub(crate) mod verify;

use kz_iin::messages::ServiceText;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::clock::Clock;
use crate::statics::Statics;
use crate::store::Store;

/// The Content-Security-Policy of the book's "Security": no inline script or style; WebAssembly
/// compiled from this origin's files only; forms post to this origin.
///
/// # Example
/// ```
/// assert!(kz_iin_server::http::CSP.contains("'wasm-unsafe-eval'"));
/// ```
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

pub use crate::signing::Signing;

/// What every handler shares, behind one reference count: axum clones the state for each
/// request and extractor, and a clone of the fields themselves (two pools, two queues, six
/// `Arc`s, a host name) measured about 4% of the service's CPU under load.
#[derive(Clone)]
pub(crate) struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    /// The state of a service.
    pub(crate) fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

/// The fields of [`AppState`].
pub(crate) struct Shared {
    /// The database.
    pub store: Store,
    /// The pages and the package's files.
    pub statics: Arc<Statics>,
    /// The time, for dates of receipt.
    pub clock: Arc<dyn Clock>,
    /// The largest request body, in bytes.
    pub body_limit: usize,
    /// The register's key (uniqueness of IINs and persons, by keyed hashes).
    pub register_key: crate::register::RegisterKey,
    /// What signs the documents.
    pub signing: Arc<Signing>,
    /// How long an officer's session lasts, without use and in all.
    pub session: crate::staff::Lifetime,
    /// The host name of the officers' side, when it has one of its own.
    pub staff_host: Option<String>,
    /// The limits on anonymous requests that change state.
    pub limits: Arc<limits::Limits>,
    /// Whether X-Forwarded-For and X-Forwarded-Proto come from a proxy that is trusted.
    pub trust_proxy: bool,
    /// What the form's pages need from the static files.
    pub form_assets: Arc<apply::FormAssets>,
    /// What `/verify` preloads: the verifier's module graph under this build's URLs, found once.
    pub verify_preloads: Vec<String>,
}

/// Whether a request's body is of `media_type` (`application/json`, say), whatever parameters
/// (a charset) follow it.
pub(crate) fn content_type_is(headers: &HeaderMap, media_type: &str) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(media_type))
}

/// The base64 SHA-256 of an inline stylesheet, for a policy's `'sha256-…'` source.
///
/// # Example
/// ```
/// assert_eq!(kz_iin_server::http::style_hash(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
/// ```
pub fn style_hash(css: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(css.as_bytes()))
}

/// The headers of the book's "Security" on every answer that has none of its own.
const SECURITY_HEADERS: [(&str, &str); 7] = [
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("x-frame-options", "SAMEORIGIN"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
];

/// The applicants' routes: sending an application (JSON, or the form without script), checking
/// one, the receipt's page. Those that cost work, change state or read the database are limited
/// per address and overall (the form's fragment is a static file's copy).
fn applicants(limited: &Limited) -> Router<AppState> {
    Router::new()
        .route(
            "/api/applications",
            post(applications::post).layer(limited.clone()),
        )
        .route(
            "/api/applications/check",
            post(applications::check).layer(limited.clone()),
        )
        .route(
            "/apply",
            get(apply::form)
                .post(apply::post)
                .route_layer(limited.clone()),
        )
        .route(
            "/api/applications/status",
            post(status::api).layer(limited.clone()),
        )
        .route(
            "/status",
            get(status::form)
                .post(status::post)
                .route_layer(limited.clone()),
        )
        .route("/apply/fragment", get(apply::fragment))
        .route(
            "/apply/done/{key}",
            get(apply::done).route_layer(limited.clone()),
        )
}

/// Whoever is shown a document: the public keys and the page that verifies.
fn verifiers() -> Router<AppState> {
    Router::new()
        .route("/.well-known/kz-iin/keys.json", get(verify::keys))
        .route("/verify", get(verify::page))
        .route("/verify-sw.js", get(verify::worker))
}

/// The officers' JSON API (a session, or a machine client's token).
fn staff_api(limited: &Limited) -> Router<AppState> {
    let one = "/api/staff/applications/{id}";
    Router::new()
        .route(
            "/api/staff/login",
            post(staff_api::login).layer(limited.clone()),
        )
        .route("/api/staff/logout", post(staff_api::logout))
        .route("/api/staff/applications", get(staff_api::queue))
        .route(one, get(staff_api::detail))
        .route(&format!("{one}/certificate"), post(staff_api::certificate))
        .route(&format!("{one}/refusal"), post(staff_api::refusal))
        .route(&format!("{one}/document"), get(staff_api::document))
        .route(&format!("{one}/audit"), get(staff_api::audit))
}

/// The officers' pages (a session; forms that work without script).
fn staff_pages(limited: &Limited) -> Router<AppState> {
    let one = "/staff/applications/{id}";
    Router::new()
        .route("/staff", get(|| async { Redirect::to("/staff/") }))
        .route("/staff/", get(staff_pages::home))
        .route(
            "/staff/login",
            get(staff_pages::login_page)
                .post(staff_pages::login)
                .route_layer(limited.clone()),
        )
        .route("/staff/logout", post(staff_pages::logout))
        .route(
            "/staff/password",
            get(staff_pages::password_form).post(staff_pages::password),
        )
        .route("/staff/applications", get(staff_pages::queue))
        .route("/staff/events", get(staff_pages::events))
        .route(one, get(staff_pages::detail))
        .route(
            &format!("{one}/certificate"),
            post(staff_pages::certificate),
        )
        .route(&format!("{one}/refusal"), post(staff_pages::refusal))
        .route(&format!("{one}/document"), get(staff_pages::document))
}

/// The probes, the contract, and the static files (every other GET).
fn operations() -> Router<AppState> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/www/") }))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/api/openapi.json", get(openapi::openapi_json))
        .fallback(fallback)
}

/// The limits' middleware, as each area's routes take it.
type Limited = axum::middleware::FromFnLayer<
    fn(
        State<AppState>,
        Request,
        axum::middleware::Next,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Response> + Send>>,
    AppState,
    (State<AppState>, Request),
>;

/// The service's routes, one router per area, and the layers every answer passes through.
pub(crate) fn router(state: AppState, timeout: Duration) -> Router {
    let body_limit = state.body_limit;
    let limited: Limited = axum::middleware::from_fn_with_state(state.clone(), |s, r, n| {
        Box::pin(limits::limited(s, r, n))
    });
    let mut app = operations()
        .merge(applicants(&limited))
        .merge(verifiers())
        .merge(staff_api(&limited))
        .merge(staff_pages(&limited))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            staff_host,
        ))
        // Counted by the route's template, which only the router's own layers see.
        .layer(axum::middleware::from_fn(crate::telemetry::record))
        .with_state(state)
        // Compresses what the handlers write (JSON); static files come compressed already.
        .layer(CompressionLayer::new().gzip(true).br(true))
        .layer(RequestBodyLimitLayer::new(body_limit))
        // A request taking longer (a slow client, a database that does not answer) gets 503
        // and may be retried with its key: nothing half-done is acknowledged.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(axum::middleware::from_fn(worded))
        .layer(request_log())
        .layer(CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                tracing::error!("a request panicked");
                problem::refuse(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ServiceText::Unavailable,
                    kz_iin::Lang::En,
                )
            },
        ));
    for (name, value) in SECURITY_HEADERS {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    app
}

/// Each request's log line (see [`request_span`] and [`answered`]).
type RequestLog = TraceLayer<
    tower_http::classify::SharedClassifier<tower_http::classify::ServerErrorsAsFailures>,
    fn(&Request) -> tracing::Span,
    (),
    fn(&Response, Duration, &tracing::Span),
>;

fn request_log() -> RequestLog {
    TraceLayer::new_for_http()
        .make_span_with(request_span as fn(&Request) -> tracing::Span)
        .on_request(())
        .on_response(answered as fn(&Response, Duration, &tracing::Span))
}

/// A request's span: the method and the route's template only (`/apply/done/{key}`), never a
/// path parameter (a key, an id), a body, a query or a header's value.
fn request_span(r: &Request) -> tracing::Span {
    let route = r
        .extensions()
        .get::<MatchedPath>()
        .map_or("(static or none)", MatchedPath::as_str);
    tracing::info_span!("request", method = %r.method(), route = %route)
}

/// A request's answer: its status and time.
fn answered(response: &Response, latency: Duration, _: &tracing::Span) {
    tracing::info!(
        status = response.status().as_u16(),
        ms = latency.as_millis() as u64,
        "answered"
    );
}

/// The refusals the layers write (a body over the limit, a timeout) carry no words, or English
/// ones in plain text: give them
/// the core's, in the client's language, like every other refusal.
async fn worded(request: Request, next: axum::middleware::Next) -> Response {
    let lang = language::of(request.headers());
    let headers = request.headers().clone();
    let response = next.run(request).await;
    let status = response.status();
    let worded_already = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| !t.as_bytes().starts_with(b"text/plain"));
    if worded_already || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let code = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ServiceText::TooLarge,
        // A form's route sent something else (axum's form extractor's refusal).
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ServiceText::NotForm,
        // A query or a path parameter that does not parse (a page number out of range).
        StatusCode::BAD_REQUEST => ServiceText::BadRequest,
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => ServiceText::NotFound,
        _ => ServiceText::Unavailable,
    };
    let mut worded = problem::refuse_as_asked(&headers, status, code, lang);
    // The body is new: the headers that described the old one (its length, type, and the
    // compression the layer inside applied to it) do not describe this one.
    for (name, value) in response.headers() {
        if name != header::CONTENT_LENGTH
            && name != header::CONTENT_TYPE
            && name != header::CONTENT_ENCODING
        {
            worded.headers_mut().entry(name).or_insert(value.clone());
        }
    }
    worded
}

/// What the officers' host serves besides the officers' routes: their stylesheet and icon, and
/// the probes.
const STAFF_HOST_EXTRAS: [&str; 4] = ["/www/staff.css", "/www/favicon.svg", "/healthz", "/readyz"];

/// With `STAFF_HOST`, the officers' side and the public side have an origin each: the officers'
/// routes answer 404 on any other host, and the staff host answers 404 for every public page and
/// file, so that no public page's script ever runs in the origin of an officer's session.
async fn staff_host(
    State(state): State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    if let Some(host) = &state.staff_host {
        let path = request.uri().path();
        let staff = ["/staff", "/api/staff"]
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")));
        let asked = request
            .headers()
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .map(|h| h.trim().to_ascii_lowercase());
        // The port is not the host's: staff.example:8443 is staff.example.
        let on_staff_host = asked.as_deref().map(host_name) == Some(host.as_str());
        let allowed = if on_staff_host {
            staff || STAFF_HOST_EXTRAS.contains(&path)
        } else {
            !staff
        };
        if !allowed {
            return problem::refuse(
                StatusCode::NOT_FOUND,
                ServiceText::NotFound,
                language::of(request.headers()),
            );
        }
    }
    next.run(request).await
}

/// A Host header's name, without its port (`[::1]:8080` is `[::1]`).
fn host_name(host: &str) -> &str {
    match host.rsplit_once(':') {
        Some((name, port))
            if !port.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && (!name.starts_with('[') || name.ends_with(']')) =>
        {
            name
        }
        _ => host,
    }
}

/// The process is up.
#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses((status = 200, description = "The process is up", body = String, content_type = "text/plain"))
)]
async fn healthz() -> &'static str {
    "ok"
}

/// The database can be reached: what a load balancer asks before sending people here.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses((status = 200, description = "The database answers", body = String, content_type = "text/plain"), (status = 503, description = "The database cannot be reached", body = String, content_type = "text/plain"))
)]
async fn readyz(State(state): State<AppState>) -> Response {
    match tokio::time::timeout(Duration::from_secs(2), state.store.ping()).await {
        Ok(Ok(())) => "ready".into_response(),
        _ => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the database cannot be reached",
        )
            .into_response(),
    }
}

/// Static files for GET and HEAD, else 404 (or 405 for another method on a file).
async fn fallback(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let lang = language::of(&headers);
    if method != Method::GET && method != Method::HEAD {
        let mut response =
            problem::refuse(StatusCode::METHOD_NOT_ALLOWED, ServiceText::NotFound, lang);
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    if uri.path() == "/www" {
        return Redirect::to("/www/").into_response();
    }
    let path = uri.path().to_string();
    let served = if state.statics.would_compress(&path) {
        // Just after start, a large file may not be compressed yet: that is work for a
        // blocking thread, not for one of the few that answer every request.
        let statics = state.statics.clone();
        tokio::task::spawn_blocking(move || statics.serve(&path, &headers))
            .await
            .ok()
            .flatten()
    } else {
        state.statics.serve(&path, &headers)
    };
    served.unwrap_or_else(|| problem::refuse(StatusCode::NOT_FOUND, ServiceText::NotFound, lang))
}
