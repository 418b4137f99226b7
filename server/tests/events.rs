//! Events for the host's systems and machine clients' tokens (issue 24), on SQLite and on
//! PostgreSQL: each receipt and decision is an event, delivered to a receiver that refuses twice
//! before taking it, at least once, once per id after deduplication, in order per application,
//! signed by the Standard Webhooks scheme, by one of two processes at a time; a bearer token
//! reads and decides its own institution's applications only, within its scope, until revoked.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use base64::Engine as _;
use common::desk::{apply, officers};
use common::{application, client, databases, settings, start_with, submit, Server};
use hmac::Mac as _;
use kz_iin_server::tokens::{self, Scope};
use serde_json::{json, Value};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Delivery {
    id: String,
    timestamp: String,
    signature: String,
    body: String,
    answered: u16,
}

/// A receiver that refuses each event twice (500) and then takes it (200).
#[derive(Clone, Default)]
struct Receiver(Arc<Mutex<Vec<Delivery>>>);

impl Receiver {
    async fn start(&self) -> String {
        let seen = self.0.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: String| {
                let seen = seen.clone();
                async move {
                    let header = |name: &str| {
                        headers
                            .get(name)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or_default()
                            .to_string()
                    };
                    let id = header("webhook-id");
                    let mut seen = seen.lock().unwrap();
                    let before = seen.iter().filter(|d| d.id == id).count();
                    let answered = if before < 2 { 500 } else { 200 };
                    seen.push(Delivery {
                        id,
                        timestamp: header("webhook-timestamp"),
                        signature: header("webhook-signature"),
                        body,
                        answered,
                    });
                    StatusCode::from_u16(answered).unwrap()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        url
    }

    fn deliveries(&self) -> Vec<Delivery> {
        self.0.lock().unwrap().clone()
    }

    /// The events taken (200), by id.
    fn taken(&self) -> HashMap<String, Value> {
        self.deliveries()
            .into_iter()
            .filter(|d| d.answered == 200)
            .map(|d| (d.id, serde_json::from_str(&d.body).unwrap()))
            .collect()
    }
}

/// The Standard Webhooks signature, computed here from the specification (the npm reference
/// library checks the same in tests/js/events.test.js).
fn signature_of(d: &Delivery) -> String {
    let key = base64::engine::general_purpose::STANDARD
        .decode(SECRET.trim_start_matches("whsec_"))
        .unwrap();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{}.{}.{}", d.id, d.timestamp, d.body).as_bytes());
    format!(
        "v1,{}",
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    )
}

/// Moves the services' clocks on by `step_ms` each tenth of a second (the retries' backoff is
/// on their clock) until `done`, or fails after 60 s.
async fn until(servers: &[&Server], step_ms: i64, done: impl Fn() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        for server in servers {
            server.clock.advance(step_ms);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("not done in 60 s");
}

/// A staff API request with a bearer token.
async fn with_token(
    server: &Server,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = client()
        .request(method, format!("{}{path}", server.base))
        .header("authorization", format!("Bearer {token}"))
        .header("accept-language", "en");
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_receipt_and_decision_reaches_the_receiver_once_in_order_and_signed() {
    for db in databases().await {
        let store = officers(&db.url).await;
        let receiver = Receiver::default();
        let mut with_hook = settings(&db.url);
        with_hook.webhook_url = Some(receiver.start().await);
        with_hook.webhook_secret = Some(SECRET.into());
        // Two processes deliver from one database: the lease lets one send at a time.
        let one = start_with(&with_hook).await;
        let two = start_with(&with_hook).await;
        let decide = tokens::add(&store, "deu", Scope::Decide, common::NOW_MS)
            .await
            .unwrap()
            .secret;

        let (a, a_receipt) = apply(&one, "a", json!({ "documentNumber": "A1" })).await;
        let (b, _) = apply(&two, "b", json!({ "documentNumber": "B1" })).await;
        let (c, _) = apply(
            &one,
            "c",
            json!({ "institution": "usa", "documentNumber": "C1" }),
        )
        .await;
        // A retry under the same key is the same application: no second event.
        let mut a_again = application();
        a_again["documentNumber"] = json!("A1");
        assert_eq!(
            submit(&client(), &two.base, "a", &a_again).await.0,
            200,
            "{}",
            db.kind
        );
        let certified = with_token(
            &one,
            &decide,
            reqwest::Method::POST,
            &format!("/api/staff/applications/{a}/certificate"),
            Some(json!({ "iin": "960340000514", "issueDate": "2026-12-03" })),
        )
        .await;
        assert_eq!(certified.0, 201, "{} {}", db.kind, certified.1);
        let refused = with_token(
            &two,
            &decide,
            reqwest::Method::POST,
            &format!("/api/staff/applications/{b}/refusal"),
            Some(json!({ "reason": "The passport is not valid", "issueDate": "2026-12-03" })),
        )
        .await;
        assert_eq!(refused.0, 201, "{} {}", db.kind, refused.1);

        until(&[&one, &two], 2_000, || receiver.taken().len() == 5).await;
        let taken = receiver.taken();
        let deliveries = receiver.deliveries();
        let mut kinds: Vec<(String, String)> = taken
            .values()
            .map(|e| {
                (
                    e["data"]["id"].as_str().unwrap().to_string(),
                    e["type"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        kinds.sort();
        let mut expected = vec![
            (a.clone(), "application.received".to_string()),
            (a.clone(), "application.certified".to_string()),
            (b.clone(), "application.received".to_string()),
            (b.clone(), "application.refused".to_string()),
            (c.clone(), "application.received".to_string()),
        ];
        expected.sort();
        assert_eq!(kinds, expected, "{}", db.kind);
        // Each refused twice, then taken once: no event taken twice.
        for id in taken.keys() {
            let answers: Vec<u16> = deliveries
                .iter()
                .filter(|d| &d.id == id)
                .map(|d| d.answered)
                .collect();
            assert_eq!(answers, [500, 500, 200], "{} {id}", db.kind);
        }
        // In order per application: a decision is first sent after its receipt was taken.
        for app in [&a, &b] {
            let of = |kind: &str| {
                deliveries
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| {
                        let e: Value = serde_json::from_str(&d.body).unwrap();
                        e["data"]["id"] == app.as_str() && e["type"] == kind
                    })
                    .map(|(i, d)| (i, d.answered))
                    .collect::<Vec<_>>()
            };
            let received_taken = of("application.received")
                .iter()
                .find(|(_, s)| *s == 200)
                .unwrap()
                .0;
            let decided = of(if app == &a {
                "application.certified"
            } else {
                "application.refused"
            });
            assert!(decided[0].0 > received_taken, "{} {decided:?}", db.kind);
        }
        // Signed, by the specification's scheme; nothing personal in the body.
        for d in &deliveries {
            assert_eq!(d.signature, signature_of(d), "{}", db.kind);
            assert!(!d.body.contains("A1") && !d.body.contains("960340000514"));
        }
        let a_event = taken
            .values()
            .find(|e| e["data"]["id"] == a.as_str() && e["type"] == "application.received")
            .unwrap();
        assert_eq!(a_event["data"]["receipt"], a_receipt.as_str());
        assert_eq!(a_event["data"]["institution"], "deu");
        assert_eq!(
            kz_iin_server::events::counts(&store).await.unwrap(),
            kz_iin_server::events::Counts::default(),
            "{}: nothing waits",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_event_refused_for_a_day_is_given_up_shown_to_administrators_and_sent_again_on_retry() {
    for db in databases().await {
        let store = officers(&db.url).await;
        let mut with_hook = settings(&db.url);
        // Nothing listens there: every attempt fails.
        with_hook.webhook_url = Some("http://127.0.0.1:9/hook".into());
        with_hook.webhook_secret = Some(SECRET.into());
        let server = start_with(&with_hook).await;
        let (id, _) = apply(&server, "lost", json!({})).await;
        // Decided at once: its event waits behind the receipt's, given up on or not.
        let decide = tokens::add(&store, "deu", Scope::Decide, common::NOW_MS)
            .await
            .unwrap()
            .secret;
        let certified = with_token(
            &server,
            &decide,
            reqwest::Method::POST,
            &format!("/api/staff/applications/{id}/certificate"),
            Some(json!({ "iin": "960340000514", "issueDate": "2026-12-03" })),
        )
        .await;
        assert_eq!(certified.0, 201, "{}", db.kind);
        until(&[&server], 6 * 3_600_000, || {
            block_on(kz_iin_server::events::counts(&store))
                .unwrap()
                .failed
                == 1
        })
        .await;
        let failed = kz_iin_server::events::failed_events(&store, 10)
            .await
            .unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].kind, "application.received");
        // The decision was never sent ahead of its receipt: it waits, neither sent nor failed.
        let counts = kz_iin_server::events::counts(&store).await.unwrap();
        assert_eq!((counts.waiting, counts.failed), (1, 1), "{}", db.kind);
        assert_eq!(failed[0].application, id);
        assert!(failed[0].attempts >= 1, "{}", failed[0].attempts);
        // Given up only a day after it was written, not before.
        {
            use kz_iin_server::clock::Clock;
            assert!(server.clock.now_ms() - common::NOW_MS > kz_iin_server::events::RETRY_FOR_MS);
        }
        assert!(failed[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.starts_with("not reached") && !e.contains("127.0.0.1")));
        // The administrators' page lists it; an institution's officer gets 404 there.
        let admin = common::desk::Desk::sign_in(&server, "admin").await;
        let (status, page) = admin.get("/staff/events").await;
        assert_eq!(status, 200);
        assert!(
            page.as_str().unwrap().contains(&failed[0].id),
            "{}",
            db.kind
        );
        let anna = common::desk::Desk::sign_in(&server, "anna").await;
        assert_eq!(anna.get("/staff/events").await.0, 404);
        // `events retry`: pending again, another day, the receipt before the decision.
        assert_eq!(
            kz_iin_server::events::retry_failed(&store, common::NOW_MS)
                .await
                .unwrap(),
            1
        );
        let counts = kz_iin_server::events::counts(&store).await.unwrap();
        assert_eq!((counts.waiting, counts.failed), (2, 0), "{}", db.kind);
    }
}

/// Runs a future to its end from a synchronous closure (the `until` condition).
fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::task::block_in_place(|| tokio::runtime::Handle::current().block_on(f))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_token_reaches_its_institution_within_its_scope_until_revoked_and_every_use_is_audited() {
    for db in databases().await {
        let store = officers(&db.url).await;
        let server = common::start(&db.url).await;
        let read = tokens::add(&store, "deu", Scope::Read, common::NOW_MS)
            .await
            .unwrap();
        let decide = tokens::add(&store, "deu", Scope::Decide, common::NOW_MS)
            .await
            .unwrap();
        assert!(matches!(
            tokens::add(&store, "atlantis", Scope::Read, 0).await,
            Err(tokens::TokenError::Institution)
        ));
        let (a, _) = apply(&server, "a", json!({ "documentNumber": "A1" })).await;
        let (u, _) = apply(
            &server,
            "u",
            json!({ "institution": "usa", "documentNumber": "U1" }),
        )
        .await;
        let get = reqwest::Method::GET;
        let post = reqwest::Method::POST;

        // Its own institution's queue and applications; another's is 404, as one that is not.
        let (status, queue) = with_token(
            &server,
            &read.secret,
            get.clone(),
            "/api/staff/applications",
            None,
        )
        .await;
        assert_eq!(status, 200, "{}", db.kind);
        let ids: Vec<&str> = queue["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [a.as_str()], "{}", db.kind);
        let path = |id: &str| format!("/api/staff/applications/{id}");
        assert_eq!(
            with_token(&server, &read.secret, get.clone(), &path(&a), None)
                .await
                .0,
            200
        );
        assert_eq!(
            with_token(&server, &decide.secret, get.clone(), &path(&u), None)
                .await
                .0,
            404
        );
        // Read may not decide (403, worded); decide may, without a cookie or a CSRF token.
        let certificate = json!({ "iin": "960340000514", "issueDate": "2026-12-03" });
        let (status, refused) = with_token(
            &server,
            &read.secret,
            post.clone(),
            &format!("{}/certificate", path(&a)),
            Some(certificate.clone()),
        )
        .await;
        assert_eq!(
            (status, refused["errors"][0]["code"].as_str()),
            (403, Some("scope"))
        );
        assert_eq!(
            with_token(
                &server,
                &decide.secret,
                post.clone(),
                &format!("{}/certificate", path(&a)),
                Some(certificate),
            )
            .await
            .0,
            201,
            "{}",
            db.kind
        );
        // Every use is in the trail, under the token's id.
        let (_, trail) = with_token(
            &server,
            &read.secret,
            get.clone(),
            &format!("{}/audit", path(&a)),
            None,
        )
        .await;
        let entries: Vec<(String, String)> = trail["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["login"].as_str().unwrap().to_string(),
                    e["action"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let by = |t: &tokens::Made, action: &str| (format!("token:{}", t.id), action.to_string());
        for expected in [
            by(&read, "view"),
            by(&decide, "certificate"),
            by(&read, "trail"),
        ] {
            assert!(entries.contains(&expected), "{} {entries:?}", db.kind);
        }
        // Not a token, a forged one, another scheme, a revoked one: 401 with WWW-Authenticate.
        assert!(tokens::revoke(&store, &read.id, common::NOW_MS)
            .await
            .unwrap());
        assert!(!tokens::revoke(&store, &read.id, common::NOW_MS)
            .await
            .unwrap());
        let forged = format!("kziin_{}_{}", decide.id, "0".repeat(64));
        for authorization in [
            format!("Bearer {}", read.secret),
            format!("Bearer {forged}"),
            "Bearer ".to_string(),
            format!("Bearer {}", "k".repeat(10_000)),
        ] {
            let response = client()
                .get(format!("{}/api/staff/applications", server.base))
                .header("authorization", &authorization)
                .send()
                .await
                .unwrap();
            assert_eq!(
                response.status(),
                401,
                "{} {}",
                db.kind,
                &authorization[..20.min(authorization.len())]
            );
            assert_eq!(response.headers()["www-authenticate"], "Bearer");
        }
        // Another scheme is no token: without a session 401, with one (a proxy's Basic beside an
        // officer's cookie) the session answers.
        let basic = |request: reqwest::RequestBuilder| {
            request.header("authorization", format!("Basic {}", decide.secret))
        };
        let url = format!("{}/api/staff/applications", server.base);
        assert_eq!(
            basic(client().get(&url)).send().await.unwrap().status(),
            401
        );
        let anna = common::desk::Desk::sign_in(&server, "anna").await;
        let with_session = basic(client().get(&url).header("cookie", &anna.cookie));
        assert_eq!(
            with_session.send().await.unwrap().status(),
            200,
            "{}",
            db.kind
        );
        // A token opens the API, not the officers' pages (they need a session).
        let page = client()
            .get(format!("{}/staff/applications", server.base))
            .header("authorization", format!("Bearer {}", decide.secret))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 303, "{}: to the sign-in page", db.kind);
        let listed = tokens::list(&store).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert!(listed[0].revoked_at.is_some() || listed[1].revoked_at.is_some());
    }
}
