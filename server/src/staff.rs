//! Officers: accounts (passwords hashed with argon2id), sessions, and sign-ins throttled per
//! login and per address, whose answer never tells whether a login exists.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::store::{Store, StoreError};

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Failed sign-ins counted per login, and per address, within [`FAILURE_WINDOW_MS`].
pub const MAX_FAILURES_PER_LOGIN: i64 = 5;
/// See [`MAX_FAILURES_PER_LOGIN`].
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;
/// The window of the counts, in milliseconds (15 minutes).
pub const FAILURE_WINDOW_MS: i64 = 15 * 60 * 1000;
/// A session's last use is written at most this often (a write per request would be wasted).
const TOUCH_MS: i64 = 30 * 1000;

/// An officer with a session.
///
/// # Example
/// ```
/// let officer = kz_iin_server::staff::Officer { login: "a".into(), institution: Some("deu".into()), csrf: String::new() };
/// assert!(officer.sees("deu") && !officer.sees("usa"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Officer {
    /// The login.
    pub login: String,
    /// The institution whose applications the officer sees; `None` for an administrator.
    pub institution: Option<String>,
    /// The session's CSRF token.
    pub csrf: String,
}

impl Officer {
    /// Whether the officer may see an institution's applications.
    pub fn sees(&self, institution: &str) -> bool {
        self.institution
            .as_deref()
            .is_none_or(|own| own == institution)
    }
}

/// Why an account could not be added.
#[derive(Debug)]
pub enum AccountError {
    /// The login is not 1 to 64 of `a-z 0-9 . _ -`.
    Login,
    /// The institution is not one of the 96.
    Institution,
    /// The password is shorter than [`MIN_PASSWORD_CHARS`].
    Password,
    /// The login exists already.
    Exists,
    /// The database failed.
    Store(StoreError),
}

impl std::fmt::Display for AccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AccountError::Login => write!(f, "a login is 1 to 64 of a-z, 0-9, '.', '_' and '-'"),
            AccountError::Institution => write!(f, "no institution has that id (see kz_iin::data)"),
            AccountError::Password => {
                write!(f, "a password has at least {MIN_PASSWORD_CHARS} characters")
            }
            AccountError::Exists => write!(f, "that login exists already"),
            AccountError::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for AccountError {}

impl From<StoreError> for AccountError {
    fn from(e: StoreError) -> Self {
        AccountError::Store(e)
    }
}

fn failed(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError(format!("{what}: {e}"))
}

/// Random bytes as hex: tokens and passwords.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    // The operating system's generator; without it no secret can be made at all.
    getrandom::fill(&mut buf).expect("the operating system's random generator");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// argon2id of a password, as a PHC string (run off the async threads: it takes tens of ms).
async fn hash(password: String) -> Result<String, StoreError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(random_hex(16).as_bytes())
            .map_err(|e| StoreError(format!("making a salt: {e}")))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| StoreError(format!("hashing a password: {e}")))
    })
    .await
    .map_err(|e| StoreError(format!("hashing a password: {e}")))?
}

/// Whether a password matches a PHC string (off the async threads).
async fn verify(password: String, phc: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&phc)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Adds an officer of `institution` (`None`: an administrator of every institution).
pub async fn add(
    store: &Store,
    login: &str,
    institution: Option<&str>,
    password: &str,
    now: i64,
) -> Result<(), AccountError> {
    let login_ok = !login.is_empty()
        && login.len() <= 64
        && login
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if !login_ok {
        return Err(AccountError::Login);
    }
    if institution.is_some_and(|id| kz_iin::data::institution(id).is_none()) {
        return Err(AccountError::Institution);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::Password);
    }
    let phc = hash(password.to_string()).await?;
    let inserted = sqlx::query(
        "INSERT INTO staff (login, institution, password_hash, disabled, created_at) VALUES ($1, $2, $3, 0, $4) \
         ON CONFLICT (login) DO NOTHING",
    )
    .bind(login)
    .bind(institution)
    .bind(phc)
    .bind(now)
    .execute(store.writer())
    .await
    .map_err(failed("adding an officer"))?;
    if inserted.rows_affected() == 0 {
        return Err(AccountError::Exists);
    }
    Ok(())
}

/// Turns an officer off and ends their sessions; whether the login existed.
pub async fn disable(store: &Store, login: &str) -> Result<bool, StoreError> {
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    let changed = sqlx::query("UPDATE staff SET disabled = 1 WHERE login = $1")
        .bind(login)
        .execute(&mut *tx)
        .await
        .map_err(failed("turning an officer off"))?
        .rows_affected();
    sqlx::query("DELETE FROM sessions WHERE login = $1")
        .bind(login)
        .execute(&mut *tx)
        .await
        .map_err(failed("ending an officer's sessions"))?;
    tx.commit().await.map_err(failed("committing"))?;
    Ok(changed > 0)
}

/// On an empty staff table, an officer `demo` of `institution` with a random password: what
/// `npm start` prints once. `None` when there are officers already.
pub async fn demo_officer(
    store: &Store,
    institution: &str,
    now: i64,
) -> Result<Option<(String, String)>, AccountError> {
    let count: i64 = sqlx::query("SELECT COUNT(*) FROM staff")
        .fetch_one(store.reader())
        .await
        .map_err(failed("counting officers"))?
        .try_get(0)
        .map_err(failed("counting officers"))?;
    if count > 0 {
        return Ok(None);
    }
    let login = format!("demo-{institution}");
    let password = random_hex(9);
    match add(store, &login, Some(institution), &password, now).await {
        Ok(()) => Ok(Some((login, password))),
        Err(AccountError::Exists) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Why a sign-in failed. The two answers are the same whether the login exists or not.
#[derive(Debug, PartialEq, Eq)]
pub enum SignInError {
    /// The login or the password is wrong (or the account is turned off).
    Wrong,
    /// Too many failures for this login or this address lately.
    Throttled,
    /// The database failed.
    Store(String),
}

impl From<StoreError> for SignInError {
    fn from(e: StoreError) -> Self {
        SignInError::Store(e.0)
    }
}

/// A session opened: the token for the cookie, and the officer.
#[derive(Debug)]
pub struct SignedIn {
    /// The cookie's value (its SHA-256 is what the table keeps).
    pub token: String,
    /// Who signed in, with the session's CSRF token.
    pub officer: Officer,
}

async fn failures(store: &Store, subject: &str, since: i64) -> Result<i64, StoreError> {
    sqlx::query("SELECT COUNT(*) FROM login_failures WHERE subject = $1 AND at > $2")
        .bind(subject)
        .bind(since)
        .fetch_one(store.reader())
        .await
        .map_err(failed("counting failed sign-ins"))?
        .try_get(0)
        .map_err(failed("counting failed sign-ins"))
}

/// A hash that costs what a real verification costs, for logins that do not exist.
fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| {
        let salt = SaltString::encode_b64(b"kz-iin-decoy-salt").expect("a constant salt");
        Argon2::default()
            .hash_password(b"no such officer", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// Signs an officer in from `address`: a new session, or why not. Every attempt costs one
/// argon2 verification, whether the login exists or not, so that time tells nothing either.
pub async fn sign_in(
    store: &Store,
    login: &str,
    password: &str,
    address: &str,
    now: i64,
) -> Result<SignedIn, SignInError> {
    let since = now - FAILURE_WINDOW_MS;
    let by_login = format!("login:{login}");
    let by_address = format!("address:{address}");
    if failures(store, &by_login, since).await? >= MAX_FAILURES_PER_LOGIN
        || failures(store, &by_address, since).await? >= MAX_FAILURES_PER_ADDRESS
    {
        return Err(SignInError::Throttled);
    }
    let account =
        sqlx::query("SELECT password_hash, institution, disabled FROM staff WHERE login = $1")
            .bind(login)
            .fetch_optional(store.reader())
            .await
            .map_err(failed("reading an officer"))?;
    let (phc, institution, disabled) = match &account {
        Some(row) => (
            row.try_get::<String, _>(0)
                .map_err(failed("reading an officer"))?,
            row.try_get::<Option<String>, _>(1)
                .map_err(failed("reading an officer"))?,
            row.try_get::<i64, _>(2)
                .map_err(failed("reading an officer"))?
                != 0,
        ),
        None => (decoy().to_string(), None, true),
    };
    let matches = verify(password.to_string(), phc).await;
    if !matches || disabled || account.is_none() {
        let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
        for subject in [&by_login, &by_address] {
            sqlx::query("INSERT INTO login_failures (subject, at) VALUES ($1, $2)")
                .bind(subject.as_str())
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(failed("counting a failed sign-in"))?;
        }
        // Counts older than the window serve nothing: they go.
        sqlx::query("DELETE FROM login_failures WHERE at <= $1")
            .bind(since)
            .execute(&mut *tx)
            .await
            .map_err(failed("forgetting old failures"))?;
        tx.commit().await.map_err(failed("committing"))?;
        return Err(SignInError::Wrong);
    }
    let token = random_hex(32);
    let csrf = random_hex(32);
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    sqlx::query("INSERT INTO sessions (token_sha256, login, csrf, created_at, seen_at) VALUES ($1, $2, $3, $4, $4)")
        .bind(sha256_hex(&token))
        .bind(login)
        .bind(&csrf)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(failed("opening a session"))?;
    sqlx::query("DELETE FROM login_failures WHERE subject = $1")
        .bind(&by_login)
        .execute(&mut *tx)
        .await
        .map_err(failed("forgetting failures"))?;
    crate::audit::record(
        &mut *tx,
        login,
        "sign_in",
        None,
        institution.as_deref(),
        now,
    )
    .await?;
    tx.commit().await.map_err(failed("committing"))?;
    Ok(SignedIn {
        token,
        officer: Officer {
            login: login.to_string(),
            institution,
            csrf,
        },
    })
}

/// The officer of a session token, if the session is open, used within `idle_ms`, and its
/// account still on. An expired or disabled one is ended here.
pub async fn session(
    store: &Store,
    token: &str,
    now: i64,
    idle_ms: i64,
) -> Result<Option<Officer>, StoreError> {
    let key = sha256_hex(token);
    let row = sqlx::query(
        "SELECT s.login, s.csrf, s.seen_at, st.institution, st.disabled FROM sessions s \
         JOIN staff st ON st.login = s.login WHERE s.token_sha256 = $1",
    )
    .bind(&key)
    .fetch_optional(store.reader())
    .await
    .map_err(failed("reading a session"))?;
    let Some(row) = row else {
        return Ok(None);
    };
    let get = |e| failed("reading a session")(e);
    let login: String = row.try_get(0).map_err(get)?;
    let csrf: String = row.try_get(1).map_err(get)?;
    let seen: i64 = row.try_get(2).map_err(get)?;
    let institution: Option<String> = row.try_get(3).map_err(get)?;
    let disabled: i64 = row.try_get(4).map_err(get)?;
    if disabled != 0 || now - seen > idle_ms {
        end(store, token).await?;
        return Ok(None);
    }
    if now - seen > TOUCH_MS {
        sqlx::query("UPDATE sessions SET seen_at = $1 WHERE token_sha256 = $2")
            .bind(now)
            .bind(&key)
            .execute(store.writer())
            .await
            .map_err(failed("touching a session"))?;
    }
    Ok(Some(Officer {
        login,
        institution,
        csrf,
    }))
}

/// Ends a session (signing out): its token opens nothing from now on.
pub async fn end(store: &Store, token: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE token_sha256 = $1")
        .bind(sha256_hex(token))
        .execute(store.writer())
        .await
        .map_err(failed("ending a session"))?;
    Ok(())
}

/// Whether two secrets are equal, in a time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
