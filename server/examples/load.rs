//! The service under load, for `npm run bench`: 64 concurrent clients post valid applications
//! (each with a key of its own) to the service on a fresh database for a while, and then 64
//! concurrent tasks insert the same bytes straight into a table of the same shape in the same
//! database, with the same durability: the limit the service is measured against. Prints one
//! JSON line of figures.
//!
//!   cargo run --profile server -p kz-iin-server --example load -- sqlite|postgres [SECONDS]
//!
//! PostgreSQL: a database is created on the cluster KZ_IIN_TEST_POSTGRES names (run it through
//! scripts/with-postgres.sh); then three service processes (the `kz-iin-server` binary beside
//! this example's folder) on a database of their own take the same load, the clients spread over
//! them: the scale-out path, against one process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod bench;

use kz_iin_server::clock::SystemClock;
use kz_iin_server::store::Store;
use serde_json::json;

const CLIENTS: usize = 64;

/// Runs `work` on 64 tasks until `seconds` have passed (after a second of warm-up, not
/// counted); the latencies of the operations finished in the measured time, and that time.
async fn measure<F, Fut>(seconds: u64, work: F) -> (Vec<Duration>, Duration)
where
    F: Fn(usize, u64) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let measuring = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for client in 0..CLIENTS {
        let (work, measuring, stop) = (work.clone(), measuring.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let counted = measuring.load(Ordering::Relaxed);
                let started = Instant::now();
                let ok = work(client, n).await;
                n += 1;
                assert!(ok, "an operation failed under load");
                if counted && !stop.load(Ordering::Relaxed) {
                    latencies.push(started.elapsed());
                }
            }
            latencies
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    measuring.store(true, Ordering::Relaxed);
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort_unstable();
    (all, elapsed)
}

fn figures(latencies: &[Duration], elapsed: Duration) -> serde_json::Value {
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * q) as usize)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    json!({ "per_s": latencies.len() as f64 / elapsed.as_secs_f64(), "p50_ms": at(0.5), "p99_ms": at(0.99), "count": latencies.len() })
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| "sqlite".into());
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(8);
    let (url, dir) = bench::database(&kind, "load").await;
    let settings = bench::settings(&url, &dir);
    let (listener, app) = kz_iin_server::start(&settings, Arc::new(SystemClock))
        .await
        .unwrap();
    let base = format!("http://{}/api/applications", listener.local_addr().unwrap());
    let connections = kz_iin_server::Connections::from_settings(&settings);
    tokio::spawn(kz_iin_server::serve_with(
        listener,
        app,
        std::future::pending(),
        connections,
    ));

    // A valid application for today, the same bytes every time but for its key.
    let data = bench::application(kz_iin_server::clock::Clock::now_ms(&SystemClock));
    let body = Arc::new(data.to_string());

    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();
    let (service, elapsed) = measure(seconds, {
        let (http, base, body) = (http.clone(), base.clone(), body.clone());
        move |client, n| {
            let (http, base, body) = (http.clone(), base.clone(), body.clone());
            async move {
                let r = http
                    .post(&base)
                    .header("content-type", "application/json")
                    .header("idempotency-key", format!("load-{client}-{n}"))
                    .body(body.to_string())
                    .send()
                    .await;
                matches!(r, Ok(r) if r.status() == 201)
            }
        }
    })
    .await;

    // The limit: the same row, inserted straight into the same database, as durably.
    let store = Store::connect(&url, 16).await.unwrap();
    sqlx::query("CREATE TABLE bare (id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, body_sha256 TEXT NOT NULL, institution TEXT NOT NULL, receipt TEXT NOT NULL UNIQUE, lang TEXT NOT NULL, received_at BIGINT NOT NULL, value TEXT NOT NULL)")
        .execute(store.writer())
        .await
        .unwrap();
    let value: Arc<String> = Arc::new(
        sqlx::query_scalar::<_, String>("SELECT value FROM applications LIMIT 1")
            .fetch_one(store.reader())
            .await
            .unwrap(),
    );
    let (bare, bare_elapsed) = measure(seconds, {
        let (store, value) = (store.clone(), value.clone());
        move |client, n| {
            let (store, value) = (store.clone(), value.clone());
            async move {
                let id = format!("{client}-{n}");
                sqlx::query("INSERT INTO bare (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, value) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                    .bind(&id)
                    .bind(&id)
                    .bind("0".repeat(64))
                    .bind("deu")
                    .bind(format!("DEU-{id}"))
                    .bind("en")
                    .bind(0i64)
                    .bind(value.as_str())
                    .execute(store.writer())
                    .await
                    .is_ok()
            }
        }
    })
    .await;
    let three = if kind == "postgres" {
        Some(three_processes(seconds, &body).await)
    } else {
        None
    };
    println!(
        "{}",
        json!({ "database": kind, "clients": CLIENTS, "service": figures(&service, elapsed), "bare": figures(&bare, bare_elapsed), "three": three })
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Three processes of the service's binary on one new database of the cluster, the 64 clients
/// spread over them: their figures.
async fn three_processes(seconds: u64, body: &Arc<String>) -> serde_json::Value {
    use std::io::{BufRead, BufReader};
    let admin = std::env::var("KZ_IIN_TEST_POSTGRES").unwrap();
    let name = format!("kz_iin_load3_{}", std::process::id());
    let pool = sqlx::PgPool::connect(&admin).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .unwrap();
    let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    // Migrated once, before three processes start at the same moment.
    drop(Store::connect(&url, 2).await.unwrap());
    let binary = std::env::current_exe()
        .unwrap()
        .parent()
        .and_then(|examples| examples.parent())
        .unwrap()
        .join("kz-iin-server");
    let mut children = Vec::new();
    let mut bases = Vec::new();
    for _ in 0..3 {
        let mut child = std::process::Command::new(&binary)
            .arg("serve")
            .env("DATABASE_URL", &url)
            .env("PORT", "0")
            .env(
                "STATIC_ROOT",
                std::env::temp_dir().join("kz-iin-no-static-files"),
            )
            .env("RATE_LIMIT_PER_MINUTE", "0")
            .env("RATE_LIMIT_GLOBAL_PER_MINUTE", "0")
            .env("MAX_CONNECTIONS_PER_ADDRESS", "100000")
            .env("REGISTER_KEY", "ab".repeat(32))
            .env("LOG", "warn")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (cargo build --profile server -p kz-iin-server)",
                    binary.display()
                )
            });
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .trim()
            .trim_start_matches("kz-iin-server: ")
            .trim_end_matches("/www/")
            .to_string();
        bases.push(format!("{base}/api/applications"));
        children.push(child);
    }
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();
    let bases = Arc::new(bases);
    let (latencies, elapsed) = measure(seconds, {
        let (http, body) = (http.clone(), body.clone());
        move |client, n| {
            let (http, body, bases) = (http.clone(), body.clone(), bases.clone());
            async move {
                let r = http
                    .post(&bases[client % 3])
                    .header("content-type", "application/json")
                    .header("idempotency-key", format!("three-{client}-{n}"))
                    .body(body.to_string())
                    .send()
                    .await;
                matches!(r, Ok(r) if r.status() == 201)
            }
        }
    })
    .await;
    for mut child in children {
        let _ = child.kill();
        let _ = child.wait();
    }
    figures(&latencies, elapsed)
}
