//! Hostile requests against the real binary, on SQLite and on PostgreSQL: each gets its 4xx (in
//! the client's language where there are words), nothing is stored, the server keeps answering,
//! and nothing personal reaches its logs (it logs at debug level here, sqlx's statements too).

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{answer_to, application, client, databases, rows, spawn};
use serde_json::json;

/// A string nothing else contains: if it shows up in the logs, personal data leaked.
const MARK: &str = "Zqxjvv";

/// Sends raw bytes and reads the status line of the answer (`None`: the server closed the
/// connection without one, as it may for a request it cannot parse).
fn raw(base: &str, request: &[u8]) -> Option<u16> {
    let address = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buf[..n]);
        if answer.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    let line = String::from_utf8_lossy(&answer);
    line.split_whitespace().nth(1).and_then(|s| s.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hostile_requests_get_their_4xx_store_nothing_and_leak_nothing() {
    for db in databases().await {
        let server = spawn(&db.url);
        let http = client();
        let url = format!("{}/api/applications", server.base);
        let mut app = application();
        app["surnameLatin"] = json!(format!("{MARK}surname"));
        let post = |key: Option<String>, ct: &str, body: Vec<u8>| {
            let mut request = http
                .post(&url)
                .header("content-type", ct.to_string())
                .header("accept-language", "ru")
                .body(body);
            if let Some(key) = key {
                request = request.header("idempotency-key", key);
            }
            request.send()
        };
        let status = |r: reqwest::Response| r.status().as_u16();
        let body = app.to_string().into_bytes();

        // An oversize body: 413, in Russian, as soon as its length is announced (before it is
        // sent, which a client sending it would not finish before the connection closes).
        let answer = answer_to(&server.base, b"POST /api/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: k1\r\nAccept-Language: ru\r\nContent-Length: 200000\r\nConnection: close\r\n\r\n{\"purpose\": \"");
        assert!(answer.starts_with("HTTP/1.1 413"), "{}: {answer}", db.kind);
        assert!(
            answer.contains("\"code\":\"too_large\"") && answer.contains("слишком"),
            "{answer}"
        );
        // And one that announces no length (chunked): cut off at the limit.
        let chunk = "x".repeat(100_000);
        let chunked = format!("POST /api/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: k1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n", chunk.len());
        let answer = answer_to(&server.base, chunked.as_bytes());
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 413"),
            "{}: {answer}",
            db.kind
        );
        // The wrong content type.
        assert_eq!(
            status(
                post(Some("k2".into()), "text/plain", body.clone())
                    .await
                    .unwrap()
            ),
            415
        );
        assert_eq!(
            status(
                post(
                    Some("k2".into()),
                    "application/x-www-form-urlencoded",
                    b"surnameLatin=x".to_vec()
                )
                .await
                .unwrap()
            ),
            415
        );
        // Broken JSON.
        assert_eq!(
            status(
                post(
                    Some("k3".into()),
                    "application/json",
                    format!("{{\"surnameLatin\": \"{MARK}").into_bytes()
                )
                .await
                .unwrap()
            ),
            400
        );
        // Deep nesting is read without recursion (serde_json skips what it ignores in a loop):
        // well-formed JSON that is no application, answered as the core answers it.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let r = post(Some("k4".into()), "application/json", deep.into_bytes())
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "{}", db.kind);
        let answer: serde_json::Value = r.json().await.unwrap();
        assert_eq!(answer["errors"][0]["code"], "not_an_object");
        let deep = format!(
            "{{\"purpose\": {}{}, \"x\": {}1{}}}",
            "[".repeat(10_000),
            "]".repeat(10_000),
            "{\"a\":".repeat(5_000),
            "}".repeat(5_000)
        );
        let r = post(Some("k4".into()), "application/json", deep.into_bytes())
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "{}", db.kind);
        let answer: serde_json::Value = r.json().await.unwrap();
        assert!(
            answer["errors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["field"] == "purpose" && e["code"] == "invalid_type"),
            "{answer}"
        );
        // JSON that is not an object: the core's not_an_object.
        let r = post(Some("k5".into()), "application/json", b"[1, 2]".to_vec())
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        // A missing key, and one of 10 KB.
        assert_eq!(
            status(post(None, "application/json", body.clone()).await.unwrap()),
            400
        );
        assert_eq!(
            status(
                post(Some("k".repeat(10_000)), "application/json", body.clone())
                    .await
                    .unwrap()
            ),
            400
        );
        // Markup and SQL-looking strings in every field: the names refuse them, so nothing is kept.
        for payload in [
            "<script>alert(1)</script>",
            "'; DROP TABLE applications; --",
            "\" OR 1=1 --",
            "Robert'); DELETE FROM applications;--",
        ] {
            let mut evil = application();
            for (_, value) in evil.as_object_mut().unwrap().iter_mut() {
                if value.is_string() {
                    *value = json!(format!("{payload}{MARK}"));
                }
            }
            let r = post(
                Some(format!("evil-{}", payload.len())),
                "application/json",
                evil.to_string().into_bytes(),
            )
            .await
            .unwrap();
            assert_eq!(r.status(), 422, "{}: {payload}", db.kind);
        }
        // Huge headers: hyper refuses them before any handler (431, or the connection closed).
        let mut request = format!("POST /api/applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIdempotency-Key: k6\r\nX-Big: {}\r\nContent-Length: 2\r\n\r\n{{}}", "a".repeat(1_000_000)).into_bytes();
        let answered = raw(&server.base, &request);
        assert!(
            answered.is_none() || answered == Some(431) || answered == Some(400),
            "{}: {answered:?}",
            db.kind
        );
        request.clear();
        // Static paths that climb out of the served folders: 404, plain or encoded.
        for path in [
            "/www/../Cargo.toml",
            "/www/%2e%2e/Cargo.toml",
            "/dist/..%2f..%2fCargo.toml",
            "/www/..%5c..%5cCargo.toml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/www/%00",
            "/assets/x/../../Cargo.toml",
        ] {
            let answered = raw(
                &server.base,
                format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
            );
            assert!(
                matches!(answered, Some(400) | Some(404)),
                "{path}: {answered:?}"
            );
        }
        // A method the files do not take.
        assert_eq!(
            status(
                http.delete(format!("{}/www/index.html", server.base))
                    .send()
                    .await
                    .unwrap()
            ),
            405
        );

        // Nothing was stored, the server still answers and takes a valid application.
        assert_eq!(rows(&db.url).await, vec![], "{}", db.kind);
        assert_eq!(
            status(
                http.get(format!("{}/healthz", server.base))
                    .send()
                    .await
                    .unwrap()
            ),
            200
        );
        let r = post(Some("good".into()), "application/json", body.clone())
            .await
            .unwrap();
        assert_eq!(r.status(), 201, "{}", db.kind);
        // Nothing personal in the logs, though they are at debug level.
        let logs = server.logs();
        assert!(
            logs.contains("answered"),
            "the requests were logged:\n{logs}"
        );
        assert!(
            !logs.contains(MARK),
            "{}: personal data in the logs:\n{logs}",
            db.kind
        );
        assert!(
            !logs.contains("C01X00T47") && !logs.contains("Müller"),
            "{}: personal data in the logs",
            db.kind
        );
    }
}
