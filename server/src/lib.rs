//! kz-iin-server: the service behind the kz-iin form. A thin shell over the core: every decision
//! about an application is a call into `kz_iin` (validate, word, render, check an IIN); what the
//! server owns is what only a server can: HTTP, storage, idempotency, sessions, access per
//! institution, the register's uniqueness, audit and retention.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! use clap::Parser;
//! let cli = kz_iin_server::config::Cli::parse_from(["kz-iin-server", "--port", "0"]);
//! let (listener, app) = kz_iin_server::start(&cli.settings, std::sync::Arc::new(kz_iin_server::clock::SystemClock)).await?;
//! kz_iin_server::serve(listener, app, std::future::pending()).await?;
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod audit;
pub mod clock;
pub mod config;
pub mod events;
pub mod http;
pub mod intake;
pub mod officers;
pub mod register;
pub mod retention;
pub mod second_factor;
pub mod secrets;
pub mod signing;
pub mod staff;
pub(crate) mod statics;
pub mod status;
pub mod store;
pub mod telemetry;
pub mod tokens;

use std::sync::Arc;
use std::time::Duration;

/// The process's allocator (see Cargo.toml): here rather than in `main.rs`, so that the tests
/// and the scale bench measure the allocator the service runs on.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use axum::Router;
use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::config::Settings;
use crate::http::AppState;
use crate::statics::Statics;
use crate::store::Store;

/// Connects to the database (migrating it), reads the static files, loads the register's key,
/// creates the demo officer if asked (printing its password once), starts the hourly retention,
/// and binds the port: the listener and the service, ready for [`serve`].
pub async fn start(
    settings: &Settings,
    clock: Arc<dyn Clock>,
) -> Result<(TcpListener, Router), Box<dyn std::error::Error + Send + Sync>> {
    settings.checked_public_url()?;
    let store = Store::connect(&settings.database_url, settings.database_connections).await?;
    let statics = Statics::load(&settings.static_root)
        .map_err(|e| format!("reading {}: {e}", settings.static_root.display()))?;
    tracing::info!(
        files = statics.len(),
        build = statics.build(),
        "static files read"
    );
    let register_key =
        register::RegisterKey::load(&store, settings.register_key.as_deref()).await?;
    if settings.register_key.is_none() && settings.demo_officer.is_none() {
        tracing::warn!("REGISTER_KEY is not set: the register's key is kept in the database, beside the hashes it protects (a copy of the database can then be searched for every IIN); set REGISTER_KEY from the host's secret store");
    }
    let signing_key =
        signing::load(&store, settings.signing_key.as_deref(), clock.now_ms()).await?;
    if settings.signing_key.is_none() && settings.demo_officer.is_none() {
        tracing::warn!("SIGNING_KEY is not set: the key that signs the documents is kept in the database (whoever copies the database can sign documents that verify as genuine); set SIGNING_KEY from the host's secret store");
    }
    if let Some(institution) = &settings.demo_officer {
        if let Some((login, password, enrolment)) =
            staff::demo_officer(&store, institution, clock.now_ms()).await?
        {
            // Once, on standard output, for the person who started the demo; never logged.
            println!("kz-iin-server: demo officer for {institution}: login {login}, password {password} and second factor {} (shown once: add it to an authenticator app, then sign in at /staff/)", enrolment.uri);
        }
    }
    if let Some(address) = settings.metrics_addr {
        let bound = telemetry::serve(address, store.clone())
            .await
            .map_err(|e| format!("METRICS_ADDR {address}: {e}"))?;
        tracing::info!(address = %bound, "metrics at /metrics");
    }
    let policy = retention::Policy {
        decided_days: settings.retention_days,
        undecided_days: settings.undecided_retention_days,
    };
    tokio::spawn(retention_every_hour(store.clone(), policy, clock.clone()));
    match (&settings.webhook_url, &settings.webhook_secret) {
        (Some(url), Some(secret)) => {
            let hook = events::Webhook::new(url, secret)?;
            store.publish_events();
            tokio::spawn(events::deliver_continuously(
                store.clone(),
                hook,
                clock.clone(),
            ));
        }
        (Some(_), None) => return Err("WEBHOOK_URL needs WEBHOOK_SECRET".into()),
        (None, _) => {}
    }
    let listener = TcpListener::bind((settings.host, settings.port))
        .await
        .map_err(|e| format!("listening on {}:{}: {e}", settings.host, settings.port))?;
    // Without PUBLIC_URL, the documents name the address actually bound (PORT=0 picks one).
    let issuer = match listener.local_addr() {
        Ok(bound) if settings.public_url.is_none() => format!("http://{bound}"),
        _ => settings.public_url(),
    };
    if settings.public_url.is_none() && settings.demo_officer.is_none() {
        tracing::warn!(issuer = %issuer, "PUBLIC_URL is not set: the signed documents name this address as their issuer and in their verification link; set PUBLIC_URL to the URL people reach the service at");
    }
    let form_assets = Arc::new(http::apply::FormAssets::new(&statics));
    let verify_preloads = http::verify::preloads(&statics);
    let statics = Arc::new(statics);
    // Compressed at start, beside serving: a request for a file not done yet waits for that
    // file only.
    let compressing = statics.clone();
    tokio::task::spawn_blocking(move || compressing.compress_all());
    let state = AppState::new(http::Shared {
        store,
        form_assets,
        verify_preloads,
        statics,
        clock,
        body_limit: settings.body_limit,
        register_key,
        signing: Arc::new(http::Signing {
            key: signing_key,
            issuer,
            published: Default::default(),
        }),
        session: staff::Lifetime {
            idle_ms: i64::from(settings.session_idle_minutes.max(1)) * 60_000,
            max_ms: i64::from(settings.session_max_hours.max(1)) * 3_600_000,
        },
        staff_host: settings
            .staff_host
            .as_deref()
            .map(|h| h.trim().to_ascii_lowercase())
            .filter(|h| !h.is_empty()),
        limits: Arc::new(http::limits::Limits::new(
            settings.rate_limit_per_minute,
            settings.rate_limit_global_per_minute,
        )),
        trust_proxy: settings.trust_proxy,
    });
    let app = http::router(state, Duration::from_secs(settings.request_timeout.max(1)));
    Ok((listener, app))
}

/// How the service takes connections: at most `max_connections` open at once (past it, new
/// ones wait in the listener's backlog), at most `per_address` from one client (past it, a new
/// one is closed at once), `header_timeout` for a request's headers to arrive (a client that
/// trickles them is cut off), and a connection lives at most [`CONNECTION_LIFETIME`] (a client
/// that never reads its answer holds it no longer).
///
/// # Example
/// ```
/// let limits = kz_iin_server::Connections {
///     max_connections: 1024,
///     per_address: Some(64),
///     header_timeout: std::time::Duration::from_secs(10),
///     drain: std::time::Duration::from_secs(30),
/// };
/// assert!(limits.max_connections > 0);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Connections {
    /// Connections open at once.
    pub max_connections: usize,
    /// Connections open at once from one client address (`None`: no such limit).
    pub per_address: Option<usize>,
    /// Time for a request's headers.
    pub header_timeout: Duration,
    /// On shutdown, the longest the requests in flight are waited for.
    pub drain: Duration,
}

/// The longest a connection is kept, however it is used.
pub const CONNECTION_LIFETIME: Duration = Duration::from_secs(600);

/// The most a connection buffers of a request it reads (its headers must fit): 16 KiB, not
/// hyper's 400 KB, times every connection open.
const READ_BUFFER: usize = 16 * 1024;

impl Connections {
    /// From the settings (no limit per address behind a trusted proxy: every connection is the
    /// proxy's).
    pub fn from_settings(settings: &Settings) -> Connections {
        Connections {
            max_connections: settings.max_connections.max(1),
            per_address: (!settings.trust_proxy)
                .then_some(settings.max_connections_per_address.max(1)),
            header_timeout: Duration::from_secs(settings.header_timeout.max(1)),
            drain: Duration::from_secs(settings.request_timeout.max(1)),
        }
    }
}

/// The connections open per client, and a place held while one is.
#[derive(Default)]
struct PerAddress(std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>);

/// One connection's place in [`PerAddress`], given back when it closes.
struct Place(Arc<PerAddress>, std::net::IpAddr);

impl PerAddress {
    fn enter(open: &Arc<PerAddress>, client: std::net::IpAddr, most: usize) -> Option<Place> {
        let mut counts = open.0.lock().ok()?;
        let count = counts.entry(client).or_default();
        if *count >= most {
            return None;
        }
        *count += 1;
        Some(Place(open.clone(), client))
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        if let Ok(mut counts) = self.0 .0.lock() {
            if let Some(count) = counts.get_mut(&self.1) {
                *count -= 1;
                if *count == 0 {
                    counts.remove(&self.1);
                }
            }
        }
    }
}

/// Serves the service on its listener, with each connection's address (for throttling
/// sign-ins), with the default [`Connections`] (1,024, 10 s), until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let connections = Connections {
        max_connections: 1024,
        per_address: Some(64),
        header_timeout: Duration::from_secs(10),
        drain: Duration::from_secs(30),
    };
    serve_with(listener, app, shutdown, connections).await
}

/// [`serve`] with limits of its own: connections are accepted while fewer than the maximum are
/// open, each served by hyper's HTTP/1.1 with a header-read timeout; on `shutdown`, no more are
/// accepted and those open finish what they are doing (hyper's graceful shutdown).
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    connections: Connections,
) -> std::io::Result<()> {
    use axum::extract::ConnectInfo;
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;

    let open = Arc::new(tokio::sync::Semaphore::new(connections.max_connections));
    let per_address = Arc::new(PerAddress::default());
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => permit.map_err(std::io::Error::other)?,
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors, a connection reset before it was accepted: the
                // listener is fine; wait a moment rather than spin.
                Err(e) => {
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let place = match connections.per_address {
            Some(most) => {
                let client = http::limits::client_key(peer.ip());
                match PerAddress::enter(&per_address, client, most) {
                    Some(place) => Some(place),
                    // Closed at once: this client holds its share already.
                    None => continue,
                }
            }
            None => None,
        };
        let _ = stream.set_nodelay(true);
        let service = app.clone().map_request(
            move |mut request: axum::http::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            },
        );
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(connections.header_timeout)
            .max_buf_size(READ_BUFFER)
            .serve_connection(
                TokioIo::new(stream),
                hyper_util::service::TowerToHyperService::new(service),
            );
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, connection).await;
            drop(place);
            drop(permit);
        });
    }
    drop(listener);
    // Idle keep-alive connections close now; those with a request finish it (up to the drain).
    if tokio::time::timeout(connections.drain, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("stopping: some requests did not finish in time");
    }
    Ok(())
}

/// Retention, at start and then every hour, by one process at a time: the one that takes the
/// lease (several processes on one PostgreSQL do not all erase the same rows; if the holder
/// dies, its lease runs out and another takes it at its next hour).
async fn retention_every_hour(store: Store, policy: retention::Policy, clock: Arc<dyn Clock>) {
    const LEASE: &str = "retention";
    let holder = uuid::Uuid::new_v4().to_string();
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let now = clock.now_ms();
        match store
            .take_lease(LEASE, &holder, now, now + 30 * 60_000)
            .await
        {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => {
                tracing::error!(error = %e, "retention failed");
                continue;
            }
        }
        match retention::run(&store, policy, now).await {
            Ok(erased) if erased.failed > 0 => tracing::error!(
                decided = erased.decided,
                undecided = erased.undecided,
                failed = erased.failed,
                "retention failed to erase some applications' personal data"
            ),
            Ok(erased) if erased.decided + erased.undecided > 0 => {
                tracing::info!(
                    decided = erased.decided,
                    undecided = erased.undecided,
                    "personal data erased"
                )
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "retention failed"),
        }
        // Delivered events (no personal data) are kept a week, for the administrators' view.
        if let Err(e) = events::prune(&store, now, 7).await {
            tracing::warn!(error = %e, "delivered events could not be forgotten");
        }
        if let Err(e) = store.release_lease(LEASE, &holder).await {
            tracing::warn!(error = %e, "the retention lease could not be given back; it runs out");
        }
    }
}
