//! Events for the host's systems (a case system, the national register's adapter): what
//! happened to an application, written in the same transaction as what it tells (an outbox),
//! then delivered to `WEBHOOK_URL` by the Standard Webhooks specification
//! (<https://www.standardwebhooks.com/>): at least once, in order per application, retried with
//! exponential backoff and jitter for a day. No personal data: ids, receipt, institution, time;
//! the receiver fetches the rest with its own token.

use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::Row;

use crate::store::{failed, Store, StoreError};

/// What happened.
///
/// # Example
/// ```
/// use kz_iin_server::events::Kind;
/// assert_eq!(Kind::Certified.code(), "application.certified");
/// assert_eq!(Kind::Received.ordinal(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An application was kept, with its receipt.
    Received,
    /// An IIN was certified to it.
    Certified,
    /// It was refused.
    Refused,
}

impl Kind {
    /// The event's `type`.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Received => "application.received",
            Kind::Certified => "application.certified",
            Kind::Refused => "application.refused",
        }
    }

    /// Its place among an application's events (a decision comes after the receipt).
    pub fn ordinal(self) -> i64 {
        match self {
            Kind::Received => 0,
            Kind::Certified | Kind::Refused => 1,
        }
    }
}

/// What an event tells: an application and when.
///
/// # Example
/// ```
/// use kz_iin_server::events::{About, Kind};
/// let about = About { application: "id-1", receipt: "DEU-2026-000001", institution: "deu", at: 0 };
/// let body: serde_json::Value = serde_json::from_str(&about.payload(Kind::Received)).unwrap();
/// assert_eq!(body["type"], "application.received");
/// assert_eq!(body["timestamp"], "1970-01-01T00:00:00.000Z");
/// assert_eq!(body["data"]["receipt"], "DEU-2026-000001");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    /// The application's id.
    pub application: &'a str,
    /// Its receipt.
    pub receipt: &'a str,
    /// Its institution.
    pub institution: &'a str,
    /// When, ms since 1970.
    pub at: i64,
}

impl About<'_> {
    /// The body delivered: the specification's `{ type, timestamp, data }`.
    pub fn payload(&self, kind: Kind) -> String {
        serde_json::json!({
            "type": kind.code(),
            "timestamp": crate::clock::iso_utc(self.at),
            "data": {
                "id": self.application,
                "receipt": self.receipt,
                "institution": self.institution,
            }
        })
        .to_string()
    }
}

/// Writes an event in the caller's transaction (the receipt or the decision it tells commits
/// with it, or neither does).
pub(crate) async fn record<'e, E>(
    executor: E,
    kind: Kind,
    about: About<'_>,
) -> Result<(), StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    record_all(executor, kind, &[about]).await
}

/// [`record`] for several applications, in one statement (the writer's batches).
pub(crate) async fn record_all<'e, E>(
    executor: E,
    kind: Kind,
    abouts: &[About<'_>],
) -> Result<(), StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    if abouts.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO events (id, application_id, ordinal, kind, payload, created_at, next_attempt_at, give_up_at, state, attempts) VALUES {}",
        crate::store::value_rows(abouts.len(), 10)
    );
    let mut query = sqlx::query(&sql);
    for about in abouts {
        query = query
            .bind(format!("msg_{}", uuid::Uuid::new_v4().simple()))
            .bind(about.application.to_string())
            .bind(kind.ordinal())
            .bind(kind.code())
            .bind(about.payload(kind))
            .bind(about.at)
            .bind(about.at)
            .bind(about.at + RETRY_FOR_MS)
            .bind("pending")
            .bind(0_i64);
    }
    query
        .execute(executor)
        .await
        .map_err(failed("writing events"))?;
    Ok(())
}

/// Where events go, and the secret they are signed with.
///
/// # Example
/// ```
/// use kz_iin_server::events::Webhook;
/// let hook = Webhook::new("https://cases.example/hooks", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
/// assert_eq!(
///     hook.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, r#"{"test": 2432232314}"#),
///     "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
/// );
/// assert!(Webhook::new("ftp://x", "whsec_AAAA").is_err());
/// ```
#[derive(Debug, Clone)]
pub struct Webhook {
    url: reqwest::Url,
    key: Vec<u8>,
}

impl Webhook {
    /// From `WEBHOOK_URL` (http or https) and `WEBHOOK_SECRET` (`whsec_` and base64, as the
    /// specification gives it).
    pub fn new(url: &str, secret: &str) -> Result<Webhook, String> {
        let url = reqwest::Url::parse(url).map_err(|e| format!("WEBHOOK_URL: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err("WEBHOOK_URL: http:// or https://".into());
        }
        let key = secret
            .strip_prefix("whsec_")
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .filter(|k| k.len() >= 24)
            .ok_or("WEBHOOK_SECRET: whsec_ followed by base64 of at least 24 bytes")?;
        Ok(Webhook { url, key })
    }

    /// The `webhook-signature` of a message: `v1,` and the base64 HMAC-SHA256 of
    /// `id.timestamp.body`.
    pub fn sign(&self, id: &str, timestamp: i64, body: &str) -> String {
        // A key of any length is a valid HMAC key; `new` checked it is there.
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("any key length");
        mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
        format!(
            "v1,{}",
            base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
        )
    }
}

/// How long an event is retried before it is marked failed.
pub const RETRY_FOR_MS: i64 = 24 * 3_600_000;

/// The wait after the `attempts`-th failure: 1 s doubled each time, at most an hour, less up to
/// a fifth at random (so that many events failed together are not all retried together).
///
/// # Example
/// ```
/// use kz_iin_server::events::backoff_ms;
/// assert!((800..=1000).contains(&backoff_ms(1, 0.0)) && backoff_ms(1, 1.0) == 800);
/// assert_eq!(backoff_ms(3, 0.0), 4000);
/// assert_eq!(backoff_ms(40, 0.0), 3_600_000);
/// ```
pub fn backoff_ms(attempts: i64, jitter: f64) -> i64 {
    let base = 1000_i64.saturating_mul(1 << attempts.clamp(1, 23).saturating_sub(1));
    let capped = base.min(3_600_000);
    capped - (capped as f64 * 0.2 * jitter.clamp(0.0, 1.0)) as i64
}

/// The lease of delivery: one process at a time sends.
const LEASE: &str = "events";
/// How long the lease lasts without being renewed.
const LEASE_MS: i64 = 60_000;

/// The longest a pass starts new sends (each send has 10 s): under half the lease's minute.
const PASS_BUDGET: Duration = Duration::from_secs(20);

/// One delivery pass's figures.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    /// Events the receiver took (2xx).
    pub delivered: u64,
    /// Attempts it refused or that did not reach it.
    pub retried: u64,
    /// Events given up on (a day of retries).
    pub failed: u64,
}

/// The events due now, oldest first, each the earliest of its application's not yet delivered
/// (a decision waits for its receipt to be delivered: while the receipt is given up on, the
/// decision waits too, and `events retry` sends both, in their order).
async fn due(store: &Store, now: i64) -> Result<Vec<(String, i64, String, i64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT e.id, e.give_up_at, e.payload, e.attempts FROM events e \
         WHERE e.state = 'pending' AND e.next_attempt_at <= $1 \
         AND NOT EXISTS (SELECT 1 FROM events b WHERE b.application_id = e.application_id \
                         AND b.ordinal < e.ordinal AND b.state IN ('pending', 'failed')) \
         ORDER BY e.next_attempt_at, e.created_at, e.id LIMIT 100",
    )
    .bind(now)
    .fetch_all(store.reader())
    .await
    .map_err(failed("reading due events"))?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                r.try_get("give_up_at")?,
                r.try_get("payload")?,
                r.try_get("attempts")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(failed("reading due events"))
}

/// Sends one event; `Ok` when the receiver answered 2xx.
async fn send(
    client: &reqwest::Client,
    hook: &Webhook,
    id: &str,
    payload: &str,
    now: i64,
) -> Result<(), String> {
    let timestamp = now.div_euclid(1000);
    let answer = client
        .post(hook.url.clone())
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", hook.sign(id, timestamp, payload))
        .body(payload.to_string())
        .send()
        .await
        .map_err(|e| format!("not reached: {}", without_url(&e)))?;
    if answer.status().is_success() {
        Ok(())
    } else {
        Err(format!("answered {}", answer.status().as_u16()))
    }
}

/// A client error's words without the URL (which may carry a credential in its query).
fn without_url(e: &reqwest::Error) -> String {
    let mut words = e.to_string();
    if let Some(url) = e.url() {
        words = words.replace(url.as_str(), "WEBHOOK_URL");
    }
    words
}

/// Sends the events due now, each in order after its application's earlier one; returns what
/// happened. Run by one process at a time: with `holder`, the `events` lease is renewed before
/// each send and the pass stops when another process has it; and an event is marked only if no
/// one else marked it since it was read.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// use kz_iin_server::events::{deliver_due, Webhook};
/// let hook = Webhook::new("http://127.0.0.1:9000/", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
/// let pass = deliver_due(&store, &hook, &reqwest::Client::new(), 0, None).await?;
/// println!("{} delivered", pass.delivered);
/// # Ok(()) }
/// ```
pub async fn deliver_due(
    store: &Store,
    hook: &Webhook,
    client: &reqwest::Client,
    now: i64,
    holder: Option<&str>,
) -> Result<Pass, StoreError> {
    let mut pass = Pass::default();
    let started = std::time::Instant::now();
    for (id, give_up_at, payload, attempts) in due(store, now).await? {
        // A pass ends well within its lease (a minute), however slow the receiver, and renews
        // it before each send: no other process sends beside this one.
        if started.elapsed() > PASS_BUDGET {
            break;
        }
        if let Some(holder) = holder {
            if !store.take_lease(LEASE, holder, now, now + LEASE_MS).await? {
                break;
            }
        }
        // A day of retries from its first attempt (a decision may have waited for its receipt).
        let give_up_at = if attempts == 0 {
            give_up_at.max(now + RETRY_FOR_MS)
        } else {
            give_up_at
        };
        match send(client, hook, &id, &payload, now).await {
            Ok(()) => {
                sqlx::query(
                    "UPDATE events SET state = 'delivered', delivered_at = $1, attempts = attempts + 1 \
                     WHERE id = $2 AND state = 'pending' AND attempts = $3",
                )
                .bind(now)
                .bind(&id)
                .bind(attempts)
                .execute(store.writer())
                .await
                .map_err(failed("marking an event delivered"))?;
                pass.delivered += 1;
            }
            Err(why) => {
                let read = attempts;
                let attempts = attempts + 1;
                let next = now + backoff_ms(attempts, random_fraction());
                let given_up = next > give_up_at;
                sqlx::query(
                    "UPDATE events SET state = $1, attempts = $2, next_attempt_at = $3, last_error = $4, give_up_at = $5 \
                     WHERE id = $6 AND state = 'pending' AND attempts = $7",
                )
                .bind(if given_up { "failed" } else { "pending" })
                .bind(attempts)
                .bind(next)
                .bind(&why)
                .bind(give_up_at)
                .bind(&id)
                .bind(read)
                .execute(store.writer())
                .await
                .map_err(failed("rescheduling an event"))?;
                if given_up {
                    tracing::error!(event = %id, error = %why, "an event could not be delivered for a day; given up");
                    pass.failed += 1;
                } else {
                    tracing::warn!(event = %id, attempts, error = %why, "an event was not delivered; retried later");
                    pass.retried += 1;
                }
            }
        }
    }
    Ok(pass)
}

/// A number in [0, 1) from the operating system's generator.
fn random_fraction() -> f64 {
    let mut byte = [0u8; 2];
    // The same generator as every secret; jitter is no secret, so its absence is only less
    // spread.
    let _ = getrandom::fill(&mut byte);
    f64::from(u16::from_le_bytes(byte)) / 65_536.0
}

/// How many events wait and how many were given up on (for `/metrics` and the administrators'
/// page).
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// let counts = kz_iin_server::events::counts(&store).await?;
/// println!("{} waiting, {} failed", counts.waiting, counts.failed);
/// # Ok(()) }
/// ```
pub async fn counts(store: &Store) -> Result<Counts, StoreError> {
    let row = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0), \
                COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0) \
         FROM events WHERE state IN ('pending', 'failed')",
    )
    .fetch_one(store.reader())
    .await
    .map_err(failed("counting events"))?;
    let get = |i| row.try_get::<i64, _>(i).map_err(failed("counting events"));
    Ok(Counts {
        waiting: get(0)?,
        failed: get(1)?,
    })
}

/// See [`counts`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Not yet delivered, still tried.
    pub waiting: i64,
    /// Given up on after a day.
    pub failed: i64,
}

/// An event given up on, as the administrators' page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed {
    /// The event's id (`webhook-id`).
    pub id: String,
    /// Its type.
    pub kind: String,
    /// The application's id.
    pub application: String,
    /// When it happened.
    pub created_at: i64,
    /// How many times it was sent.
    pub attempts: i64,
    /// The last answer or error.
    pub last_error: Option<String>,
}

/// The latest events given up on, newest first (at most `limit`).
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// for e in kz_iin_server::events::failed_events(&store, 20).await? { println!("{} {}", e.id, e.kind); }
/// # Ok(()) }
/// ```
pub async fn failed_events(store: &Store, limit: i64) -> Result<Vec<Failed>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, kind, application_id, created_at, attempts, last_error FROM events \
         WHERE state = 'failed' ORDER BY created_at DESC, id LIMIT $1",
    )
    .bind(limit)
    .fetch_all(store.reader())
    .await
    .map_err(failed("reading failed events"))?;
    rows.iter()
        .map(|r| {
            Ok(Failed {
                id: r.try_get("id")?,
                kind: r.try_get("kind")?,
                application: r.try_get("application_id")?,
                created_at: r.try_get("created_at")?,
                attempts: r.try_get("attempts")?,
                last_error: r.try_get("last_error")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(failed("reading failed events"))
}

/// Sends failed events again (after the receiver is mended): they are pending from `now`, with
/// another day of retries. Returns how many.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// let n = kz_iin_server::events::retry_failed(&store, 0).await?;
/// # Ok(()) }
/// ```
pub async fn retry_failed(store: &Store, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE events SET state = 'pending', attempts = 0, next_attempt_at = $1, give_up_at = $2 WHERE state = 'failed'",
    )
    .bind(now)
    .bind(now + RETRY_FOR_MS)
    .execute(store.writer())
    .await
    .map_err(failed("retrying failed events"))?;
    Ok(done.rows_affected())
}

/// Forgets events delivered more than `days` ago.
pub(crate) async fn prune(store: &Store, now: i64, days: i64) -> Result<u64, StoreError> {
    let done = sqlx::query("DELETE FROM events WHERE state = 'delivered' AND delivered_at < $1")
        .bind(now - days * 86_400_000)
        .execute(store.writer())
        .await
        .map_err(failed("forgetting delivered events"))?;
    Ok(done.rows_affected())
}

/// Delivery, every second, by the process that holds the `events` lease (it renews it while it
/// delivers; if it dies, another takes over when the lease runs out, and an event it was sending
/// is sent again: at least once).
pub(crate) async fn deliver_continuously(
    store: Store,
    hook: Webhook,
    clock: std::sync::Arc<dyn crate::clock::Clock>,
) {
    let holder = uuid::Uuid::new_v4().to_string();
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "events cannot be delivered: no HTTP client");
            return;
        }
    };
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let now = clock.now_ms();
        match store.take_lease(LEASE, &holder, now, now + LEASE_MS).await {
            Ok(true) => {}
            Ok(false) => continue,
            Err(e) => {
                tracing::error!(error = %e, "events: the lease could not be taken");
                continue;
            }
        }
        match deliver_due(&store, &hook, &client, clock.now_ms(), Some(&holder)).await {
            Ok(pass) => {
                metrics::counter!("kz_iin_events_delivered_total").increment(pass.delivered);
                metrics::counter!("kz_iin_event_attempts_failed_total")
                    .increment(pass.retried + pass.failed);
                metrics::counter!("kz_iin_events_given_up_total").increment(pass.failed);
            }
            Err(e) => tracing::error!(error = %e, "events: a delivery pass failed"),
        }
    }
}
