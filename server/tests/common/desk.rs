//! An officer's side of the HTTP conversation, for the tests of the officers' half.

use kz_iin_server::store::Store;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::{application, client, submit, Server};

pub const DAY: i64 = 24 * 60 * 60 * 1000;
pub const PASSWORD: &str = "correct horse battery";

/// An officer's side of the HTTP conversation: the session cookie and the CSRF token.
pub struct Desk {
    pub base: String,
    pub http: reqwest::Client,
    pub cookie: String,
    pub csrf: String,
}

impl Desk {
    pub async fn sign_in(server: &Server, login: &str) -> Desk {
        let http = client();
        let code = code(server, login).await;
        let response = http
            .post(format!("{}/api/staff/login", server.base))
            .json(&json!({ "login": login, "password": PASSWORD, "code": code }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{login} signs in");
        let set_cookie = response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
            "{set_cookie}"
        );
        assert!(!set_cookie.contains("Secure"), "plain HTTP: no Secure flag");
        let cookie = set_cookie.split(';').next().unwrap().to_string();
        let body: Value = response.json().await.unwrap();
        Desk {
            base: server.base.clone(),
            http,
            cookie,
            csrf: body["csrfToken"].as_str().unwrap().to_string(),
        }
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .http
            .request(method.clone(), format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .header("accept-language", "en");
        if method != Method::GET {
            request = request.header("x-csrf-token", &self.csrf);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(Method::GET, path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(Method::POST, path, Some(body)).await
    }
}

/// The officer's authenticator app: the code for the next 30-second step of the server's clock
/// (a code is taken once per step, so each sign-in moves the clock on).
pub async fn code(server: &Server, login: &str) -> String {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.url).await.unwrap();
    let (secret,): (String,) = sqlx::query_as("SELECT totp_secret FROM staff WHERE login = $1")
        .bind(login)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    use kz_iin_server::clock::Clock;
    server.clock.advance(30_000);
    kz_iin_server::second_factor::code_at(&secret, server.clock.now_ms())
}

/// Officers for a test: deu (two), usa, and an administrator.
pub async fn officers(url: &str) -> Store {
    let store = Store::connect(url, 2).await.unwrap();
    for (login, institution) in [
        ("anna", Some("deu")),
        ("berik", Some("deu")),
        ("carol", Some("usa")),
        ("admin", None),
    ] {
        kz_iin_server::staff::add(&store, login, institution, PASSWORD, super::NOW_MS)
            .await
            .unwrap();
    }
    store
}

/// Submits an application (a variant of the base one) and returns its id and receipt.
pub async fn apply(server: &Server, key: &str, change: Value) -> (String, String) {
    let mut app = application();
    for (k, v) in change.as_object().unwrap() {
        app[k] = v.clone();
    }
    let (status, body) = submit(&client(), &server.base, key, &app).await;
    assert_eq!(status, 201, "{body}");
    (
        body["id"].as_str().unwrap().to_string(),
        body["receipt"].as_str().unwrap().to_string(),
    )
}
