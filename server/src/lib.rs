//! kz-iin-server: the service behind the kz-iin form. A thin shell over the core: every decision
//! about an application is a call into `kz_iin` (validate, word, render, check an IIN); what the
//! server owns is what only a server can: HTTP, storage, idempotency, and (next) sessions,
//! access per institution, audit and retention.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! use clap::Parser;
//! let cli = kz_iin_server::config::Cli::parse_from(["kz-iin-server", "--port", "0"]);
//! let (listener, app) = kz_iin_server::start(&cli.settings, std::sync::Arc::new(kz_iin_server::clock::SystemClock)).await?;
//! axum::serve(listener, app).await?;
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod clock;
pub mod config;
pub mod http;
pub(crate) mod statics;
pub mod store;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;

use crate::clock::Clock;
use crate::config::Settings;
use crate::http::AppState;
use crate::statics::Statics;
use crate::store::Store;

/// Connects to the database (migrating it), reads the static files, binds the port: the
/// listener and the service, ready for `axum::serve`.
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
    let state = AppState {
        store,
        statics: Arc::new(statics),
        clock,
        body_limit: settings.body_limit,
    };
    let app = http::router(state, Duration::from_secs(settings.request_timeout.max(1)));
    let listener = TcpListener::bind((settings.host, settings.port))
        .await
        .map_err(|e| format!("listening on {}:{}: {e}", settings.host, settings.port))?;
    Ok((listener, app))
}
