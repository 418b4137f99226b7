//! Storage: SQLite (one file, the default) or PostgreSQL (several servers sharing one database),
//! through sqlx's Any driver, so that one set of SQL (`migrations/`, the statements below) runs
//! on both. Placeholders are `$1, $2, ...` in order of first use, which both read the same way.
//!
//! Durability: an application is answered only after its row is committed. SQLite runs in WAL
//! mode with `synchronous=FULL` (every commit reaches the disk before it returns) through one
//! writing connection and a few reading ones; PostgreSQL keeps its defaults (`fsync`,
//! `synchronous_commit=on`).
//!
//! Group commit: applications are written by one task per process, which takes every
//! application waiting when it starts a transaction and commits them together. A commit waits
//! for the disk once for all of them, and their institution's receipt counter is taken and
//! advanced once per transaction, so neither the disk nor the counter's lock limits the rate to
//! one application per commit (the book's "Run the service" has the figures).

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use tokio::sync::{mpsc, oneshot};

/// Where applications are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A file (`sqlite://PATH`).
    Sqlite,
    /// A server (`postgres://...`).
    Postgres,
}

/// Why the store failed: the database could not be reached or refused a statement. Its text
/// names the operation and the database's error, never a value.
#[derive(Debug, Clone)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

/// The error of a failed statement, naming the operation (never a value): `.map_err(failed("reading
/// the queue"))`.
pub(crate) fn failed(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError(format!("{what}: {e}"))
}

/// An application as stored, as far as answering a client needs.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Stored {
    /// Its id.
    pub id: String,
    /// The number the person says at the window.
    pub receipt: String,
    /// SHA-256 of the body it was sent with, hex.
    pub body_sha256: String,
}

/// A valid application to keep.
#[derive(Debug, Clone)]
pub struct NewApplication {
    /// The client's idempotency key.
    pub key: String,
    /// SHA-256 of the request body, hex.
    pub body_sha256: String,
    /// The institution's id.
    pub institution: String,
    /// The normalised application, as JSON.
    pub value: String,
    /// The language the person used.
    pub lang: String,
    /// When it was received, in milliseconds since 1970 (UTC).
    pub received_at: i64,
    /// The year of the receipt number.
    pub year: i32,
}

/// The outcome of keeping an application: a new row, or the row an earlier request with the
/// same key left (a retry, or two requests racing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Stored now.
    New(Stored),
    /// Stored before under this key.
    Existing(Stored),
}

/// An application waiting for the writer, and where its outcome goes.
struct Job {
    app: NewApplication,
    reply: oneshot::Sender<Result<Kept, StoreError>>,
}

/// The most applications one transaction commits.
const BATCH: usize = 64;

/// An entry of the audit trail, as the table holds it (the audit module names the action).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// When, in milliseconds since 1970 (UTC).
    pub at: i64,
    /// The officer's login.
    pub login: String,
    /// The action's stable code.
    pub action: &'static str,
    /// The application it is about, if any.
    pub application: Option<String>,
    /// The institution, if any.
    pub institution: Option<String>,
}

/// An audit entry waiting for the audit writer, and where its outcome goes.
struct AuditJob {
    row: AuditRow,
    reply: oneshot::Sender<Result<(), StoreError>>,
}

/// The most audit entries one statement writes (six parameters each).
const AUDIT_BATCH: usize = 256;

/// The database behind the service.
///
/// # Example
/// ```no_run
/// # async fn run() -> Result<(), kz_iin_server::store::StoreError> {
/// let store = kz_iin_server::store::Store::connect("sqlite://data/kz-iin.db", 4).await?;
/// assert!(store.find_by_key("no such key").await?.is_none());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
    /// Writes that must be durable.
    writer: AnyPool,
    /// Reads.
    reader: AnyPool,
    /// The group-commit writer's queue.
    queue: mpsc::Sender<Job>,
    /// The audit writer's queue: an officer's view is audited before it is shown, and many
    /// officers' views wait for one commit, not one each.
    audit: mpsc::Sender<AuditJob>,
    /// Whether receipts and decisions write events (a receiver is configured).
    events: Arc<AtomicBool>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Job")
    }
}

/// `sqlite://PATH` as sqlx opens it: the folder made, the file created on first start.
fn sqlite_url(url: &str) -> Result<String, StoreError> {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Err(StoreError(
            "DATABASE_URL: sqlite://PATH needs a file".into(),
        ));
    }
    if let Some(parent) = std::path::Path::new(path).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError(format!("creating {}: {e}", parent.display())))?;
        }
    }
    Ok(if rest.contains('?') {
        format!("sqlite://{rest}")
    } else {
        format!("sqlite://{rest}?mode=rwc")
    })
}

async fn pool(url: &str, connections: u32, setup: &'static str) -> Result<AnyPool, StoreError> {
    let options = AnyConnectOptions::from_str(url).map_err(failed("DATABASE_URL"))?;
    AnyPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if !setup.is_empty() {
                    conn.execute(setup).await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
        .map_err(failed("connecting to the database"))
}

// SQLite, every connection: wait for a lock rather than fail at once; what is deleted or
// overwritten is zeroed in the file, not left in free space (erased personal data must not stay
// on disk, nor in every copy of the file).
const SQLITE_READ: &str =
    "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON";
// SQLite, the writing connection: WAL (readers never block the writer), and every commit on disk
// before it returns.
const SQLITE_WRITE: &str = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON";

impl Store {
    /// Connects to `url` (`sqlite://PATH` or `postgres://...`), creating a SQLite file and its
    /// folder on first start, brings the schema up to date, and starts the writer.
    pub async fn connect(url: &str, connections: u32) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (backend, writer, reader) = if url.starts_with("sqlite:") {
            let url = sqlite_url(url)?;
            let writer = pool(&url, 1, SQLITE_WRITE).await?;
            let reader = pool(&url, connections.clamp(1, 8), SQLITE_READ).await?;
            (Backend::Sqlite, writer, reader)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = pool(url, connections.max(2), "").await?;
            (Backend::Postgres, pool.clone(), pool)
        } else {
            return Err(StoreError(
                "DATABASE_URL must start with sqlite:// or postgres://".into(),
            ));
        };
        sqlx::migrate!("./migrations")
            .run(&writer)
            .await
            .map_err(|e| StoreError(format!("migrating the database: {e}")))?;
        let (queue, jobs) = mpsc::channel(1024);
        let events = Arc::new(AtomicBool::new(false));
        tokio::spawn(write_batches(
            writer.clone(),
            reader.clone(),
            jobs,
            events.clone(),
        ));
        let (audit, audit_jobs) = mpsc::channel(4096);
        tokio::spawn(write_audit(writer.clone(), audit_jobs));
        Ok(Store {
            backend,
            writer,
            reader,
            queue,
            audit,
            events,
        })
    }

    /// From now on, receipts and decisions each write an event in their transaction (the
    /// service turns this on when WEBHOOK_URL is set: without a receiver, none is kept).
    pub fn publish_events(&self) {
        self.events.store(true, Ordering::Relaxed);
    }

    /// Whether receipts and decisions write events.
    pub fn publishes_events(&self) -> bool {
        self.events.load(Ordering::Relaxed)
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool for reads.
    pub fn reader(&self) -> &AnyPool {
        &self.reader
    }

    /// The pool for durable writes.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// SQLite: copies the write-ahead log into the database file and empties it (TRUNCATE), so
    /// that rows overwritten since (erased personal data) are in neither file any more. Tried a
    /// few times while a reader holds an old snapshot; an error when the log could not be
    /// emptied. Nothing to do on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Ok(());
        }
        for _ in 0..50 {
            // The first of the three columns: 1 when a reader kept the log from being emptied.
            let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
                .fetch_one(&self.writer)
                .await
                .map_err(failed("checkpointing the write-ahead log"))?;
            if busy == 0 {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(StoreError(
            "checkpointing the write-ahead log: readers kept it busy".into(),
        ))
    }

    /// Writes a consistent copy of the SQLite database to `to` (a new file) while it serves:
    /// SQLite's `VACUUM INTO`, one read transaction, so the copy holds every commit before it
    /// began and none after. On PostgreSQL: an error saying to use `pg_dump`.
    ///
    /// # Example
    /// ```no_run
    /// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
    /// store.backup(std::path::Path::new("backups/kz-iin-2026-12-06.db")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn backup(&self, to: &std::path::Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError(
                "backup copies a SQLite file; on PostgreSQL use pg_dump or continuous archiving (docs/src/service/backups.md)".into(),
            ));
        }
        if to.exists() {
            return Err(StoreError(format!("{} exists already", to.display())));
        }
        let path = to
            .to_str()
            .ok_or_else(|| StoreError("the backup's path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(path)
            .execute(&self.reader)
            .await
            .map_err(failed("copying the database"))?;
        Ok(())
    }

    /// Takes the lease `name` for `holder` until `until` (ms since 1970) when it is free or its
    /// time is up, in one statement; whether this holder has it now.
    ///
    /// # Example
    /// ```no_run
    /// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
    /// if store.take_lease("retention", "process-1", 0, 1_800_000).await? {
    ///     // ... the job ...
    ///     store.release_lease("retention", "process-1").await?;
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn take_lease(
        &self,
        name: &str,
        holder: &str,
        now: i64,
        until: i64,
    ) -> Result<bool, StoreError> {
        let taken: Option<String> = sqlx::query_scalar(
            "INSERT INTO leases (name, holder, until_ms) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = $2, until_ms = $3 WHERE leases.until_ms <= $4 OR leases.holder = $2 \
             RETURNING holder",
        )
        .bind(name)
        .bind(holder)
        .bind(until)
        .bind(now)
        .fetch_optional(&self.writer)
        .await
        .map_err(failed("taking a lease"))?;
        Ok(taken.as_deref() == Some(holder))
    }

    /// Gives the lease `name` back, if `holder` has it.
    pub async fn release_lease(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE leases SET until_ms = 0 WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.writer)
            .await
            .map_err(failed("giving a lease back"))?;
        Ok(())
    }

    /// The pools' connections, busy and idle, as gauges (read when metrics are scraped).
    pub fn record_pools(&self) {
        let pools = [("writer", &self.writer), ("reader", &self.reader)];
        let pools = if self.backend == Backend::Postgres {
            &pools[..1]
        } else {
            &pools[..]
        };
        for (name, pool) in pools {
            let idle = pool.num_idle() as f64;
            let size = f64::from(pool.size());
            metrics::gauge!("kz_iin_db_connections", "pool" => *name, "state" => "idle").set(idle);
            metrics::gauge!("kz_iin_db_connections", "pool" => *name, "state" => "busy")
                .set(size - idle);
        }
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.reader)
            .await
            .map(|_| ())
            .map_err(failed("reaching the database"))
    }

    /// The application stored under an idempotency key, if any.
    pub async fn find_by_key(&self, key: &str) -> Result<Option<Stored>, StoreError> {
        find(&self.reader, key).await
    }

    /// Appends an entry to the audit trail and returns once it is committed: the entries that
    /// wait together are written by one statement, one commit.
    pub async fn append_audit(&self, row: AuditRow) -> Result<(), StoreError> {
        let (reply, outcome) = oneshot::channel();
        let stopped = || StoreError("the audit writer has stopped".into());
        self.audit
            .send(AuditJob { row, reply })
            .await
            .map_err(|_| stopped())?;
        outcome.await.map_err(|_| stopped())?
    }

    /// Keeps a valid application once per key, with the next receipt number of its institution
    /// and year, and returns only once it is committed. A key already used returns the row it
    /// holds (the caller compares the bodies).
    pub async fn keep(&self, app: NewApplication) -> Result<Kept, StoreError> {
        let (reply, outcome) = oneshot::channel();
        let stopped = || StoreError("the writer has stopped".into());
        self.queue
            .send(Job { app, reply })
            .await
            .map_err(|_| stopped())?;
        outcome.await.map_err(|_| stopped())?
    }
}

async fn find<'e, E>(executor: E, key: &str) -> Result<Option<Stored>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_as("SELECT id, receipt, body_sha256 FROM applications WHERE idempotency_key = $1")
        .bind(key)
        .fetch_optional(executor)
        .await
        .map_err(failed("reading an application by its key"))
}

/// The writer: each transaction takes every application waiting (up to `BATCH`).
async fn write_batches(
    writer: AnyPool,
    reader: AnyPool,
    mut jobs: mpsc::Receiver<Job>,
    events: Arc<AtomicBool>,
) {
    let mut batch = Vec::with_capacity(BATCH);
    while jobs.recv_many(&mut batch, BATCH).await > 0 {
        metrics::gauge!("kz_iin_writer_waiting").set(jobs.len() as f64);
        metrics::histogram!("kz_iin_commit_batch_size").record(batch.len() as f64);
        let started = std::time::Instant::now();
        let committed = commit(&writer, &reader, &batch, events.load(Ordering::Relaxed)).await;
        metrics::histogram!("kz_iin_commit_duration_seconds")
            .record(started.elapsed().as_secs_f64());
        match committed {
            Ok(outcomes) => {
                for (job, outcome) in batch.drain(..).zip(outcomes) {
                    let _ = job.reply.send(outcome);
                }
            }
            Err(e) => {
                for job in batch.drain(..) {
                    let _ = job.reply.send(Err(e.clone()));
                }
            }
        }
    }
}

/// The audit writer: each statement writes every entry waiting (up to `AUDIT_BATCH`).
async fn write_audit(writer: AnyPool, mut jobs: mpsc::Receiver<AuditJob>) {
    let mut batch = Vec::with_capacity(AUDIT_BATCH);
    while jobs.recv_many(&mut batch, AUDIT_BATCH).await > 0 {
        metrics::histogram!("kz_iin_audit_batch_size").record(batch.len() as f64);
        let sql = format!(
            "INSERT INTO audit (id, at, login, action, application_id, institution) VALUES {}",
            value_rows(batch.len(), 6)
        );
        let mut query = sqlx::query(&sql);
        for job in &batch {
            let row = &job.row;
            query = query
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(row.at)
                .bind(row.login.as_str())
                .bind(row.action)
                .bind(row.application.as_deref())
                .bind(row.institution.as_deref());
        }
        let written = query
            .execute(&writer)
            .await
            .map(|_| ())
            .map_err(failed("writing the audit trail"));
        for job in batch.drain(..) {
            let _ = job.reply.send(written.clone());
        }
    }
}

/// The placeholders of a VALUES list of `rows` rows of `columns` each, `($1, $2), ($3, $4)`:
/// numbered in the order they are bound (SQLite's numbered parameters must come in order).
///
/// # Example
/// ```
/// assert_eq!(kz_iin_server::store::value_rows(2, 2), "($1, $2), ($3, $4)");
/// ```
pub fn value_rows(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let marks: Vec<String> = (1..=columns)
                .map(|column| format!("${}", row * columns + column))
                .collect();
            format!("({})", marks.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn receipt_number(prefix: &str, year: i32, number: i64) -> String {
    format!("{prefix}-{year}-{number:06}")
}

/// A receipt as typed, as stored: trimmed, capitals; `None` when it cannot be one (at most 40
/// characters of `A-Z 0-9 -`: the longest institution's id, 20, a year and a number of up to 14
/// digits), next to where receipts are made. The one shape of a receipt that a caller sends: the
/// status, the queue's search and its cursors.
///
/// # Example
/// ```
/// use kz_iin_server::store::receipt;
/// assert_eq!(receipt(" deu-2026-000123 ").as_deref(), Some("DEU-2026-000123"));
/// assert_eq!(receipt("rus-saint-petersburg-2026-1000000").as_deref(), Some("RUS-SAINT-PETERSBURG-2026-1000000"));
/// assert_eq!(receipt("DEU 2026"), None);
/// ```
pub fn receipt(typed: &str) -> Option<String> {
    let text = typed.trim().to_ascii_uppercase();
    (!text.is_empty()
        && text.len() <= 40
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    .then_some(text)
}

/// An application stored under a key, as [`existing`] reads it.
#[derive(sqlx::FromRow)]
struct KeyedRow {
    idempotency_key: String,
    id: String,
    receipt: String,
    body_sha256: String,
}

/// The rows already stored under some keys, by key.
async fn existing(reader: &AnyPool, keys: &[&str]) -> Result<HashMap<String, Stored>, StoreError> {
    let sql = format!(
        "SELECT idempotency_key, id, receipt, body_sha256 FROM applications WHERE idempotency_key IN {}",
        value_rows(1, keys.len())
    );
    let mut query = sqlx::query_as::<_, KeyedRow>(&sql);
    for key in keys {
        query = query.bind(*key);
    }
    let rows = query
        .fetch_all(reader)
        .await
        .map_err(failed("reading applications by their keys"))?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let stored = Stored {
                id: r.id,
                receipt: r.receipt,
                body_sha256: r.body_sha256,
            };
            (r.idempotency_key, stored)
        })
        .collect())
}

/// One transaction for a batch: the keys already stored are looked up first (all earlier
/// batches of this process are committed, and the transaction then begins with a write, which
/// SQLite needs to wait for its lock rather than fail), the numbers for the new ones are taken
/// in one step per institution and year, and the rows written in one statement. The outcome of
/// each job, in its order.
async fn commit(
    writer: &AnyPool,
    reader: &AnyPool,
    batch: &[Job],
    events: bool,
) -> Result<Vec<Result<Kept, StoreError>>, StoreError> {
    // The first job of each key; a key sent twice in a batch is answered with the first's row.
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, job) in batch.iter().enumerate() {
        first.entry(job.app.key.as_str()).or_insert(i);
    }
    let keys: Vec<&str> = first.keys().copied().collect();
    let before = existing(reader, &keys).await?;
    let mut outcomes: Vec<Option<Kept>> = vec![None; batch.len()];
    let mut new = Vec::new();
    for (i, job) in batch.iter().enumerate() {
        if first[job.app.key.as_str()] != i {
            continue;
        }
        match before.get(&job.app.key) {
            Some(stored) => outcomes[i] = Some(Kept::Existing(stored.clone())),
            None => new.push(i),
        }
    }
    if new.is_empty() {
        return finish(batch, &first, outcomes);
    }
    let mut tx = writer.begin().await.map_err(failed("beginning"))?;
    // Numbers: one counter step per institution and year, for all its new applications.
    let mut counts: HashMap<(String, i32), i64> = HashMap::new();
    for &i in &new {
        let app = &batch[i].app;
        *counts
            .entry((app.institution.to_ascii_uppercase(), app.year))
            .or_default() += 1;
    }
    let mut next: HashMap<(String, i32), i64> = HashMap::new();
    for ((prefix, year), count) in counts {
        let last: i64 = sqlx::query_scalar(
            "INSERT INTO receipt_sequences (prefix, year, last_number) VALUES ($1, $2, $3) \
             ON CONFLICT (prefix, year) DO UPDATE SET last_number = receipt_sequences.last_number + $3 \
             RETURNING last_number",
        )
        .bind(&prefix)
        .bind(i64::from(year))
        .bind(count)
        .fetch_one(&mut *tx)
        .await
        .map_err(failed("giving out receipt numbers"))?;
        next.insert((prefix, year), last - count + 1);
    }
    // The rows, in one statement.
    let mut raced = Vec::new();
    {
        let mut sql = String::from(
            "INSERT INTO applications (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, value) VALUES ",
        );
        sql.push_str(&value_rows(new.len(), 8));
        // A key another process stored meanwhile is skipped, not a failure of the batch.
        sql.push_str(" ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key");
        let mut query = sqlx::query_scalar::<_, String>(&sql);
        let mut made = Vec::with_capacity(new.len());
        for &i in &new {
            let app = &batch[i].app;
            let prefix = app.institution.to_ascii_uppercase();
            let number = next
                .get_mut(&(prefix.clone(), app.year))
                .map(|n| {
                    *n += 1;
                    *n - 1
                })
                .unwrap_or(0);
            let stored = Stored {
                id: uuid::Uuid::new_v4().to_string(),
                receipt: receipt_number(&prefix, app.year, number),
                body_sha256: app.body_sha256.clone(),
            };
            query = query
                .bind(stored.id.clone())
                .bind(app.key.clone())
                .bind(app.body_sha256.clone())
                .bind(app.institution.clone())
                .bind(stored.receipt.clone())
                .bind(app.lang.clone())
                .bind(app.received_at)
                .bind(app.value.clone());
            made.push(stored);
        }
        // Another server process may have stored one of these keys since they were looked up:
        // that row is skipped (PostgreSQL waits for the other transaction, then skips the key
        // if it committed), the others are written, and only that key's job is answered with
        // the other process's row, read once this transaction is committed. Its receipt number
        // is left unused: a gap, never a duplicate.
        let written: std::collections::HashSet<String> = query
            .fetch_all(&mut *tx)
            .await
            .map_err(failed("storing applications"))?
            .into_iter()
            .collect();
        for (&i, stored) in new.iter().zip(made) {
            if written.contains(&batch[i].app.key) {
                outcomes[i] = Some(Kept::New(stored));
            } else {
                raced.push(i);
            }
        }
    }
    if events {
        let abouts: Vec<crate::events::About> = new
            .iter()
            .filter_map(|&i| match &outcomes[i] {
                Some(Kept::New(stored)) => Some(crate::events::About {
                    application: &stored.id,
                    receipt: &stored.receipt,
                    institution: &batch[i].app.institution,
                    at: batch[i].app.received_at,
                }),
                _ => None,
            })
            .collect();
        crate::events::record_all(&mut *tx, crate::events::Kind::Received, &abouts).await?;
    }
    tx.commit()
        .await
        .map_err(failed("committing applications"))?;
    if !raced.is_empty() {
        let keys: Vec<&str> = raced.iter().map(|&i| batch[i].app.key.as_str()).collect();
        let theirs = existing(reader, &keys).await?;
        for i in raced {
            // None: stored by another process and erased since; that job alone fails (503).
            outcomes[i] = theirs
                .get(&batch[i].app.key)
                .map(|stored| Kept::Existing(stored.clone()));
        }
    }
    finish(batch, &first, outcomes)
}

/// Each job's outcome; a key sent twice in one batch gets the first's row. A job without one
/// (its key raced another process's row, erased since) fails alone.
fn finish(
    batch: &[Job],
    first: &HashMap<&str, usize>,
    outcomes: Vec<Option<Kept>>,
) -> Result<Vec<Result<Kept, StoreError>>, StoreError> {
    let lost = || StoreError("an application's key was used by another process".into());
    Ok(batch
        .iter()
        .enumerate()
        .map(|(i, job)| match &outcomes[i] {
            Some(kept) => Ok(kept.clone()),
            None => match &outcomes[first[job.app.key.as_str()]] {
                Some(Kept::New(s) | Kept::Existing(s)) => Ok(Kept::Existing(s.clone())),
                None => Err(lost()),
            },
        })
        .collect())
}
