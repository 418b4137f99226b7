//! Officers' sessions over HTTP: the cookie (HttpOnly, SameSite=Strict, Secure behind TLS), the
//! officer a request comes from, its CSRF token, and the client's address for throttling.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::{header, Extensions, HeaderMap, HeaderValue};

use super::AppState;
use crate::staff::{self, Officer};

/// The session cookie's name over plain HTTP (a development machine, a test).
pub const COOKIE: &str = "kz_iin_staff";
/// Its name over TLS: the `__Host-` prefix makes a browser take it only when Secure, from this
/// host, for Path=/ and without Domain, so that no other host under the same domain (nor a
/// plain-HTTP page) can set or overwrite an officer's session.
pub const SECURE_COOKIE: &str = "__Host-kz_iin_staff";

fn cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_COOKIE
    } else {
        COOKIE
    }
}

/// The session token the request carries, under the cookie name of its scheme.
pub fn token(state: &AppState, headers: &HeaderMap) -> Option<String> {
    cookie(headers, cookie_name(over_tls(state, headers)))
}

/// The value of a cookie in a request's Cookie header(s).
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
}

/// Whether the request came over TLS, as the proxy in front says (only when it is trusted).
pub fn over_tls(state: &AppState, headers: &HeaderMap) -> bool {
    state.trust_proxy
        && headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"))
}

/// The Set-Cookie of a session: HttpOnly (no script reads it), SameSite=Strict (no other site
/// sends it), Secure when the service is reached over TLS; a browser session's lifetime, the
/// server ending it after inactivity.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={token}; Path=/; HttpOnly; SameSite=Strict{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("kz_iin_staff=; Path=/"))
}

/// The Set-Cookie that removes the session's cookie.
pub fn cleared_cookie(secure: bool) -> HeaderValue {
    let name = cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("kz_iin_staff=; Path=/; Max-Age=0"))
}

/// The client, as the limits and the sign-in counts know it: the address the trusted proxy
/// saw (the last value of the last `X-Forwarded-For` line: what a client writes itself comes
/// before it), else the peer's; an IPv6 client by its /64 (one subscriber's network: a client
/// choosing among its 2^64 addresses is still one client). A forwarded value that is no address
/// (a proxy gone wrong) counts as the peer, not as a bucket shared by everyone.
pub fn client(state: &AppState, headers: &HeaderMap, extensions: &Extensions) -> IpAddr {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    let forwarded = state
        .trust_proxy
        .then(|| headers.get_all("x-forwarded-for").iter().next_back())
        .flatten()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse::<IpAddr>().ok());
    super::limits::client_key(forwarded.unwrap_or(peer))
}

/// [`client`] as text, for the sign-in counts.
pub fn address(state: &AppState, headers: &HeaderMap, extensions: &Extensions) -> String {
    client(state, headers, extensions).to_string()
}

/// The officer of the request's session, if it is open.
pub async fn officer(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<Officer>, crate::store::StoreError> {
    let Some(token) = token(state, headers) else {
        return Ok(None);
    };
    staff::session(&state.store, &token, state.clock.now_ms(), state.session).await
}

/// Whether a state-changing request carries its session's CSRF token.
pub fn csrf_ok(officer: &Officer, sent: Option<&str>) -> bool {
    sent.is_some_and(|t| crate::secrets::same_secret(t, &officer.csrf))
}

/// Whether a form post comes from this origin's own pages (a browser's Sec-Fetch-Site or
/// Origin): what stops another site from posting the sign-in form (login CSRF).
pub fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => origin.split("://").nth(1) == Some(host),
        _ => true,
    }
}
