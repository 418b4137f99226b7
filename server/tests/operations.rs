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

/// Certifies `iin` to application `id` as the officer, straight through the service's own code.
async fn certify(
    store: &kz_iin_server::store::Store,
    key: &kz_iin_server::register::RegisterKey,
    id: &str,
    iin: &str,
) -> Result<(), kz_iin_server::officers::Refused> {
    let officer = kz_iin_server::staff::Officer {
        login: "anna".into(),
        institution: Some("deu".into()),
        csrf: String::new(),
    };
    let decision = kz_iin_server::officers::Decide::Certificate {
        iin: iin.into(),
        same_holder: false,
    };
    kz_iin_server::officers::decide(
        store,
        key,
        &officer,
        id,
        decision,
        "2026-12-06",
        common::NOW_MS + DAY,
    )
    .await
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
    let register = kz_iin_server::register::RegisterKey::from_hex(&key).unwrap();
    certify(
        &store,
        &register,
        first["id"].as_str().unwrap(),
        "900517400015",
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
    let second = certify(
        &restored_store,
        &register,
        again["id"].as_str().unwrap(),
        "900517400124",
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

/// `kz-iin-server retention` as a scheduler runs it, with every undecided application due: what
/// it printed, and whether it succeeded.
fn retention_now(url: &str) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kz-iin-server"))
        .arg("retention")
        .env("DATABASE_URL", url)
        .env("UNDECIDED_RETENTION_DAYS", "0")
        .env("RETENTION_DAYS", "0")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_processes_on_one_postgresql_keep_every_promise_under_load_and_a_kill() {
    let db = common::postgres().await;
    let mut processes: Vec<Option<common::Process>> =
        (0..3).map(|_| Some(spawn_with(&db.url, &[]))).collect();
    let bases: Vec<String> = processes.iter().flatten().map(|p| p.base.clone()).collect();
    // 1,000 submissions from 64 clients over 300 keys: most keys sent again with the same body
    // (a retry), some with another (a conflicting reuse), each to any of the processes.
    let answers = Arc::new(Mutex::new(Vec::new()));
    let killed = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..64)
        .map(|c| {
            let (bases, answers, killed) = (bases.clone(), answers.clone(), killed.clone());
            tokio::spawn(async move {
                let http = client();
                for n in 0..16 {
                    let i = c * 16 + n;
                    if i >= 1000 {
                        break;
                    }
                    let key = format!("k{}", (i * 7) % 300);
                    let variant = if i % 13 == 0 { "conflict" } else { "same" };
                    let mut app = application();
                    app["documentNumber"] = json!(format!("{key}{variant}"));
                    // The process killed answers nothing: a client tries the next one, with
                    // the same key and body, as a real client retries.
                    for attempt in 0..3 {
                        let base = &bases[(i + attempt) % 3];
                        if attempt == 0 && killed.load(Ordering::Relaxed) && base == &bases[0] {
                            continue;
                        }
                        let sent = http
                            .post(format!("{base}/api/applications"))
                            .header("content-type", "application/json")
                            .header("idempotency-key", &key)
                            .body(app.to_string())
                            .send()
                            .await;
                        let Ok(response) = sent else { continue };
                        let status = response.status().as_u16();
                        let body: serde_json::Value = response.json().await.unwrap_or_default();
                        answers.lock().unwrap().push((
                            key.clone(),
                            variant,
                            status,
                            body["id"].as_str().map(str::to_string),
                            body["receipt"].as_str().map(str::to_string),
                        ));
                        break;
                    }
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    // One process killed mid-load.
    killed.store(true, Ordering::Relaxed);
    processes[0].take();
    for client in clients {
        client.await.unwrap();
    }
    let answers = answers.lock().unwrap().clone();
    assert!(
        answers.len() >= 900,
        "most submissions answered ({})",
        answers.len()
    );
    let kept: std::collections::HashMap<String, (String, String)> = rows(&db.url)
        .await
        .into_iter()
        .map(|(key, id, receipt)| (key, (id, receipt)))
        .collect();
    let receipts: std::collections::HashSet<&String> = kept.values().map(|(_, r)| r).collect();
    assert_eq!(receipts.len(), kept.len(), "receipts unique");
    let mut first_body: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for (key, variant, status, id, receipt) in &answers {
        assert!(matches!(status, 200 | 201 | 409 | 503), "{key}: {status}");
        if *status == 200 || *status == 201 {
            // Acknowledged: kept, under that id and receipt, whichever process answered.
            let (kept_id, kept_receipt) = &kept[key];
            assert_eq!(
                (id.as_ref(), receipt.as_ref()),
                (Some(kept_id), Some(kept_receipt)),
                "{key}"
            );
            let body = first_body.entry(key.as_str()).or_insert(variant);
            assert_eq!(body, variant, "{key}: one body acknowledged per key");
        }
    }
    assert!(
        answers.iter().any(|a| a.2 == 409),
        "conflicting reuses were refused"
    );
    // At most one 201 a key (a row committed by the process killed before it could answer is
    // found by its retry: 200).
    let mut created = std::collections::HashSet::new();
    for (key, _, status, _, _) in &answers {
        assert!(
            *status != 201 || created.insert(key),
            "{key}: created twice"
        );
    }

    // Two officers deciding the same application on two processes at once: one decision.
    let store = officers(&db.url).await;
    kz_iin_server::staff::add(
        &store,
        "dana",
        Some("deu"),
        common::desk::PASSWORD,
        common::NOW_MS,
    )
    .await
    .unwrap();
    let id = kept.values().next().unwrap().0.clone();
    let decide = |base: String, login: &'static str| {
        let id = id.clone();
        let url = db.url.clone();
        async move {
            let secret: String = {
                sqlx::any::install_default_drivers();
                let pool = sqlx::AnyPool::connect(&url).await.unwrap();
                let s = sqlx::query_scalar("SELECT totp_secret FROM staff WHERE login = $1")
                    .bind(login)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                pool.close().await;
                s
            };
            let http = client();
            let code = kz_iin_server::second_factor::code_at(
                &secret,
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_millis() as i64,
            );
            let signed = http
                .post(format!("{base}/api/staff/login"))
                .json(&json!({ "login": login, "password": common::desk::PASSWORD, "code": code }))
                .send()
                .await
                .unwrap();
            assert_eq!(signed.status(), 200, "{login}");
            let cookie = signed.headers()["set-cookie"]
                .to_str()
                .unwrap()
                .split(';')
                .next()
                .unwrap()
                .to_string();
            let csrf: serde_json::Value = signed.json().await.unwrap();
            http.post(format!("{base}/api/staff/applications/{id}/refusal"))
                .header("cookie", cookie)
                .header("x-csrf-token", csrf["csrfToken"].as_str().unwrap())
                .json(&json!({ "reason": format!("by {login}"), "issueDate": "2026-12-06" }))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let (one, two) = tokio::join!(
        decide(bases[1].clone(), "anna"),
        decide(bases[2].clone(), "dana")
    );
    let mut both = [one, two];
    both.sort();
    assert_eq!(both, [201, 409], "exactly one decision");

    // Retention in three processes at once: every row erased once, none blocked.
    let url = db.url.clone();
    let runs: Vec<_> = (0..3)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || retention_now(&url))
        })
        .collect();
    let mut erased = 0;
    for run in runs {
        let (ok, out) = run.join().unwrap();
        assert!(ok, "{out}");
        erased += out
            .split_whitespace()
            .filter_map(|w| w.parse::<usize>().ok())
            .sum::<usize>();
    }
    assert_eq!(erased, kept.len(), "each row erased once");
    drop(processes);
}
