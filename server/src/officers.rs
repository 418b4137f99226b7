//! What officers do with applications: the queue, one application with its warnings and the IIN
//! its person already holds, the two final decisions, and the document printed from the stored
//! application. Every rule and word is the core's (`kz_iin::form`, `documents`, `messages`); this
//! module holds what only a service can: access per institution, the register's uniqueness,
//! the audit trail, and the database.

use kz_iin::documents::{self, DocumentError, Paper, Rendered};
use kz_iin::form::{validate, Application, Context, Report};
use serde::Serialize;

use crate::audit;
use crate::clock::utc_date;
use crate::register::RegisterKey;
use crate::staff::Officer;
use crate::store::{failed, Store, StoreError};

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Waiting for a decision.
    Received,
    /// A certificate was issued.
    Certified,
    /// It was refused.
    Refused,
}

impl Status {
    /// `received`, `certified` or `refused`.
    ///
    /// # Example
    /// ```
    /// use kz_iin_server::officers::Status;
    /// assert_eq!(Status::parse("refused"), Some(Status::Refused));
    /// assert_eq!(Status::Certified.as_str(), "certified");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Certified => "certified",
            Status::Refused => "refused",
        }
    }

    /// The status named `text`, if any.
    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "received" => Some(Status::Received),
            "certified" => Some(Status::Certified),
            "refused" => Some(Status::Refused),
            _ => None,
        }
    }
}

/// What was decided: the certificate of appendix 2 or the refusal notice of appendix 3.
///
/// # Example
/// ```
/// use kz_iin_server::officers::{DecisionKind, Status};
/// assert_eq!(DecisionKind::parse("refusal"), Some(DecisionKind::Refusal));
/// assert_eq!(DecisionKind::Certificate.status(), Status::Certified);
/// assert_eq!(serde_json::to_value(DecisionKind::Certificate).unwrap(), "certificate");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DecisionKind {
    /// The registration certificate: an IIN.
    Certificate,
    /// The refusal notice.
    Refusal,
}

impl DecisionKind {
    /// `certificate` or `refusal`, as the table and the API write it.
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionKind::Certificate => "certificate",
            DecisionKind::Refusal => "refusal",
        }
    }

    /// The kind named `text`, if any.
    pub fn parse(text: &str) -> Option<DecisionKind> {
        [DecisionKind::Certificate, DecisionKind::Refusal]
            .into_iter()
            .find(|k| k.as_str() == text)
    }

    /// The application's status once so decided.
    pub fn status(self) -> Status {
        match self {
            DecisionKind::Certificate => Status::Certified,
            DecisionKind::Refusal => Status::Refused,
        }
    }

    /// The audit trail's action for it.
    pub fn action(self) -> audit::Action {
        match self {
            DecisionKind::Certificate => audit::Action::Certificate,
            DecisionKind::Refusal => audit::Action::Refusal,
        }
    }

    /// The event that announces it.
    pub fn event(self) -> crate::events::Kind {
        match self {
            DecisionKind::Certificate => crate::events::Kind::Certified,
            DecisionKind::Refusal => crate::events::Kind::Refused,
        }
    }
}

/// A line of the queue.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// The application's id.
    pub id: String,
    /// Its number.
    pub receipt: String,
    /// Its institution.
    pub institution: String,
    /// When it was received (ms since 1970, UTC).
    pub received_at: i64,
    /// Where it stands.
    pub status: Status,
    /// The applicant's surname (Cyrillic, else Latin); `None` once erased.
    pub surname: Option<String>,
    /// The applicant's given name; `None` once erased or when there is none.
    pub given_name: Option<String>,
}

/// A page of the queue, newest first.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// The lines.
    pub items: Vec<Line>,
    /// Which page (from 1) when asked by number; 0 when asked by a cursor.
    pub page: u32,
    /// Lines per page.
    pub page_size: u32,
    /// Whether there is a next page.
    pub more: bool,
    /// The cursor of the next page (`?after=`), when there is one.
    pub next: Option<String>,
    /// The cursor of the page before (`?before=`), when asked by a cursor and not at the start.
    pub previous: Option<String>,
}

/// Lines per page of the queue.
pub const PAGE_SIZE: u32 = 50;

/// A place in the queue: the line's time of receipt and its number (the queue's order, newest
/// first), written `RECEIVED_AT.RECEIPT`. A page after or before one costs the same however deep
/// it is (the indexes give the lines from there), unlike a page number (every line before it is
/// read and thrown away).
///
/// # Example
/// ```
/// use kz_iin_server::officers::Cursor;
/// let c = Cursor::parse("1796299200000.DEU-2026-000001").unwrap();
/// assert_eq!(c.to_string(), "1796299200000.DEU-2026-000001");
/// assert!(Cursor::parse("x.DEU").is_none() && Cursor::parse("1.a b").is_none());
/// // The longest institution's millionth receipt of a year.
/// assert!(Cursor::parse("1.RUS-SAINT-PETERSBURG-2026-1000000").is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The line's time of receipt.
    pub received_at: i64,
    /// Its number.
    pub receipt: String,
}

impl Cursor {
    /// A cursor as written, if it is one.
    pub fn parse(text: &str) -> Option<Cursor> {
        let (at, receipt) = text.split_once('.')?;
        Some(Cursor {
            received_at: at.parse().ok()?,
            receipt: crate::store::receipt(receipt)?,
        })
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.received_at, self.receipt)
    }
}

/// Where a page of the queue starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageStart {
    /// By number, from 1 (any number: one past the last page is empty).
    Number(u32),
    /// The lines after a cursor (older).
    After(Cursor),
    /// The lines before a cursor (newer).
    Before(Cursor),
}

/// The scope of a query: the officer's institution, or all for an administrator.
fn scope(officer: &Officer) -> String {
    officer.institution.clone().unwrap_or_default()
}

/// The queue's statement for a scope (an institution, or `""` for all), a status, a receipt and
/// a start: its SQL, its values, and the page number it gives (0 for a cursor). One statement
/// with only the conditions asked, so that each case has its index.
fn queue_statement(
    scope: String,
    status: Option<Status>,
    receipt: Option<&str>,
    from: &PageStart,
) -> (String, Vec<Bind>, u32) {
    let mut sql = String::from(
        "SELECT id, receipt, institution, received_at, status, value FROM applications WHERE 1 = 1",
    );
    // Placeholders numbered in order of first use, as both databases read them alike.
    let mut next = 0;
    let mut mark = || {
        next += 1;
        format!("${next}")
    };
    let mut binds: Vec<Bind> = Vec::new();
    if !scope.is_empty() {
        sql.push_str(&format!(" AND institution = {}", mark()));
        binds.push(Bind::Text(scope));
    }
    if let Some(status) = status {
        sql.push_str(&format!(" AND status = {}", mark()));
        binds.push(Bind::Text(status.as_str().to_string()));
    }
    if let Some(receipt) = receipt {
        // What cannot be a receipt (a NUL, markup) is matched by none and never sent to the
        // database as it is.
        sql.push_str(&format!(" AND receipt = {}", mark()));
        binds.push(Bind::Text(
            crate::store::receipt(receipt).unwrap_or_else(|| "-".into()),
        ));
    }
    let (cursor, newer) = match from {
        PageStart::After(c) => (Some(c), false),
        PageStart::Before(c) => (Some(c), true),
        PageStart::Number(_) => (None, false),
    };
    if let Some(c) = cursor {
        let (at, number) = (mark(), mark());
        let op = if newer { ">" } else { "<" };
        // A row value: both databases read it as one range on the index's (time, number),
        // where "earlier, or as early and a lower number" written with OR had PostgreSQL
        // filter every line of the institution (1.8 s at 1,000,000 rows).
        sql.push_str(&format!(
            " AND (received_at, receipt) {op} ({at}, {number})"
        ));
        binds.push(Bind::Number(c.received_at));
        binds.push(Bind::Text(c.receipt.clone()));
    }
    let order = if newer { "ASC" } else { "DESC" };
    sql.push_str(&format!(
        " ORDER BY received_at {order}, receipt {order} LIMIT {}",
        mark()
    ));
    binds.push(Bind::Number(i64::from(PAGE_SIZE) + 1));
    let page = match from {
        PageStart::Number(n) => {
            let n = (*n).max(1);
            sql.push_str(&format!(" OFFSET {}", mark()));
            // In i64: page 4294967295 is an offset past every line, not a u32 that wraps.
            binds.push(Bind::Number((i64::from(n) - 1) * i64::from(PAGE_SIZE)));
            n
        }
        _ => 0,
    };
    (sql, binds, page)
}

/// How the database runs the queue's statement for these conditions (`EXPLAIN QUERY PLAN` on
/// SQLite; `EXPLAIN` on PostgreSQL with sequential scans turned off, so that a statement no index
/// serves shows as a scan even on a table small enough to scan): the plan's lines, for the scale
/// bench and its test that every case is read through an index.
pub async fn queue_plan(
    store: &Store,
    institution: Option<&str>,
    status: Option<Status>,
    receipt: Option<&str>,
    from: &PageStart,
) -> Result<Vec<String>, StoreError> {
    let (sql, binds, _) = queue_statement(
        institution.unwrap_or_default().to_string(),
        status,
        receipt,
        from,
    );
    let mut tx = store.reader().begin().await.map_err(failed("beginning"))?;
    let explain = match store.backend() {
        crate::store::Backend::Sqlite => format!("EXPLAIN QUERY PLAN {sql}"),
        crate::store::Backend::Postgres => {
            sqlx::query("SET LOCAL enable_seqscan = off")
                .execute(&mut *tx)
                .await
                .map_err(failed("planning the queue"))?;
            format!("EXPLAIN {sql}")
        }
    };
    let rows = sqlx::query_with(&explain, arguments(binds)?)
        .fetch_all(&mut *tx)
        .await
        .map_err(failed("planning the queue"))?;
    tx.rollback().await.map_err(failed("planning the queue"))?;
    use sqlx::Row;
    // SQLite's plan names each step's `detail`; PostgreSQL's is one `QUERY PLAN` line a row.
    let column = if store.backend() == crate::store::Backend::Sqlite {
        "detail"
    } else {
        "QUERY PLAN"
    };
    rows.iter()
        .map(|r| {
            r.try_get::<String, _>(column)
                .map_err(failed("planning the queue"))
        })
        .collect()
}

/// A page of the applications the officer sees, newest first, by status (all when `None`) and,
/// when `receipt` is given, the one with that number; audited, since it shows applicants'
/// names. One statement with only the conditions asked (a condition written "or any" keeps a
/// planner off its index), so that each case has an index: the receipt's, or the queue's by
/// institution, status and time.
pub async fn queue(
    store: &Store,
    officer: &Officer,
    status: Option<Status>,
    receipt: Option<&str>,
    from: PageStart,
    now: i64,
) -> Result<Page, StoreError> {
    audit::append(
        store,
        &officer.login,
        audit::Action::Queue,
        None,
        officer.institution.as_deref(),
        now,
    )
    .await?;
    let (sql, binds, page) = queue_statement(scope(officer), status, receipt, &from);
    let newer = matches!(from, PageStart::Before(_));
    let mut rows = sqlx::query_as_with::<_, QueueRow, _>(&sql, arguments(binds)?)
        .fetch_all(store.reader())
        .await
        .map_err(failed("reading the queue"))?;
    let beyond = rows.len() > PAGE_SIZE as usize;
    rows.truncate(PAGE_SIZE as usize);
    if newer {
        rows.reverse();
    }
    let items: Vec<Line> = rows.into_iter().map(QueueRow::line).collect();
    let cursor_of = |line: &Line| {
        Cursor {
            received_at: line.received_at,
            receipt: line.receipt.clone(),
        }
        .to_string()
    };
    // Newer lines exist before this page when it was asked after a cursor (the cursor's line
    // at least), or before one with more beyond.
    let (more, has_previous) = match &from {
        PageStart::Number(_) => (beyond, false),
        PageStart::After(_) => (beyond, true),
        PageStart::Before(_) => (true, beyond),
    };
    Ok(Page {
        next: more.then(|| items.last().map(cursor_of)).flatten(),
        previous: has_previous.then(|| items.first().map(cursor_of)).flatten(),
        more,
        items,
        page,
        page_size: PAGE_SIZE,
    })
}

/// A value bound to the queue's statement.
enum Bind {
    Text(String),
    Number(i64),
}

/// The queue statement's values, in order, as the database driver takes them.
fn arguments(binds: Vec<Bind>) -> Result<sqlx::any::AnyArguments<'static>, StoreError> {
    use sqlx::Arguments as _;
    let mut arguments = sqlx::any::AnyArguments::default();
    for bind in binds {
        match bind {
            Bind::Text(t) => arguments.add(t),
            Bind::Number(n) => arguments.add(n),
        }
        .map_err(|e| StoreError(format!("binding the queue's values: {e}")))?;
    }
    Ok(arguments)
}

/// A line of the queue as read.
#[derive(sqlx::FromRow)]
struct QueueRow {
    id: String,
    receipt: String,
    institution: String,
    received_at: i64,
    status: String,
    value: Option<String>,
}

/// The names a line of the queue shows, read from an application's value without the rest of
/// it (the other fields are skipped, not copied: a page reads fifty values).
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Names<'a> {
    #[serde(borrow)]
    surname_cyrillic: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    surname_latin: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    given_name_cyrillic: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    given_name_latin: Option<std::borrow::Cow<'a, str>>,
}

impl QueueRow {
    fn line(self) -> Line {
        let names: Option<Names> = self
            .value
            .as_deref()
            .and_then(|v| serde_json::from_str(v).ok());
        let (surname, given_name) = match names {
            Some(n) => (
                n.surname_cyrillic.or(n.surname_latin).map(String::from),
                n.given_name_cyrillic
                    .or(n.given_name_latin)
                    .map(String::from),
            ),
            None => (None, None),
        };
        Line {
            id: self.id,
            receipt: self.receipt,
            institution: self.institution,
            received_at: self.received_at,
            status: Status::parse(&self.status).unwrap_or(Status::Received),
            surname,
            given_name,
        }
    }
}

/// A decision, as it was made.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    /// What was decided.
    pub kind: DecisionKind,
    /// The IIN certified; `None` for a refusal, or once erased.
    pub iin: Option<String>,
    /// The reason of a refusal; `None` once erased.
    pub reason: Option<String>,
    /// A standard reason, in Kazakh.
    pub standard_kk: Option<String>,
    /// A standard reason, in Russian.
    pub standard_ru: Option<String>,
    /// The date of issue, `YYYY-MM-DD`.
    pub issue_date: String,
    /// The officer who decided.
    pub decided_by: String,
    /// When (ms since 1970, UTC).
    pub decided_at: i64,
}

/// Where the register's holder of an application comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum HolderSource {
    /// The register holds an IIN for this very document (citizenship, number, date of birth):
    /// a fact of the register.
    Document,
    /// The applicant declares a previous IIN that the register holds for another document: a
    /// claim, until an officer confirms the holder.
    Declared,
}

/// An IIN the applicant already holds in the register, or claims to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Holder {
    /// Whether the register says so of this document, or the applicant declares it.
    pub source: HolderSource,
    /// The IIN, while the application it was certified with keeps its data.
    pub iin: Option<String>,
    /// The receipt of that application.
    pub receipt: Option<String>,
    /// When it was recorded.
    pub recorded_at: i64,
}

/// One application, as the officer sees it.
#[derive(Debug, Clone)]
pub struct Detail {
    /// Its id.
    pub id: String,
    /// Its number.
    pub receipt: String,
    /// Its institution.
    pub institution: String,
    /// When it was received.
    pub received_at: i64,
    /// The person's language.
    pub lang: String,
    /// Where it stands.
    pub status: Status,
    /// The stored application; `None` once erased.
    pub application: Option<Application>,
    /// When its personal data was erased.
    pub erased_at: Option<i64>,
    /// Its decision, if any.
    pub decision: Option<Decision>,
    /// The IIN its applicant already holds, if the register has one.
    pub holder: Option<Holder>,
}

impl Detail {
    /// The core's report on the stored application, on the day it was received (its warnings
    /// are what the officer should look at).
    pub fn report(&self) -> Option<Report> {
        self.application.as_ref().map(|app| {
            validate(
                app,
                &Context {
                    today: utc_date(self.received_at),
                },
            )
        })
    }
}

/// Whether `id` can be an application's (the service's UUIDs): anything else (a NUL, 10 KB) is
/// asked of no database and is simply not found.
fn id_shape(id: &str) -> bool {
    id.len() == 36 && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
}

/// Whether the application `id` exists and the officer sees its institution: the question
/// [`detail`] answers first, alone (one column read, no decryption or register lookup).
pub async fn visible(store: &Store, officer: &Officer, id: &str) -> Result<bool, StoreError> {
    if !id_shape(id) {
        return Ok(false);
    }
    let institution: Option<String> =
        sqlx::query_scalar("SELECT institution FROM applications WHERE id = $1")
            .bind(id)
            .fetch_optional(store.reader())
            .await
            .map_err(failed("reading an application"))?;
    Ok(institution.is_some_and(|i| officer.sees(&i)))
}

/// The application `id`, if it exists and the officer sees its institution (anything else is
/// `None`, the same answer for both: an officer cannot tell another institution's applications
/// from ones that do not exist).
pub async fn detail(
    store: &Store,
    key: &RegisterKey,
    officer: &Officer,
    id: &str,
) -> Result<Option<Detail>, StoreError> {
    if !id_shape(id) {
        return Ok(None);
    }
    let row: Option<DetailRow> = sqlx::query_as(
        "SELECT a.id, a.receipt, a.institution, a.received_at, a.lang, a.status, a.value, a.erased_at, \
         d.kind, d.iin, d.reason, d.standard_kk, d.standard_ru, d.issue_date, d.decided_by, d.decided_at \
         FROM applications a LEFT JOIN decisions d ON d.application_id = a.id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(store.reader())
    .await
    .map_err(failed("reading an application"))?;
    let Some(r) = row.filter(|r| officer.sees(&r.institution)) else {
        return Ok(None);
    };
    let application: Option<Application> = r
        .value
        .as_deref()
        .and_then(|v| serde_json::from_str(v).ok());
    // A kind this build does not know is a failed read, as an unknown audit action is: the
    // decision is never shown as not made.
    let kind = r
        .kind
        .as_deref()
        .map(|k| {
            DecisionKind::parse(k)
                .ok_or_else(|| StoreError(format!("reading a decision: an unknown kind {k:?}")))
        })
        .transpose()?;
    let decision = match (kind, r.issue_date, r.decided_by, r.decided_at) {
        (Some(kind), Some(issue_date), Some(decided_by), Some(decided_at)) => Some(Decision {
            kind,
            iin: r.iin,
            reason: r.reason,
            standard_kk: r.standard_kk,
            standard_ru: r.standard_ru,
            issue_date,
            decided_by,
            decided_at,
        }),
        _ => None,
    };
    let holder = match &application {
        Some(app) => holder(store, key, app, id).await?,
        None => None,
    };
    Ok(Some(Detail {
        id: r.id,
        receipt: r.receipt,
        institution: r.institution,
        received_at: r.received_at,
        lang: r.lang,
        status: Status::parse(&r.status).unwrap_or(Status::Received),
        application,
        erased_at: r.erased_at,
        decision,
        holder,
    }))
}

/// An application and its decision, as [`detail`] reads them (the decision's columns are NULL
/// when there is none).
#[derive(sqlx::FromRow)]
struct DetailRow {
    id: String,
    receipt: String,
    institution: String,
    received_at: i64,
    lang: String,
    status: String,
    value: Option<String>,
    erased_at: Option<i64>,
    kind: Option<String>,
    iin: Option<String>,
    reason: Option<String>,
    standard_kk: Option<String>,
    standard_ru: Option<String>,
    issue_date: Option<String>,
    decided_by: Option<String>,
    decided_at: Option<i64>,
}

/// The register's keys of an application: its document (the person), its holder's lasting
/// traits, and the IIN it declares as its previous one.
struct Keys {
    person: String,
    holder: String,
    previous: Option<String>,
}

fn keys(key: &RegisterKey, app: &Application) -> Keys {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    Keys {
        person: key.person(
            &text(&app.citizenship),
            &text(&app.document_number),
            &text(&app.birth_date),
        ),
        holder: key.holder(&text(&app.citizenship), &text(&app.birth_date)),
        previous: app.previous_iin.as_deref().map(|iin| key.iin(iin)),
    }
}

/// The IIN the register holds for this application's document, else the one it declares as
/// its previous IIN (a claim), other than one recorded by this application itself.
async fn holder(
    store: &Store,
    key: &RegisterKey,
    app: &Application,
    id: &str,
) -> Result<Option<Holder>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Found {
        application_id: String,
        recorded_at: i64,
        iin: Option<String>,
        receipt: Option<String>,
    }
    let keys = keys(key, app);
    let by_document: Option<Found> = sqlx::query_as(
        "SELECT r.application_id, r.recorded_at, d.iin, a.receipt FROM register_documents r \
         LEFT JOIN decisions d ON d.application_id = r.application_id \
         LEFT JOIN applications a ON a.id = r.application_id \
         WHERE r.person_key = $1",
    )
    .bind(&keys.person)
    .fetch_optional(store.reader())
    .await
    .map_err(failed("reading the register"))?;
    let (source, found) = match (by_document, &keys.previous) {
        // Recorded by this application: its own decision shows the IIN.
        (Some(found), _) if found.application_id == id => return Ok(None),
        (Some(found), _) => (HolderSource::Document, found),
        (None, Some(previous)) => {
            let declared: Option<Found> = sqlx::query_as(
                "SELECT r.application_id, r.recorded_at, d.iin, a.receipt FROM register r \
                 LEFT JOIN decisions d ON d.application_id = r.application_id \
                 LEFT JOIN applications a ON a.id = r.application_id \
                 WHERE r.iin_key = $1 AND r.application_id <> $2",
            )
            .bind(previous)
            .bind(id)
            .fetch_optional(store.reader())
            .await
            .map_err(failed("reading the register"))?;
            match declared {
                Some(found) => (HolderSource::Declared, found),
                None => return Ok(None),
            }
        }
        (None, None) => return Ok(None),
    };
    Ok(Some(Holder {
        source,
        recorded_at: found.recorded_at,
        iin: found.iin,
        receipt: found.receipt,
    }))
}

/// A unique key taken meanwhile is `taken` (another officer was first); any other failure is the
/// database's (503: nothing was recorded, and trying again may succeed).
fn unique_or(e: sqlx::Error, taken: Refused) -> Refused {
    match &e {
        sqlx::Error::Database(db) if db.is_unique_violation() => taken,
        _ => Refused::Store(failed("recording an IIN")(e)),
    }
}

/// Whether a certificate of `iin_key` to an application of `keys` may be recorded, and what
/// to record: checked and written in the caller's transaction (see [`decide`]).
async fn record_iin(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    keys: &Keys,
    iin_key: &str,
    same_holder: bool,
    id: &str,
    now: i64,
) -> Result<bool, Refused> {
    // The IIN the register already gives this document, if any.
    let documents_iin: Option<String> =
        sqlx::query_scalar("SELECT iin_key FROM register_documents WHERE person_key = $1")
            .bind(&keys.person)
            .fetch_optional(&mut **tx)
            .await
            .map_err(failed("reading the register"))?;
    match documents_iin {
        Some(held) if held == iin_key => return Ok(false),
        Some(_) => return Err(Refused::PersonHasIin),
        None => {}
    }
    // A declared previous IIN that the register holds is the person's claim to it: another
    // IIN would be a second one.
    if let Some(previous) = keys.previous.as_deref().filter(|p| *p != iin_key) {
        let held: Option<String> =
            sqlx::query_scalar("SELECT iin_key FROM register WHERE iin_key = $1")
                .bind(previous)
                .fetch_optional(&mut **tx)
                .await
                .map_err(failed("reading the register"))?;
        if held.is_some() {
            return Err(Refused::PersonHasIin);
        }
    }
    let recorded: Option<Option<String>> =
        sqlx::query_scalar("SELECT holder_key FROM register WHERE iin_key = $1")
            .bind(iin_key)
            .fetch_optional(&mut **tx)
            .await
            .map_err(failed("reading the register"))?;
    let confirmed = match recorded {
        // Recorded for another document: the same holder only when the application declares
        // it, the holder's date of birth and citizenship are the same, and the officer says so.
        Some(holder) => {
            let same = same_holder
                && keys.previous.as_deref() == Some(iin_key)
                && holder.as_deref() == Some(keys.holder.as_str());
            if !same {
                return Err(Refused::IinTaken);
            }
            true
        }
        None => {
            // A second IIN recorded for the same holder at once fails on this key.
            sqlx::query("INSERT INTO register (iin_key, person_key, application_id, recorded_at, holder_key) VALUES ($1, $2, $3, $4, $5)")
                .bind(iin_key)
                .bind(&keys.person)
                .bind(id)
                .bind(now)
                .bind(&keys.holder)
                .execute(&mut **tx)
                .await
                .map_err(|e| unique_or(e, Refused::IinTaken))?;
            false
        }
    };
    // From now on this document is the IIN's: given no other, shown as held. Two IINs racing
    // for one document fail here, on the document's key.
    sqlx::query("INSERT INTO register_documents (person_key, iin_key, application_id, recorded_at) VALUES ($1, $2, $3, $4)")
        .bind(&keys.person)
        .bind(iin_key)
        .bind(id)
        .bind(now)
        .execute(&mut **tx)
        .await
        .map_err(|e| unique_or(e, Refused::PersonHasIin))?;
    Ok(confirmed)
}

/// Why a decision was not made.
#[derive(Debug)]
pub enum Refused {
    /// No such application for this officer (404).
    NotFound,
    /// It has a decision already (409 `already_decided`).
    AlreadyDecided,
    /// Its personal data was erased (409 `erased`).
    Erased,
    /// It has no decision, so no document (409 `not_decided`).
    NotDecided,
    /// The core refuses the document: the IIN, the date, a missing reason (422 with its code).
    Invalid(DocumentError),
    /// The IIN is recorded for another person (409 `iin_taken`).
    IinTaken,
    /// The person holds another recorded IIN (409 `person_has_iin`).
    PersonHasIin,
    /// The database failed (503).
    Store(StoreError),
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Refused::Store(e)
    }
}

/// What an officer decides.
#[derive(Debug, Clone)]
pub enum Decide {
    /// The certificate, with the IIN the national register formed.
    Certificate {
        /// The IIN.
        iin: String,
        /// The officer confirms that the applicant is the holder of this IIN, recorded for
        /// another document of theirs (a new passport): see [`decide`].
        same_holder: bool,
    },
    /// The refusal, with its reason.
    Refusal {
        /// The reason, free text.
        reason: String,
        /// A standard reason from the host's list, in Kazakh and Russian.
        standard: Option<(String, String)>,
    },
}

/// Makes the final decision on an application: the core checks the IIN or the reason and
/// renders the document (so a decision that could not be printed is never recorded); then, in
/// one transaction, the register's uniqueness is checked and the decision, the IIN's record and
/// the audit entry are written, or nothing is.
pub async fn decide(
    store: &Store,
    key: &RegisterKey,
    officer: &Officer,
    id: &str,
    decide: Decide,
    issue_date: &str,
    now: i64,
) -> Result<(), Refused> {
    let detail = detail(store, key, officer, id)
        .await?
        .ok_or(Refused::NotFound)?;
    if detail.decision.is_some() || detail.status != Status::Received {
        return Err(Refused::AlreadyDecided);
    }
    let app = detail.application.as_ref().ok_or(Refused::Erased)?;
    let date = documents::issue_date(issue_date).map_err(Refused::Invalid)?;
    let same_holder = matches!(
        decide,
        Decide::Certificate {
            same_holder: true,
            ..
        }
    );
    // Reasons are kept in NFC, as applications are, and without NUL, which a text column of
    // PostgreSQL cannot hold (an application's NULs are escaped in its JSON).
    let clean = |text: &mut String| {
        text.retain(|c| c != '\0');
        crate::intake::nfc(text);
    };
    let decide = match decide {
        Decide::Refusal {
            mut reason,
            mut standard,
        } => {
            clean(&mut reason);
            if let Some((kk, ru)) = &mut standard {
                clean(kk);
                clean(ru);
            }
            Decide::Refusal { reason, standard }
        }
        certificate => certificate,
    };
    let (kind, iin, reason, standard) = match &decide {
        Decide::Certificate { iin, .. } => {
            documents::render_certificate(app, iin, date, Paper::A4).map_err(Refused::Invalid)?;
            // The core's form of the number (separators dropped).
            let iin = kz_iin::Iin::parse(iin)
                .map(|i| i.as_str().to_string())
                .map_err(|e| Refused::Invalid(DocumentError::Iin(e)))?;
            (DecisionKind::Certificate, Some(iin), None, None)
        }
        Decide::Refusal { reason, standard } => {
            let pair = standard.as_ref().map(|(kk, ru)| (kk.as_str(), ru.as_str()));
            documents::render_refusal(app, reason, pair, date, Paper::A4)
                .map_err(Refused::Invalid)?;
            (
                DecisionKind::Refusal,
                None,
                Some(reason.trim().to_string()),
                standard.clone(),
            )
        }
    };
    let keys = keys(key, app);
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    let confirmed = match &iin {
        Some(iin) => record_iin(&mut tx, &keys, &key.iin(iin), same_holder, id, now).await?,
        None => false,
    };
    let inserted = sqlx::query(
        "INSERT INTO decisions (application_id, kind, iin, reason, standard_kk, standard_ru, issue_date, decided_by, decided_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (application_id) DO NOTHING",
    )
    .bind(id)
    .bind(kind.as_str())
    .bind(iin.as_deref())
    .bind(reason.as_deref())
    .bind(standard.as_ref().map(|s| s.0.clone()))
    .bind(standard.as_ref().map(|s| s.1.clone()))
    .bind(date.to_iso())
    .bind(&officer.login)
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(failed("recording a decision"))?;
    let status = kind.status();
    let updated = sqlx::query("UPDATE applications SET status = $1, decided_at = $2 WHERE id = $3 AND status = 'received' AND value IS NOT NULL")
        .bind(status.as_str())
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(failed("recording a decision"))?;
    if inserted.rows_affected() == 0 || updated.rows_affected() == 0 {
        // Another officer decided first (or retention erased it meanwhile): nothing is kept.
        return Err(Refused::AlreadyDecided);
    }
    if confirmed {
        audit::record(
            &mut *tx,
            &officer.login,
            crate::audit::Action::SameHolder,
            Some(id),
            Some(&detail.institution),
            now,
        )
        .await?;
    }
    audit::record(
        &mut *tx,
        &officer.login,
        kind.action(),
        Some(id),
        Some(&detail.institution),
        now,
    )
    .await?;
    if store.publishes_events() {
        let about = crate::events::About {
            application: id,
            receipt: &detail.receipt,
            institution: &detail.institution,
            at: now,
        };
        crate::events::record(&mut *tx, kind.event(), about).await?;
    }
    tx.commit().await.map_err(failed("committing a decision"))?;
    Ok(())
}

/// The decided application's document, rendered by the core from the stored application and
/// the decision, and the audit entry of its opening.
pub async fn document(
    store: &Store,
    key: &RegisterKey,
    signing: &crate::signing::Signing,
    officer: &Officer,
    id: &str,
    paper: Paper,
    now: i64,
) -> Result<Rendered, Refused> {
    let detail = detail(store, key, officer, id)
        .await?
        .ok_or(Refused::NotFound)?;
    let decision = detail.decision.as_ref().ok_or(Refused::NotDecided)?;
    let app = detail.application.as_ref().ok_or(Refused::Erased)?;
    let date = documents::issue_date(&decision.issue_date).map_err(Refused::Invalid)?;
    // Signed as of the decision, so that every print of a document carries the same token.
    let signer = documents::Signer {
        key: &signing.key,
        issuer: &signing.issuer,
        issued_at: decision.decided_at.div_euclid(1000),
    };
    let rendered = if decision.kind == DecisionKind::Certificate {
        documents::render_signed_certificate(
            app,
            decision.iin.as_deref().unwrap_or_default(),
            date,
            paper,
            &signer,
        )
    } else {
        let standard = decision
            .standard_kk
            .as_deref()
            .zip(decision.standard_ru.as_deref());
        documents::render_signed_refusal(
            app,
            &detail.receipt,
            decision.reason.as_deref().unwrap_or_default(),
            standard,
            date,
            paper,
            &signer,
        )
    }
    .map_err(Refused::Invalid)?;
    audit::append(
        store,
        &officer.login,
        crate::audit::Action::Document,
        Some(id),
        Some(&detail.institution),
        now,
    )
    .await?;
    Ok(rendered)
}

/// The audit entry of an officer viewing an application.
pub async fn viewed(
    store: &Store,
    officer: &Officer,
    detail: &Detail,
    now: i64,
) -> Result<(), StoreError> {
    audit::append(
        store,
        &officer.login,
        crate::audit::Action::View,
        Some(&detail.id),
        Some(&detail.institution),
        now,
    )
    .await
}
