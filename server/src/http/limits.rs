//! Limits on the anonymous requests that cost the service work and change its state (sending
//! an application, signing in): so many a minute per client address, and so many a minute from
//! everyone together in this process. Past either, 429 with `Retry-After`, in the caller's
//! language. The counting is governor's (GCRA: a bucket that refills evenly, no burst at a
//! minute's turn); its memory is one small cell per address seen in the last minute, pruned as
//! the map grows.

use kz_iin::messages::ServiceText;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::{language, problem, AppState};

/// The limits of one process (see the module's documentation).
pub struct Limits {
    per_address: Option<DefaultKeyedRateLimiter<IpAddr>>,
    global: Option<DefaultDirectRateLimiter>,
    clock: DefaultClock,
    checks: AtomicU64,
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limits")
            .field("per_address", &self.per_address.is_some())
            .field("global", &self.global.is_some())
            .finish()
    }
}

/// The key of an address: an IPv4 address, or an IPv6 address's /64 (one subscriber's
/// network: a client choosing among its 2^64 addresses is still one client).
pub(crate) fn client_key(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

impl Limits {
    /// Limits of `per_address` and `global` requests a minute; 0 turns one off.
    ///
    /// # Example
    /// ```
    /// use kz_iin_server::http::limits::Limits;
    /// let limits = Limits::new(2, 0);
    /// let me = "192.0.2.1".parse().unwrap();
    /// assert!(limits.check(me).is_ok() && limits.check(me).is_ok());
    /// assert!(limits.check(me).is_err(), "the third within a minute");
    /// assert!(limits.check("192.0.2.2".parse().unwrap()).is_ok(), "another address");
    /// ```
    pub fn new(per_address: u32, global: u32) -> Limits {
        Limits {
            per_address: NonZeroU32::new(per_address)
                .map(|n| RateLimiter::keyed(Quota::per_minute(n))),
            global: NonZeroU32::new(global).map(|n| RateLimiter::direct(Quota::per_minute(n))),
            clock: DefaultClock::default(),
            checks: AtomicU64::new(0),
        }
    }

    /// Counts a request from `address`: `Err` with how long to wait when a limit is reached.
    /// The address's limit comes first, and a request it refuses counts against nothing else:
    /// one address over its limit cannot use up the overall one. A request the overall limit
    /// refuses has used its address's turn (the limiter takes no turn back).
    pub fn check(&self, address: IpAddr) -> Result<(), Duration> {
        if let Some(limiter) = &self.per_address {
            limiter
                .check_key(&client_key(address))
                .map_err(|not_until| not_until.wait_time_from(self.clock.now()))?;
            // The cells of addresses quiet for a minute are the same as none: dropped now and
            // then, so that many addresses cost memory for a minute only.
            if self.checks.fetch_add(1, Ordering::Relaxed) % 1024 == 1023 {
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        }
        if let Some(limiter) = &self.global {
            limiter
                .check()
                .map_err(|not_until| not_until.wait_time_from(self.clock.now()))?;
        }
        Ok(())
    }
}

/// The middleware of the limited routes: the request, or 429 with `Retry-After` (whole
/// seconds, at least 1) as JSON or, for a browser navigating, as a page.
pub(crate) async fn limited(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let ip = super::session::client(&state, request.headers(), request.extensions());
    let Err(wait) = state.limits.check(ip) else {
        return next.run(request).await;
    };
    let lang = language::of(request.headers());
    let mut response = problem::refuse_as_asked(
        request.headers(),
        StatusCode::TOO_MANY_REQUESTS,
        ServiceText::RateLimited,
        lang,
    );
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
    response
}
