//! The service never loses or duplicates an acknowledged application, on SQLite and on
//! PostgreSQL: 500 submissions from 50 concurrent clients, a fifth of them repeating an earlier
//! key with the same body and a few reusing a key with another body; and the server killed
//! (SIGKILL) in the middle of such a load, then restarted on the same database.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use common::{application, client, databases, rows, spawn, start, submit};
use serde_json::{json, Value};
use tokio::sync::Mutex;

/// The purpose of a request that reuses a key with another body.
const CONFLICT: &str = "another body under a used key";

/// Whether a request of `load` reuses a key with another body.
fn conflicting(body: &Value) -> bool {
    body["purpose"]
        .as_str()
        .unwrap_or_default()
        .starts_with(CONFLICT)
}

/// The requests of a load: (key, body), where a fifth repeat an earlier key with its body and a
/// few reuse an earlier key with another body.
fn load(n: usize, with_conflicts: bool) -> Vec<(String, Value)> {
    let base = application();
    let body = |i: usize| {
        let mut app = base.clone();
        app["purpose"] = json!(format!("opening bank account number {i}"));
        app
    };
    let mut requests: Vec<(String, Value)> = Vec::new();
    let mut fresh = 0;
    for i in 0..n {
        if i % 5 == 4 && fresh > 0 {
            // The same key and body as an earlier request: a retry.
            let j = (i * 7919) % fresh;
            requests.push((format!("key-{j}"), body(j)));
        } else if with_conflicts && i % 61 == 60 && fresh > 0 {
            // An earlier key with another body: a client's bug, refused.
            let j = (i * 104_729) % fresh;
            let mut other = body(j);
            other["purpose"] = json!(format!("{CONFLICT} {j}"));
            requests.push((format!("key-{j}"), other));
        } else {
            requests.push((format!("key-{fresh}"), body(fresh)));
            fresh += 1;
        }
    }
    requests
}

/// What the clients saw: key → (the body sent, the status, the answer) of each request.
type Seen = BTreeMap<String, Vec<(Value, u16, Value)>>;

async fn run(base: &str, requests: Vec<(String, Value)>, clients: usize) -> Seen {
    // In order, many at a time: a retry may overtake the first request with its key.
    let queue = Arc::new(Mutex::new(
        requests
            .into_iter()
            .collect::<std::collections::VecDeque<_>>(),
    ));
    let seen = Arc::new(Mutex::new(Seen::new()));
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (queue, seen, base) = (queue.clone(), seen.clone(), base.to_string());
        tasks.push(tokio::spawn(async move {
            let http = client();
            loop {
                let Some((key, body)) = queue.lock().await.pop_front() else {
                    return;
                };
                let answer = http
                    .post(format!("{base}/api/applications"))
                    .header("content-type", "application/json")
                    .header("idempotency-key", &key)
                    .body(body.to_string())
                    .send()
                    .await;
                let entry = match answer {
                    Ok(r) => {
                        let status = r.status().as_u16();
                        (body, status, r.json().await.unwrap_or(Value::Null))
                    }
                    // No answer at all (the server was killed): not acknowledged.
                    Err(_) => (body, 0, Value::Null),
                };
                seen.lock().await.entry(key).or_default().push(entry);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    Arc::try_unwrap(seen).unwrap().into_inner()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_clients_get_one_row_per_key_and_answers_that_match_it() {
    for db in databases().await {
        let server = start(&db.url).await;
        let requests = load(500, true);
        let keys: BTreeSet<String> = requests.iter().map(|(k, _)| k.clone()).collect();
        let conflicts = requests.iter().filter(|(_, b)| conflicting(b)).count();
        assert!(conflicts >= 5 && requests.len() == 500);
        let seen = run(&server.base, requests, 50).await;
        let stored: BTreeMap<String, (String, String)> = rows(&db.url)
            .await
            .into_iter()
            .map(|(k, id, receipt)| (k, (id, receipt)))
            .collect();
        assert_eq!(
            stored.keys().cloned().collect::<BTreeSet<_>>(),
            keys,
            "{}: one row per key, nothing else",
            db.kind
        );
        let (mut created, mut refused) = (0, 0);
        for (key, answers) in &seen {
            let (id, receipt) = &stored[key];
            // The body the key was first stored with: every request with it is acknowledged
            // with the row's id and receipt, every request with another body refused.
            let winners: BTreeSet<String> = answers
                .iter()
                .filter(|(_, s, _)| *s == 201 || *s == 200)
                .map(|(b, _, _)| b.to_string())
                .collect();
            assert_eq!(
                winners.len(),
                1,
                "{}: {key} acknowledged for one body only",
                db.kind
            );
            for (body, status, answer) in answers {
                if winners.contains(&body.to_string()) {
                    assert!(
                        *status == 201 || *status == 200,
                        "{}: {key}: {status} {answer}",
                        db.kind
                    );
                    assert_eq!(
                        (&answer["id"], &answer["receipt"]),
                        (&json!(id), &json!(receipt)),
                        "{key}"
                    );
                    created += usize::from(*status == 201);
                } else {
                    assert_eq!(*status, 409, "{}: {key}: {answer}", db.kind);
                    assert_eq!(answer["errors"][0]["code"], "idempotency_key_reused");
                    refused += 1;
                }
            }
        }
        assert_eq!(created, keys.len(), "{}: each key created once", db.kind);
        // Every request was answered, acknowledged or refused (the loop above checked which).
        // A conflicting request is refused, unless it reached its key before the key's first
        // body (a race the clients allow): then that body's requests are refused instead, at
        // least one, so there are never fewer refusals than conflicting requests.
        let answered: usize = seen.values().map(Vec::len).sum();
        assert_eq!(answered, 500, "{}: every request answered", db.kind);
        assert!(
            refused >= conflicts,
            "{}: {refused} refused, {conflicts} conflicting requests",
            db.kind
        );
        // Receipts: unique, and the institution's numbers 1..n without a gap on SQLite (on
        // PostgreSQL a number may be skipped when two requests race on one new key).
        let mut numbers: Vec<u32> = stored
            .values()
            .map(|(_, r)| r.rsplit('-').next().unwrap().parse().unwrap())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(
            numbers.len(),
            keys.len(),
            "{}: receipts are unique",
            db.kind
        );
        if db.kind == "sqlite" {
            assert_eq!(numbers, (1..=keys.len() as u32).collect::<Vec<_>>());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_server_killed_under_load_loses_nothing_it_acknowledged() {
    for db in databases().await {
        let server = spawn(&db.url);
        let requests = load(400, false);
        let keys: BTreeSet<String> = requests.iter().map(|(k, _)| k.clone()).collect();
        let bodies: BTreeMap<String, Value> = requests
            .iter()
            .map(|(k, b)| (k.clone(), b.clone()))
            .collect();
        let base = server.base.clone();
        let load = tokio::spawn(async move { run(&base, requests, 32).await });
        // Kill it once it has acknowledged some.
        let http = client();
        let kill_url = server.base.clone();
        let mut server = server;
        for _ in 0..400 {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            if rows(&db.url).await.len() >= 40 {
                break;
            }
        }
        server.child.kill().unwrap(); // SIGKILL: no shutdown, no flush of its own
        server.child.wait().unwrap();
        let seen = load.await.unwrap();
        assert!(
            http.get(format!("{kill_url}/healthz"))
                .send()
                .await
                .is_err(),
            "the server is gone"
        );
        let acknowledged: BTreeMap<&String, &Value> = seen
            .iter()
            .flat_map(|(k, answers)| {
                answers
                    .iter()
                    .filter(|(_, s, _)| *s == 201 || *s == 200)
                    .map(move |(_, _, b)| (k, b))
            })
            .collect();
        assert!(
            !acknowledged.is_empty(),
            "{}: some were acknowledged before the kill",
            db.kind
        );
        let unanswered: Vec<&String> = keys
            .iter()
            .filter(|k| !acknowledged.contains_key(k))
            .collect();
        assert!(
            !unanswered.is_empty(),
            "{}: the kill came in the middle of the load",
            db.kind
        );

        // Restarted on the same database: every acknowledged application is there, once.
        let server = spawn(&db.url);
        let stored: BTreeMap<String, (String, String)> = rows(&db.url)
            .await
            .into_iter()
            .map(|(k, id, r)| (k, (id, r)))
            .collect();
        for (key, body) in &acknowledged {
            assert_eq!(
                stored.get(*key).map(|(id, r)| (json!(id), json!(r))),
                Some((body["id"].clone(), body["receipt"].clone())),
                "{}: {key}",
                db.kind
            );
        }
        // Each unacknowledged one succeeds exactly once when retried with its key (201, or 200
        // when it had been stored but its answer was lost with the process).
        for key in &unanswered {
            let (status, body) = submit(&http, &server.base, key, &bodies[*key]).await;
            assert!(
                status == 201 || status == 200,
                "{}: {key} retried: {status} {body}",
                db.kind
            );
            let (again, same) = submit(&http, &server.base, key, &bodies[*key]).await;
            assert_eq!(
                (again, &same),
                (200, &body),
                "{}: the retry's retry",
                db.kind
            );
        }
        let after = rows(&db.url).await;
        assert_eq!(
            after.len(),
            keys.len(),
            "{}: one row per key, no duplicate",
            db.kind
        );
        let receipts: BTreeSet<&String> = after.iter().map(|(_, _, r)| r).collect();
        assert_eq!(
            receipts.len(),
            after.len(),
            "{}: no receipt given twice across the crash",
            db.kind
        );
    }
}
