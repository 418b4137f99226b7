//! Officers: accounts (passwords hashed with argon2id), sessions, and sign-ins throttled per
//! login and per address, whose answer never tells whether a login exists.

use argon2::password_hash::{PasswordHash, PasswordHasher, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};

use crate::store::{failed, Store, StoreError};

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
    /// There is no officer with that login.
    Missing,
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
            AccountError::Missing => write!(f, "there is no officer with that login"),
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

use crate::secrets::random_hex;

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How long an attempt waits for its turn to verify before it is answered 503.
pub const VERIFY_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The argon2 computations allowed at once: one per core. Each takes about 19 MiB for tens of
/// milliseconds; without a bound, an anonymous burst of sign-ins would take one blocking
/// thread and 19 MiB each, hundreds at once.
fn verifications() -> &'static std::sync::Arc<tokio::sync::Semaphore> {
    static PERMITS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Semaphore>> =
        std::sync::OnceLock::new();
    PERMITS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        std::sync::Arc::new(tokio::sync::Semaphore::new(cores.clamp(1, 16)))
    })
}

/// Runs one argon2 computation off the async threads, once its turn comes within `wait`, with
/// one of the work memories ([`work_memory`]); `None` when its turn did not come. The turn is
/// held by the computation itself, not by the request: a client that hangs up does not free
/// it while its computation still runs, so at most one per core ever runs, and at most as many
/// work memories ever exist.
async fn argon2_turn<T: Send + 'static>(
    wait: std::time::Duration,
    work: impl FnOnce(&mut Vec<argon2::Block>) -> T + Send + 'static,
) -> Option<T> {
    let permit = tokio::time::timeout(wait, verifications().clone().acquire_owned())
        .await
        .ok()?
        .ok()?;
    tokio::task::spawn_blocking(move || {
        let mut memory = work_memory()
            .lock()
            .ok()
            .and_then(|mut m| m.pop())
            .unwrap_or_default();
        let done = work(&mut memory);
        if let Ok(mut pool) = work_memory().lock() {
            pool.push(memory);
        }
        drop(permit);
        done
    })
    .await
    .ok()
}

/// argon2's work memories (19 MiB each with OWASP's parameters), kept and reused: at most one
/// per verification allowed at once, so that a burst costs that much memory and no more (left to
/// the allocator, each blocking thread's arena would keep its own 19 MiB).
fn work_memory() -> &'static std::sync::Mutex<Vec<Vec<argon2::Block>>> {
    static POOL: std::sync::OnceLock<std::sync::Mutex<Vec<Vec<argon2::Block>>>> =
        std::sync::OnceLock::new();
    POOL.get_or_init(Default::default)
}

/// The argon2 hash of `password` under the parameters, salt and length of `phc`, computed in
/// `memory`; whether it is `phc`'s.
fn matches_phc(password: &[u8], phc: &str, memory: &mut Vec<argon2::Block>) -> bool {
    let mut check = || -> Option<bool> {
        let parsed = PasswordHash::new(phc).ok()?;
        let params = argon2::Params::try_from(&parsed).ok()?;
        let algorithm = argon2::Algorithm::try_from(parsed.algorithm).ok()?;
        let version = match parsed.version {
            Some(v) => argon2::Version::try_from(v).ok()?,
            None => argon2::Version::default(),
        };
        let mut salt = [0u8; 64];
        let salt = parsed.salt?.decode_b64(&mut salt).ok()?;
        let expected = parsed.hash?;
        let mut computed = vec![0u8; expected.len()];
        memory.resize(params.block_count(), argon2::Block::default());
        Argon2::new(algorithm, version, params)
            .hash_password_into_with_memory(password, salt, &mut computed, &mut memory[..])
            .ok()?;
        Some(
            computed.len() == expected.as_bytes().len()
                && computed
                    .iter()
                    .zip(expected.as_bytes())
                    .fold(0u8, |acc, (x, y)| acc | (x ^ y))
                    == 0,
        )
    };
    check().unwrap_or(false)
}

/// argon2id of a password, as a PHC string (it takes tens of ms).
async fn hash(password: String) -> Result<String, StoreError> {
    argon2_turn(std::time::Duration::from_secs(60), move |_| {
        let salt = SaltString::encode_b64(random_hex(16).as_bytes())
            .map_err(|e| StoreError(format!("making a salt: {e}")))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| StoreError(format!("hashing a password: {e}")))
    })
    .await
    .unwrap_or_else(|| Err(StoreError("hashing a password: no turn came".into())))
}

/// Whether a password matches a PHC string; `None` when its turn did not come within
/// [`VERIFY_WAIT`].
async fn verify(password: String, phc: String) -> Option<bool> {
    argon2_turn(VERIFY_WAIT, move |memory| {
        matches_phc(password.as_bytes(), &phc, memory)
    })
    .await
}

/// Whether `login` can be an officer's: 1 to 64 of `a-z 0-9 . _ -`.
fn login_shape(login: &str) -> bool {
    !login.is_empty()
        && login.len() <= 64
        && login
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

/// An officer's second factor, as given once: the secret (base32) and its `otpauth://` URI for
/// an authenticator app. Shown to the officer and kept nowhere else but the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// The TOTP secret, base32.
    pub secret: String,
    /// `otpauth://totp/kz-iin:LOGIN?secret=...`.
    pub uri: String,
}

impl Enrolment {
    fn new(login: &str) -> Enrolment {
        let secret = crate::second_factor::new_secret();
        let uri = crate::second_factor::uri(&secret, login);
        Enrolment { secret, uri }
    }
}

/// Adds an officer of `institution` (`None`: an administrator of every institution), with a
/// new second factor: what the officer's app must be given.
pub async fn add(
    store: &Store,
    login: &str,
    institution: Option<&str>,
    password: &str,
    now: i64,
) -> Result<Enrolment, AccountError> {
    if !login_shape(login) {
        return Err(AccountError::Login);
    }
    if institution.is_some_and(|id| kz_iin::data::institution(id).is_none()) {
        return Err(AccountError::Institution);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::Password);
    }
    let phc = hash(password.to_string()).await?;
    let enrolment = Enrolment::new(login);
    let inserted = sqlx::query(
        "INSERT INTO staff (login, institution, password_hash, disabled, created_at, totp_secret) VALUES ($1, $2, $3, 0, $4, $5) \
         ON CONFLICT (login) DO NOTHING",
    )
    .bind(login)
    .bind(institution)
    .bind(phc)
    .bind(now)
    .bind(&enrolment.secret)
    .execute(store.writer())
    .await
    .map_err(failed("adding an officer"))?;
    if inserted.rows_affected() == 0 {
        return Err(AccountError::Exists);
    }
    Ok(enrolment)
}

/// Turns an officer back on (after [`disable`]); whether the login exists.
pub async fn enable(store: &Store, login: &str) -> Result<bool, StoreError> {
    let changed = sqlx::query("UPDATE staff SET disabled = 0 WHERE login = $1")
        .bind(login)
        .execute(store.writer())
        .await
        .map_err(failed("turning an officer on"))?
        .rows_affected();
    Ok(changed > 0)
}

/// An administrator's reset: a new password and a new second factor for `login` (a lost
/// phone, a forgotten password), every session of theirs ended. The new enrolment, or
/// [`AccountError::Missing`].
pub async fn reset(store: &Store, login: &str, password: &str) -> Result<Enrolment, AccountError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(AccountError::Password);
    }
    let phc = hash(password.to_string()).await?;
    let enrolment = Enrolment::new(login);
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    let changed = sqlx::query(
        "UPDATE staff SET password_hash = $1, totp_secret = $2, totp_step = NULL WHERE login = $3",
    )
    .bind(phc)
    .bind(&enrolment.secret)
    .bind(login)
    .execute(&mut *tx)
    .await
    .map_err(failed("resetting an officer"))?
    .rows_affected();
    if changed == 0 {
        return Err(AccountError::Missing);
    }
    sqlx::query("DELETE FROM sessions WHERE login = $1")
        .bind(login)
        .execute(&mut *tx)
        .await
        .map_err(failed("ending an officer's sessions"))?;
    tx.commit().await.map_err(failed("committing"))?;
    Ok(enrolment)
}

/// Why an officer's own change of password was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum PasswordChange {
    /// The new password is shorter than [`MIN_PASSWORD_CHARS`].
    TooShort,
    /// What refuses a sign-in refuses it too: the current password wrong (counted as a
    /// sign-in's failure), too many lately, no turn to verify, the database.
    Refused(SignInError),
}

impl From<StoreError> for PasswordChange {
    fn from(e: StoreError) -> Self {
        PasswordChange::Refused(e.into())
    }
}

/// An officer changes their own password, giving the current one: the officer's other sessions
/// end (one left open elsewhere must not outlive the old password); this one stays.
pub async fn change_password(
    store: &Store,
    officer: &Officer,
    token: &str,
    passwords: (&str, &str),
    now: i64,
) -> Result<(), PasswordChange> {
    let (current, new) = passwords;
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(PasswordChange::TooShort);
    }
    // A session taken over must not become a way to try passwords: the login's count, as a
    // sign-in's.
    let by_login = subject_key("login", &officer.login);
    if count_attempt(store, &by_login, now).await? > MAX_FAILURES_PER_LOGIN {
        return Err(PasswordChange::Refused(SignInError::Throttled));
    }
    let phc: String = sqlx::query_scalar("SELECT password_hash FROM staff WHERE login = $1")
        .bind(&officer.login)
        .fetch_one(store.reader())
        .await
        .map_err(failed("reading an officer"))?;
    match verify(current.to_string(), phc).await {
        None => {
            uncount_attempt(store.writer(), &by_login).await?;
            return Err(PasswordChange::Refused(SignInError::Busy));
        }
        Some(false) => {
            crate::audit::append(
                store,
                &officer.login,
                crate::audit::Action::SignInFailed,
                None,
                officer.institution.as_deref(),
                now,
            )
            .await?;
            return Err(PasswordChange::Refused(SignInError::Wrong));
        }
        Some(true) => uncount_attempt(store.writer(), &by_login).await?,
    }
    let phc = hash(new.to_string()).await?;
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    sqlx::query("UPDATE staff SET password_hash = $1 WHERE login = $2")
        .bind(phc)
        .bind(&officer.login)
        .execute(&mut *tx)
        .await
        .map_err(failed("changing a password"))?;
    sqlx::query("DELETE FROM sessions WHERE login = $1 AND token_sha256 <> $2")
        .bind(&officer.login)
        .bind(sha256_hex(token))
        .execute(&mut *tx)
        .await
        .map_err(failed("ending an officer's other sessions"))?;
    crate::audit::record(
        &mut *tx,
        &officer.login,
        crate::audit::Action::PasswordChanged,
        None,
        officer.institution.as_deref(),
        now,
    )
    .await?;
    tx.commit().await.map_err(failed("committing"))?;
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

/// On an empty staff table, an officer `demo` of `institution` with a random password and a
/// second factor: what `npm start` prints once (login, password, enrolment). `None` when there
/// are officers already.
pub async fn demo_officer(
    store: &Store,
    institution: &str,
    now: i64,
) -> Result<Option<(String, String, Enrolment)>, AccountError> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff")
        .fetch_one(store.reader())
        .await
        .map_err(failed("counting officers"))?;
    if count > 0 {
        return Ok(None);
    }
    let login = format!("demo-{institution}");
    let password = random_hex(9);
    match add(store, &login, Some(institution), &password, now).await {
        Ok(enrolment) => Ok(Some((login, password, enrolment))),
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
    /// Too many sign-ins at once: this one was not verified (503, try again shortly).
    Busy,
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

/// The SHA-256 of a throttling subject: what someone typed as a login is not kept as typed.
pub(crate) fn subject_key(kind: &str, value: &str) -> String {
    sha256_hex(&format!("{kind}:{value}"))
}

/// Counts an attempt for `subject`, in one statement (so that attempts arriving at once each
/// see the others'): its count within the current window, this one included. A window starts
/// with the first attempt after the last one ended.
pub(crate) async fn count_attempt(
    store: &Store,
    subject: &str,
    now: i64,
) -> Result<i64, StoreError> {
    sqlx::query_scalar(
        "INSERT INTO login_attempts (subject, window_start, attempts) VALUES ($1, $2, 1) \
         ON CONFLICT (subject) DO UPDATE SET \
         attempts = CASE WHEN login_attempts.window_start <= $3 THEN 1 ELSE login_attempts.attempts + 1 END, \
         window_start = CASE WHEN login_attempts.window_start <= $3 THEN $2 ELSE login_attempts.window_start END \
         RETURNING attempts",
    )
    .bind(subject)
    .bind(now)
    .bind(now - FAILURE_WINDOW_MS)
    .fetch_one(store.writer())
    .await
    .map_err(failed("counting a sign-in attempt"))
}

/// Takes back an attempt counted for `subject` (it turned out not to be a wrong password).
async fn uncount_attempt<'e, E>(executor: E, subject: &str) -> Result<(), StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "UPDATE login_attempts SET attempts = attempts - 1 WHERE subject = $1 AND attempts > 0",
    )
    .bind(subject)
    .execute(executor)
    .await
    .map_err(failed("counting a sign-in attempt"))?;
    Ok(())
}

/// Forgets the sign-in counts whose window has ended: they serve nothing after it.
pub async fn forget_attempts(store: &Store, now: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM login_attempts WHERE window_start <= $1")
        .bind(now - FAILURE_WINDOW_MS)
        .execute(store.writer())
        .await
        .map_err(failed("forgetting old sign-in attempts"))?;
    Ok(())
}

/// A hash that costs what a real verification costs, for logins that do not exist: argon2's
/// parameters, as every officer's hash has them (see [`hash`]), over a fixed salt. Made, not
/// computed: a hash computed here would be one argon2 run outside the turns of
/// [`argon2_turn`], the first time, with memory of its own. Its output (zeros) is no password's
/// hash, and a login that does not exist is refused whatever it matches.
fn decoy() -> String {
    let params = argon2::Params::default();
    format!(
        "$argon2id$v=19$m={},t={},p={}$a3otaWluLWRlY295LXNhbHQ${}",
        params.m_cost(),
        params.t_cost(),
        params.p_cost(),
        "A".repeat(43)
    )
}

/// What an officer types to sign in.
#[derive(Debug, Clone, Copy)]
pub struct Credentials<'a> {
    /// The login.
    pub login: &'a str,
    /// The password.
    pub password: &'a str,
    /// The six digits of the authenticator app (the second factor).
    pub code: &'a str,
}

/// Whether `code` is the officer's for a step around `now` later than the last one accepted,
/// taking that step in the same statement (so that a code replayed, even at once, is refused).
async fn code_accepted(
    store: &Store,
    login: &str,
    secret: &str,
    code: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let Some(step) = crate::second_factor::step_of(secret, login, code, now) else {
        return Ok(false);
    };
    let taken = sqlx::query(
        "UPDATE staff SET totp_step = $1 WHERE login = $2 AND (totp_step IS NULL OR totp_step < $1)",
    )
    .bind(step)
    .bind(login)
    .execute(store.writer())
    .await
    .map_err(failed("taking a one-time code"))?
    .rows_affected();
    Ok(taken == 1)
}

/// Signs an officer in from `address`: a new session, or why not. The attempt is counted per
/// address and per login before the password is verified, so that however many arrive at
/// once, at most [`MAX_FAILURES_PER_LOGIN`] wrong passwords per login and
/// [`MAX_FAILURES_PER_ADDRESS`] per address are verified within a window. Every attempt counted
/// costs one argon2 verification, whether the login exists or not, so that time tells nothing
/// either; verifications run at most a few at once, and an attempt that waited too long for
/// its turn is [`SignInError::Busy`] (and not counted).
pub async fn sign_in(
    store: &Store,
    credentials: &Credentials<'_>,
    address: &str,
    now: i64,
) -> Result<SignedIn, SignInError> {
    let Credentials {
        login,
        password,
        code,
    } = *credentials;
    let by_address = subject_key("address", address);
    let by_login = subject_key("login", login);
    // The address first: a flood of logins from one address stops at its count.
    if count_attempt(store, &by_address, now).await? > MAX_FAILURES_PER_ADDRESS
        || count_attempt(store, &by_login, now).await? > MAX_FAILURES_PER_LOGIN
    {
        return Err(SignInError::Throttled);
    }
    #[derive(sqlx::FromRow)]
    struct Account {
        password_hash: String,
        institution: Option<String>,
        disabled: i64,
        totp_secret: Option<String>,
    }
    // A login no officer can have (a NUL, a space, 10 KB) is no officer's, without asking the
    // database (PostgreSQL refuses a NUL outright).
    let account: Option<Account> = if login_shape(login) {
        sqlx::query_as(
            "SELECT password_hash, institution, disabled, totp_secret FROM staff WHERE login = $1",
        )
        .bind(login)
        .fetch_optional(store.reader())
        .await
        .map_err(failed("reading an officer"))?
    } else {
        None
    };
    let (phc, institution, disabled) = match &account {
        Some(a) => (
            a.password_hash.clone(),
            a.institution.clone(),
            a.disabled != 0,
        ),
        None => (decoy(), None, true),
    };
    let Some(password_matches) = verify(password.to_string(), phc).await else {
        uncount_attempt(store.writer(), &by_address).await?;
        uncount_attempt(store.writer(), &by_login).await?;
        return Err(SignInError::Busy);
    };
    // The code only after the password, and the same answer for either wrong: an attacker
    // learns nothing of the password from a code refused.
    let matches = password_matches
        && !disabled
        && match account.as_ref().and_then(|a| a.totp_secret.as_deref()) {
            Some(secret) => code_accepted(store, login, secret, code, now).await?,
            None => {
                tracing::warn!("an officer without a second factor signed in: give one with `kz-iin-server staff password`");
                true
            }
        };
    if !matches || account.is_none() {
        // Audited when the login is an officer's: the audit is kept for ever, and a failure for
        // a login that exists nowhere is about no one (and would let anyone grow the table);
        // the log counts those, without what was typed.
        if account.is_some() {
            crate::audit::append(
                store,
                login,
                crate::audit::Action::SignInFailed,
                None,
                institution.as_deref(),
                now,
            )
            .await?;
        } else {
            tracing::info!("a sign-in for a login that is no officer's failed");
        }
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
    // A right password is no failure: the login's count starts again, the address's loses it.
    sqlx::query("DELETE FROM login_attempts WHERE subject = $1")
        .bind(&by_login)
        .execute(&mut *tx)
        .await
        .map_err(failed("forgetting failures"))?;
    uncount_attempt(&mut *tx, &by_address).await?;
    crate::audit::record(
        &mut *tx,
        login,
        crate::audit::Action::SignIn,
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

/// How long a session may last: without use, and at most in all (signed in at 8, out at 20
/// however busy the day), in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetime {
    /// Since its last use.
    pub idle_ms: i64,
    /// Since it was opened.
    pub max_ms: i64,
}

/// The officer of a session token, if the session is open, used within the lifetime's idle
/// time, opened within its maximum, and its account still on. An expired or disabled one is
/// ended here.
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store) -> Result<(), kz_iin_server::store::StoreError> {
/// use kz_iin_server::staff::{session, Lifetime};
/// let life = Lifetime { idle_ms: 30 * 60_000, max_ms: 12 * 3_600_000 };
/// assert!(session(&store, "no such token", 0, life).await?.is_none());
/// # Ok(()) }
/// ```
pub async fn session(
    store: &Store,
    token: &str,
    now: i64,
    life: Lifetime,
) -> Result<Option<Officer>, StoreError> {
    let key = sha256_hex(token);
    #[derive(sqlx::FromRow)]
    struct SessionRow {
        login: String,
        csrf: String,
        seen_at: i64,
        institution: Option<String>,
        disabled: i64,
        created_at: i64,
    }
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT s.login, s.csrf, s.seen_at, st.institution, st.disabled, s.created_at FROM sessions s \
         JOIN staff st ON st.login = s.login WHERE s.token_sha256 = $1",
    )
    .bind(&key)
    .fetch_optional(store.reader())
    .await
    .map_err(failed("reading a session"))?;
    let Some(SessionRow {
        login,
        csrf,
        seen_at: seen,
        institution,
        disabled,
        created_at: created,
    }) = row
    else {
        return Ok(None);
    };
    if disabled != 0 || now - seen > life.idle_ms || now - created > life.max_ms {
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

/// Signs an officer out: the session ends, and the audit says so.
pub async fn sign_out(
    store: &Store,
    officer: &Officer,
    token: &str,
    now: i64,
) -> Result<(), StoreError> {
    end(store, token).await?;
    crate::audit::append(
        store,
        &officer.login,
        crate::audit::Action::SignOut,
        None,
        officer.institution.as_deref(),
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reused_work_memory_verifies_what_argon2_hashed_and_nothing_else() {
        let salt = SaltString::encode_b64(b"a salt of sixteen").unwrap();
        let phc = Argon2::default()
            .hash_password(b"correct horse battery", &salt)
            .unwrap()
            .to_string();
        let mut memory = Vec::new();
        assert!(matches_phc(b"correct horse battery", &phc, &mut memory));
        let used = memory.len();
        assert!(!matches_phc(b"correct horse batterz", &phc, &mut memory));
        assert_eq!(memory.len(), used, "the same memory, not a new one");
        assert!(!matches_phc(b"anything", "not a PHC string", &mut memory));
        assert!(!matches_phc(
            b"",
            "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$",
            &mut memory
        ));
    }

    #[test]
    fn the_decoy_costs_what_an_officers_hash_costs_and_matches_no_password() {
        let salt = SaltString::encode_b64(b"a salt of sixteen").unwrap();
        let real = Argon2::default().hash_password(b"pw", &salt).unwrap();
        let decoy = decoy();
        let decoy = PasswordHash::new(&decoy).unwrap();
        assert_eq!(decoy.algorithm, real.algorithm);
        assert_eq!(decoy.version, real.version);
        assert_eq!(
            argon2::Params::try_from(&decoy).unwrap(),
            argon2::Params::try_from(&real).unwrap()
        );
        assert_eq!(decoy.hash.unwrap().len(), real.hash.unwrap().len());
        // Computed in full: argon2 takes its salt and output as they are.
        let mut salt = [0u8; 64];
        let salt = decoy.salt.unwrap().decode_b64(&mut salt).unwrap();
        let mut out = vec![0u8; decoy.hash.unwrap().len()];
        let params = argon2::Params::try_from(&decoy).unwrap();
        Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
            .hash_password_into(b"no such officer", salt, &mut out)
            .unwrap();
        let mut memory = Vec::new();
        assert!(!matches_phc(
            b"no such officer",
            &decoy.to_string(),
            &mut memory
        ));
    }
}
