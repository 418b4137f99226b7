//! The promises of the book (docs/src/service/security.md) against callers who try to break them (issue 22), on SQLite and on
//! PostgreSQL: retention that no input can stop, a register whose uniqueness no declared
//! previous IIN defeats, sign-in throttling that holds for attempts sent at once, limits on
//! anonymous automation, a register key that cannot change unnoticed, erased data gone from
//! SQLite's files, sessions' lifetime and cookie, the officers' host, audit, bounds, racing
//! keys across processes, and text kept in NFC.

mod common;

use std::sync::Arc;

use common::desk::{apply, officers, Desk, DAY, PASSWORD};
use common::{application, client, databases, settings, spawn_with, start, start_with, submit};
use kz_iin_server::clock::Clock;
use serde_json::{json, Value};

const PREVIOUS: &str = "900517400015";
const OTHER: &str = "900517400124";

async fn pool(url: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::AnyPool::connect(url).await.unwrap()
}

/// Makes every erasure of one application fail, as a row the database refuses to change would:
/// a trigger (the syntax of each database).
async fn block_erasure_of(url: &str, id: &str) {
    let pool = pool(url).await;
    if url.starts_with("sqlite") {
        sqlx::query(&format!(
            "CREATE TRIGGER block_one BEFORE UPDATE OF value ON applications WHEN OLD.id = '{id}' \
             BEGIN SELECT RAISE(ABORT, 'this row refuses to change'); END"
        ))
        .execute(&pool)
        .await
        .unwrap();
    } else {
        sqlx::query(&format!(
            "CREATE FUNCTION block_one() RETURNS trigger AS $$ BEGIN \
             IF OLD.id = '{id}' THEN RAISE EXCEPTION 'this row refuses to change'; END IF; \
             RETURN NEW; END $$ LANGUAGE plpgsql"
        ))
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("CREATE TRIGGER block_one BEFORE UPDATE ON applications FOR EACH ROW EXECUTE FUNCTION block_one()")
            .execute(&pool)
            .await
            .unwrap();
    }
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_key_a_client_sends_can_stop_retention_and_one_bad_row_holds_back_no_other() {
    for db in databases().await {
        let server = start(&db.url).await;
        let http = client();
        let (status, a) = submit(&http, &server.base, "a", &application()).await;
        assert_eq!(status, 201);
        let a_id = a["id"].as_str().unwrap().to_string();
        // What erasure used to write into the key's unique column, chosen by a client: refused,
        // over JSON and through the form without script alike.
        let mut other = application();
        other["documentNumber"] = json!("B1");
        for key in [format!("erased:{a_id}"), format!("ERASED:{a_id}")] {
            let (status, body) = submit(&http, &server.base, &key, &other).await;
            assert_eq!(
                (status, &body["errors"][0]["code"]),
                (400, &json!("idempotency_key_invalid")),
                "{}",
                db.kind
            );
        }
        let form = http
            .post(format!("{}/apply", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "text/html")
            .body(format!("step=send&key=erased%3A{a_id}&institution=deu"))
            .send()
            .await
            .unwrap();
        assert_ne!(
            form.status(),
            303,
            "{}: no application kept under a reserved key",
            db.kind
        );
        // Applications due, one of which the database refuses to change.
        let mut ids = vec![a_id.clone()];
        for n in 0..4 {
            let mut app = application();
            app["documentNumber"] = json!(format!("R{n}"));
            let (status, body) = submit(&http, &server.base, &format!("r{n}"), &app).await;
            assert_eq!(status, 201);
            ids.push(body["id"].as_str().unwrap().to_string());
        }
        block_erasure_of(&db.url, &ids[2]).await;
        let store = kz_iin_server::store::Store::connect(&db.url, 2)
            .await
            .unwrap();
        let policy = kz_iin_server::retention::Policy {
            decided_days: 30,
            undecided_days: 180,
        };
        let erased =
            kz_iin_server::retention::run(&store, policy, server.clock.now_ms() + 181 * DAY)
                .await
                .unwrap();
        assert_eq!(
            erased,
            kz_iin_server::retention::Erased {
                decided: 0,
                undecided: 4,
                failed: 1
            },
            "{}: every other application erased, the bad one counted",
            db.kind
        );
        let pool = pool(&db.url).await;
        for (n, id) in ids.iter().enumerate() {
            let (key, value): (Option<String>, Option<String>) =
                sqlx::query_as("SELECT idempotency_key, value FROM applications WHERE id = $1")
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            if n == 2 {
                assert!(
                    key.is_some() && value.is_some(),
                    "{}: the bad row as it was",
                    db.kind
                );
            } else {
                assert_eq!((key, value), (None, None), "{}: erased to NULLs", db.kind);
            }
        }
        pool.close().await;
        // The command a host's scheduler runs fails, and says why.
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kz-iin-server"))
            .arg("retention")
            .env("DATABASE_URL", &db.url)
            .env("UNDECIDED_RETENTION_DAYS", "0")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{}: {stderr}", db.kind);
        assert!(
            stderr.contains("could not erase") && stderr.contains(&ids[2]),
            "{}: {stderr}",
            db.kind
        );
    }
}

/// The raw bytes of a SQLite database and its write-ahead log.
fn sqlite_bytes(url: &str) -> Vec<u8> {
    let path = url.trim_start_matches("sqlite://");
    let mut bytes = std::fs::read(path).unwrap();
    bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn erased_personal_data_is_in_neither_sqlite_file_afterwards() {
    let db = common::sqlite();
    let server = start(&db.url).await;
    let store = officers(&db.url).await;
    let anna = Desk::sign_in(&server, "anna").await;
    const MARK: &str = "Qzvwyxmarker";
    let (id, _) = apply(&server, "marked", json!({ "surnameLatin": MARK })).await;
    let (status, _) = anna
        .post(
            &format!("/api/staff/applications/{id}/refusal"),
            json!({ "reason": format!("{MARK} reason"), "issueDate": "2026-12-03" }),
        )
        .await;
    assert_eq!(status, 201);
    assert!(
        contains(&sqlite_bytes(&db.url), MARK),
        "the test sees the marker before erasure"
    );
    let policy = kz_iin_server::retention::Policy {
        decided_days: 30,
        undecided_days: 180,
    };
    let erased = kz_iin_server::retention::run(&store, policy, server.clock.now_ms() + 31 * DAY)
        .await
        .unwrap();
    assert_eq!(erased.decided, 1);
    assert!(
        !contains(&sqlite_bytes(&db.url), MARK),
        "erased values zeroed in the file and the log emptied"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_declared_previous_iin_never_gives_one_iin_to_two_holders_or_two_iins_to_one() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        let certify = |id: &str, iin: &str, same_holder: Option<bool>| {
            let path = format!("/api/staff/applications/{id}/certificate");
            let mut body = json!({ "iin": iin, "issueDate": "2026-12-03" });
            if let Some(same) = same_holder {
                body["sameHolder"] = json!(same);
            }
            let anna = &anna;
            async move { anna.post(&path, body).await }
        };
        let code =
            |r: (reqwest::StatusCode, Value)| (r.0.as_u16(), r.1["errors"][0]["code"].clone());
        // A holds PREVIOUS, with passport C01X00T47.
        let (a, _) = apply(&server, "a", json!({})).await;
        assert_eq!(certify(&a, PREVIOUS, None).await.0, 201);
        // B, another person (another date of birth), declares A's IIN as previous: refused, even
        // with the officer's word.
        let (b, _) = apply(
            &server,
            "b",
            json!({ "documentNumber": "B7", "birthDate": "1991-06-18", "previousIin": PREVIOUS }),
        )
        .await;
        let (_, detail) = anna.get(&format!("/api/staff/applications/{b}")).await;
        assert_eq!(
            detail["holder"]["source"], "declared",
            "{}: {detail}",
            db.kind
        );
        assert_eq!(
            code(certify(&b, PREVIOUS, Some(true)).await),
            (409, json!("iin_taken")),
            "{}",
            db.kind
        );
        // N: A's new passport (same birth date and citizenship), declaring PREVIOUS.
        let (n, _) = apply(
            &server,
            "n",
            json!({ "documentNumber": "N2", "previousIin": PREVIOUS }),
        )
        .await;
        let (_, detail) = anna.get(&format!("/api/staff/applications/{n}")).await;
        assert_eq!(
            (&detail["holder"]["source"], &detail["holder"]["iin"]),
            (&json!("declared"), &json!(PREVIOUS)),
            "{}: a claim, shown as one",
            db.kind
        );
        let page = anna
            .get(&format!("/staff/applications/{n}?lang=en"))
            .await
            .1;
        let page = page.as_str().unwrap();
        assert!(
            page.contains("not yet confirmed") && page.contains("name=\"sameHolder\""),
            "{}: the page says it is a claim and asks the officer",
            db.kind
        );
        // Without the officer's confirmation: refused.
        assert_eq!(
            code(certify(&n, PREVIOUS, None).await),
            (409, json!("iin_taken"))
        );
        assert_eq!(
            code(certify(&n, PREVIOUS, Some(false)).await),
            (409, json!("iin_taken"))
        );
        // Confirmed: the certificate, and the confirmation its own audit entry.
        assert_eq!(
            certify(&n, PREVIOUS, Some(true)).await.0,
            201,
            "{}",
            db.kind
        );
        let (_, audit) = anna
            .get(&format!("/api/staff/applications/{n}/audit"))
            .await;
        let actions: Vec<&str> = audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert!(
            actions.contains(&"same_holder") && actions.contains(&"certificate"),
            "{actions:?}"
        );
        // The new passport is now PREVIOUS's in the register: with or without a previous IIN, a
        // later application with it shows the holder, and cannot be given another IIN.
        for (key, change) in [
            ("n2", json!({ "documentNumber": "N2", "purpose": "again" })),
            (
                "n3",
                json!({ "documentNumber": "N2", "purpose": "again", "previousIin": PREVIOUS }),
            ),
        ] {
            let (later, _) = apply(&server, key, change).await;
            let (_, detail) = anna.get(&format!("/api/staff/applications/{later}")).await;
            assert_eq!(
                (&detail["holder"]["source"], &detail["holder"]["iin"]),
                (&json!("document"), &json!(PREVIOUS)),
                "{}: {detail}",
                db.kind
            );
            let page = anna
                .get(&format!("/staff/applications/{later}?lang=en"))
                .await
                .1;
            assert!(page
                .as_str()
                .unwrap()
                .contains("Recorded in the register for this document"));
            assert_eq!(
                code(certify(&later, OTHER, None).await),
                (409, json!("person_has_iin")),
                "{}",
                db.kind
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sign_in_attempts_sent_at_once_verify_at_most_the_limits() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let burst = |logins: Vec<String>| {
            let base = server.base.clone();
            async move {
                let tasks: Vec<_> = logins
                    .into_iter()
                    .map(|login| {
                        let base = base.clone();
                        tokio::spawn(async move {
                            client()
                                .post(format!("{base}/api/staff/login"))
                                .json(&json!({ "login": login, "password": "wrong password!" }))
                                .send()
                                .await
                                .unwrap()
                                .status()
                                .as_u16()
                        })
                    })
                    .collect();
                let mut verified = 0;
                for task in tasks {
                    match task.await.unwrap() {
                        401 => verified += 1,
                        429 => {}
                        other => panic!("unexpected {other}"),
                    }
                }
                verified
            }
        };
        let verified = burst(vec!["anna".to_string(); 30]).await;
        assert_eq!(verified, 5, "{}: one login, 30 at once", db.kind);
        server.clock.advance(16 * 60 * 1000);
        let verified = burst((0..60).map(|n| format!("ghost{n}")).collect()).await;
        assert_eq!(verified, 20, "{}: one address, 60 logins at once", db.kind);
        // What was typed as a login is kept as a hash only, and only for its window.
        let pool = pool(&db.url).await;
        let subjects: Vec<(String,)> = sqlx::query_as("SELECT subject FROM login_attempts")
            .fetch_all(&pool)
            .await
            .unwrap();
        assert!(
            !subjects.is_empty()
                && subjects
                    .iter()
                    .all(|(s,)| !s.contains("ghost") && s.len() == 64)
        );
        let store = kz_iin_server::store::Store::connect(&db.url, 2)
            .await
            .unwrap();
        let policy = kz_iin_server::retention::Policy {
            decided_days: 30,
            undecided_days: 180,
        };
        kz_iin_server::retention::run(&store, policy, server.clock.now_ms() + 16 * 60 * 1000)
            .await
            .unwrap();
        let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM login_attempts")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(left, 0, "{}: counts forgotten after their window", db.kind);
        // Failed sign-ins of a real officer are audited (an unknown login's under no name).
        let (failed,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM audit WHERE action = 'sign_in_failed' AND login = 'anna'",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(failed, 5, "{}", db.kind);
        pool.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn anonymous_automation_is_limited_per_address_and_overall() {
    for db in databases().await {
        let mut s = settings(&db.url);
        s.rate_limit_per_minute = 3;
        s.trust_proxy = true;
        let server = start_with(&s).await;
        let http = client();
        let send = |address: &'static str, key: String| {
            let http = http.clone();
            let url = format!("{}/api/applications", server.base);
            async move {
                http.post(url)
                    .header("content-type", "application/json")
                    .header("accept-language", "kk")
                    .header("x-forwarded-for", address)
                    .header("idempotency-key", key)
                    .body(application().to_string())
                    .send()
                    .await
                    .unwrap()
            }
        };
        for n in 0..3 {
            assert!(send("192.0.2.1", format!("k{n}"))
                .await
                .status()
                .is_success());
        }
        let refused = send("192.0.2.1", "k3".into()).await;
        assert_eq!(refused.status(), 429, "{}", db.kind);
        let wait: u64 = refused.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=60).contains(&wait));
        let body: Value = refused.json().await.unwrap();
        assert_eq!(body["errors"][0]["code"], "rate_limited");
        assert!(body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Сұраулар тым көп"));
        // Another address has its own; an IPv6 client is one per /64.
        assert_eq!(send("192.0.2.2", "k4".into()).await.status(), 201);
        for n in 0..3 {
            let address: &'static str = ["2001:db8::1", "2001:db8::2", "2001:db8::3"][n];
            send(address, format!("v6-{n}")).await;
        }
        assert_eq!(send("2001:db8::ffff", "v6-4".into()).await.status(), 429);
        // The sign-in routes and the form without script too; the page in the caller's words.
        for _ in 0..3 {
            client()
                .post(format!("{}/api/staff/login", server.base))
                .header("x-forwarded-for", "192.0.2.9")
                .json(&json!({ "login": "x", "password": "y" }))
                .send()
                .await
                .unwrap();
        }
        let page = client()
            .post(format!("{}/staff/login", server.base))
            .header("x-forwarded-for", "192.0.2.9")
            .header("accept", "text/html")
            .header("accept-language", "ru")
            .form(&[("login", "x"), ("password", "y")])
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 429);
        assert!(page.headers().contains_key("retry-after"));
        assert!(page
            .text()
            .await
            .unwrap()
            .contains("Слишком много запросов"));
        // The receipt's page, which reads the database for any key a caller makes up.
        let done = |n: u8| {
            client()
                .get(format!("{}/apply/done/made-up-{n}", server.base))
                .header("x-forwarded-for", "192.0.2.10")
                .send()
        };
        for n in 0..3 {
            assert_eq!(done(n).await.unwrap().status(), 404);
        }
        assert_eq!(done(3).await.unwrap().status(), 429, "{}", db.kind);
        drop(server);

        // The limit of everyone together.
        let mut s = settings(&db.url);
        s.rate_limit_global_per_minute = 5;
        s.trust_proxy = true;
        let server = start_with(&s).await;
        let mut statuses = Vec::new();
        for n in 0..7u8 {
            let response = client()
                .post(format!("{}/apply", server.base))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("x-forwarded-for", format!("198.51.100.{n}"))
                .body("institution=deu")
                .send()
                .await
                .unwrap();
            statuses.push(response.status().as_u16());
        }
        assert_eq!(
            statuses.iter().filter(|s| **s == 429).count(),
            2,
            "{}: {statuses:?}",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_start_with_another_register_key_is_refused_and_writes_nothing() {
    for db in databases().await {
        let key_a = "a1".repeat(32);
        let key_b = "b2".repeat(32);
        let mut s = settings(&db.url);
        s.register_key = Some(key_a.clone());
        drop(start_with(&s).await);
        let pool = pool(&db.url).await;
        let before: Vec<(String, String)> =
            sqlx::query_as("SELECT name, value FROM service_settings ORDER BY name")
                .fetch_all(&pool)
                .await
                .unwrap();
        for other in [Some(key_b.clone()), None] {
            s.register_key = other;
            let clock = Arc::new(kz_iin_server::clock::ManualClock::new(common::NOW_MS));
            let error = kz_iin_server::start(&s, clock as Arc<dyn Clock>)
                .await
                .expect_err("refused")
                .to_string();
            assert!(error.contains("REGISTER_KEY"), "{}: {error}", db.kind);
        }
        let after: Vec<(String, String)> =
            sqlx::query_as("SELECT name, value FROM service_settings ORDER BY name")
                .fetch_all(&pool)
                .await
                .unwrap();
        assert_eq!(before, after, "{}: nothing written", db.kind);
        pool.close().await;
        s.register_key = Some(key_a);
        drop(start_with(&s).await);
    }
    // Without REGISTER_KEY outside the demo, the service warns that the key lives with the data.
    let db = common::sqlite();
    let process = spawn_with(&db.url, &[]);
    assert!(process.logs().contains("REGISTER_KEY is not set"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sessions_end_after_their_hours_use_a_host_cookie_over_tls_and_can_have_a_host_of_their_own(
) {
    for db in databases().await {
        let mut s = settings(&db.url);
        s.trust_proxy = true;
        s.staff_host = Some("staff.example".into());
        let server = start_with(&s).await;
        let _store = officers(&db.url).await;
        let login = |host: &str, proto: &str, code: String| {
            client()
                .post(format!("{}/api/staff/login", server.base))
                .header("host", host.to_string())
                .header("x-forwarded-proto", proto.to_string())
                .json(&json!({ "login": "anna", "password": PASSWORD, "code": code }))
                .send()
        };
        // The officers' side on its own host only.
        assert_eq!(
            login(
                "public.example",
                "https",
                common::desk::code(&server, "anna").await
            )
            .await
            .unwrap()
            .status(),
            404
        );
        let (status, _) = submit(&client(), &server.base, "public", &application()).await;
        assert_eq!(status, 201, "{}: the public routes on any host", db.kind);
        let signed = login(
            "staff.example",
            "https",
            common::desk::code(&server, "anna").await,
        )
        .await
        .unwrap();
        assert_eq!(signed.status(), 200);
        let cookie = signed.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(
            cookie.starts_with("__Host-kz_iin_staff=")
                && cookie.contains("; Secure")
                && cookie.contains("Path=/")
                && !cookie.contains("Domain"),
            "{cookie}"
        );
        let pair = cookie.split(';').next().unwrap().to_string();
        let queue = |cookie: String| {
            client()
                .get(format!("{}/api/staff/applications", server.base))
                .header("host", "staff.example")
                .header("x-forwarded-proto", "https")
                .header("cookie", cookie)
                .send()
        };
        assert_eq!(queue(pair.clone()).await.unwrap().status(), 200);
        let plain = pair.replacen("__Host-", "", 1);
        assert_eq!(
            queue(plain).await.unwrap().status(),
            401,
            "not under the plain name over TLS"
        );
        // Used every 25 minutes, the session still ends 12 hours after signing in.
        let mut elapsed = 0;
        while elapsed + 25 * 60 * 1000 <= 12 * 3_600_000 {
            server.clock.advance(25 * 60 * 1000);
            elapsed += 25 * 60 * 1000;
            assert_eq!(
                queue(pair.clone()).await.unwrap().status(),
                200,
                "{}",
                db.kind
            );
        }
        server.clock.advance(25 * 60 * 1000);
        assert_eq!(
            queue(pair.clone()).await.unwrap().status(),
            401,
            "{}",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn logouts_and_queue_views_are_audited_pages_take_any_number_and_logs_name_routes() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        for page in ["4294967295", "0", "1"] {
            let (status, body) = anna
                .get(&format!("/api/staff/applications?page={page}"))
                .await;
            assert_eq!(status, 200, "{}: page {page}: {body}", db.kind);
        }
        let (status, body) = anna.get("/api/staff/applications?page=4294967295").await;
        assert_eq!(
            (status.as_u16(), body["items"].as_array().unwrap().len()),
            (200, 0)
        );
        for page in ["-1", "99999999999", "x"] {
            let (status, body) = anna
                .get(&format!("/api/staff/applications?page={page}"))
                .await;
            assert_eq!(status, 400, "{}: page {page}", db.kind);
            assert_eq!(body["errors"][0]["code"], "bad_request");
        }
        // Worded for a client that takes gzip (Schemathesis found this): the words replace the
        // compressed English, so the answer says no encoding it does not have.
        let response = client()
            .get(format!("{}/api/staff/applications?page=x", server.base))
            .header("cookie", &anna.cookie)
            .header("accept-encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        let encoding = response.headers().get("content-encoding").cloned();
        let bytes = response.bytes().await.unwrap();
        match encoding {
            Some(gzip) => assert!(
                gzip == "gzip" && bytes.starts_with(&[0x1f, 0x8b]),
                "{gzip:?}"
            ),
            None => assert!(serde_json::from_slice::<Value>(&bytes).is_ok()),
        }
        let response = client()
            .get(format!(
                "{}/staff/applications?page=4294967295",
                server.base
            ))
            .header("cookie", &anna.cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let (status, _) = anna.post("/api/staff/logout", json!({})).await;
        assert_eq!(status, 204);
        let pool = pool(&db.url).await;
        let actions: Vec<(String,)> =
            sqlx::query_as("SELECT action FROM audit WHERE login = 'anna' ORDER BY at, id")
                .fetch_all(&pool)
                .await
                .unwrap();
        let actions: Vec<&str> = actions.iter().map(|(a,)| a.as_str()).collect();
        assert!(
            actions.contains(&"queue") && actions.contains(&"sign_out"),
            "{}: {actions:?}",
            db.kind
        );
        pool.close().await;
    }
    // The logs name a route by its template, never its key.
    let db = common::sqlite();
    let process = spawn_with(&db.url, &[]);
    let secret = "f3b1c2d4-secret-key-of-someone";
    let response = client()
        .get(format!("{}/apply/done/{secret}", process.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let logs = process.logs();
    assert!(logs.contains("/apply/done/{key}"), "{logs}");
    assert!(!logs.contains(secret), "the key leaked into the logs");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_key_stored_by_another_process_fails_no_one_else_in_the_batch() {
    let db = common::postgres().await;
    // 600 connections at once to two debug builds still compressing their files on a loaded
    // machine: a request's headers may wait past the default 10 s (a connection cut then is
    // the header timeout's own test, not this one's).
    let patient = [("HEADER_TIMEOUT", "120")];
    let one = spawn_with(&db.url, &patient);
    let two = spawn_with(&db.url, &patient);
    let mut tasks = Vec::new();
    for n in 0..300 {
        for base in [one.base.clone(), two.base.clone()] {
            tasks.push(tokio::spawn(async move {
                let mut app = application();
                app["documentNumber"] = json!(format!("P{n}"));
                let (status, body) = submit(&client(), &base, &format!("race-{n}"), &app).await;
                (n, status, body["receipt"].as_str().map(str::to_string))
            }));
        }
    }
    let mut seen: std::collections::HashMap<i32, Vec<(u16, Option<String>)>> =
        std::collections::HashMap::new();
    for task in tasks {
        let (n, status, receipt) = task.await.unwrap();
        seen.entry(n).or_default().push((status, receipt));
    }
    for (n, answers) in &seen {
        let statuses: Vec<u16> = answers.iter().map(|a| a.0).collect();
        assert!(
            statuses.iter().all(|s| *s == 201 || *s == 200),
            "key {n}: {statuses:?}"
        );
        assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "key {n}");
        assert_eq!(answers[0].1, answers[1].1, "key {n}: one receipt");
    }
    assert_eq!(common::rows(&db.url).await.len(), 300);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn text_is_kept_in_nfc_whatever_the_client_sent() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        // Й as И + U+0306, ü as u + U+0308; in the given name an invisible character (which the
        // core drops) between the letter and its mark: composed only after the core's rules.
        let (json_id, _) = apply(
            &server,
            "nfc-json",
            json!({ "documentNumber": "NFC1", "surnameLatin": "Mu\u{308}ller", "givenNameCyrillic": "И\u{200B}\u{306}ога" }),
        )
        .await;
        let (_, detail) = anna
            .get(&format!("/api/staff/applications/{json_id}"))
            .await;
        assert_eq!(
            (
                &detail["value"]["surnameLatin"],
                &detail["value"]["givenNameCyrillic"]
            ),
            (&json!("Müller"), &json!("Йога")),
            "{}",
            db.kind
        );
        // The same through the form without script.
        let mut form: Vec<(String, String)> = application()
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| !k.ends_with("Date"))
            .map(|(k, v)| {
                (
                    k.clone(),
                    v.as_str().map_or("true".to_string(), str::to_string),
                )
            })
            .collect();
        for (name, date) in [
            ("birthDate", "1990-05-17"),
            ("documentIssueDate", "2020-01-10"),
            ("documentExpiryDate", "2030-01-09"),
        ] {
            let parts: Vec<&str> = date.split('-').collect();
            form.push((format!("{name}-year"), parts[0].into()));
            form.push((
                format!("{name}-month"),
                parts[1].trim_start_matches('0').into(),
            ));
            form.push((
                format!("{name}-day"),
                parts[2].trim_start_matches('0').into(),
            ));
        }
        form.retain(|(k, _)| k != "givenNameCyrillic");
        form.push(("givenNameCyrillic".into(), "И\u{AD}\u{306}ога".into()));
        form.push(("documentNumber".into(), "NFC2".into()));
        form.retain(|(k, v)| k != "documentNumber" || v == "NFC2");
        form.push(("key".into(), "nfc-form-key".into()));
        form.push(("step".into(), "send".into()));
        let sent = client()
            .post(format!("{}/apply", server.base))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(
            sent.status(),
            303,
            "{}: {}",
            db.kind,
            sent.text().await.unwrap()
        );
        let (_, queue) = anna.get("/api/staff/applications").await;
        let names: Vec<&str> = queue["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|i| i["givenName"].as_str())
            .collect();
        assert!(
            names.iter().filter(|n| **n == "Йога").count() == 2,
            "{}: {names:?}",
            db.kind
        );
    }
}

#[test]
fn one_time_codes_are_rfc_6238s() {
    // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" gives 94287082 at T = 59 s
    // and 07081804 at T = 1111111109 s (eight digits; an app shows the last six).
    let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    assert_eq!(
        kz_iin_server::second_factor::code_at(secret, 59_000),
        "287082"
    );
    assert_eq!(
        kz_iin_server::second_factor::code_at(secret, 1_111_111_109_000),
        "081804"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_second_factor_is_needed_taken_once_and_counted_when_wrong() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let sign_in = |password: &str, code: Option<String>| {
            let mut body = json!({ "login": "anna", "password": password });
            if let Some(code) = code {
                body["code"] = json!(code);
            }
            client()
                .post(format!("{}/api/staff/login", server.base))
                .json(&body)
                .send()
        };
        let status = |r: reqwest::Response| r.status().as_u16();
        // The right password alone, or with a wrong code: the same answer as a wrong password.
        assert_eq!(
            status(sign_in(PASSWORD, None).await.unwrap()),
            401,
            "{}",
            db.kind
        );
        let right = common::desk::code(&server, "anna").await;
        let wrong = format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert_eq!(status(sign_in(PASSWORD, Some(wrong)).await.unwrap()), 401);
        // The right code opens a session, once: replayed in the same window, it opens nothing,
        // even sent twice at once.
        assert_eq!(
            status(sign_in(PASSWORD, Some(right.clone())).await.unwrap()),
            200,
            "{}",
            db.kind
        );
        assert_eq!(
            status(sign_in(PASSWORD, Some(right)).await.unwrap()),
            401,
            "a replay"
        );
        let fresh = common::desk::code(&server, "anna").await;
        let (a, b) = tokio::join!(
            sign_in(PASSWORD, Some(fresh.clone())),
            sign_in(PASSWORD, Some(fresh))
        );
        let mut both = [status(a.unwrap()), status(b.unwrap())];
        both.sort();
        assert_eq!(both, [200, 401], "{}: one code, one session", db.kind);
        // Wrong codes are failures: 5 in the window, then even the right ones wait.
        for _ in 0..5 {
            sign_in(PASSWORD, Some("000000".into())).await.unwrap();
        }
        let right = common::desk::code(&server, "anna").await;
        assert_eq!(
            status(sign_in(PASSWORD, Some(right)).await.unwrap()),
            429,
            "{}",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn officers_change_their_own_password_and_their_other_sessions_end() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let here = Desk::sign_in(&server, "anna").await;
        let elsewhere = Desk::sign_in(&server, "anna").await;
        let change = |current: &str, new: &str, csrf: &str| {
            here.http
                .post(format!("{}/staff/password", server.base))
                .header("cookie", &here.cookie)
                .header("accept-language", "en")
                .form(&[("csrf", csrf), ("current", current), ("new", new)])
                .send()
        };
        let form = here
            .http
            .get(format!("{}/staff/password", server.base))
            .header("cookie", &here.cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(form.status(), 200);
        assert!(form.text().await.unwrap().contains("name=\"csrf\""));
        assert_eq!(
            change(PASSWORD, "a new long password", "forged")
                .await
                .unwrap()
                .status(),
            403
        );
        let wrong = change("not the password", "a new long password", &here.csrf)
            .await
            .unwrap();
        assert_eq!(wrong.status(), 422);
        assert!(wrong
            .text()
            .await
            .unwrap()
            .contains("The current password is wrong"));
        assert_eq!(
            change(PASSWORD, "short", &here.csrf)
                .await
                .unwrap()
                .status(),
            422
        );
        let done = change(PASSWORD, "a new long password", &here.csrf)
            .await
            .unwrap();
        assert_eq!(done.status(), 200, "{}", db.kind);
        assert!(done
            .text()
            .await
            .unwrap()
            .contains("Your password was changed"));
        assert_eq!(
            here.get("/api/staff/applications").await.0,
            200,
            "this session stays"
        );
        assert_eq!(
            elsewhere.get("/api/staff/applications").await.0,
            401,
            "{}: the other ends",
            db.kind
        );
        let code = common::desk::code(&server, "anna").await;
        let again = client()
            .post(format!("{}/api/staff/login", server.base))
            .json(&json!({ "login": "anna", "password": "a new long password", "code": code }))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 200, "{}", db.kind);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn slow_headers_are_cut_off_and_open_connections_are_capped() {
    use std::io::{Read, Write};
    use std::net::TcpStream;
    use std::time::{Duration, Instant};
    let db = common::sqlite();
    let mut s = settings(&db.url);
    s.header_timeout = 1;
    s.max_connections = 2;
    let server = start_with(&s).await;
    let address = server.base.trim_start_matches("http://").to_string();
    tokio::task::spawn_blocking(move || {
        // Two clients that send half their headers and wait: every connection the service
        // allows is taken...
        let mut slow: Vec<TcpStream> = (0..2)
            .map(|_| {
                let mut stream = TcpStream::connect(&address).unwrap();
                stream
                    .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
                    .unwrap();
                stream
            })
            .collect();
        std::thread::sleep(Duration::from_millis(200));
        // ... so a third waits, until the header timeout cuts the slow ones off.
        let started = Instant::now();
        let mut third = TcpStream::connect(&address).unwrap();
        third
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        third
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut answer = String::new();
        let _ = third.read_to_string(&mut answer);
        let waited = started.elapsed();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(
            waited >= Duration::from_millis(600) && waited < Duration::from_secs(5),
            "answered after {waited:?}: the cap held it until the slow ones were cut off"
        );
        for stream in &mut slow {
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut rest = Vec::new();
            let _ = stream.read_to_end(&mut rest);
            let rest = String::from_utf8_lossy(&rest);
            assert!(
                rest.is_empty() || rest.starts_with("HTTP/1.1 408"),
                "{rest}"
            );
        }
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn values_no_client_could_send_are_not_found_on_both_databases() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        let (id, _) = apply(&server, "nul", json!({})).await;
        let get = |path: &str| client().get(format!("{}{path}", server.base)).send();
        assert_eq!(
            get("/apply/done/%00").await.unwrap().status(),
            404,
            "{}",
            db.kind
        );
        assert_eq!(
            get(&format!("/apply/done/{}", "k".repeat(500)))
                .await
                .unwrap()
                .status(),
            404
        );
        let login = client()
            .post(format!("{}/api/staff/login", server.base))
            .json(&json!({ "login": "an\u{0}na", "password": PASSWORD, "code": "000000" }))
            .send()
            .await
            .unwrap();
        assert_eq!(login.status(), 401, "{}", db.kind);
        for path in [
            "/api/staff/applications/%00",
            "/api/staff/applications/%00/audit",
        ] {
            assert_eq!(anna.get(path).await.0, 404, "{}: {path}", db.kind);
        }
        let (status, queue) = anna.get("/api/staff/applications?receipt=%00").await;
        assert_eq!(
            (status.as_u16(), queue["items"].as_array().map(Vec::len)),
            (200, Some(0)),
            "{}",
            db.kind
        );
        // A reason with a NUL: the core's answer, never the database's.
        let (status, body) = anna
            .post(
                &format!("/api/staff/applications/{id}/refusal"),
                json!({ "reason": "a\u{0}b", "issueDate": "2026-12-03" }),
            )
            .await;
        assert!(
            status == 201 || status == 422,
            "{}: {status} {body}",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_address_is_the_proxys_last_word_and_an_ipv6_client_is_its_64() {
    for db in databases().await {
        let mut s = settings(&db.url);
        s.trust_proxy = true;
        s.rate_limit_per_minute = 3;
        let server = start_with(&s).await;
        let _store = officers(&db.url).await;
        // A client's own X-Forwarded-For line comes first; the proxy's last line is the one.
        for n in 0..5 {
            let response = client()
                .post(format!("{}/api/applications", server.base))
                .header("content-type", "application/json")
                .header("idempotency-key", format!("xff-{n}"))
                .header("x-forwarded-for", "192.0.2.1")
                .header("x-forwarded-for", format!("198.51.100.{n}"))
                .body(application().to_string())
                .send()
                .await
                .unwrap();
            assert_ne!(response.status(), 429, "{}: request {n}", db.kind);
        }
        drop(server);
        // Sign-ins from one /64, each from another of its addresses: one address's 20.
        let mut s = settings(&db.url);
        s.trust_proxy = true;
        let server = start_with(&s).await;
        let mut statuses = Vec::new();
        for n in 0..22 {
            let response = client()
                .post(format!("{}/api/staff/login", server.base))
                .header("x-forwarded-for", format!("2001:db8:1:2::{n:x}"))
                .json(&json!({ "login": format!("ghost{n}"), "password": "nope nope nope", "code": "000000" }))
                .send()
                .await
                .unwrap();
            statuses.push(response.status().as_u16());
        }
        assert_eq!(
            statuses.iter().filter(|s| **s == 401).count(),
            20,
            "{}: {statuses:?}",
            db.kind
        );
        assert_eq!(statuses[21], 429);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_officers_host_serves_no_public_page_and_one_address_gets_its_share_of_connections() {
    let db = common::sqlite();
    let mut s = settings(&db.url);
    s.staff_host = Some("staff.example".into());
    let server = start_with(&s).await;
    let on = |host: &'static str, path: &'static str| {
        let base = server.base.clone();
        async move {
            client()
                .get(format!("{base}{path}"))
                .header("host", host)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    for path in [
        "/www/",
        "/apply",
        "/apply/done/x",
        "/www/demo.js",
        "/api/applications",
    ] {
        assert_eq!(
            on("staff.example", path).await,
            404,
            "{path} on the officers' host"
        );
    }
    for path in ["/staff/login", "/www/staff.css", "/healthz"] {
        assert_eq!(
            on("staff.example", path).await,
            200,
            "{path} on the officers' host"
        );
    }
    assert_eq!(on("public.example", "/apply").await, 200);
    assert_eq!(on("public.example", "/staff/login").await, 404);
    drop(server);
    // Two connections held open from this address: a third is closed at once, unanswered.
    let mut s = settings(&db.url);
    s.max_connections_per_address = 2;
    let server = start_with(&s).await;
    let address = server.base.trim_start_matches("http://").to_string();
    tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        use std::time::{Duration, Instant};
        let held: Vec<std::net::TcpStream> = (0..2)
            .map(|_| std::net::TcpStream::connect(&address).unwrap())
            .collect();
        std::thread::sleep(Duration::from_millis(200));
        let mut third = std::net::TcpStream::connect(&address).unwrap();
        let _ = third.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        third
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let started = Instant::now();
        let mut answer = Vec::new();
        let _ = third.read_to_end(&mut answer);
        assert!(answer.is_empty() && started.elapsed() < Duration::from_secs(3));
        drop(held);
        std::thread::sleep(Duration::from_millis(200));
        let mut fourth = std::net::TcpStream::connect(&address).unwrap();
        fourth
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        let _ = fourth.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_register_from_before_fingerprints_is_checked_against_an_iin_it_holds() {
    for db in databases().await {
        let mut s = settings(&db.url);
        s.register_key = Some("c3".repeat(32));
        let server = start_with(&s).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        let (id, _) = apply(&server, "old", json!({})).await;
        let (status, _) = anna
            .post(
                &format!("/api/staff/applications/{id}/certificate"),
                json!({ "iin": PREVIOUS, "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(status, 201);
        drop(server);
        // As a database from before this service kept fingerprints.
        let pool = pool(&db.url).await;
        sqlx::query("DELETE FROM service_settings")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
        for other in [Some("d4".repeat(32)), None] {
            s.register_key = other;
            let clock = Arc::new(kz_iin_server::clock::ManualClock::new(common::NOW_MS));
            let error = kz_iin_server::start(&s, clock as Arc<dyn Clock>)
                .await
                .expect_err("refused")
                .to_string();
            assert!(error.contains("REGISTER_KEY"), "{}: {error}", db.kind);
        }
        s.register_key = Some("c3".repeat(32));
        drop(start_with(&s).await);
    }
}
