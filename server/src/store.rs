//! Storage: SQLite (one file, the default) or PostgreSQL (several servers sharing one database),
//! through sqlx's Any driver, so that one set of SQL (`migrations/`, the statements below) runs
//! on both. Placeholders are `$1, $2, ...` in order of first use, which both read the same way.
//!
//! Durability: an application is answered only after its row is committed. SQLite runs in WAL
//! mode with `synchronous=FULL` (every commit reaches the disk) through one writing connection
//! (SQLite writes one at a time anyway; a single writer never waits on a lock or gets
//! `SQLITE_BUSY`) and a few reading ones. PostgreSQL keeps its defaults (`fsync`,
//! `synchronous_commit=on`).

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor, Row};

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
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

fn failed(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError(format!("{what}: {e}"))
}

/// An application as stored, as far as answering a client needs.
#[derive(Debug, Clone, PartialEq, Eq)]
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
pub struct NewApplication<'a> {
    /// The client's idempotency key.
    pub key: &'a str,
    /// SHA-256 of the request body, hex.
    pub body_sha256: &'a str,
    /// The institution's id.
    pub institution: &'a str,
    /// The normalised application, as JSON.
    pub value: &'a str,
    /// The language the person used.
    pub lang: &'a str,
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

/// The database behind the service.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
    /// Writes that must be durable: the application itself.
    writer: AnyPool,
    /// Reads.
    reader: AnyPool,
    /// PostgreSQL only: receipt numbers, given out in transactions of their own that do not
    /// wait for the disk (see `keep`).
    sequence: AnyPool,
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

// SQLite, every connection: wait for a lock rather than fail at once.
const SQLITE_READ: &str = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON";
// SQLite, the writing connection: WAL (readers never block the writer), and every commit on disk
// before it returns.
const SQLITE_WRITE: &str = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON";
// PostgreSQL, the connections that give out receipt numbers: their commits need not wait for
// the disk. A number is only ever used by an application committed after it (durably, so with
// everything the log holds before it); a number lost in a crash was given to no one.
const POSTGRES_SEQUENCE: &str = "SET synchronous_commit = off";

impl Store {
    /// Connects to `url` (`sqlite://PATH` or `postgres://...`), creating a SQLite file and its
    /// folder on first start, and brings the schema up to date.
    pub async fn connect(url: &str, connections: u32) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let store = if url.starts_with("sqlite:") {
            let url = sqlite_url(url)?;
            let writer = pool(&url, 1, SQLITE_WRITE).await?;
            let reader = pool(&url, connections.clamp(1, 8), SQLITE_READ).await?;
            Store {
                backend: Backend::Sqlite,
                sequence: writer.clone(),
                writer,
                reader,
            }
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let writer = pool(url, connections.max(2), "").await?;
            let sequence = pool(url, connections.clamp(1, 4), POSTGRES_SEQUENCE).await?;
            Store {
                backend: Backend::Postgres,
                reader: writer.clone(),
                writer,
                sequence,
            }
        } else {
            return Err(StoreError(
                "DATABASE_URL must start with sqlite:// or postgres://".into(),
            ));
        };
        sqlx::migrate!("./migrations")
            .run(&store.writer)
            .await
            .map_err(|e| StoreError(format!("migrating the database: {e}")))?;
        Ok(store)
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool for reads (tests and the staff's side read through it too).
    pub fn reader(&self) -> &AnyPool {
        &self.reader
    }

    /// The pool for durable writes.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
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
        let row = sqlx::query(
            "SELECT id, receipt, body_sha256 FROM applications WHERE idempotency_key = $1",
        )
        .bind(key)
        .fetch_optional(&self.reader)
        .await
        .map_err(failed("reading an application by its key"))?;
        row.map(|r| stored(&r)).transpose()
    }

    /// Keeps a valid application once per key, with the next receipt number of its institution
    /// and year, and returns only once it is committed. A key already used returns the row it
    /// holds (the caller compares the bodies).
    pub async fn keep(&self, app: &NewApplication<'_>) -> Result<Kept, StoreError> {
        let prefix = app.institution.to_ascii_uppercase();
        let inserted = match self.backend {
            // One writer: the number and the row in one transaction, one commit on disk.
            Backend::Sqlite => {
                let mut tx = self.writer.begin().await.map_err(failed("beginning"))?;
                let number = next_number(&mut *tx, &prefix, app.year).await?;
                let row = insert(&mut *tx, app, &receipt(&prefix, app.year, number)).await?;
                if row.is_some() {
                    tx.commit()
                        .await
                        .map_err(failed("committing an application"))?;
                } else {
                    tx.rollback().await.map_err(failed("rolling back"))?;
                }
                row
            }
            // Many writers: the number in a short transaction of its own, so that one
            // institution's counter is not locked while another application's commit waits for
            // the disk; then the row, committed durably.
            Backend::Postgres => {
                let number = next_number(&self.sequence, &prefix, app.year).await?;
                insert(&self.writer, app, &receipt(&prefix, app.year, number)).await?
            }
        };
        match inserted {
            Some(stored) => Ok(Kept::New(stored)),
            None => self
                .find_by_key(app.key)
                .await?
                .map(Kept::Existing)
                .ok_or_else(|| StoreError("an application's key vanished".into())),
        }
    }
}

fn receipt(prefix: &str, year: i32, number: i64) -> String {
    format!("{prefix}-{year}-{number:06}")
}

fn stored(row: &sqlx::any::AnyRow) -> Result<Stored, StoreError> {
    let get = |column: &str| -> Result<String, StoreError> {
        row.try_get::<String, _>(column)
            .map_err(failed("reading a stored application"))
    };
    Ok(Stored {
        id: get("id")?,
        receipt: get("receipt")?,
        body_sha256: get("body_sha256")?,
    })
}

async fn next_number<'e, E>(executor: E, prefix: &str, year: i32) -> Result<i64, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO receipt_sequences (prefix, year, last_number) VALUES ($1, $2, 1) \
         ON CONFLICT (prefix, year) DO UPDATE SET last_number = receipt_sequences.last_number + 1 \
         RETURNING last_number",
    )
    .bind(prefix)
    .bind(i64::from(year))
    .fetch_one(executor)
    .await
    .map_err(failed("giving out a receipt number"))?
    .try_get::<i64, _>(0)
    .map_err(failed("reading a receipt number"))
}

/// The row, or `None` when the key is taken (by a retry, or a request racing this one).
async fn insert<'e, E>(
    executor: E,
    app: &NewApplication<'_>,
    receipt: &str,
) -> Result<Option<Stored>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let id = uuid::Uuid::new_v4().to_string();
    let row = sqlx::query(
        "INSERT INTO applications (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, value) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (idempotency_key) DO NOTHING \
         RETURNING id, receipt, body_sha256",
    )
    .bind(&id)
    .bind(app.key)
    .bind(app.body_sha256)
    .bind(app.institution)
    .bind(receipt)
    .bind(app.lang)
    .bind(app.received_at)
    .bind(app.value)
    .fetch_optional(executor)
    .await
    .map_err(failed("storing an application"))?;
    row.map(|r| stored(&r)).transpose()
}
