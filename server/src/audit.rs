//! The audit trail: every sign-in, every view of an application and every decision, with the
//! officer and the time, appended to a table that nothing changes or deletes.

use serde::Serialize;

use crate::store::{failed, AuditRow, Store, StoreError};

/// What an officer did: the closed set of the trail's actions, each written as its stable code.
///
/// # Example
/// ```
/// use kz_iin_server::audit::Action;
/// assert_eq!(Action::SameHolder.code(), "same_holder");
/// assert_eq!(Action::parse("sign_in_failed"), Some(Action::SignInFailed));
/// assert!(Action::ALL.iter().all(|a| Action::parse(a.code()) == Some(*a)));
/// // The API writes the same code.
/// assert!(Action::ALL.iter().all(|a| serde_json::to_value(a).unwrap() == a.code()));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Signed in.
    SignIn,
    /// A sign-in of this officer's login failed (a wrong password or code).
    SignInFailed,
    /// Signed out.
    SignOut,
    /// Changed their own password.
    PasswordChanged,
    /// Viewed the queue (it shows applicants' names).
    Queue,
    /// Viewed an application.
    View,
    /// Opened a decided application's document.
    Document,
    /// Issued the certificate.
    Certificate,
    /// Refused.
    Refusal,
    /// Confirmed that the applicant holds an IIN recorded for another document of theirs.
    SameHolder,
    /// Read an application's audit trail.
    Trail,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 11] = [
        Action::SignIn,
        Action::SignInFailed,
        Action::SignOut,
        Action::PasswordChanged,
        Action::Queue,
        Action::View,
        Action::Document,
        Action::Certificate,
        Action::Refusal,
        Action::SameHolder,
        Action::Trail,
    ];

    /// Its code, as the table and the API write it.
    pub fn code(self) -> &'static str {
        match self {
            Action::SignIn => "sign_in",
            Action::SignInFailed => "sign_in_failed",
            Action::SignOut => "sign_out",
            Action::PasswordChanged => "password_changed",
            Action::Queue => "queue",
            Action::View => "view",
            Action::Document => "document",
            Action::Certificate => "certificate",
            Action::Refusal => "refusal",
            Action::SameHolder => "same_holder",
            Action::Trail => "trail",
        }
    }

    /// The action of a code, if any.
    pub fn parse(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }
}

impl TryFrom<String> for Action {
    type Error = String;

    /// The action of a stored code (a code this build does not know is a failed read).
    fn try_from(code: String) -> Result<Action, String> {
        Action::parse(&code).ok_or(format!("an unknown audit action {code:?}"))
    }
}

/// One entry of the trail.
///
/// # Example
/// ```
/// use kz_iin_server::audit::{Action, Entry};
/// let e = Entry { at: 0, login: "a".into(), action: Action::View };
/// assert_eq!(serde_json::to_value(&e).unwrap()["action"], "view");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Entry {
    /// When, in milliseconds since 1970 (UTC).
    pub at: i64,
    /// The officer.
    pub login: String,
    /// What they did.
    #[sqlx(try_from = "String")]
    pub action: Action,
}

/// Appends an entry (in the caller's transaction, so that a decision and its entry are one).
pub async fn record<'e, E>(
    executor: E,
    login: &str,
    action: Action,
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
        .bind(action.code())
        .bind(application)
        .bind(institution)
        .execute(executor)
        .await
        .map_err(failed("writing the audit trail"))?;
    Ok(())
}

/// Appends an entry on its own (a view, a sign-in, a document opened) and returns once it is
/// committed; the entries of many officers at once share one commit ([`Store::append_audit`]).
pub async fn append(
    store: &Store,
    login: &str,
    action: Action,
    application: Option<&str>,
    institution: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    store
        .append_audit(AuditRow {
            at: now,
            login: login.to_string(),
            action: action.code(),
            application: application.map(str::to_string),
            institution: institution.map(str::to_string),
        })
        .await
}

/// An application's entries, oldest first.
pub async fn of_application<'e, E>(executor: E, application: &str) -> Result<Vec<Entry>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_as("SELECT at, login, action FROM audit WHERE application_id = $1 ORDER BY at, id")
        .bind(application)
        .fetch_all(executor)
        .await
        .map_err(failed("reading the audit trail"))
}
