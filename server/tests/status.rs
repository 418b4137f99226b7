//! "Where is my application?" (issue 23, part 2), on SQLite and on PostgreSQL: the answer to a
//! kept application carries an access code, the same on a retry; the receipt and the code tell
//! the status, when, the institution and the next step in the caller's language, and nothing
//! personal; a wrong code is the same 404 as an unknown receipt; tries are throttled per
//! receipt and per address; after retention the status remains without the reason; the form
//! without script shows the code only to the browser that sent it, never to a guessed key; the
//! status page works without script.

mod common;

use common::desk::{apply, officers, Desk, DAY};
use common::{application, client, databases, settings, start, start_with, submit};
use serde_json::{json, Value};

async fn status(base: &str, lang: &str, receipt: &str, code: &str) -> (u16, Value) {
    let response = client()
        .post(format!("{base}/api/applications/status"))
        .header("accept-language", lang)
        .json(&json!({ "receipt": receipt, "accessCode": code }))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn code_of(answer: &Value) -> String {
    answer["accessCode"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_receipt_and_its_code_tell_where_an_application_stands_and_nothing_personal() {
    for db in databases().await {
        let store = officers(&db.url).await;
        let server = start(&db.url).await;
        let mut app = application();
        app["documentNumber"] = json!("S1");
        let (created, first) = submit(&client(), &server.base, "s-1", &app).await;
        assert_eq!(created, 201, "{first}");
        let code = code_of(&first);
        let receipt = first["receipt"].as_str().unwrap().to_string();
        assert!(
            regex_like_code(&code),
            "{code}: 12 symbols of the alphabet in groups of four"
        );
        // A retry of the same body (its answer lost): the same code.
        let (replayed, again) = submit(&client(), &server.base, "s-1", &app).await;
        assert_eq!((replayed, code_of(&again)), (200, code.clone()));
        // Another application: another code.
        let (_, other) = apply(&server, "s-2", json!({ "documentNumber": "S2" })).await;
        let _ = other;

        // Received: typed as a person types it (small letters, spaces), in Russian.
        let typed = code.to_lowercase().replace('-', " ");
        let (ok, told) = status(&server.base, "ru", &receipt.to_lowercase(), &typed).await;
        assert_eq!(ok, 200, "{} {told}", db.kind);
        assert_eq!(told["status"], "received");
        assert_eq!(told["institution"], "deu");
        assert!(told["receivedAt"]
            .as_str()
            .unwrap()
            .starts_with("2026-12-03T"));
        assert!(told.get("decidedAt").is_none());
        assert!(told["nextStep"].as_str().unwrap().contains("рассматривает"));

        // A wrong code and an unknown receipt: the same 404, word for word.
        let mut wrong = code.clone().into_bytes();
        wrong[0] = if wrong[0] == b'2' { b'3' } else { b'2' };
        let wrong = String::from_utf8(wrong).unwrap();
        let (a, by_code) = status(&server.base, "en", &receipt, &wrong).await;
        let (b, by_receipt) = status(&server.base, "en", "DEU-2026-999999", &code).await;
        assert_eq!((a, b), (404, 404));
        assert_eq!(by_code, by_receipt);
        assert_eq!(by_code["errors"][0]["code"], "no_such_application");

        // Certified: the next step is to collect it; still no IIN, no name.
        let id = first["id"].as_str().unwrap();
        let anna = Desk::sign_in(&server, "anna").await;
        let (decided, _) = anna
            .post(
                &format!("/api/staff/applications/{id}/certificate"),
                json!({ "iin": "960340000514", "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(decided, 201);
        let (_, told) = status(&server.base, "en", &receipt, &code).await;
        assert_eq!(told["status"], "certified");
        assert!(told["decidedAt"].is_string());
        let next = told["nextStep"].as_str().unwrap();
        assert!(
            next.contains("Collect") && next.contains("passport"),
            "{next}"
        );
        let text = told.to_string();
        for personal in ["960340000514", "S1", "MÜLLER", "Müller", "1990"] {
            assert!(!text.contains(personal), "{personal} in {text}");
        }

        // Refused, with a standard reason: the notice's words (Kazakh for kk, Russian else).
        let mut refused_app = application();
        refused_app["documentNumber"] = json!("S3");
        let (_, third) = submit(&client(), &server.base, "s-3", &refused_app).await;
        let third_id = third["id"].as_str().unwrap();
        let (decided, _) = anna
            .post(
                &format!("/api/staff/applications/{third_id}/refusal"),
                json!({ "reason": "", "standardReason": { "kk": "Құжат жарамсыз", "ru": "Документ недействителен" }, "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(decided, 201);
        let third_receipt = third["receipt"].as_str().unwrap();
        let (_, told) = status(&server.base, "kk", third_receipt, &code_of(&third)).await;
        assert_eq!(told["status"], "refused");
        assert!(told["nextStep"]
            .as_str()
            .unwrap()
            .ends_with("Құжат жарамсыз"));

        // After retention: the status remains, the reason does not.
        use kz_iin_server::clock::Clock;
        let policy = kz_iin_server::retention::Policy {
            decided_days: 30,
            undecided_days: 180,
        };
        kz_iin_server::retention::run(&store, policy, server.clock.now_ms() + 31 * DAY)
            .await
            .unwrap();
        let (ok, told) = status(&server.base, "ru", third_receipt, &code_of(&third)).await;
        assert_eq!(
            (ok, told["status"].as_str()),
            (200, Some("refused")),
            "{}",
            db.kind
        );
        let next = told["nextStep"].as_str().unwrap();
        assert!(
            !next.contains("недействителен") && next.contains("причин"),
            "{next}"
        );
    }
}

/// 12 symbols of the access alphabet, in groups of four.
fn regex_like_code(code: &str) -> bool {
    let groups: Vec<&str> = code.split('-').collect();
    groups.len() == 3
        && groups.iter().all(|g| {
            g.len() == 4
                && g.bytes()
                    .all(|b| kz_iin_server::register::ACCESS_ALPHABET.contains(&b))
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn tries_are_throttled_per_receipt_and_per_address() {
    for db in databases().await {
        let server = start(&db.url).await;
        let (_, first) = submit(&client(), &server.base, "t-1", &application()).await;
        let receipt = first["receipt"].as_str().unwrap().to_string();
        let code = code_of(&first);
        // Ten tries at one receipt, right or wrong, then 429 even with the right code.
        for _ in 0..10 {
            let (s, _) = status(&server.base, "en", &receipt, "2222-2222-2222").await;
            assert_eq!(s, 404);
        }
        let response = client()
            .post(format!("{}/api/applications/status", server.base))
            .json(&json!({ "receipt": receipt, "accessCode": code }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 429, "{}", db.kind);
        assert_eq!(response.headers()["retry-after"], "900");
        // Thirty tries from one address, at receipts that do not exist, then 429 anywhere.
        for n in 0..19 {
            let (s, _) = status(&server.base, "en", &format!("DEU-2026-9{n:05}"), &code).await;
            assert_eq!(s, 404, "{n}");
        }
        let (s, _) = status(&server.base, "en", "DEU-2026-888888", &code).await;
        assert_eq!(s, 429, "{}: the 31st try from this address", db.kind);
    }
}

/// One address over its limit locks no receipt: its further tries are refused before they
/// count against the receipt they name, so the sender, elsewhere, still gets the status.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_address_over_its_limit_locks_no_receipt_out_of_its_senders_reach() {
    for db in databases().await {
        let mut s = settings(&db.url);
        s.trust_proxy = true;
        let server = start_with(&s).await;
        let (_, first) = submit(&client(), &server.base, "t-1", &application()).await;
        let receipt = first["receipt"].as_str().unwrap().to_string();
        let code = code_of(&first);
        let from = |address: &'static str, receipt: String, code: String| {
            let url = format!("{}/api/applications/status", server.base);
            async move {
                client()
                    .post(url)
                    .header("x-forwarded-for", address)
                    .json(&json!({ "receipt": receipt, "accessCode": code }))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        };
        for n in 0..30 {
            let unknown = format!("DEU-2026-9{n:05}");
            assert_eq!(from("192.0.2.66", unknown, code.clone()).await, 404);
        }
        for _ in 0..15 {
            let wrong = "2222-2222-2222".to_string();
            assert_eq!(from("192.0.2.66", receipt.clone(), wrong).await, 429);
        }
        assert_eq!(
            from("198.51.100.7", receipt.clone(), code.clone()).await,
            200,
            "{}: the sender, from another address",
            db.kind
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_form_without_script_shows_the_code_to_its_sender_only_and_the_status_page_needs_no_script(
) {
    for db in databases().await {
        let mut quiet = settings(&db.url);
        quiet.rate_limit_per_minute = 0;
        let server = start_with(&quiet).await;
        // A guessable key, as a client may choose.
        let mut answers = vec![
            ("key".to_string(), "s-1".to_string()),
            ("step".to_string(), "send".to_string()),
            ("lang".to_string(), "en".to_string()),
        ];
        answers.extend(common::form_pairs(&application()));
        let sent = client()
            .post(format!("{}/apply", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(&answers).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), 303, "{}", db.kind);
        let cookie = sent.headers()["set-cookie"].to_str().unwrap().to_string();
        assert!(
            cookie.starts_with("kz_iin_sent=")
                && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.contains("Path=/apply/done/"),
            "{cookie}"
        );
        let done = |cookie: Option<String>| {
            let mut request = client().get(format!("{}/apply/done/s-1?lang=en", server.base));
            if let Some(c) = cookie {
                request = request.header("cookie", c);
            }
            async move { request.send().await.unwrap().text().await.unwrap() }
        };
        let mine = done(Some(cookie.split(';').next().unwrap().to_string())).await;
        let code = mine
            .split(r#"class="access-code" part="access-code">"#)
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .expect("the sender sees the code")
            .to_string();
        assert!(regex_like_code(&code), "{code}");
        assert!(mine.contains("<svg") && mine.contains("/status?receipt="));
        // Anyone else with the key: the receipt, not the code (nor with a forged mark).
        for theirs in [None, Some("kz_iin_sent=00".to_string())] {
            let page = done(theirs).await;
            assert!(page.contains("receipt-number"), "{}", db.kind);
            assert!(!page.contains(&code) && !page.contains(r#"class="access-code""#));
        }

        // The status page, as a browser without script uses it.
        let receipt = mine
            .split(r#"part="receipt">"#)
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap()
            .to_string();
        let form = client()
            .get(format!("{}/status?lang=kk&receipt={receipt}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(form.status(), 200);
        let html = form.text().await.unwrap();
        assert!(html.contains(r#"<html lang="kk">"#) && html.contains(&receipt));
        assert!(html.contains(r#"action="/status""#) && !html.contains("<script"));
        let post = |code: String| {
            let body = serde_urlencoded::to_string([
                ("receipt", receipt.as_str()),
                ("accessCode", code.as_str()),
                ("lang", "ru"),
            ])
            .unwrap();
            let request = client()
                .post(format!("{}/status", server.base))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body);
            async move {
                let r = request.send().await.unwrap();
                (r.status().as_u16(), r.text().await.unwrap())
            }
        };
        let (ok, page) = post(code.clone()).await;
        assert_eq!(ok, 200, "{}", db.kind);
        assert!(page.contains("На рассмотрении") && page.contains(r#"role="status""#));
        let (missing, page) = post("2222-2222-2222".into()).await;
        assert_eq!(missing, 404);
        assert!(page.contains("Заявления с таким номером и кодом нет"));
    }
}
