//! The service at scale, for `npm run bench -- scale`: a database filled with ROWS applications
//! across the 96 institutions (a ninth at one, `deu`; received, certified and refused; a tenth
//! received long ago, so due for retention; some erased), then, with 64 concurrent clients, the
//! officers' reads (the queue's first page and a page deep into it, a receipt found, an
//! application's page), a decision, and `POST /api/applications`; then a retention run over
//! the rows due while 64 clients keep sending applications. Prints one JSON line of figures.
//!
//!   cargo run --profile server -p kz-iin-server --example scale -- sqlite|postgres [ROWS] [SECONDS]
//!
//! PostgreSQL: a database is created on the cluster KZ_IIN_TEST_POSTGRES names (run it through
//! scripts/with-postgres.sh).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod bench;

use kz_iin_server::clock::{Clock, SystemClock};
use kz_iin_server::store::{Backend, Store};
use serde_json::{json, Value};

const CLIENTS: usize = 64;
/// Requests before the count begins: connections opened, caches filled.
const WARM_UP: Duration = Duration::from_millis(500);
const DAY: i64 = 86_400_000;

/// Whether a request was answered with `status`, its body read to the end as a client does: a
/// body left unread closes the connection, and each request would then pay for a new one.
async fn answered(response: reqwest::Result<reqwest::Response>, status: u16) -> bool {
    match response {
        Ok(r) => r.status().as_u16() == status && r.bytes().await.is_ok(),
        Err(_) => false,
    }
}

/// Runs `work` on 64 tasks for `seconds` (after `warm_up`): the latencies. An operation that
/// has nothing left to do (`None`) is not counted, and its client pauses.
async fn measure<F, Fut>(seconds: f64, warm_up: Duration, work: F) -> (Vec<Duration>, Duration)
where
    F: Fn(usize, u64) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Option<bool>> + Send,
{
    let measuring = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let failures = Arc::new(AtomicU64::new(0));
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let (work, measuring, stop, failures) = (
                work.clone(),
                measuring.clone(),
                stop.clone(),
                failures.clone(),
            );
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut n = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let counted = measuring.load(Ordering::Relaxed);
                    let started = Instant::now();
                    let Some(ok) = work(client, n).await else {
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    };
                    if !ok {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                    n += 1;
                    if counted && !stop.load(Ordering::Relaxed) {
                        latencies.push(started.elapsed());
                    }
                }
                latencies
            })
        })
        .collect();
    tokio::time::sleep(warm_up).await;
    measuring.store(true, Ordering::Relaxed);
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    assert_eq!(
        failures.load(Ordering::Relaxed),
        0,
        "an operation failed under load"
    );
    all.sort_unstable();
    (all, elapsed)
}

fn figures(latencies: &[Duration], elapsed: Duration) -> Value {
    let at = |q: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * q) as usize)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    json!({ "per_s": latencies.len() as f64 / elapsed.as_secs_f64(), "p50_ms": at(0.5), "p99_ms": at(0.99), "samples": latencies.len() })
}

/// Fills the database: ROWS applications, ids `%08x-…` by number, receipts by institution.
async fn fill(store: &Store, rows: i64, now: i64, value: &str) {
    let sql = match store.backend() {
        Backend::Sqlite => "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $1 - 1) \
            INSERT INTO applications (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, status, decided_at, value, erased_at) \
            SELECT printf('%08x-0000-4000-8000-000000000000', i), 'fill-' || i, '', \
              CASE WHEN i % 9 = 0 THEN 'deu' ELSE 'i' || (i % 96) END, \
              printf('%s-2026-%07d', CASE WHEN i % 9 = 0 THEN 'DEU' ELSE 'I' || (i % 96) END, i), 'en', \
              CASE WHEN i % 10 = 5 THEN $2 - 400 * 86400000 + i ELSE $2 - 10 * 86400000 + i END, \
              CASE WHEN i % 10 = 5 OR i % 3 = 0 THEN 'received' WHEN i % 3 = 1 THEN 'certified' ELSE 'refused' END, \
              CASE WHEN i % 10 = 5 OR i % 3 = 0 THEN NULL ELSE $2 - 5 * 86400000 END, \
              CASE WHEN i % 50 = 7 THEN NULL ELSE $3 END, CASE WHEN i % 50 = 7 THEN $2 ELSE NULL END FROM n",
        Backend::Postgres => "INSERT INTO applications (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, status, decided_at, value, erased_at) \
            SELECT lpad(to_hex(i), 8, '0') || '-0000-4000-8000-000000000000', 'fill-' || i, '', \
              CASE WHEN i % 9 = 0 THEN 'deu' ELSE 'i' || (i % 96) END, \
              (CASE WHEN i % 9 = 0 THEN 'DEU' ELSE 'I' || (i % 96) END) || '-2026-' || lpad(i::text, 7, '0'), 'en', \
              CASE WHEN i % 10 = 5 THEN $2 - 400 * 86400000::bigint + i ELSE $2 - 10 * 86400000::bigint + i END, \
              CASE WHEN i % 10 = 5 OR i % 3 = 0 THEN 'received' WHEN i % 3 = 1 THEN 'certified' ELSE 'refused' END, \
              CASE WHEN i % 10 = 5 OR i % 3 = 0 THEN NULL ELSE $2 - 5 * 86400000::bigint END, \
              CASE WHEN i % 50 = 7 THEN NULL ELSE $3 END, CASE WHEN i % 50 = 7 THEN $2 ELSE NULL END \
            FROM generate_series(0, $1 - 1) AS i",
    };
    sqlx::query(sql)
        .bind(rows)
        .bind(now)
        .bind(value)
        .execute(store.writer())
        .await
        .unwrap();
    let counter =
        "INSERT INTO receipt_sequences (prefix, year, last_number) VALUES ('DEU', 2026, $1) \
                   ON CONFLICT (prefix, year) DO UPDATE SET last_number = $1";
    sqlx::query(counter)
        .bind(rows)
        .execute(store.writer())
        .await
        .unwrap();
    // PostgreSQL: a table that has lived a while has been vacuumed; one filled a moment ago
    // has not, and the autovacuum its million inserts set off would run during the count.
    let analyze = if store.backend() == Backend::Sqlite {
        "ANALYZE"
    } else {
        "VACUUM (ANALYZE) applications"
    };
    sqlx::query(analyze).execute(store.writer()).await.unwrap();
}

/// How the database runs each case of the queue (officers::queue_plan); it fails when one is
/// read by scanning the table, or by sorting what it read (a cost that grows with the data).
async fn plans(store: &Store, deep: &str) -> Value {
    use kz_iin_server::officers::{queue_plan, Cursor, PageStart, Status};
    let cursor = Cursor::parse(deep.rsplit('=').next().unwrap()).unwrap();
    let first = PageStart::Number(1);
    let cases = [
        ("queue_first", Some("deu"), None, None, first.clone()),
        (
            "queue_deep",
            Some("deu"),
            None,
            None,
            PageStart::After(cursor),
        ),
        (
            "queue_received",
            Some("deu"),
            Some(Status::Received),
            None,
            first.clone(),
        ),
        (
            "receipt",
            Some("deu"),
            None,
            Some("DEU-2026-0000009"),
            first.clone(),
        ),
        ("queue_all_institutions", None, None, None, first),
    ];
    let mut plans = serde_json::Map::new();
    for (name, institution, status, receipt, from) in cases {
        let plan = queue_plan(store, institution, status, receipt, &from)
            .await
            .unwrap();
        let text = plan.join(" / ");
        let scans = plan.iter().any(|line| {
            (line.starts_with("SCAN applications") && !line.contains("USING"))
                || line.contains("USE TEMP B-TREE")
                || line.contains("Seq Scan")
        });
        assert!(
            !scans,
            "{name}: the queue is read without its index: {text}"
        );
        plans.insert(name.into(), json!(text));
    }
    Value::Object(plans)
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| "sqlite".into());
    let rows: i64 = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    let (url, dir) = bench::database(&kind, &format!("scale_{rows}")).await;
    let now = SystemClock.now_ms();
    let data = bench::application(now);
    let store = Store::connect(&url, 4).await.unwrap();
    let filling = Instant::now();
    fill(&store, rows, now, &data.to_string()).await;
    let fill_s = filling.elapsed().as_secs_f64();
    let file_bytes = if kind == "sqlite" {
        std::fs::metadata(url.trim_start_matches("sqlite://")).map_or(0, |m| m.len())
    } else {
        0
    };

    let mut settings = bench::settings(&url, &dir);
    settings.register_key = Some("ab".repeat(32));
    // The service's own hourly run (at start) must leave the rows due to the measured one.
    settings.undecided_retention_days = 100_000;
    settings.retention_days = 100_000;
    let enrolment =
        kz_iin_server::staff::add(&store, "bench", Some("deu"), "a long bench password", now)
            .await
            .unwrap();
    let (listener, app) = kz_iin_server::start(&settings, Arc::new(SystemClock))
        .await
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let connections = kz_iin_server::Connections::from_settings(&settings);
    tokio::spawn(kz_iin_server::serve_with(
        listener,
        app,
        std::future::pending(),
        connections,
    ));
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();
    let code = kz_iin_server::second_factor::code_at(&enrolment.secret, now);
    let signed = http
        .post(format!("{base}/api/staff/login"))
        .json(&json!({ "login": "bench", "password": "a long bench password", "code": code }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), 200);
    let cookie = signed.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let csrf = signed.json::<Value>().await.unwrap()["csrfToken"]
        .as_str()
        .unwrap()
        .to_string();
    let staff = Arc::new((http.clone(), base.clone(), cookie, csrf));

    // The deu rows: every ninth, i = 9k. A deep cursor: the line 100,000 places in (or as deep
    // as there are lines).
    let deu = (rows + 8) / 9;
    let get = {
        let staff = staff.clone();
        move |path: String| {
            let staff = staff.clone();
            async move {
                let (http, base, cookie, _) = &*staff;
                let ok = http
                    .get(format!("{base}{path}"))
                    .header("cookie", cookie)
                    .send()
                    .await;
                Some(answered(ok, 200).await)
            }
        }
    };
    let deep = {
        let (http, base, cookie, _) = &*staff;
        let mut path = "/api/staff/applications".to_string();
        // Walk a few pages by cursor, then jump to a cursor deep in the queue.
        let page: Value = http
            .get(format!("{base}{path}"))
            .header("cookie", cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        path = format!(
            "/api/staff/applications?after={}",
            page["next"].as_str().unwrap()
        );
        let depth = (deu * 9 / 10).min(100_000);
        let row: (i64, String) = sqlx::query_as(
            "SELECT received_at, receipt FROM applications WHERE institution = 'deu' ORDER BY received_at DESC, receipt DESC LIMIT 1 OFFSET $1",
        )
        .bind(depth)
        .fetch_one(store.reader())
        .await
        .unwrap();
        let _ = path;
        format!("/api/staff/applications?after={}.{}", row.0, row.1)
    };
    let id_of = move |n: u64| format!("{:08x}-0000-4000-8000-000000000000", (n % deu as u64) * 9);
    let receipt_of = move |n: u64| format!("DEU-2026-{:07}", (n % deu as u64) * 9);
    let mut out = serde_json::Map::new();
    out.insert("rows".into(), json!(rows));
    out.insert("fill_s".into(), json!(fill_s));
    out.insert("file_bytes".into(), json!(file_bytes));
    out.insert("plans".into(), plans(&store, &deep).await);
    let (l, e) = measure(seconds, WARM_UP, {
        let get = get.clone();
        move |_, _| get("/api/staff/applications".into())
    })
    .await;
    out.insert("queue_first".into(), figures(&l, e));
    let (l, e) = measure(seconds, WARM_UP, {
        let (get, deep) = (get.clone(), deep.clone());
        move |_, _| get(deep.clone())
    })
    .await;
    out.insert("queue_deep".into(), figures(&l, e));
    let (l, e) = measure(seconds, WARM_UP, {
        let get = get.clone();
        move |c, n| {
            get(format!(
                "/api/staff/applications?receipt={}",
                receipt_of(n * 64 + c as u64 * 7919)
            ))
        }
    })
    .await;
    out.insert("receipt".into(), figures(&l, e));
    let (l, e) = measure(seconds, WARM_UP, {
        let get = get.clone();
        move |c, n| {
            get(format!(
                "/api/staff/applications/{}",
                id_of(n * 64 + c as u64 * 104_729)
            ))
        }
    })
    .await;
    out.insert("application".into(), figures(&l, e));
    // Decisions: each on an undecided deu application of its own (i = 9k with i % 3 = 0, i % 10
    // != 5, still holding its data), a refusal.
    let undecided: Arc<Vec<String>> = Arc::new(
        sqlx::query_scalar("SELECT id FROM applications WHERE institution = 'deu' AND status = 'received' AND value IS NOT NULL AND received_at > $1 LIMIT 200000")
            .bind(now - 100 * DAY)
            .fetch_all(store.reader())
            .await
            .unwrap(),
    );
    let next_decision = Arc::new(AtomicU64::new(0));
    // No warm-up: the reads before have warmed the service, and at 10,000 rows its 64 clients
    // would use up the few hundred undecided applications before the count began.
    let (l, e) = measure(seconds, Duration::ZERO, {
        let (staff, undecided, next_decision) = (staff.clone(), undecided.clone(), next_decision.clone());
        move |_, _| {
            let (staff, undecided, next_decision) = (staff.clone(), undecided.clone(), next_decision.clone());
            async move {
                let (http, base, cookie, csrf) = &*staff;
                let i = next_decision.fetch_add(1, Ordering::Relaxed) as usize;
                let id = undecided.get(i)?;
                let ok = http.post(format!("{base}/api/staff/applications/{id}/refusal"))
                    .header("cookie", cookie)
                    .header("x-csrf-token", csrf)
                    .json(&json!({ "reason": "bench", "issueDate": kz_iin_server::clock::utc_date(SystemClock.now_ms()).to_iso() }))
                    .send()
                    .await;
                Some(answered(ok, 201).await)
            }
        }
    })
    .await;
    out.insert("decision".into(), figures(&l, e));
    let body = Arc::new(data.to_string());
    let submit = {
        let (http, base, body) = (http.clone(), base.clone(), body.clone());
        move |tag: &'static str| {
            let (http, base, body) = (http.clone(), base.clone(), body.clone());
            move |c: usize, n: u64| {
                let (http, base, body) = (http.clone(), base.clone(), body.clone());
                async move {
                    let ok = http
                        .post(format!("{base}/api/applications"))
                        .header("content-type", "application/json")
                        .header("idempotency-key", format!("{tag}-{c}-{n}"))
                        .body(body.to_string())
                        .send()
                        .await;
                    Some(answered(ok, 201).await)
                }
            }
        }
    };
    let (l, e) = measure(seconds, WARM_UP, submit("submit")).await;
    out.insert("submit".into(), figures(&l, e));
    // Retention over the rows due (a tenth, received 400 days ago, undecided), with
    // submissions going on.
    let policy = kz_iin_server::retention::Policy {
        decided_days: 30,
        undecided_days: 180,
    };
    let retention = {
        let store = store.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(400)).await;
            let started = Instant::now();
            let erased = kz_iin_server::retention::run(&store, policy, SystemClock.now_ms())
                .await
                .unwrap();
            (erased, started.elapsed().as_secs_f64())
        })
    };
    let (l, e) = measure(seconds.max(4.0), WARM_UP, submit("during")).await;
    let (erased, retention_s) = retention.await.unwrap();
    out.insert("submit_during_retention".into(), figures(&l, e));
    out.insert("retention".into(), json!({ "erased": erased.undecided + erased.decided, "failed": erased.failed, "seconds": retention_s }));
    out.insert("database".into(), json!(kind));
    println!("{}", Value::Object(out));
    let _ = std::fs::remove_dir_all(&dir);
}
