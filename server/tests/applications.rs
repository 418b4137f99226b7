//! POST /api/applications as a client meets it, on SQLite and on PostgreSQL: a valid application
//! is stored once and acknowledged with an id and a receipt; the same key again gets the same
//! answer, with another body 409; an invalid one is refused in the client's language; what is
//! stored is the normalised application, its institution, time, key and language. And the rest
//! of the service: health, pages with their validators, compression and caching, --help.

mod common;

use common::{application, client, databases, rows, start, submit, NOW_MS};
use serde_json::{json, Value};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_valid_application_is_stored_once_and_acknowledged_with_its_receipt() {
    for db in databases().await {
        let server = start(&db.url).await;
        let http = client();
        let app = application();
        let (status, first) = submit(&http, &server.base, "key-1", &app).await;
        assert_eq!(status, 201, "{}: {first}", db.kind);
        let id = first["id"].as_str().unwrap();
        assert_eq!(id.len(), 36, "a UUID");
        assert_eq!(first["receipt"], "DEU-2026-000001", "{}", db.kind);
        // The same key and body: the same answer, no second row.
        let (status, again) = submit(&http, &server.base, "key-1", &app).await;
        assert_eq!((status, &again), (200, &first), "{}", db.kind);
        // The same key, another body: a conflict, in the client's language.
        let mut other = app.clone();
        other["purpose"] = json!("another purpose");
        let (status, conflict) = submit(&http, &server.base, "key-1", &other).await;
        assert_eq!(status, 409, "{}", db.kind);
        assert_eq!(conflict["errors"][0]["code"], "idempotency_key_reused");
        // The next application of the institution gets the next number.
        let (status, second) = submit(&http, &server.base, "key-2", &other).await;
        assert_eq!(
            (status, second["receipt"].as_str()),
            (201, Some("DEU-2026-000002"))
        );
        assert_eq!(rows(&db.url).await.len(), 2, "{}", db.kind);

        // What is stored: the normalised application, the institution, the time, key and language.
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
        let (institution, received, lang, value): (String, i64, String, String) = sqlx::query_as(
            "SELECT institution, received_at, lang, value FROM applications WHERE idempotency_key = $1",
        )
        .bind("key-1")
        .fetch_one(&pool)
        .await
        .unwrap();
        pool.close().await;
        assert_eq!(
            (institution.as_str(), received, lang.as_str()),
            ("deu", NOW_MS, "en")
        );
        let value: serde_json::Value = serde_json::from_str(&value).unwrap();
        assert_eq!(
            value["documentNumber"], "C01X00T47",
            "normalised as the core normalises"
        );
        assert_eq!(value["surnameLatin"], app["surnameLatin"]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_invalid_application_is_refused_in_the_client_s_language_and_not_stored() {
    for db in databases().await {
        let server = start(&db.url).await;
        let http = client();
        let mut app = application();
        app["citizenship"] = json!("KAZ");
        app["surnameCyrillic"] = json!("Иванoв"); // a Latin o
        for (i, (accept, words)) in [
            ("ru-KZ, en;q=0.5", "иностранных граждан"),
            ("kk", "шетел азаматтары"),
            ("de, en;q=0.1", "foreign citizens"),
            ("", "foreign citizens"),
        ]
        .into_iter()
        .enumerate()
        {
            let response = http
                .post(format!("{}/api/applications", server.base))
                .header("content-type", "application/json; charset=utf-8")
                .header("idempotency-key", format!("key-{i}"))
                .header("accept-language", accept)
                .body(app.to_string())
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 422, "{}", db.kind);
            assert_eq!(response.headers()["cache-control"], "no-store");
            let body: serde_json::Value = response.json().await.unwrap();
            let errors = body["errors"].as_array().unwrap();
            let codes: Vec<&str> = errors.iter().map(|e| e["code"].as_str().unwrap()).collect();
            assert_eq!(codes, ["wrong_script", "citizenship_kaz"], "{accept}");
            assert_eq!(errors[0]["field"], "surnameCyrillic");
            assert_eq!(errors[0]["position"], 5);
            assert!(
                errors[1]["message"].as_str().unwrap().contains(words),
                "{accept}: {body}"
            );
        }
        assert_eq!(rows(&db.url).await, vec![], "{}", db.kind);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn health_and_readiness_for_load_balancers() {
    let db = common::sqlite();
    let server = start(&db.url).await;
    let http = client();
    let get = |path: &str| http.get(format!("{}{path}", server.base)).send();
    assert_eq!(get("/healthz").await.unwrap().status(), 200);
    assert_eq!(get("/readyz").await.unwrap().status(), 200);
    // The SQLite file as the service keeps it: WAL, and every commit on disk.
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn pages_are_served_compressed_with_validators_and_the_strict_policy() {
    let db = common::sqlite();
    let server = start(&db.url).await;
    let http = client();
    // The portal demo: its scripts point at this build's immutable URLs.
    let page = http
        .get(format!("{}/www/", server.base))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let headers = page.headers().clone();
    assert_eq!(headers["content-security-policy"], kz_iin_server::http::CSP);
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["content-encoding"], "br");
    assert_eq!(headers["cache-control"], "no-cache");
    let etag = headers["etag"].to_str().unwrap().to_string();
    // reqwest does not decompress here (no feature): the body is brotli.
    let compressed = page.bytes().await.unwrap();
    let mut html = Vec::new();
    brotli::BrotliDecompress(&mut &compressed[..], &mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    let build = html
        .split("/assets/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("the page points at /assets/BUILD/")
        .to_string();
    assert!(html.contains(&format!("src=\"/assets/{build}/www/demo.js\"")));
    // Asked again with its ETag: 304, nothing sent.
    let again = http
        .get(format!("{}/www/index.html", server.base))
        .header("accept-encoding", "br")
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());
    // A file under the build's URL: cached for a year; gzip for a client without brotli.
    let wasm = http
        .get(format!(
            "{}/assets/{build}/dist/pkg/form/kz_iin_bg.wasm",
            server.base
        ))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    if wasm.status() == 200 {
        assert_eq!(
            wasm.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(wasm.headers()["content-type"], "application/wasm");
        assert_eq!(wasm.headers()["content-encoding"], "gzip");
    } else {
        // `cargo test` alone, before `npm run build`: no dist/ to serve.
        assert!(!common::root().join("dist/pkg/form/kz_iin_bg.wasm").exists());
    }
    // Another build's URL names nothing.
    let stale = http
        .get(format!(
            "{}/assets/0000000000000000/www/demo.js",
            server.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 404);
    // The kiosk's service worker, uncompressed for a client that accepts nothing.
    let worker = http
        .get(format!("{}/www/sw.js", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(worker.status(), 200);
    assert!(worker.headers().get("content-encoding").is_none());
    assert_eq!(
        worker.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
}

#[test]
fn help_lists_every_setting() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kz-iin-server"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for setting in [
        "DATABASE_URL",
        "PORT",
        "HOST",
        "STATIC_ROOT",
        "BODY_LIMIT",
        "REQUEST_TIMEOUT",
        "DATABASE_CONNECTIONS",
    ] {
        assert!(
            help.contains(&format!("[env: {setting}")),
            "{setting} in --help:\n{help}"
        );
    }
    assert!(help.contains("sqlite://data/kz-iin.db"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_check_route_gives_the_cores_verdict_and_keeps_nothing() {
    for db in databases().await {
        let server = start(&db.url).await;
        let http = client();
        let check = |body: String, lang: &'static str| {
            http.post(format!("{}/api/applications/check", server.base))
                .header("content-type", "application/json")
                .header("accept-language", lang)
                .body(body)
                .send()
        };
        // Valid: the application as it would be kept, in NFC.
        let mut app = application();
        app["surnameLatin"] = json!("Mu\u{308}ller");
        let response = check(app.to_string(), "en").await.unwrap();
        assert_eq!(response.status(), 200, "{}", db.kind);
        let report: Value = response.json().await.unwrap();
        assert_eq!(report["valid"], true, "{report}");
        assert_eq!(report["value"]["surnameLatin"], "Müller");
        let kk: Value = check(application().to_string(), "kk")
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(kk["valid"], true);
        // Invalid: the same errors POST /api/applications gives.
        let mut wrong = application();
        wrong["birthDate"] = json!("2030-01-01");
        let report: Value = check(wrong.to_string(), "en")
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let (_, refused) = submit(&http, &server.base, "check-compare", &wrong).await;
        assert_eq!(report["valid"], false);
        assert_eq!(
            report["errors"], refused["errors"],
            "{}: one verdict",
            db.kind
        );
        // Unreadable bodies: the service's refusals.
        assert_eq!(check("{".into(), "en").await.unwrap().status(), 400);
        let not_json = http
            .post(format!("{}/api/applications/check", server.base))
            .header("content-type", "text/plain")
            .body("x")
            .send()
            .await
            .unwrap();
        assert_eq!(not_json.status(), 415);
        assert!(rows(&db.url).await.is_empty(), "{}: nothing kept", db.kind);
    }
}
