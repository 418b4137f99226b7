//! Machine clients' bearer tokens: a case system or the national register's adapter reads an
//! institution's applications (scope `read`) or also decides them (scope `decide`) with
//! `Authorization: Bearer …`, without a cookie or a CSRF token (nothing a browser sends by
//! itself). A token is shown once when made and kept only as its SHA-256; it is revoked by its
//! id; every request it makes is in the audit trail under the login `token:<id>`.

use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::store::{failed, Store, StoreError};

/// What a token may do.
///
/// # Example
/// ```
/// use kz_iin_server::tokens::Scope;
/// assert_eq!(Scope::parse("decide"), Some(Scope::Decide));
/// assert_eq!(Scope::Read.code(), "read");
/// assert!(Scope::Decide.may_decide() && !Scope::Read.may_decide());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The queue, an application, its document and its audit trail.
    Read,
    /// All of `Read`, and the two decisions.
    Decide,
}

impl Scope {
    /// Its code, as the command line and the table write it.
    pub fn code(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Decide => "decide",
        }
    }

    /// The scope of a code, if any.
    pub fn parse(code: &str) -> Option<Scope> {
        [Scope::Read, Scope::Decide]
            .into_iter()
            .find(|s| s.code() == code)
    }

    /// Whether a token of this scope may certify or refuse.
    pub fn may_decide(self) -> bool {
        self == Scope::Decide
    }
}

/// A token that opened a request.
///
/// # Example
/// ```
/// use kz_iin_server::tokens::{Scope, Token};
/// let t = Token { id: "0123456789ab".into(), institution: "deu".into(), scope: Scope::Read };
/// assert_eq!(t.login(), "token:0123456789ab");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Its id (what `token revoke` takes), also in the token's text.
    pub id: String,
    /// The institution whose applications it reaches.
    pub institution: String,
    /// What it may do.
    pub scope: Scope,
}

impl Token {
    /// The name the audit trail gives its requests.
    pub fn login(&self) -> String {
        format!("token:{}", self.id)
    }
}

/// A token just made: its text, shown once.
#[derive(Debug)]
pub struct Made {
    /// Its id.
    pub id: String,
    /// `kziin_<id>_<secret>`: what the client sends after `Bearer `.
    pub secret: String,
}

/// Why a token was not made.
#[derive(Debug)]
pub enum TokenError {
    /// The institution is not one of the 96.
    Institution,
    /// The database failed.
    Store(StoreError),
}

impl std::fmt::Display for TokenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenError::Institution => write!(f, "no institution has that id (see kz_iin::data)"),
            TokenError::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for TokenError {}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Makes a token for an institution: 256 random bits after its id, kept as a hash.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), Box<dyn std::error::Error>> {
/// use kz_iin_server::tokens::{add, Scope};
/// let made = add(&store, "deu", Scope::Read, 0).await?;
/// assert!(made.secret.starts_with(&format!("kziin_{}_", made.id)));
/// # Ok(()) }
/// ```
pub async fn add(
    store: &Store,
    institution: &str,
    scope: Scope,
    now: i64,
) -> Result<Made, TokenError> {
    if kz_iin::data::institution(institution).is_none() {
        return Err(TokenError::Institution);
    }
    let id = crate::secrets::random_hex(6);
    let secret = format!("kziin_{id}_{}", crate::secrets::random_hex(32));
    sqlx::query(
        "INSERT INTO api_tokens (id, token_sha256, institution, scope, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(sha256_hex(&secret))
    .bind(institution)
    .bind(scope.code())
    .bind(now)
    .execute(store.writer())
    .await
    .map_err(|e| TokenError::Store(failed("adding a token")(e)))?;
    Ok(Made { id, secret })
}

/// Revokes a token by its id (or its whole text): from now on it is 401. False when no token
/// not yet revoked has that id.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// assert!(!kz_iin_server::tokens::revoke(&store, "no such id", 0).await?);
/// # Ok(()) }
/// ```
pub async fn revoke(store: &Store, id_or_token: &str, now: i64) -> Result<bool, StoreError> {
    let id = id_or_token
        .strip_prefix("kziin_")
        .and_then(|rest| rest.split_once('_'))
        .map_or(id_or_token, |(id, _)| id);
    let done =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(store.writer())
            .await
            .map_err(failed("revoking a token"))?;
    Ok(done.rows_affected() > 0)
}

/// One line of `token list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The token's id.
    pub id: String,
    /// Its institution.
    pub institution: String,
    /// Its scope's code.
    pub scope: String,
    /// When it was made, ms since 1970.
    pub created_at: i64,
    /// When it was revoked, if it was.
    pub revoked_at: Option<i64>,
}

/// Every token ever made (none of their secrets), oldest first.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// for t in kz_iin_server::tokens::list(&store).await? { println!("{} {}", t.id, t.scope); }
/// # Ok(()) }
/// ```
pub async fn list(store: &Store) -> Result<Vec<Listed>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, institution, scope, created_at, revoked_at FROM api_tokens ORDER BY created_at, id",
    )
    .fetch_all(store.reader())
    .await
    .map_err(failed("listing tokens"))?;
    rows.iter()
        .map(|r| {
            Ok(Listed {
                id: r.try_get("id")?,
                institution: r.try_get("institution")?,
                scope: r.try_get("scope")?,
                created_at: r.try_get("created_at")?,
                revoked_at: r.try_get("revoked_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(failed("reading tokens"))
}

/// The token a request's bearer text opens, if it is one not revoked.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// assert!(kz_iin_server::tokens::authenticate(&store, "kziin_x_y").await?.is_none());
/// # Ok(()) }
/// ```
pub async fn authenticate(store: &Store, secret: &str) -> Result<Option<Token>, StoreError> {
    // Anything longer is no token of ours: not hashed, not looked up.
    if !secret.starts_with("kziin_") || secret.len() > 128 {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT id, institution, scope FROM api_tokens WHERE token_sha256 = $1 AND revoked_at IS NULL",
    )
    .bind(sha256_hex(secret))
    .fetch_optional(store.reader())
    .await
    .map_err(failed("reading a token"))?;
    let Some(row) = row else { return Ok(None) };
    let read = || -> Result<(String, String, String), sqlx::Error> {
        Ok((
            row.try_get("id")?,
            row.try_get("institution")?,
            row.try_get("scope")?,
        ))
    };
    let (id, institution, scope) = read().map_err(failed("reading a token"))?;
    Ok(Scope::parse(&scope).map(|scope| Token {
        id,
        institution,
        scope,
    }))
}
