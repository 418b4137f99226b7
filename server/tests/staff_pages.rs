//! The officers' pages as a browser uses them, on SQLite and on PostgreSQL: every form that
//! changes something carries its session's CSRF token, a post from another origin or without
//! the token is refused and changes nothing, another institution's application is 404 exactly
//! as a missing one, and signing out from the page ends the session.

mod common;

use common::desk::{apply, code, officers, Desk, PASSWORD};
use common::{client, databases, start};
use serde_json::json;

/// The `<form method="post">` elements of a page, each as its markup.
fn post_forms(page: &str) -> Vec<&str> {
    page.split("<form")
        .skip(1)
        .map(|rest| &rest[..rest.find("</form>").unwrap_or(rest.len())])
        .filter(|form| form.contains("method=\"post\""))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_staff_form_carries_its_token_and_other_origins_change_nothing() {
    for db in databases().await {
        let server = start(&db.url).await;
        let _store = officers(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        let (waiting, _) =
            apply(&server, "waiting", json!({ "previousIin": "900517400015" })).await;
        let (decided, _) = apply(&server, "decided", json!({ "documentNumber": "D9" })).await;
        let (status, _) = anna
            .post(
                &format!("/api/staff/applications/{decided}/refusal"),
                json!({ "reason": "x", "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(status, 201);
        let page = |path: String| {
            let anna = &anna;
            async move {
                let response = anna
                    .http
                    .get(format!("{}{path}", anna.base))
                    .header("cookie", &anna.cookie)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 200, "{path}");
                response.text().await.unwrap()
            }
        };
        let token = format!("name=\"csrf\" value=\"{}\"", anna.csrf);
        let mut forms = 0;
        for path in [
            "/staff/applications".to_string(),
            format!("/staff/applications/{waiting}"),
            format!("/staff/applications/{decided}"),
            "/staff/password".to_string(),
        ] {
            let html = page(path.clone()).await;
            for form in post_forms(&html) {
                forms += 1;
                assert!(
                    form.contains(&token),
                    "{}: {path}: a form without its token: {form}",
                    db.kind
                );
            }
        }
        assert!(forms >= 7, "{}: the forms were found ({forms})", db.kind);

        // A decision posted from another site, or without the token: refused, nothing decided.
        let certificate = format!("{}/staff/applications/{waiting}/certificate", server.base);
        let attempts = [
            (Some("cross-site"), None, true),
            (None, Some("https://elsewhere.example"), true),
            (Some("same-origin"), None, false),
        ];
        for (site, origin, with_token) in attempts {
            let mut form = vec![("iin", "900517400015"), ("issueDate", "2026-12-03")];
            if with_token {
                form.push(("csrf", anna.csrf.as_str()));
            }
            let mut request = client()
                .post(&certificate)
                .header("cookie", &anna.cookie)
                .form(&form);
            if let Some(site) = site {
                request = request.header("sec-fetch-site", site);
            }
            if let Some(origin) = origin {
                request = request.header("origin", origin);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 403, "{}: {site:?} {origin:?}", db.kind);
        }
        let (_, detail) = anna
            .get(&format!("/api/staff/applications/{waiting}"))
            .await;
        assert_eq!(detail["status"], "received", "{}", db.kind);
        // Signing in from another site's form (login CSRF): refused before any password is read.
        let login = client()
            .post(format!("{}/staff/login", server.base))
            .header("sec-fetch-site", "cross-site")
            .form(&[
                ("login", "anna"),
                ("password", PASSWORD),
                ("code", &code(&server, "anna").await),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(login.status(), 403);
        assert!(!login.headers().contains_key("set-cookie"));

        // Another institution's application: 404 on the pages, as one that does not exist.
        let carol = Desk::sign_in(&server, "carol").await;
        for path in [
            format!("/staff/applications/{waiting}"),
            "/staff/applications/no-such-id".to_string(),
        ] {
            let response = client()
                .get(format!("{}{path}", server.base))
                .header("cookie", &carol.cookie)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 404, "{}: {path}", db.kind);
        }
        let response = client()
            .post(format!(
                "{}/staff/applications/{waiting}/certificate",
                server.base
            ))
            .header("cookie", &carol.cookie)
            .form(&[
                ("csrf", carol.csrf.as_str()),
                ("iin", "900517400015"),
                ("issueDate", "2026-12-03"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{}", db.kind);

        // Signing out from the page: without the token nothing happens; with it the session ends.
        let logout = |csrf: &str| {
            client()
                .post(format!("{}/staff/logout", server.base))
                .header("cookie", &anna.cookie)
                .form(&[("csrf", csrf)])
                .send()
        };
        assert_eq!(logout("forged").await.unwrap().status(), 403);
        assert_eq!(anna.get("/api/staff/applications").await.0, 200);
        let out = logout(&anna.csrf).await.unwrap();
        assert_eq!(out.status(), 303);
        assert_eq!(out.headers()["location"], "/staff/login");
        assert!(out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0"));
        assert_eq!(
            anna.get("/api/staff/applications").await.0,
            401,
            "{}",
            db.kind
        );
        let queue = client()
            .get(format!("{}/staff/applications", server.base))
            .header("cookie", &anna.cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(
            queue.headers().get("location").map(|v| v.to_str().unwrap()),
            Some("/staff/login")
        );
    }
}
