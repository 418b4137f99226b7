#![allow(dead_code)]
//! What the server's tests share: a fresh database of each kind (a SQLite file in a temporary
//! folder; a database of its own on the PostgreSQL cluster that scripts/test.sh starts, named by
//! KZ_IIN_TEST_POSTGRES), the service started on it (in this process, or as the real binary for
//! what needs a process: a kill, its logs), and a valid application.

pub mod desk;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use kz_iin_server::clock::{Clock, ManualClock};
use kz_iin_server::config::Settings;

/// The project's root (www/ and dist/ are served from there).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique(prefix: &str) -> String {
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// A database for one test, dropped (PostgreSQL) or deleted (SQLite) when it goes.
pub struct Database {
    /// Its `DATABASE_URL`.
    pub url: String,
    /// `sqlite` or `postgres`, for messages.
    pub kind: &'static str,
    cleanup: Option<Box<dyn FnOnce() + Send>>,
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Some(cleanup) = self.cleanup.take() {
            cleanup();
        }
    }
}

/// A new SQLite file in a folder of its own.
pub fn sqlite() -> Database {
    let dir = std::env::temp_dir().join(unique("kz-iin-test"));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/kz-iin.db", dir.display());
    Database {
        url,
        kind: "sqlite",
        cleanup: Some(Box::new(move || {
            let _ = std::fs::remove_dir_all(&dir);
        })),
    }
}

/// A new database on the test cluster. The tests on PostgreSQL are part of the suite, not an
/// option: without KZ_IIN_TEST_POSTGRES they fail, saying how to run them.
pub async fn postgres() -> Database {
    let admin = std::env::var("KZ_IIN_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!("KZ_IIN_TEST_POSTGRES is not set: run the server's tests through `npm test` or `bash scripts/with-postgres.sh cargo test -p kz-iin-server`, which start a throw-away PostgreSQL cluster")
    });
    let name = unique("kz_iin_test");
    let pool = sqlx::PgPool::connect(&admin)
        .await
        .expect("the test cluster");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    let url = format!("{base}/{name}");
    Database {
        url,
        kind: "postgres",
        cleanup: Some(Box::new(move || {
            // Dropped from a thread of its own: Drop may run inside the tests' runtime.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&pool)
                                .await;
                    }
                });
            })
            .join();
        })),
    }
}

/// Both kinds: every test runs on each.
pub async fn databases() -> Vec<Database> {
    vec![sqlite(), postgres().await]
}

/// The settings of a test server on `url`: any free port, this project's pages, the defaults
/// of `kz-iin-server --help` for the rest but the limits on anonymous requests and connections
/// per address (the tests that send many requests from one address are about other things; the
/// limits' own tests set low ones).
pub fn settings(url: &str) -> Settings {
    use clap::Parser;
    let mut settings = kz_iin_server::config::Cli::parse_from(["kz-iin-server"]).settings;
    settings.database_url = url.to_string();
    settings.port = 0;
    settings.host = "127.0.0.1".parse().unwrap();
    settings.static_root = root();
    settings.rate_limit_per_minute = 0;
    settings.rate_limit_global_per_minute = 0;
    settings.max_connections_per_address = 100_000;
    settings
}

/// A server running in this process.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Its `DATABASE_URL`.
    pub url: String,
    /// The clock it reads.
    pub clock: Arc<ManualClock>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// 2026-12-03 12:00 UTC, the day the tests' applications are made for.
pub const NOW_MS: i64 = 1_796_299_200_000;

/// Starts the service on a database, in this process, with a clock the test moves.
pub async fn start(url: &str) -> Server {
    start_with(&settings(url)).await
}

/// Starts the service with settings of the test's own.
pub async fn start_with(settings: &Settings) -> Server {
    let clock = Arc::new(ManualClock::new(NOW_MS));
    let (listener, app) = kz_iin_server::start(settings, clock.clone() as Arc<dyn Clock>)
        .await
        .expect("the server starts");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let connections = kz_iin_server::Connections::from_settings(settings);
    let task = tokio::spawn(async move {
        let _ = kz_iin_server::serve_with(listener, app, std::future::pending(), connections).await;
    });
    Server {
        base,
        url: settings.database_url.clone(),
        clock,
        task,
    }
}

/// The real binary, as people start it: its URL (from the line it prints) and its stderr (the
/// logs), kept in a file.
pub struct Process {
    pub child: Child,
    pub base: String,
    pub log: PathBuf,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // A failed test's log stays, for a look at what the server said.
        if !std::thread::panicking() {
            let _ = std::fs::remove_file(&self.log);
        }
    }
}

impl Process {
    /// What the process logged so far.
    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// Starts `kz-iin-server` on `url` (any free port) and waits for the URL it prints.
pub fn spawn(url: &str) -> Process {
    spawn_with(url, &[])
}

/// [`spawn`], with more environment variables.
pub fn spawn_with(url: &str, env: &[(&str, &str)]) -> Process {
    use std::io::{BufRead, BufReader};
    let log = std::env::temp_dir().join(format!("{}.log", unique("kz-iin-server")));
    let mut child = Command::new(env!("CARGO_BIN_EXE_kz-iin-server"))
        .env("DATABASE_URL", url)
        .env("PORT", "0")
        .env("STATIC_ROOT", root())
        .env("LOG", "debug,sqlx=debug,hyper=debug")
        .env("RATE_LIMIT_PER_MINUTE", "0")
        .env("RATE_LIMIT_GLOBAL_PER_MINUTE", "0")
        .env("MAX_CONNECTIONS_PER_ADDRESS", "100000")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let base = line
        .trim()
        .strip_prefix("kz-iin-server: ")
        .and_then(|u| u.strip_suffix("/www/"))
        .unwrap_or_else(|| {
            panic!(
                "the server printed {line:?}; its log: {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            )
        })
        .to_string();
    Process { child, base, log }
}

/// A valid application (the shared vectors' "base" case), for the tests' day.
pub fn application() -> serde_json::Value {
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/vectors/applications.json")).unwrap();
    vectors["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "base")
        .unwrap()["data"]
        .clone()
}

/// An application as a form posts it: dates as three boxes, consents as "true".
pub fn form_pairs(app: &serde_json::Value) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (key, value) in app.as_object().unwrap() {
        match value {
            serde_json::Value::Bool(true) => pairs.push((key.clone(), "true".into())),
            serde_json::Value::String(s) if key.ends_with("Date") => {
                let mut parts = s.split('-');
                let (y, m, d) = (
                    parts.next().unwrap(),
                    parts.next().unwrap(),
                    parts.next().unwrap(),
                );
                for (part, v) in [("day", d), ("month", m), ("year", y)] {
                    pairs.push((format!("{key}-{part}"), v.to_string()));
                }
            }
            serde_json::Value::String(s) => pairs.push((key.clone(), s.clone())),
            _ => {}
        }
    }
    pairs
}

/// An HTTP client that keeps no cookies and follows no redirects.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// POSTs an application body with a key; the status and the JSON answer.
pub async fn submit(
    client: &reqwest::Client,
    base: &str,
    key: &str,
    body: &serde_json::Value,
) -> (u16, serde_json::Value) {
    let response = client
        .post(format!("{base}/api/applications"))
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .body(body.to_string())
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    (
        status,
        response.json().await.unwrap_or(serde_json::Value::Null),
    )
}

/// Every stored application: (key, id, receipt), sorted by key.
pub async fn rows(url: &str) -> Vec<(String, String, String)> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.unwrap();
    let mut rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT idempotency_key, id, receipt FROM applications")
            .fetch_all(&pool)
            .await
            .unwrap();
    pool.close().await;
    rows.sort();
    rows
}

/// Sends raw bytes and reads the whole answer (the request says `Connection: close`), or what
/// came before the server closed.
pub fn answer_to(base: &str, request: &[u8]) -> String {
    let mut stream = std::net::TcpStream::connect(base.trim_start_matches("http://")).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let _ = std::io::Write::write_all(&mut stream, request);
    let mut answer = Vec::new();
    let _ = std::io::Read::read_to_end(&mut stream, &mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}
