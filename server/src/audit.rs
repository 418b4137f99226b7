//! The audit trail: every sign-in, every view of an application and every decision, with the
//! officer and the time, appended to a table that nothing changes or deletes.

use serde::Serialize;
use sqlx::Row;

use crate::store::StoreError;

fn failed(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError(format!("{what}: {e}"))
}

/// One entry of the trail.
///
/// # Example
/// ```
/// let e = kz_iin_server::audit::Entry { at: 0, login: "a".into(), action: "view".into() };
/// assert_eq!(serde_json::to_value(&e).unwrap()["action"], "view");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// When, in milliseconds since 1970 (UTC).
    pub at: i64,
    /// The officer.
    pub login: String,
    /// `sign_in`, `view`, `document`, `certificate` or `refusal`.
    pub action: String,
}

/// Appends an entry (in the caller's transaction, so that a decision and its entry are one).
pub async fn record<'e, E>(
    executor: E,
    login: &str,
    action: &str,
    application: Option<&str>,
    institution: Option<&str>,
    now: i64,
) -> Result<(), StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("INSERT INTO audit (id, at, login, action, application_id, institution) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(now)
        .bind(login)
        .bind(action)
        .bind(application)
        .bind(institution)
        .execute(executor)
        .await
        .map_err(failed("writing the audit trail"))?;
    Ok(())
}

/// An application's entries, oldest first.
pub async fn of_application<'e, E>(executor: E, application: &str) -> Result<Vec<Entry>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let rows = sqlx::query(
        "SELECT at, login, action FROM audit WHERE application_id = $1 ORDER BY at, id",
    )
    .bind(application)
    .fetch_all(executor)
    .await
    .map_err(failed("reading the audit trail"))?;
    rows.iter()
        .map(|r| {
            Ok(Entry {
                at: r.try_get(0).map_err(failed("reading the audit trail"))?,
                login: r.try_get(1).map_err(failed("reading the audit trail"))?,
                action: r.try_get(2).map_err(failed("reading the audit trail"))?,
            })
        })
        .collect()
}
