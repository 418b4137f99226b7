//! Retention: the personal data of a decided application is erased a set number of days after
//! its decision, that of an undecided one after a longer period. What remains is anonymous (the
//! institution, the receipt, the dates, the status and the kind of decision) and serves
//! statistics; the register keeps only keyed hashes, so an IIN stays unique after erasure.
//!
//! Nothing a client sends can stop it: erasure writes only NULLs, empty strings and the time
//! (never a value in a column a client fills, so no uniqueness can fail), and it goes in
//! batches of [`BATCH`] applications, each its own transaction; a batch that fails is tried again
//! one application at a time, so one bad row holds back no other. A run with failures says so:
//! [`Erased::failed`], an error in the log, and a failing `kz-iin-server retention`.

use serde::Serialize;

use crate::store::{failed, Store, StoreError};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The most applications erased in one transaction: a run over many rows never holds the
/// writer long (submissions wait between batches, not for the whole run), and each batch is
/// followed by a pause as long as itself, so that a long run leaves the database half its
/// writing. Together they keep that wait under 50 ms at 64 clients on both databases (500 a
/// batch did not on SQLite, nor 200 without the pause on PostgreSQL); the book's Performance
/// chapter has the figures.
pub const BATCH: i64 = 200;

/// How long personal data is kept.
///
/// # Example
/// ```
/// let p = kz_iin_server::retention::Policy { decided_days: 30, undecided_days: 180 };
/// assert!(p.undecided_days > p.decided_days);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Days after the decision.
    pub decided_days: u32,
    /// Days after receipt, for an application never decided.
    pub undecided_days: u32,
}

/// What one run erased.
///
/// # Example
/// ```
/// let e = kz_iin_server::retention::Erased { decided: 2, undecided: 1, failed: 0 };
/// assert!(e.failed == 0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Decided applications.
    pub decided: u64,
    /// Undecided ones.
    pub undecided: u64,
    /// Applications due that could not be erased (each logged as an error); the run went on
    /// with the others.
    pub failed: u64,
}

/// What an erased column holds afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    /// `NULL` (the column allows it).
    Null,
    /// `''`, for a column that is `NOT NULL`.
    Empty,
}

impl Blank {
    /// The SQL literal.
    pub fn sql(self) -> &'static str {
        match self {
            Blank::Null => "NULL",
            Blank::Empty => "''",
        }
    }
}

/// The personal columns: what a person sent, what was decided about them, and what links an
/// application to a person or a request. Retention's erasure is built from this list, and the
/// retention test reads it: every column here holds a value before a run and its [`Blank`]
/// after. A column of a new migration goes here or into [`KEPT`] (the schema test fails until
/// it is in one of them; docs/src/contributing/schema.md).
///
/// # Example
/// ```
/// use kz_iin_server::retention::{Blank, PERSONAL};
/// assert!(PERSONAL.contains(&("applications", "value", Blank::Null)));
/// assert!(PERSONAL.contains(&("decisions", "iin", Blank::Null)));
/// ```
pub const PERSONAL: &[(&str, &str, Blank)] = &[
    ("applications", "value", Blank::Null),
    ("applications", "idempotency_key", Blank::Null),
    ("applications", "body_sha256", Blank::Empty),
    ("decisions", "iin", Blank::Null),
    ("decisions", "reason", Blank::Null),
    ("decisions", "standard_kk", Blank::Null),
    ("decisions", "standard_ru", Blank::Null),
];

/// Every other column of the schema, by table, with why it may stay: anonymous, a keyed hash, the
/// staff's own, or forgotten in its own way (sessions and sign-in counts, by [`run`]).
///
/// # Example
/// ```
/// use kz_iin_server::retention::{KEPT, PERSONAL};
/// let kept = KEPT.iter().flat_map(|(t, columns, _)| columns.iter().map(move |c| (*t, *c)));
/// assert!(kept.clone().all(|(t, c)| !PERSONAL.iter().any(|(pt, pc, _)| *pt == t && *pc == c)));
/// assert!(kept.clone().any(|k| k == ("register", "iin_key")));
/// ```
pub const KEPT: &[(&str, &[&str], &str)] = &[
    ("applications", &["id"], "a random UUID"),
    (
        "applications",
        &["institution", "lang", "received_at", "status", "decided_at"],
        "anonymous: statistics",
    ),
    (
        "applications",
        &["receipt"],
        "anonymous: the number said at the window",
    ),
    ("applications", &["erased_at"], "when retention erased it"),
    ("decisions", &["application_id"], "a random UUID"),
    (
        "decisions",
        &["kind", "issue_date", "decided_at"],
        "anonymous: statistics",
    ),
    (
        "decisions",
        &["decided_by"],
        "the officer's login, for the audit",
    ),
    (
        "register",
        &["iin_key"],
        "a keyed hash (REGISTER_KEY): keeps the IIN unique",
    ),
    ("register", &["person_key"], "a keyed hash: the same person"),
    ("register", &["holder_key"], "a keyed hash: the same holder"),
    ("register", &["application_id"], "a random UUID"),
    ("register", &["recorded_at"], "anonymous"),
    (
        "register_documents",
        &["person_key"],
        "a keyed hash: the same document",
    ),
    ("register_documents", &["iin_key"], "a keyed hash"),
    ("register_documents", &["application_id"], "a random UUID"),
    ("register_documents", &["recorded_at"], "anonymous"),
    (
        "receipt_sequences",
        &["prefix", "year", "last_number"],
        "the receipts' counter",
    ),
    ("audit", &["id", "application_id"], "a random UUID"),
    ("audit", &["at"], "the audit trail outlives the data"),
    ("audit", &["login"], "the officer's login"),
    ("audit", &["action"], "what the officer did"),
    ("audit", &["institution"], "anonymous"),
    (
        "staff",
        &[
            "login",
            "institution",
            "password_hash",
            "disabled",
            "created_at",
            "totp_secret",
            "totp_step",
        ],
        "the staff's own",
    ),
    (
        "sessions",
        &["token_sha256", "login", "csrf", "created_at", "seen_at"],
        "deleted a day after last use",
    ),
    (
        "login_attempts",
        &["subject", "window_start", "attempts"],
        "forgotten after its window",
    ),
    (
        "leases",
        &["name", "holder", "until_ms"],
        "which process runs a job",
    ),
    (
        "service_settings",
        &["name", "value"],
        "the service's keys and settings",
    ),
    (
        "signing_keys",
        &["kid", "x", "first_used_at", "retired_at"],
        "public keys: documents verify after a rotation",
    ),
    (
        "api_tokens",
        &[
            "id",
            "token_sha256",
            "institution",
            "scope",
            "created_at",
            "revoked_at",
        ],
        "the portals' tokens, hashed",
    ),
    (
        "events",
        &[
            "id",
            "application_id",
            "ordinal",
            "kind",
            "payload",
            "created_at",
            "state",
            "attempts",
            "next_attempt_at",
            "give_up_at",
            "delivered_at",
            "last_error",
        ],
        "an event names the application's id, receipt and institution only",
    ),
];

/// `SET` for `table`'s personal columns, from [`PERSONAL`].
fn blanks(table: &str) -> String {
    PERSONAL
        .iter()
        .filter(|(t, _, _)| *t == table)
        .map(|(_, column, blank)| format!("{column} = {}", blank.sql()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which applications are due: `{cut}` is the cut-off time's placeholder (numbered in order of
/// first use, as both databases read `$N` the same way only then).
const DECIDED: &str = "status <> 'received' AND decided_at <= {cut}";
const UNDECIDED: &str = "status = 'received' AND received_at <= {cut}";

/// `due` with its cut-off at placeholder `n`.
fn due_at(due: &str, n: usize) -> String {
    due.replace("{cut}", &format!("${n}"))
}

/// Erases what the policy says is due at `now`: the application's value, its idempotency key
/// and body hash (nothing left to link it to a person or a request), and the decision's IIN
/// and reasons; then forgets old sessions and sign-in counts, and (SQLite) empties the
/// write-ahead log so that the erased values are on disk nowhere. An `Err` only when the
/// database could not be read at all; a row that could not be erased is counted in `failed`.
pub async fn run(store: &Store, policy: Policy, now: i64) -> Result<Erased, StoreError> {
    let decided_before = now - i64::from(policy.decided_days) * DAY_MS;
    let undecided_before = now - i64::from(policy.undecided_days) * DAY_MS;
    let mut erased = Erased::default();
    let (decided, decided_failures) = erase_due(store, DECIDED, decided_before, now).await?;
    let (undecided, undecided_failures) =
        erase_due(store, UNDECIDED, undecided_before, now).await?;
    erased.decided = decided;
    erased.undecided = undecided;
    erased.failed = decided_failures + undecided_failures;
    // Sessions unused for a day serve no one; sign-in counts serve only within their window
    // (and hold what someone typed as a login).
    sqlx::query("DELETE FROM sessions WHERE seen_at <= $1")
        .bind(now - DAY_MS)
        .execute(store.writer())
        .await
        .map_err(failed("forgetting old sessions"))?;
    crate::staff::forget_attempts(store, now).await?;
    store.checkpoint().await?;
    metrics::counter!("kz_iin_retention_runs_total").increment(1);
    metrics::counter!("kz_iin_retention_erased_total").increment(erased.decided + erased.undecided);
    metrics::counter!("kz_iin_retention_failed_total").increment(erased.failed);
    Ok(erased)
}

/// Erases every application that `due` selects, batch by batch in order of id: how many were
/// erased, and how many could not be.
async fn erase_due(
    store: &Store,
    due: &str,
    before: i64,
    now: i64,
) -> Result<(u64, u64), StoreError> {
    let (mut erased, mut failures) = (0, 0);
    let mut after = String::new();
    loop {
        let select = format!(
            "SELECT id FROM applications WHERE {} AND erased_at IS NULL AND id > $2 ORDER BY id LIMIT $3",
            due_at(due, 1)
        );
        let ids: Vec<String> = sqlx::query_scalar(&select)
            .bind(before)
            .bind(&after)
            .bind(BATCH)
            .fetch_all(store.writer())
            .await
            .map_err(failed("finding what retention must erase"))?;
        let Some(last) = ids.last() else {
            break;
        };
        after = last.clone();
        let batch_started = std::time::Instant::now();
        match erase(store, due, before, now, &ids).await {
            Ok(n) => erased += n,
            Err(_) => {
                for id in &ids {
                    match erase(store, due, before, now, std::slice::from_ref(id)).await {
                        Ok(n) => erased += n,
                        Err(e) => {
                            failures += 1;
                            // The id only: it names no one.
                            tracing::error!(application = %id, error = %e, "retention could not erase an application");
                        }
                    }
                }
            }
        }
        if (ids.len() as i64) < BATCH {
            break;
        }
        // As long again before the next batch: a long run (a first one, or after a long stop)
        // takes at most half of the database's writing, and submissions the other half.
        tokio::time::sleep(batch_started.elapsed()).await;
    }
    Ok((erased, failures))
}

/// One transaction: the decisions' personal columns and the applications' of `ids`, those still
/// due (a decision made since the ids were read changes what is due).
async fn erase(
    store: &Store,
    due: &str,
    before: i64,
    now: i64,
    ids: &[String],
) -> Result<u64, StoreError> {
    let marks = |from: usize| -> String {
        (0..ids.len())
            .map(|n| format!("${}", n + from))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    let decisions_sql = format!(
        "UPDATE decisions SET {} \
         WHERE application_id IN (SELECT id FROM applications WHERE {} AND erased_at IS NULL AND id IN ({}))",
        blanks("decisions"),
        due_at(due, 1),
        marks(2)
    );
    let mut decisions = sqlx::query(&decisions_sql).bind(before);
    for id in ids {
        decisions = decisions.bind(id);
    }
    decisions
        .execute(&mut *tx)
        .await
        .map_err(failed("erasing decisions"))?;
    let applications_sql = format!(
        "UPDATE applications SET {}, erased_at = $1 \
         WHERE {} AND erased_at IS NULL AND id IN ({})",
        blanks("applications"),
        due_at(due, 2),
        marks(3)
    );
    let mut applications = sqlx::query(&applications_sql).bind(now).bind(before);
    for id in ids {
        applications = applications.bind(id);
    }
    let erased = applications
        .execute(&mut *tx)
        .await
        .map_err(failed("erasing applications"))?
        .rows_affected();
    tx.commit().await.map_err(failed("committing erasure"))?;
    Ok(erased)
}
