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
pub mod http;
pub mod officers;
pub mod register;
pub mod retention;
pub mod second_factor;
pub mod staff;
pub(crate) mod statics;
pub mod store;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

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
    if let Some(institution) = &settings.demo_officer {
        if let Some((login, password, enrolment)) =
            staff::demo_officer(&store, institution, clock.now_ms()).await?
        {
            // Once, on standard output, for the person who started the demo; never logged.
            println!("kz-iin-server: demo officer for {institution}: login {login}, password {password} and second factor {} (shown once: add it to an authenticator app, then sign in at /staff/)", enrolment.uri);
        }
    }
    let policy = retention::Policy {
        decided_days: settings.retention_days,
        undecided_days: settings.undecided_retention_days,
    };
    tokio::spawn(retention_every_hour(store.clone(), policy, clock.clone()));
    let form_assets = Arc::new(http::apply::FormAssets::new(&statics));
    let state = AppState {
        store,
        form_assets,
        statics: Arc::new(statics),
        clock,
        body_limit: settings.body_limit,
        register_key,
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
    };
    let app = http::router(state, Duration::from_secs(settings.request_timeout.max(1)));
    let listener = TcpListener::bind((settings.host, settings.port))
        .await
        .map_err(|e| format!("listening on {}:{}: {e}", settings.host, settings.port))?;
    Ok((listener, app))
}

/// Serves the service on its listener, with each connection's address (for throttling
/// sign-ins), until the future `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Retention, at start and then every hour.
async fn retention_every_hour(store: Store, policy: retention::Policy, clock: Arc<dyn Clock>) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match retention::run(&store, policy, clock.now_ms()).await {
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
    }
}
