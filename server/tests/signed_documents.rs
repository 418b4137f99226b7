//! Documents anyone can verify (issue 23, part 1), on SQLite and on PostgreSQL: the printed
//! certificate and refusal notice carry a token of what they print, signed with the service's
//! key, which the core verifies against `/.well-known/kz-iin/keys.json` alone; every print
//! carries the same token; a rotated key stays listed, so what it signed still verifies; a
//! SIGNING_KEY that is no key stops the start; PUBLIC_URL names the issuer and the link.

mod common;

use common::desk::{apply, officers, Desk};
use common::{client, databases, settings, start, start_with};
use kz_iin::seal::{verify, Kind, PublicKey, Verdict};
use serde_json::{json, Value};

/// The keys the service publishes, and the answer's headers that matter.
async fn published(base: &str) -> (Vec<PublicKey>, Vec<String>, String) {
    let response = client()
        .get(format!("{base}/.well-known/kz-iin/keys.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    assert_eq!(header("content-type"), "application/jwk-set+json");
    // Cached no longer than the service keeps it in memory: a retired key is gone everywhere
    // online within two minutes, as the book says.
    assert_eq!(header("cache-control"), "public, max-age=60");
    let cors = header("access-control-allow-origin");
    let set: Value = response.json().await.unwrap();
    let jwks = set["keys"].as_array().unwrap();
    let keys: Vec<PublicKey> = jwks
        .iter()
        .map(|k| {
            let key = PublicKey::from_jwk(
                k["kty"].as_str().unwrap(),
                k["crv"].as_str().unwrap(),
                k["x"].as_str().unwrap(),
            )
            .unwrap();
            assert_eq!(k["kid"], key.kid(), "the kid is the key's thumbprint");
            key
        })
        .collect();
    let kids = keys.iter().map(PublicKey::kid).collect();
    (keys, kids, cors)
}

/// Why the service refuses to start with `settings` (it must: `expected` says why).
async fn refused_start(settings: &kz_iin_server::config::Settings, expected: &str) -> String {
    let clock = std::sync::Arc::new(kz_iin_server::clock::SystemClock);
    match kz_iin_server::start(settings, clock).await {
        Ok(_) => panic!("{expected}"),
        Err(e) => e.to_string(),
    }
}

/// The document's `/verify#…` link and its token, from the printed HTML.
fn link_of(html: &str) -> (String, String) {
    let start = html.find("<a href=\"").expect("a link") + "<a href=\"".len();
    let link = html[start..start + html[start..].find('"').unwrap()].to_string();
    let fragment = &link[link.find('#').expect("a fragment") + 1..];
    let token = fragment.replace("%20", " ").replace("%25", "%");
    (link, token)
}

async fn printed(desk: &Desk, id: &str) -> String {
    let (status, html) = desk
        .get(&format!("/api/staff/applications/{id}/document"))
        .await;
    assert_eq!(status, 200, "{html}");
    html.as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn printed_documents_verify_against_the_published_keys_alone() {
    for db in databases().await {
        let _store = officers(&db.url).await;
        let server = start(&db.url).await;
        let anna = Desk::sign_in(&server, "anna").await;
        let (certified, _) = apply(&server, "d-1", json!({ "documentNumber": "D1" })).await;
        let (refused, receipt) = apply(&server, "d-2", json!({ "documentNumber": "D2" })).await;
        let (status, _) = anna
            .post(
                &format!("/api/staff/applications/{certified}/certificate"),
                json!({ "iin": "960340000514", "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(status, 201);
        let (status, _) = anna
            .post(
                &format!("/api/staff/applications/{refused}/refusal"),
                json!({ "reason": "Паспорт просрочен", "issueDate": "2026-12-03" }),
            )
            .await;
        assert_eq!(status, 201);

        let (keys, kids, cors) = published(&server.base).await;
        assert_eq!((kids.len(), cors.as_str()), (1, "*"), "{}", db.kind);

        let certificate = printed(&anna, &certified).await;
        assert!(
            certificate.contains("9603 4000 0514"),
            "still grouped for reading"
        );
        assert_eq!(
            certificate.matches("<svg").count(),
            2,
            "two QR codes, under both columns"
        );
        let (link, token) = link_of(&certificate);
        assert!(
            link.starts_with(&format!("{}/verify#", server.base)),
            "{link}"
        );
        match verify(&token, &keys) {
            Verdict::Genuine { facts, kid } => {
                assert_eq!(kid, kids[0]);
                assert_eq!(
                    (facts.kind, facts.id.as_str()),
                    (Kind::Certificate, "960340000514")
                );
                assert_eq!(facts.issuer, server.base);
                assert_eq!(facts.date.to_iso(), "2026-12-03");
                assert_eq!(facts.institution, "deu");
            }
            other => panic!("{} {other:?}", db.kind),
        }
        // Every print carries the same token; A5 too.
        assert_eq!(link_of(&printed(&anna, &certified).await).1, token);
        let (_, a5) = anna
            .get(&format!(
                "/api/staff/applications/{certified}/document?paper=A5"
            ))
            .await;
        assert_eq!(link_of(a5.as_str().unwrap()).1, token);

        let notice = printed(&anna, &refused).await;
        match verify(&link_of(&notice).1, &keys) {
            Verdict::Genuine { facts, .. } => {
                assert_eq!((facts.kind, facts.id), (Kind::Refusal, receipt.clone()))
            }
            other => panic!("{} {other:?}", db.kind),
        }
        // Nothing personal in the published keys.
        let (_, body) = (
            (),
            client()
                .get(format!("{}/.well-known/kz-iin/keys.json", server.base))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
        );
        assert!(!body.contains("960340000514") && !body.contains("Müller"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_rotated_key_stays_listed_and_a_broken_one_stops_the_start() {
    for db in databases().await {
        let _store = officers(&db.url).await;
        let first = start(&db.url).await;
        let anna = Desk::sign_in(&first, "anna").await;
        let (id, _) = apply(&first, "r-1", json!({ "documentNumber": "R1" })).await;
        anna.post(
            &format!("/api/staff/applications/{id}/certificate"),
            json!({ "iin": "960340000514", "issueDate": "2026-12-03" }),
        )
        .await;
        let (_, old_token) = link_of(&printed(&anna, &id).await);
        let (_, old_kids, _) = published(&first.base).await;
        drop(first);

        // The host's own key, as PKCS#8 PEM, and the service's URL.
        let mut rotated = settings(&db.url);
        rotated.signing_key = Some("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDHOYCQxOrV2fSPFpgNK8oRoojPaa1qo3jaUf7g1tb98\n-----END PRIVATE KEY-----\n".into());
        rotated.public_url = Some("https://iin.example.kz/".into());
        let second = start_with(&rotated).await;
        let (keys, kids, _) = published(&second.base).await;
        assert_eq!(kids.len(), 2, "{}", db.kind);
        assert_eq!(
            kids[1], old_kids[0],
            "the new key first, the one before kept"
        );
        assert!(matches!(verify(&old_token, &keys), Verdict::Genuine { .. }));
        // A new process starts at the same test clock: past the second factor's used step.
        second.clock.advance(120_000);
        let anna = Desk::sign_in(&second, "anna").await;
        let (link, token) = link_of(&printed(&anna, &id).await);
        assert!(link.starts_with("https://iin.example.kz/verify#"), "{link}");
        match verify(&token, &keys) {
            Verdict::Genuine { kid, facts } => {
                assert_eq!(kid, kids[0]);
                assert_eq!(facts.issuer, "https://iin.example.kz");
            }
            other => panic!("{other:?}"),
        }
        // The old key alone no longer verifies what the new one signs.
        assert!(matches!(
            verify(&token, &keys[1..]),
            Verdict::UnknownKey { .. }
        ));
        drop(second);

        // The old key leaked: retired, it is no longer listed, and what it signed no longer
        // verifies; the key in use cannot be retired, nor a retired one used again.
        let store = kz_iin_server::store::Store::connect(&db.url, 2)
            .await
            .unwrap();
        let retire = |kid: String, current: PublicKey| {
            let store = store.clone();
            async move { kz_iin_server::signing::retire(&store, &kid, Some(&current), 0).await }
        };
        assert!(
            retire(kids[0].clone(), keys[0]).await.is_err(),
            "not the key in use"
        );
        assert!(retire(old_kids[0].clone(), keys[0]).await.unwrap());
        assert!(!retire(old_kids[0].clone(), keys[0]).await.unwrap(), "once");
        let third = start_with(&rotated).await;
        let (listed, listed_kids, _) = published(&third.base).await;
        assert_eq!(listed_kids, vec![kids[0].clone()]);
        assert!(matches!(
            verify(&old_token, &listed),
            Verdict::UnknownKey { .. }
        ));
        drop(third);
        let mut retired = settings(&db.url);
        retired.signing_key = None;
        let refused = refused_start(&retired, "a retired key is not used again").await;
        assert!(refused.contains("retired"), "{refused}");

        let mut broken = settings(&db.url);
        broken.signing_key = Some("not a key".into());
        let failed = refused_start(&broken, "a SIGNING_KEY that is no key stops the start").await;
        assert!(failed.contains("SIGNING_KEY"), "{failed}");

        // Every document prints PUBLIC_URL: one that is no origin, or none while listening on
        // every interface, stops the start.
        for (url, host) in [
            (Some("https://iin.example.kz/verify"), "127.0.0.1"),
            (None, "0.0.0.0"),
        ] {
            let mut wrong = settings(&db.url);
            wrong.public_url = url.map(str::to_string);
            wrong.host = host.parse().unwrap();
            let failed = refused_start(&wrong, &format!("{url:?} on {host} stops the start")).await;
            assert!(failed.contains("PUBLIC_URL"), "{failed}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_verify_page_works_in_each_language_and_names_no_one() {
    let db = common::sqlite();
    let server = start(&db.url).await;
    for (lang, title) in [
        ("kk", "Құжатты тексеру"),
        ("ru", "Проверка документа"),
        ("en", "Check a document"),
    ] {
        let response = client()
            .get(format!("{}/verify?lang={lang}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{csp}"
        );
        let html = response.text().await.unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")) && html.contains(title));
        // Its script (what it preloads, the built verifier, is held by the browser tests: the
        // server's tests run before the package is built).
        assert!(html.contains("/www/verify.js"), "its script");
        // Every word it shows is the core's, in the page's language.
        use kz_iin::messages::VerifyText as V;
        for key in [
            V::Lead,
            V::Text,
            V::Check,
            V::NeedsScript,
            V::NoKeys,
            V::KeptKeys,
            V::Result,
            V::KeysLink,
        ] {
            let word = kz_iin::messages::verify_text(kz_iin::Lang::parse(lang), key);
            assert!(html.contains(word), "{lang}: {word}");
        }
    }
    let worker = client()
        .get(format!("{}/verify-sw.js", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(worker.status(), 200);
    assert!(worker.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert!(worker.text().await.unwrap().contains("kz-iin-verify-"));
}
