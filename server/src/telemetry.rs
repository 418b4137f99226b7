//! What the host's monitoring reads: `GET /metrics` in Prometheus's text format, on a listener of
//! its own (`METRICS_ADDR`, none when unset), so that a scraper on the host's network reaches it
//! and the public never does. The figures are recorded with the `metrics` facade where they
//! happen (requests, group commits, retention, sign-ins) and written by
//! `metrics-exporter-prometheus`; none names a person, a key or an id.
//!
//! | metric | kind | what |
//! |---|---|---|
//! | `kz_iin_http_requests_total{route,status}` | counter | requests by route template and status |
//! | `kz_iin_http_request_duration_seconds{route}` | histogram | their latency |
//! | `kz_iin_commit_batch_size` | histogram | applications per group commit |
//! | `kz_iin_commit_duration_seconds` | histogram | a group commit's time |
//! | `kz_iin_writer_waiting` | gauge | applications waiting for the writer |
//! | `kz_iin_retention_runs_total`, `kz_iin_retention_erased_total`, `kz_iin_retention_failed_total` | counters | retention's runs, applications erased, applications it could not erase |
//! | `kz_iin_sign_in_failures_total{reason}` | counter | sign-ins refused: `wrong`, `throttled`, `busy` |
//! | `kz_iin_db_connections{pool,state}` | gauge | the database pools' connections, `idle` and `busy` |
//! | `kz_iin_events_waiting`, `kz_iin_events_failed` | gauges | events not yet delivered, and those given up on after a day (read at each scrape) |
//! | `kz_iin_token_refusals_total{reason}` | counter | bearer tokens refused: `unknown` (forged, revoked), `scope` (a read token deciding) |
//! | `kz_iin_events_delivered_total`, `kz_iin_event_attempts_failed_total`, `kz_iin_events_given_up_total` | counters | this process's deliveries, refused attempts, events given up on |

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::store::Store;

/// The buckets of latencies, in seconds: from a static file to a request's timeout.
const SECONDS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 30.0,
];
/// The buckets of a group commit's size (at most 64 applications).
const BATCH: [f64; 8] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 48.0, 64.0];

/// The process's recorder, installed once (the facade has one per process).
fn handle() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &SECONDS)
                .and_then(|b| {
                    b.set_buckets_for_metric(
                        Matcher::Full("kz_iin_commit_batch_size".into()),
                        &BATCH,
                    )
                })
                .and_then(|b| b.install_recorder())
                .map_err(|e| tracing::error!(error = %e, "metrics cannot be recorded"))
                .ok()
        })
        .as_ref()
}

/// Serves `GET /metrics` on `address` (with the service's store, for the pools' figures), and
/// keeps the recorder's upkeep; the address it listens on (a port 0 made concrete).
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> std::io::Result<()> {
/// let bound = kz_iin_server::telemetry::serve("127.0.0.1:9464".parse().unwrap(), store).await?;
/// println!("scrape http://{bound}/metrics");
/// # Ok(()) }
/// ```
pub async fn serve(address: SocketAddr, store: Store) -> std::io::Result<SocketAddr> {
    let Some(handle) = handle() else {
        return Err(std::io::Error::other("metrics cannot be recorded"));
    };
    let listener = tokio::net::TcpListener::bind(address).await?;
    let bound = listener.local_addr()?;
    let app = Router::new().route(
        "/metrics",
        get(move || {
            let store = store.clone();
            async move {
                store.record_pools();
                match crate::events::counts(&store).await {
                    Ok(counts) => {
                        metrics::gauge!("kz_iin_events_waiting").set(counts.waiting as f64);
                        metrics::gauge!("kz_iin_events_failed").set(counts.failed as f64);
                    }
                    Err(e) => tracing::warn!(error = %e, "events could not be counted"),
                }
                handle.render()
            }
        }),
    );
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            handle.run_upkeep();
        }
    });
    Ok(bound)
}

/// The middleware that counts every request by its route's template (never its path, which may
/// hold a key or an id) and status, and times it.
///
/// # Example
/// ```
/// let app: axum::Router = axum::Router::new()
///     .route("/x/{id}", axum::routing::get(|| async { "ok" }))
///     .layer(axum::middleware::from_fn(kz_iin_server::telemetry::record));
/// ```
pub async fn record(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or_else(
        || "(static or none)".to_string(),
        |m| m.as_str().to_string(),
    );
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("kz_iin_http_requests_total", "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("kz_iin_http_request_duration_seconds", "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}
