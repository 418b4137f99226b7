//! The form's pages, as a browser without JavaScript meets them, on SQLite and on PostgreSQL:
//! `GET /apply` renders the form (declarative shadow DOM, in the language asked for, under a
//! policy that allows exactly its inline styles, revalidated by its ETag); a post with errors
//! gets the form again with the summary and every answer (422); a valid one the review page
//! with a key the server wrote; `step=send`
//! stores it once per key, as `POST /api/applications` does, and redirects (303) to its receipt;
//! a second send is the same application. Hostile posts get a page that says why, never a 500.

mod common;

use common::{application, client, databases, rows, start};

/// The base application as a form posts it.
fn posted() -> Vec<(String, String)> {
    common::form_pairs(&application())
}

async fn post(
    http: &reqwest::Client,
    base: &str,
    pairs: &[(String, String)],
) -> (u16, String, Option<String>) {
    let response = http
        .post(format!("{base}/apply"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(pairs).unwrap())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    (status, response.text().await.unwrap(), location)
}

fn with(mut pairs: Vec<(String, String)>, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    pairs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_form_page_works_without_script_from_the_error_page_to_the_receipt() {
    for db in databases().await {
        let server = start(&db.url).await;
        let http = client();

        let page = http
            .get(format!("{}/apply?lang=kk", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        let csp = page.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{csp}"
        );
        assert_eq!(
            csp.matches("'sha256-").count(),
            2,
            "the form's and the page's styles only: {csp}"
        );
        // The same for everyone: revalidated, never stored with anyone's answers.
        assert_eq!(page.headers()["cache-control"], "no-cache");
        let etag = page.headers()["etag"].to_str().unwrap().to_string();
        let html = page.text().await.unwrap();
        assert!(html.contains(r#"<html lang="kk">"#));
        assert!(html.contains(r#"<kz-iin-application lang="kk" action="/api/applications"><template shadowrootmode="open"><style>"#));
        assert!(html.contains(r#"<form novalidate="" part="form" aria-labelledby="kz-title" method="post" action="/apply">"#));
        assert!(!html.contains(r#"name="key""#), "no key before the review");
        // The widget, one module, asked for from the head: while the form is still parsed.
        let head = html.split("</head>").next().unwrap();
        assert!(
            head.contains(r#"<link rel="modulepreload" href="/assets/"#)
                && head.contains(r#"/dist/pages/application.js">"#),
            "the widget's module, preloaded from the head: {head}"
        );
        let again = http
            .get(format!("{}/apply?lang=kk", server.base))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304);

        // Errors: the form again, the summary first, every answer kept, in the page's language.
        let answers = vec![("surnameLatin".to_string(), "Müller".to_string())];
        let (status, html, _) = post(&http, &server.base, &with(answers, &[("lang", "ru")])).await;
        assert_eq!(status, 422, "{}", db.kind);
        assert!(html.contains("<title>Ошибка: "), "the title says so");
        assert!(html.contains(r#"<div class="summary" part="error-summary" tabindex="-1" aria-labelledby="kz-summary-title">"#));
        assert!(
            html.contains(r##"<a href="#kz-institution">Выберите загранучреждение (посольство или консульство)</a>"##)
        );
        assert!(html.contains(r#"value="Müller""#));

        // Valid: the review page, every answer with a button to change it, and the key its
        // send is kept under.
        let (status, html, _) = post(&http, &server.base, &with(posted(), &[("lang", "en")])).await;
        assert_eq!(status, 200, "{}: {html}", db.kind);
        let key = html
            .split(r#"name="key" value=""#)
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(key.len(), 36, "a UUID the server wrote");
        let answers = with(posted(), &[("key", &key), ("lang", "en")]);
        assert!(html.contains("Check your answers before sending your application"));
        assert!(html.contains("<dd>17.05.1990</dd>"));
        assert!(html.contains(r#"name="change" value="birthDate""#));
        assert!(
            rows(&db.url).await.is_empty(),
            "nothing is kept before it is sent"
        );

        // Change: the form with the answers, that field focused.
        let (status, html, _) = post(
            &http,
            &server.base,
            &with(answers.clone(), &[("change", "nationality")]),
        )
        .await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"id="kz-nationality""#) && html.contains(r#"autofocus="""#));
        assert!(html.contains(r#"value="немка""#));

        // Send: kept once, then the receipt.
        let send = with(answers.clone(), &[("step", "send")]);
        let (status, _, location) = post(&http, &server.base, &send).await;
        assert_eq!(status, 303, "{}", db.kind);
        let location = location.unwrap();
        assert_eq!(location, format!("/apply/done/{key}?lang=en"));
        let done = http
            .get(format!("{}{location}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(done.status(), 200);
        let html = done.text().await.unwrap();
        assert!(
            html.contains(
                r#"<strong class="receipt-number" part="receipt">DEU-2026-000001</strong>"#
            ),
            "{html}"
        );
        // Sent again (a second press, the back button): the same application, the same receipt.
        let (status, _, again) = post(&http, &server.base, &send).await;
        assert_eq!((status, again.as_deref()), (303, Some(location.as_str())));
        assert_eq!(rows(&db.url).await.len(), 1, "{}: kept once", db.kind);
        // Other answers under the same key: refused, not a second application under one key.
        let mut changed = send.clone();
        changed.retain(|(k, _)| k != "purpose");
        changed.push(("purpose".into(), "another purpose".into()));
        let (status, html, _) = post(&http, &server.base, &changed).await;
        assert_eq!(status, 409);
        assert!(html.contains("This application was already sent"));
        assert_eq!(rows(&db.url).await.len(), 1);
    }
}

/// Makes the database refuse every new application (a disk that failed, a constraint broken),
/// or accept them again.
async fn refuse_new_rows(db: &common::Database, refuse: bool) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
    let sql = match (db.kind, refuse) {
        ("sqlite", true) => "CREATE TRIGGER refuse_all BEFORE INSERT ON applications BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
        ("sqlite", false) => "DROP TRIGGER refuse_all",
        (_, true) => "ALTER TABLE applications ADD CONSTRAINT refuse_all CHECK (false) NOT VALID",
        (_, false) => "ALTER TABLE applications DROP CONSTRAINT refuse_all",
    };
    sqlx::query(sql).execute(&pool).await.unwrap();
    pool.close().await;
}

/// A send the store did not keep gets the review page again (503), with every answer and the
/// same key, so that "Send" is pressed again rather than the form filled in again under a new
/// key; sent again once the store is back, it is kept once, under that key.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_send_the_store_did_not_keep_offers_the_same_review_to_send_again() {
    for db in databases().await {
        let server = start(&db.url).await;
        let http = client();
        let key = "5f0c7a52-3c1e-4d7e-9a51-1c2b3d4e5f60";
        let send = with(posted(), &[("key", key), ("lang", "en"), ("step", "send")]);
        refuse_new_rows(&db, true).await;
        let (status, html, location) = post(&http, &server.base, &send).await;
        assert_eq!((status, location), (503, None), "{}: {html}", db.kind);
        assert!(html.contains(r#"<div class="unsent" role="alert"><p>The service is unavailable for a moment: your application was not kept, try again shortly</p></div>"#), "{html}");
        assert!(
            html.contains(&format!(r#"name="key" value="{key}""#)),
            "the same key"
        );
        assert!(html.contains(r#"<input type="hidden" name="surnameLatin" value="Müller">"#));
        assert!(html.contains("Check your answers before sending your application"));
        assert!(rows(&db.url).await.is_empty(), "{}: nothing kept", db.kind);
        refuse_new_rows(&db, false).await;
        let (status, _, location) = post(&http, &server.base, &send).await;
        assert_eq!(status, 303, "{}", db.kind);
        assert_eq!(location.unwrap(), format!("/apply/done/{key}?lang=en"));
        let kept = rows(&db.url).await;
        assert_eq!((kept.len(), kept[0].0.as_str()), (1, key), "{}", db.kind);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hostile_posts_get_a_page_that_says_why() {
    let db = common::sqlite();
    let server = start(&db.url).await;
    let http = client();
    let send = |content_type: &'static str, body: Vec<u8>| {
        let http = http.clone();
        let url = format!("{}/apply", server.base);
        async move {
            let r = http
                .post(url)
                .header("content-type", content_type)
                .header("accept-language", "ru")
                .body(body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, r.text().await.unwrap())
        }
    };
    let (status, html) = send("application/json", b"{}".to_vec()).await;
    assert_eq!(status, 415);
    assert!(
        html.contains("Отправьте заявление через форму на странице"),
        "{html}"
    );
    // Too large: 413 as soon as the length is announced.
    let answer = common::answer_to(&server.base, b"POST /apply HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: text/html\r\nAccept-Language: kk\r\nContent-Length: 200000\r\nConnection: close\r\n\r\nsurnameLatin=");
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    // A page for a browser, in its language.
    assert!(answer.contains("<h1>Өтініш тым үлкен"), "{answer}");
    // Bytes that are no UTF-8 are read as U+FFFD (the WHATWG decoding of a form), which the core
    // refuses like any character a name cannot hold.
    let (status, html) = send(
        "application/x-www-form-urlencoded",
        b"surnameLatin=%FF%FE".to_vec(),
    )
    .await;
    assert_eq!(status, 422, "{html}");
    assert!(
        html.contains(r#"<li data-field="surnameLatin" data-code="invalid_character">"#),
        "{html}"
    );
    // Markup and Unicode tricks are answers like any other: escaped, and refused by the core.
    let (status, html) = send(
        "application/x-www-form-urlencoded",
        "surnameLatin=%3Cscript%3Ealert(1)%3C%2Fscript%3E&nationality=a%E2%80%AEb&birthDate-day=99"
            .as_bytes()
            .to_vec(),
    )
    .await;
    assert_eq!(status, 422);
    assert!(!html.contains("<script>alert"), "escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // A send without the page's key is refused, and nothing is kept.
    let (status, html) = send(
        "application/x-www-form-urlencoded",
        serde_urlencoded::to_string(with(posted(), &[("step", "send")]))
            .unwrap()
            .into_bytes(),
    )
    .await;
    assert_eq!(status, 400, "{html}");
    assert!(rows(&db.url).await.is_empty());
    // A receipt that does not exist.
    let r = http
        .get(format!("{}/apply/done/no-such-key", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = http
        .get(format!("{}/apply/done/{}", server.base, "x".repeat(500)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_portal_gets_the_form_alone_with_the_hash_its_policy_must_allow() {
    let db = common::sqlite();
    let server = start(&db.url).await;
    let r = client()
        .get(format!(
            "{}/apply/fragment?lang=en&institution=deu",
            server.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let hash = r.headers()["kz-iin-style-sha256"]
        .to_str()
        .unwrap()
        .to_string();
    let html = r.text().await.unwrap();
    assert!(html.starts_with(r#"<kz-iin-application lang="en" action="/api/applications"><template shadowrootmode="open"><style>"#));
    assert!(html.ends_with("</template></kz-iin-application>"));
    assert!(
        html.contains(r#"<option value="deu" selected="">"#),
        "preselected"
    );
    let css = html
        .split("<style>")
        .nth(1)
        .unwrap()
        .split("</style>")
        .next()
        .unwrap();
    assert_eq!(kz_iin_server::http::style_hash(css), hash);
}
