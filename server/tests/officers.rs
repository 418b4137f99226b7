//! The officers' half, on SQLite and on PostgreSQL: accounts from the command line, sessions
//! and their protections, the queue per institution, final decisions with the register's
//! uniqueness, documents from the stored application, the audit trail, and retention with a
//! clock the test moves.

mod common;

#[path = "../../tests/common/appendix.rs"]
mod appendix;

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Arc;

use common::desk::{apply, code, officers, Desk, DAY, PASSWORD};
use common::{client, databases, start};
use kz_iin_server::clock::Clock;
use reqwest::Method;
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_command_line_adds_officers_reading_the_password_from_standard_input() {
    for db in databases().await {
        let run = |args: &[&str], input: &str| {
            let mut child = Command::new(env!("CARGO_BIN_EXE_kz-iin-server"))
                .args(args)
                .env("DATABASE_URL", &db.url)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
            let out = child.wait_with_output().unwrap();
            (
                out.status.success(),
                String::from_utf8_lossy(&out.stdout).into_owned()
                    + &String::from_utf8_lossy(&out.stderr),
            )
        };
        let (ok, out) = run(
            &["staff", "add", "--institution", "deu", "--login", "dana"],
            "too short\n",
        );
        assert!(!ok && out.contains("12 characters"), "{out}");
        let (ok, out) = run(
            &["staff", "add", "--institution", "deu", "--login", "dana"],
            &format!("{PASSWORD}\n"),
        );
        // The second factor, once, for the officer's authenticator app.
        assert!(
            ok && out.contains("otpauth://totp/kz-iin:dana?secret="),
            "{out}"
        );
        let (ok, out) = run(
            &["staff", "add", "--institution", "deu", "--login", "dana"],
            &format!("{PASSWORD}\n"),
        );
        assert!(!ok && out.contains("exists"), "{out}");
        let (ok, out) = run(
            &[
                "staff",
                "add",
                "--institution",
                "atlantis",
                "--login",
                "eve",
            ],
            &format!("{PASSWORD}\n"),
        );
        assert!(!ok && out.contains("institution"), "{out}");
        let (ok, _) = run(
            &["staff", "add", "--all", "--login", "root"],
            &format!("{PASSWORD}\n"),
        );
        assert!(ok);
        // A password is never an argument.
        let (ok, out) = run(
            &[
                "staff",
                "add",
                "--institution",
                "deu",
                "--login",
                "fay",
                "--password",
                PASSWORD,
            ],
            "",
        );
        assert!(!ok && out.contains("--password"), "{out}");
        // Stored hashed with argon2id, never in clear.
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
        let (hash,): (String,) =
            sqlx::query_as("SELECT password_hash FROM staff WHERE login = 'dana'")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert!(hash.starts_with("$argon2id$") && !hash.contains(PASSWORD));
        pool.close().await;

        let server = start(&db.url).await;
        let desk = Desk::sign_in(&server, "dana").await;
        assert_eq!(desk.get("/api/staff/applications").await.0, 200);
        let (ok, out) = run(&["staff", "disable", "--login", "dana"], "");
        assert!(ok, "{out}");
        // Turned off: signed out at once, and cannot sign in again.
        assert_eq!(
            desk.get("/api/staff/applications").await.0,
            401,
            "{}",
            db.kind
        );
        let again = client()
            .post(format!("{}/api/staff/login", server.base))
            .json(&json!({ "login": "dana", "password": PASSWORD, "code": code(&server, "dana").await }))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 401);
        // Turned on again, then reset by an administrator (a lost phone): a new password and
        // second factor, printed once (drawn as a QR code too), and every session ended.
        let (ok, out) = run(&["staff", "enable", "--login", "dana"], "");
        assert!(ok, "{out}");
        let desk = Desk::sign_in(&server, "dana").await;
        let old_code = code(&server, "dana").await;
        let (ok, out) = run(
            &["staff", "password", "--login", "dana", "--qr"],
            "another long password\n",
        );
        assert!(
            ok && out.contains("otpauth://totp/kz-iin:dana?secret=") && out.contains('█'),
            "{out}"
        );
        assert_eq!(
            desk.get("/api/staff/applications").await.0,
            401,
            "{}",
            db.kind
        );
        let sign_in = |password: &'static str, code: String| {
            client()
                .post(format!("{}/api/staff/login", server.base))
                .json(&json!({ "login": "dana", "password": password, "code": code }))
                .send()
        };
        assert_eq!(
            sign_in("another long password", old_code)
                .await
                .unwrap()
                .status(),
            401,
            "the old factor"
        );
        let new_code = code(&server, "dana").await;
        assert_eq!(
            sign_in("another long password", new_code)
                .await
                .unwrap()
                .status(),
            200,
            "{}",
            db.kind
        );
        let (ok, out) = run(
            &["staff", "password", "--login", "nobody"],
            "another long password\n",
        );
        assert!(!ok && out.contains("no officer"), "{out}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_staff_route_needs_a_session_of_the_institution_and_its_csrf_token() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let (id, _) = apply(&server, "k1", json!({})).await;
        let routes: Vec<(Method, String)> = vec![
            (Method::GET, "/api/staff/applications".into()),
            (Method::GET, format!("/api/staff/applications/{id}")),
            (
                Method::GET,
                format!("/api/staff/applications/{id}/document"),
            ),
            (Method::GET, format!("/api/staff/applications/{id}/audit")),
            (
                Method::POST,
                format!("/api/staff/applications/{id}/certificate"),
            ),
            (
                Method::POST,
                format!("/api/staff/applications/{id}/refusal"),
            ),
            (Method::POST, "/api/staff/logout".into()),
        ];
        // No session: 401 everywhere.
        for (method, path) in &routes {
            let r = client()
                .request(method.clone(), format!("{}{path}", server.base))
                .json(&json!({}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 401, "{}: {method} {path}", db.kind);
        }
        // Another institution's officer: 404, exactly as for an id that does not exist.
        let carol = Desk::sign_in(&server, "carol").await;
        for (method, path) in routes.iter().filter(|(_, p)| p.contains(&id)) {
            let (status, body) = carol
                .send(
                    method.clone(),
                    path,
                    Some(
                        json!({ "iin": "960340000514", "issueDate": "2026-12-03", "reason": "x" }),
                    ),
                )
                .await;
            let (missing, missing_body) = carol
                .send(
                    method.clone(),
                    &path.replace(&id, "00000000-0000-4000-8000-000000000000"),
                    Some(
                        json!({ "iin": "960340000514", "issueDate": "2026-12-03", "reason": "x" }),
                    ),
                )
                .await;
            assert_eq!(
                (status, &body),
                (missing, &missing_body),
                "{}: {method} {path}",
                db.kind
            );
            assert_eq!(status, 404);
        }
        let (_, queue) = carol.get("/api/staff/applications").await;
        assert_eq!(queue["items"], json!([]), "carol sees no deu application");
        // Without the CSRF token, or with a wrong one: 403, and nothing decided.
        let anna = Desk::sign_in(&server, "anna").await;
        for token in [None, Some("wrong")] {
            let mut r = client()
                .post(format!(
                    "{}/api/staff/applications/{id}/certificate",
                    server.base
                ))
                .header("cookie", &anna.cookie)
                .json(&json!({ "iin": "960340000514", "issueDate": "2026-12-03" }));
            if let Some(t) = token {
                r = r.header("x-csrf-token", t);
            }
            assert_eq!(
                r.send().await.unwrap().status(),
                403,
                "{}: {token:?}",
                db.kind
            );
        }
        assert_eq!(
            anna.get(&format!("/api/staff/applications/{id}")).await.1["status"],
            "received"
        );
        // The administrator sees every institution.
        let admin = Desk::sign_in(&server, "admin").await;
        assert_eq!(
            admin.get(&format!("/api/staff/applications/{id}")).await.0,
            200
        );
        // Signed out: the same cookie replayed opens nothing.
        assert_eq!(anna.post("/api/staff/logout", json!({})).await.0, 204);
        assert_eq!(
            anna.get("/api/staff/applications").await.0,
            401,
            "{}",
            db.kind
        );
        // An idle session ends: 31 minutes without a request.
        let berik = Desk::sign_in(&server, "berik").await;
        server.clock.advance(31 * 60 * 1000);
        assert_eq!(
            berik.get("/api/staff/applications").await.0,
            401,
            "{}",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sign_ins_are_throttled_and_never_tell_whether_a_login_exists() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let attempt = |login: &str, password: &str, code: String| {
            client()
                .post(format!("{}/api/staff/login", server.base))
                .header("accept-language", "ru")
                .json(&json!({ "login": login, "password": password, "code": code }))
                .send()
        };
        let no_code = || "000000".to_string();
        let known = attempt("anna", "wrong password!", no_code()).await.unwrap();
        let (s1, b1) = (known.status(), known.text().await.unwrap());
        let unknown = attempt("nobody", "wrong password!", no_code())
            .await
            .unwrap();
        let (s2, b2) = (unknown.status(), unknown.text().await.unwrap());
        assert_eq!((s1, &b1), (s2, &b2), "{}: the same answer", db.kind);
        assert_eq!(s1, 401);
        assert!(b1.contains("Неверный логин или пароль"), "{b1}");
        for _ in 0..4 {
            attempt("anna", "wrong password!", no_code()).await.unwrap();
        }
        // The sixth within 15 minutes: refused, even with the right password.
        let throttled = attempt("anna", PASSWORD, code(&server, "anna").await)
            .await
            .unwrap();
        assert_eq!(throttled.status(), 429, "{}", db.kind);
        assert!(throttled.headers().contains_key("retry-after"));
        // Another login from the same address still gets its own tries...
        assert_eq!(
            attempt("berik", PASSWORD, code(&server, "berik").await)
                .await
                .unwrap()
                .status(),
            200
        );
        // ... and after the window, anna signs in again.
        server.clock.advance(16 * 60 * 1000);
        assert_eq!(
            attempt("anna", PASSWORD, code(&server, "anna").await)
                .await
                .unwrap()
                .status(),
            200,
            "{}",
            db.kind
        );
        // Twenty failures from one address stop every login from it.
        for i in 0..20 {
            attempt(&format!("ghost{i}"), "nope nope nope", no_code())
                .await
                .unwrap();
        }
        assert_eq!(
            attempt("berik", PASSWORD, code(&server, "berik").await)
                .await
                .unwrap()
                .status(),
            429,
            "{}",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn decisions_are_final_and_the_register_keeps_each_iin_to_one_person() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        // A and B: the same person (citizenship, document number, birth date); C: another.
        let (a, receipt_a) = apply(&server, "a", json!({})).await;
        let (b, _) = apply(&server, "b", json!({ "purpose": "a second application" })).await;
        let (c, _) = apply(&server, "c", json!({ "documentNumber": "C01X00T48", "surnameLatin": "Schmidt", "surnameCyrillic": "Шмидт" })).await;
        let certify = |id: &str, iin: &str| {
            let path = format!("/api/staff/applications/{id}/certificate");
            let body = json!({ "iin": iin, "issueDate": "2026-12-03" });
            let anna = &anna;
            async move { anna.post(&path, body).await }
        };

        // An invalid IIN: 422 with the IIN's code, and nothing recorded.
        let (status, body) = certify(&a, "960340000515").await;
        assert_eq!(
            (
                status.as_u16(),
                &body["errors"][0]["code"],
                &body["errors"][0]["field"]
            ),
            (422, &json!("checksum"), &json!("iin")),
            "{}",
            db.kind
        );
        assert_eq!(
            anna.get(&format!("/api/staff/applications/{a}")).await.1["status"],
            "received"
        );
        let (status, _) = anna
            .post(
                &format!("/api/staff/applications/{a}/certificate"),
                json!({ "iin": "960340000514", "issueDate": "2026-02-30" }),
            )
            .await;
        assert_eq!(status, 422);
        // The certificate.
        let (status, body) = certify(&a, "9603 4000 0514").await;
        assert_eq!(
            (status.as_u16(), &body["status"]),
            (201, &json!("certified")),
            "{}: {body}",
            db.kind
        );
        // A second decision on it: 409, and nothing changes.
        let (status, body) = anna
            .post(
                &format!("/api/staff/applications/{a}/refusal"),
                json!({ "reason": "x", "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (409, &json!("already_decided"))
        );
        let (status, _) = certify(&a, "990140004654").await;
        assert_eq!(status, 409);
        // The IIN for another person: 409.
        let (status, body) = certify(&c, "960340000514").await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (409, &json!("iin_taken")),
            "{}",
            db.kind
        );
        // The same person already holds it: the officer sees it, and another IIN is refused.
        let (_, detail) = anna.get(&format!("/api/staff/applications/{b}")).await;
        assert_eq!(
            detail["holder"]["iin"], "960340000514",
            "{}: {detail}",
            db.kind
        );
        assert_eq!(detail["holder"]["receipt"], json!(receipt_a));
        let (status, body) = certify(&b, "990140004654").await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (409, &json!("person_has_iin")),
            "{}",
            db.kind
        );
        // The IIN the person holds may be certified again with a second application.
        assert_eq!(certify(&b, "960340000514").await.0, 201);
        // A refusal needs a reason (the core's rule), then is recorded.
        let (status, body) = anna
            .post(
                &format!("/api/staff/applications/{c}/refusal"),
                json!({ "reason": "  ", "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (422, &json!("required"))
        );
        let (status, _) = anna.post(&format!("/api/staff/applications/{c}/refusal"), json!({ "reason": "Паспорт недействителен", "standardReason": { "kk": "Құжат жарамсыз", "ru": "Документ недействителен" }, "issueDate": "2026-12-03" })).await;
        assert_eq!(status, 201);
        // The queue by status, newest first.
        let (_, certified) = anna.get("/api/staff/applications?status=certified").await;
        assert_eq!(certified["items"].as_array().unwrap().len(), 2);
        let (_, refused) = anna.get("/api/staff/applications?status=refused").await;
        assert_eq!(refused["items"][0]["id"], json!(c));
        let (_, found) = anna
            .get(&format!(
                "/api/staff/applications?receipt={}",
                receipt_a.to_lowercase()
            ))
            .await;
        assert_eq!(
            found["items"][0]["id"],
            json!(a),
            "found by its receipt, in any case"
        );
        // A line names the applicant (Cyrillic first), read from the stored value.
        assert_eq!(
            (
                &found["items"][0]["surname"],
                &found["items"][0]["givenName"]
            ),
            (&json!("Мюллер"), &json!("Анна"))
        );

        // The certificate, printed from the stored application: every label of appendix 2.
        let response = client()
            .get(format!(
                "{}/api/staff/applications/{a}/document?paper=A5",
                server.base
            ))
            .header("cookie", &anna.cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.starts_with("default-src 'none'; style-src 'sha256-"),
            "{csp}"
        );
        let html = response.text().await.unwrap();
        let text = appendix::text_of(&html);
        for label in appendix::certificate_labels() {
            assert!(text.contains(&label), "{}: missing {label}", db.kind);
        }
        assert!(
            text.contains("9603 4000 0514")
                && html.contains("size: A5")
                && html.contains("aria-label=\"Claim 169\"")
                && html.contains("/verify#")
        );
        let (_, refusal) = anna
            .get(&format!("/api/staff/applications/{c}/document"))
            .await;
        assert!(refusal
            .as_str()
            .unwrap()
            .contains("Құжат жарамсыз. Паспорт недействителен"));
        // No document before a decision.
        let (d, _) = apply(&server, "d", json!({ "documentNumber": "D1" })).await;
        assert_eq!(
            anna.get(&format!("/api/staff/applications/{d}/document"))
                .await
                .1["errors"][0]["code"],
            "not_decided"
        );

        // The audit trail: the views, the decision and the printing, with the officer.
        let (_, audit) = anna
            .get(&format!("/api/staff/applications/{a}/audit"))
            .await;
        let actions: Vec<&str> = audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert!(
            actions.contains(&"view")
                && actions.contains(&"certificate")
                && actions.contains(&"document"),
            "{actions:?}"
        );
        assert!(audit["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["login"] == "anna"));
        assert_eq!(
            actions.iter().filter(|a| **a == "certificate").count(),
            1,
            "refused attempts are not decisions"
        );
    }
}

/// Every column of the migrated schema, on both databases, is either personal (retention erases
/// it) or kept with a reason: a migration that adds a column fails here until it is one of them.
#[tokio::test]
async fn every_column_of_the_schema_is_personal_or_kept_with_a_reason() {
    use kz_iin_server::retention::{KEPT, PERSONAL};
    for db in databases().await {
        let _store = officers(&db.url).await;
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
        let sql = if db.kind == "sqlite" {
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'"
        } else {
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'"
        };
        let columns: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(&pool).await.unwrap();
        pool.close().await;
        let mut columns: Vec<String> = columns
            .into_iter()
            .map(|(t, c)| format!("{t}.{c}"))
            .collect();
        columns.sort();
        let mut declared: Vec<String> = PERSONAL
            .iter()
            .map(|(t, c, _)| format!("{t}.{c}"))
            .chain(
                KEPT.iter()
                    .flat_map(|(t, columns, _)| columns.iter().map(move |c| format!("{t}.{c}"))),
            )
            .collect();
        declared.sort();
        assert_eq!(
            columns, declared,
            "{}: the schema's columns, and retention's two lists",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn retention_erases_personal_data_and_the_register_stays_unique() {
    for db in databases().await {
        let server = start(&db.url).await;
        let store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        let (decided, receipt) = apply(&server, "decided", json!({})).await;
        let (waiting, _) = apply(
            &server,
            "waiting",
            json!({ "documentNumber": "W1", "surnameLatin": "Weiss", "surnameCyrillic": "Вайс" }),
        )
        .await;
        assert_eq!(
            anna.post(
                &format!("/api/staff/applications/{decided}/certificate"),
                json!({ "iin": "960340000514", "issueDate": "2026-12-03" })
            )
            .await
            .0,
            201
        );
        let policy = kz_iin_server::retention::Policy {
            decided_days: 30,
            undecided_days: 180,
        };
        let run = |clock: Arc<kz_iin_server::clock::ManualClock>| {
            let store = store.clone();
            async move {
                kz_iin_server::retention::run(&store, policy, clock.now_ms())
                    .await
                    .unwrap()
            }
        };
        // 29 days on: nothing is due.
        server.clock.advance(29 * DAY);
        assert_eq!(
            run(server.clock.clone()).await,
            kz_iin_server::retention::Erased::default()
        );
        // 31 days after the decision: its personal data goes; the waiting one stays.
        server.clock.advance(2 * DAY);
        let anna = Desk::sign_in(&server, "anna").await;
        assert_eq!(
            run(server.clock.clone()).await,
            kz_iin_server::retention::Erased {
                decided: 1,
                undecided: 0,
                failed: 0
            },
            "{}",
            db.kind
        );
        let (_, detail) = anna
            .get(&format!("/api/staff/applications/{decided}"))
            .await;
        assert_eq!(
            (&detail["value"], &detail["decision"]["iin"]),
            (&Value::Null, &Value::Null),
            "{}",
            db.kind
        );
        assert_eq!(
            (
                &detail["receipt"],
                &detail["status"],
                &detail["decision"]["kind"]
            ),
            (&json!(receipt), &json!("certified"), &json!("certificate")),
            "the anonymous part stays"
        );
        assert!(detail["erasedAt"].is_i64());
        assert_eq!(
            anna.get(&format!("/api/staff/applications/{decided}/document"))
                .await
                .1["errors"][0]["code"],
            "erased"
        );
        assert!(anna
            .get(&format!("/api/staff/applications/{waiting}"))
            .await
            .1["value"]
            .is_object());
        // Nothing of the person is left in the rows, not even the request's key: every
        // personal column (retention::PERSONAL) is blank for the erased application, and still
        // holds its value for the waiting one.
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
        for (table, column, blank) in kz_iin_server::retention::PERSONAL {
            let id_column = if *table == "applications" {
                "id"
            } else {
                "application_id"
            };
            let read = |id: String| {
                let pool = pool.clone();
                let sql = format!("SELECT {column} FROM {table} WHERE {id_column} = $1");
                async move {
                    let value: Option<Option<String>> = sqlx::query_scalar(&sql)
                        .bind(id)
                        .fetch_optional(&pool)
                        .await
                        .unwrap();
                    value.flatten()
                }
            };
            let expected = match blank {
                kz_iin_server::retention::Blank::Null => None,
                kz_iin_server::retention::Blank::Empty => Some(String::new()),
            };
            assert_eq!(
                read(decided.clone()).await,
                expected,
                "{}: {table}.{column} erased",
                db.kind
            );
            if *table == "applications" {
                let kept = read(waiting.clone()).await;
                assert!(
                    kept.is_some_and(|v| !v.is_empty()),
                    "{}: {table}.{column} kept while not due",
                    db.kind
                );
            }
        }
        // The register holds hashes only, and still keeps the IIN unique.
        let (iin_key,): (String,) = sqlx::query_as("SELECT iin_key FROM register")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert!(!iin_key.contains("960340000514") && iin_key.len() == 64);
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM audit WHERE application_id = $1")
                .bind(&decided)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert!(count >= 2, "the audit trail outlives the data it was about");
        pool.close().await;
        let (again, _) = apply(
            &server,
            "again",
            json!({ "purpose": "the same person applies again" }),
        )
        .await;
        let (_, detail) = anna.get(&format!("/api/staff/applications/{again}")).await;
        assert_eq!(
            (
                &detail["holder"]["iin"],
                detail["holder"]["recordedAt"].is_i64()
            ),
            (&Value::Null, true),
            "{}: held, its digits erased",
            db.kind
        );
        let (status, body) = anna
            .post(
                &format!("/api/staff/applications/{again}/certificate"),
                json!({ "iin": "990140004654", "issueDate": "2027-01-03" }),
            )
            .await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (409, &json!("person_has_iin")),
            "{}",
            db.kind
        );
        let (status, body) = anna
            .post(
                &format!("/api/staff/applications/{waiting}/certificate"),
                json!({ "iin": "960340000514", "issueDate": "2027-01-03" }),
            )
            .await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (409, &json!("iin_taken")),
            "{}",
            db.kind
        );
        // 180 days after its receipt, the undecided one goes too.
        server.clock.advance(150 * DAY);
        let erased = run(server.clock.clone()).await;
        assert_eq!(
            erased.undecided, 1,
            "{}: the waiting one (the one applying again is 150 days old)",
            db.kind
        );
        let anna = Desk::sign_in(&server, "anna").await;
        assert_eq!(
            anna.get(&format!("/api/staff/applications/{waiting}"))
                .await
                .1["value"],
            Value::Null
        );
        let (status, body) = anna
            .post(
                &format!("/api/staff/applications/{waiting}/refusal"),
                json!({ "reason": "x", "issueDate": "2027-06-01" }),
            )
            .await;
        assert_eq!(
            (status.as_u16(), &body["errors"][0]["code"]),
            (409, &json!("erased"))
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_queue_pages_by_cursor_both_ways_and_finds_a_receipt_by_its_index() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        // 120 applications received in the same millisecond (order by number breaks the tie),
        // and 20 more a minute later; 10 of another institution.
        for n in 0..140 {
            if n == 120 {
                server.clock.advance(60_000);
            }
            apply(
                &server,
                &format!("q{n}"),
                json!({ "documentNumber": format!("Q{n}") }),
            )
            .await;
        }
        for n in 0..10 {
            apply(
                &server,
                &format!("u{n}"),
                json!({ "institution": "usa", "documentNumber": format!("U{n}") }),
            )
            .await;
        }
        let anna = Desk::sign_in(&server, "anna").await;
        let mut pages: Vec<Vec<Value>> = Vec::new();
        let mut path = "/api/staff/applications".to_string();
        loop {
            let (status, page) = anna.get(&path).await;
            assert_eq!(status, 200, "{}: {path}", db.kind);
            pages.push(page["items"].as_array().unwrap().clone());
            match page["next"].as_str() {
                Some(next) => path = format!("/api/staff/applications?after={next}"),
                None => break,
            }
        }
        let lines: Vec<&Value> = pages.iter().flatten().collect();
        assert_eq!(
            pages.iter().map(Vec::len).collect::<Vec<_>>(),
            [50, 50, 40],
            "{}",
            db.kind
        );
        let order: Vec<(i64, String)> = lines
            .iter()
            .map(|l| {
                (
                    l["receivedAt"].as_i64().unwrap(),
                    l["receipt"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let mut sorted = order.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        sorted.dedup();
        assert_eq!(order, sorted, "{}: newest first, each line once", db.kind);
        assert!(lines.iter().all(|l| l["institution"] == "deu"));
        // Back from the last page, page by page, to the first.
        let (_, last) = anna
            .get(&format!("/api/staff/applications?after={}", {
                let l = pages[1].last().unwrap();
                format!("{}.{}", l["receivedAt"], l["receipt"].as_str().unwrap())
            }))
            .await;
        let (_, back) = anna
            .get(&format!(
                "/api/staff/applications?before={}",
                last["previous"].as_str().unwrap()
            ))
            .await;
        assert_eq!(back["items"].as_array().unwrap(), &pages[1], "{}", db.kind);
        let (_, first) = anna
            .get(&format!(
                "/api/staff/applications?before={}",
                back["previous"].as_str().unwrap()
            ))
            .await;
        assert_eq!(first["items"].as_array().unwrap(), &pages[0]);
        assert!(first["previous"].is_null());
        // The numbered pages still answer as before.
        let (_, second) = anna.get("/api/staff/applications?page=2").await;
        assert_eq!(second["items"].as_array().unwrap(), &pages[1]);
        // A receipt, found in any case; a cursor that is none: 400.
        let receipt = pages[2][7]["receipt"].as_str().unwrap().to_lowercase();
        let (_, found) = anna
            .get(&format!("/api/staff/applications?receipt={receipt}"))
            .await;
        assert_eq!(found["items"].as_array().unwrap().len(), 1);
        for bad in ["x", "1.a%20b", "%00.DEU"] {
            assert_eq!(
                anna.get(&format!("/api/staff/applications?after={bad}"))
                    .await
                    .0,
                400,
                "{bad}"
            );
        }
        // The pages walk the same way.
        let html = anna.get("/staff/applications?lang=en").await.1;
        let html = html.as_str().unwrap();
        let next = html
            .split("href=\"/staff/applications?after=")
            .nth(1)
            .unwrap();
        let next = next.split('"').next().unwrap().replace("&amp;", "&");
        let second_page = anna
            .get(&format!("/staff/applications?after={next}"))
            .await
            .1;
        let second_page = second_page.as_str().unwrap();
        assert!(
            second_page.contains("Page 2") && second_page.contains("before="),
            "{}",
            db.kind
        );
    }
}

/// Many officers' views at once share the audit writer's commits: each view is in the trail
/// once, none lost and none doubled, before its answer, on both databases.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_views_are_each_audited_once() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Arc::new(Desk::sign_in(&server, "anna").await);
        let (id, _) = apply(&server, "viewed", json!({})).await;
        let views = 40;
        let mut tasks = Vec::new();
        for _ in 0..views {
            let (anna, id) = (anna.clone(), id.clone());
            tasks.push(tokio::spawn(async move {
                anna.get(&format!("/api/staff/applications/{id}")).await.0
            }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap(), 200, "{}", db.kind);
        }
        let (_, trail) = anna
            .get(&format!("/api/staff/applications/{id}/audit"))
            .await;
        let viewed = trail["entries"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "view")
            .count();
        assert_eq!(viewed, views, "{}: one entry a view", db.kind);
    }
}
