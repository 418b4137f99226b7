//! Running it for real (issue 24, in part): a service manager's SIGTERM under load loses no
//! answered request and exits 0; a backup taken while serving restores to a service that lost
//! nothing it acknowledged before the backup began; structured logs hold no personal data.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::desk::{officers, DAY};
use common::{application, client, databases, rows, spawn_with, submit};
use serde_json::json;

/// Clients that send applications until told to stop or until the service is gone; every
/// application the service acknowledged (201), with its key and receipt.
struct Load {
    stop: Arc<AtomicBool>,
    acknowledged: Arc<Mutex<Vec<(String, String)>>>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Load {
    fn start(base: &str, clients: usize) -> Load {
        let stop = Arc::new(AtomicBool::new(false));
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let tasks = (0..clients)
            .map(|c| {
                let (base, stop, acknowledged) =
                    (base.to_string(), stop.clone(), acknowledged.clone());
                tokio::spawn(async move {
                    let http = client();
                    let mut n = 0;
                    while !stop.load(Ordering::Relaxed) {
                        let key = format!("load-{c}-{n}");
                        let mut app = application();
                        app["documentNumber"] = json!(format!("L{c}N{n}"));
                        let sent = http
                            .post(format!("{base}/api/applications"))
                            .header("content-type", "application/json")
                            .header("idempotency-key", &key)
                            .body(app.to_string())
                            .send()
                            .await;
                        let Ok(response) = sent else {
                            // The service is gone (or going): what was not answered may be
                            // retried with its key; nothing to count.
                            break;
                        };
                        if response.status() == 201 {
                            let body: serde_json::Value = response.json().await.unwrap();
                            acknowledged
                                .lock()
                                .unwrap()
                                .push((key, body["receipt"].as_str().unwrap().to_string()));
                        }
                        n += 1;
                    }
                })
            })
            .collect();
        Load {
            stop,
            acknowledged,
            tasks,
        }
    }

    fn so_far(&self) -> Vec<(String, String)> {
        self.acknowledged.lock().unwrap().clone()
    }

    async fn finish(self) -> Vec<(String, String)> {
        self.stop.store(true, Ordering::Relaxed);
        for task in self.tasks {
            task.await.unwrap();
        }
        self.acknowledged.lock().unwrap().clone()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_under_load_finishes_what_is_in_flight_loses_nothing_and_exits_0() {
    for db in databases().await {
        let mut server = spawn_with(&db.url, &[]);
        let load = Load::start(&server.base, 16);
        tokio::time::sleep(Duration::from_millis(800)).await;
        let pid = server.child.id().to_string();
        // The shell's own kill: no package needed for it.
        let signalled = std::process::Command::new("sh")
            .args(["-c", &format!("kill -TERM {pid}")])
            .status()
            .unwrap();
        assert!(signalled.success());
        let exit = tokio::task::spawn_blocking(move || {
            let status = server.child.wait().unwrap();
            (status, server)
        })
        .await
        .unwrap();
        let (status, server) = exit;
        assert_eq!(status.code(), Some(0), "{}: {}", db.kind, server.logs());
        let acknowledged = load.finish().await;
        assert!(
            acknowledged.len() > 16,
            "{}: the load ran ({})",
            db.kind,
            acknowledged.len()
        );
        let kept: std::collections::HashMap<String, String> = rows(&db.url)
            .await
            .into_iter()
            .map(|(key, _, receipt)| (key, receipt))
            .collect();
        for (key, receipt) in &acknowledged {
            assert_eq!(
                kept.get(key),
                Some(receipt),
                "{}: {key} was answered 201",
                db.kind
            );
        }
        assert!(server.logs().contains("finishing the requests in flight"));
    }
}

/// `kz-iin-server backup --to FILE`, as a host's scheduler runs it: whether it succeeded, and
/// what it said.
async fn backup(url: &str, to: &std::path::Path) -> (bool, String) {
    let (url, to) = (url.to_string(), to.to_path_buf());
    tokio::task::spawn_blocking(move || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kz-iin-server"))
            .args(["backup", "--to"])
            .arg(&to)
            .env("DATABASE_URL", &url)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_backup_taken_while_serving_restores_everything_acknowledged_before_it() {
    let db = common::sqlite();
    let key = "e5".repeat(32);
    let env = [("REGISTER_KEY", key.as_str())];
    let server = spawn_with(&db.url, &env);
    let store = officers(&db.url).await;
    // A person with a recorded IIN, before the backup.
    let (status, first) = submit(&client(), &server.base, "holder", &application()).await;
    assert_eq!(status, 201);
    let officer = kz_iin_server::staff::Officer {
        login: "anna".into(),
        institution: Some("deu".into()),
        csrf: String::new(),
    };
    let register = kz_iin_server::register::RegisterKey::from_hex(&key).unwrap();
    kz_iin_server::officers::decide(
        &store,
        &register,
        &officer,
        first["id"].as_str().unwrap(),
        kz_iin_server::officers::Decide::Certificate {
            iin: "900517400015".into(),
            same_holder: false,
        },
        "2026-12-06",
        common::NOW_MS + DAY,
    )
    .await
    .unwrap();
    let load = Load::start(&server.base, 8);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = load.so_far();
    let copy =
        std::path::Path::new(db.url.trim_start_matches("sqlite://")).with_file_name("backup.db");
    let out = backup(&db.url, &copy).await;
    assert!(out.0, "{}", out.1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let during = load.finish().await;
    assert!(
        during.len() > before.len(),
        "the service served through the backup"
    );
    drop(server);

    // Restored: a service started on the copy.
    let restored_url = format!("sqlite://{}", copy.display());
    let restored = spawn_with(&restored_url, &env);
    let kept: std::collections::HashMap<String, String> = rows(&restored_url)
        .await
        .into_iter()
        .map(|(key, _, receipt)| (key, receipt))
        .collect();
    for (key, receipt) in &before {
        assert_eq!(
            kept.get(key),
            Some(receipt),
            "{key}, acknowledged before the backup"
        );
    }
    // The register still refuses the recorded person a second IIN.
    let (status, again) = submit(&client(), &restored.base, "again", &application()).await;
    assert_eq!(status, 201);
    let restored_store = kz_iin_server::store::Store::connect(&restored_url, 2)
        .await
        .unwrap();
    let second = kz_iin_server::officers::decide(
        &restored_store,
        &register,
        &officer,
        again["id"].as_str().unwrap(),
        kz_iin_server::officers::Decide::Certificate {
            iin: "900517400124".into(),
            same_holder: false,
        },
        "2026-12-06",
        common::NOW_MS + DAY,
    )
    .await;
    assert!(
        matches!(second, Err(kz_iin_server::officers::Refused::PersonHasIin)),
        "{second:?}"
    );
    // Receipts go on without reusing a number.
    let receipts: std::collections::HashSet<&String> = kept.values().collect();
    assert!(!receipts.contains(&again["receipt"].as_str().unwrap().to_string()));
    // A file that exists is not overwritten; PostgreSQL is pg_dump's.
    assert!(!backup(&restored_url, &copy).await.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn json_logs_are_one_object_a_line_and_hold_no_personal_data() {
    let db = common::sqlite();
    let server = spawn_with(&db.url, &[("LOG_FORMAT", "json"), ("LOG", "debug")]);
    const MARK: &str = "Qjsonlogmarker";
    let mut app = application();
    app["surnameLatin"] = json!(MARK);
    let (status, _) = submit(&client(), &server.base, "json-log", &app).await;
    assert_eq!(status, 201);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let logs = server.logs();
    let lines: Vec<&str> = logs.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() > 3);
    for line in &lines {
        let object: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            object["timestamp"].is_string() && object["level"].is_string(),
            "{line}"
        );
    }
    assert!(logs.contains("/api/applications") && !logs.contains(MARK));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_process_holds_an_hourly_jobs_lease_and_retentions_side_by_side_erase_each_row_once() {
    for db in databases().await {
        let store = kz_iin_server::store::Store::connect(&db.url, 4)
            .await
            .unwrap();
        // Ten processes asking at once: one has it.
        let asks = (0..10).map(|n| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .take_lease("job", &format!("p{n}"), 1_000, 2_000)
                    .await
                    .unwrap()
            })
        });
        let mut held = 0;
        for ask in asks {
            held += usize::from(ask.await.unwrap());
        }
        assert_eq!(held, 1, "{}", db.kind);
        assert!(!store.take_lease("job", "late", 1_500, 2_500).await.unwrap());
        assert!(
            store.take_lease("job", "late", 2_000, 3_000).await.unwrap(),
            "{}: its time up",
            db.kind
        );
        store.release_lease("job", "someone else").await.unwrap();
        assert!(!store
            .take_lease("job", "other", 2_100, 3_100)
            .await
            .unwrap());
        store.release_lease("job", "late").await.unwrap();
        assert!(store
            .take_lease("job", "other", 2_100, 3_100)
            .await
            .unwrap());

        // 1,200 applications due, erased by three runs at once: each once, none failed.
        let pool = {
            sqlx::any::install_default_drivers();
            sqlx::AnyPool::connect(&db.url).await.unwrap()
        };
        let value = application().to_string();
        for chunk in 0..12 {
            let mut sql = String::from(
                "INSERT INTO applications (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, value) VALUES ",
            );
            for n in 0..100 {
                let i = chunk * 100 + n;
                if n > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!(
                    "('{:08x}-0000-4000-8000-000000000000', 'due-{i}', '', 'deu', 'DEU-2020-{i:06}', 'en', 0, $1)",
                    i
                ));
            }
            sqlx::query(&sql).bind(&value).execute(&pool).await.unwrap();
        }
        let policy = kz_iin_server::retention::Policy {
            decided_days: 30,
            undecided_days: 180,
        };
        let runs = (0..3).map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                kz_iin_server::retention::run(&store, policy, 200 * DAY)
                    .await
                    .unwrap()
            })
        });
        let (mut erased, mut failed) = (0, 0);
        for run in runs {
            let done = run.await.unwrap();
            erased += done.undecided;
            failed += done.failed;
        }
        assert_eq!((erased, failed), (1200, 0), "{}", db.kind);
        let (left,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM applications WHERE value IS NOT NULL")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(left, 0);
        pool.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn metrics_are_on_a_listener_of_their_own_by_route_template_and_name_no_one() {
    let db = common::sqlite();
    let server = spawn_with(&db.url, &[("METRICS_ADDR", "127.0.0.1:0"), ("LOG", "info")]);
    let address = server
        .logs()
        .lines()
        .find(|l| l.contains("metrics at /metrics"))
        .and_then(|l| l.split("address=").nth(1))
        .map(|a| a.split_whitespace().next().unwrap().to_string())
        .unwrap_or_else(|| panic!("no metrics address in {}", server.logs()));
    let http = client();
    const MARK: &str = "Qmetricsmarker";
    let mut app = application();
    app["surnameLatin"] = json!(MARK);
    let (status, _) = submit(&http, &server.base, "metrics-secret-key", &app).await;
    assert_eq!(status, 201);
    let _ = http
        .get(format!("{}/apply/done/metrics-secret-key", server.base))
        .send()
        .await
        .unwrap();
    let _ = http
        .post(format!("{}/api/staff/login", server.base))
        .json(&json!({ "login": "nobody", "password": "wrong", "code": "000000" }))
        .send()
        .await
        .unwrap();
    let page = http
        .get(format!("http://{address}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for expected in [
        "kz_iin_http_requests_total{route=\"/api/applications\",status=\"201\"} 1",
        "kz_iin_http_requests_total{route=\"/apply/done/{key}\",status=\"200\"} 1",
        "kz_iin_http_request_duration_seconds_bucket{route=\"/api/applications\",le=\"0.05\"}",
        "kz_iin_commit_batch_size_bucket{le=\"1\"} 1",
        "kz_iin_commit_duration_seconds_count 1",
        "kz_iin_sign_in_failures_total{reason=\"wrong\"} 1",
        "kz_iin_db_connections{pool=\"writer\",state=\"idle\"}",
    ] {
        assert!(page.contains(expected), "{expected} missing from:\n{page}");
    }
    assert!(!page.contains("metrics-secret-key") && !page.contains(MARK));
    // Not on the service's own port.
    let public = http
        .get(format!("{}/metrics", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status(), 404);
}
