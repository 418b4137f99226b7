//! "Where is my application?": the sender of an application, with its receipt and its access
//! code, learns where it stands: received, certified or refused, when, and what to do next. No
//! IIN, no name, nothing personal: after retention the status remains, without the reason. A
//! wrong code is the same answer as an unknown receipt, and tries are counted per receipt and
//! per address before the code is compared.

use kz_iin::messages::{status_text, StatusText};
use kz_iin::Lang;

use crate::officers::Status;
use crate::register::{RegisterKey, ACCESS_ALPHABET};
use crate::store::{failed, Store, StoreError};

/// Tries per receipt within the window (15 minutes), right or wrong.
pub const TRIES_PER_RECEIPT: i64 = 10;
/// Tries per client address within the window.
pub const TRIES_PER_ADDRESS: i64 = 30;

/// A receipt as typed (see [`crate::store::receipt`]).
pub use crate::store::receipt;

/// An access code as typed, as the service writes it: capitals, spaces and dashes anywhere, the
/// look-alikes read as what they look like (O as 0 is no symbol of ours: refused); `None` when it
/// is not 12 symbols of the alphabet.
///
/// # Example
/// ```
/// use kz_iin_server::status::access_code;
/// assert_eq!(access_code("7kqm 2xwa pd9r").as_deref(), Some("7KQM-2XWA-PD9R"));
/// assert_eq!(access_code("7KQM-2XWA-PD9"), None);
/// assert_eq!(access_code("7KQM-2XWA-PD9O"), None);
/// ```
pub fn access_code(typed: &str) -> Option<String> {
    if typed.len() > 64 {
        return None;
    }
    let symbols: Vec<u8> = typed
        .bytes()
        .filter(|b| !matches!(b, b' ' | b'-' | b'\t'))
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if symbols.len() != 12 || !symbols.iter().all(|b| ACCESS_ALPHABET.contains(b)) {
        return None;
    }
    let mut code = String::with_capacity(14);
    for (n, b) in symbols.iter().enumerate() {
        if n > 0 && n % 4 == 0 {
            code.push('-');
        }
        code.push(char::from(*b));
    }
    Some(code)
}

/// Where an application stands, as its sender may know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// Received, certified or refused.
    pub status: Status,
    /// When it was received (ms since 1970, UTC).
    pub received_at: i64,
    /// When it was decided.
    pub decided_at: Option<i64>,
    /// The institution's id.
    pub institution: String,
    /// A refusal's reason, as the notice gives it: the standard reason (Kazakh, Russian) or the
    /// officer's words; `None` once retention erased it.
    pub reason: Option<Reason>,
}

/// A refusal's reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A standard reason, in Kazakh and Russian.
    Standard(String, String),
    /// The officer's own words.
    Written(String),
}

impl Standing {
    /// What to do next, in the sender's language.
    ///
    /// # Example
    /// ```
    /// use kz_iin_server::status::{Reason, Standing};
    /// use kz_iin_server::officers::Status;
    /// let refused = Standing { status: Status::Refused, received_at: 0, decided_at: Some(1), institution: "deu".into(), reason: Some(Reason::Standard("себеп".into(), "причина".into())) };
    /// assert!(refused.next_step(kz_iin::Lang::Ru).ends_with(": причина"));
    /// assert!(refused.next_step(kz_iin::Lang::Kk).ends_with(": себеп"));
    /// ```
    pub fn next_step(&self, lang: Lang) -> String {
        let institution = kz_iin::data::institution(&self.institution)
            .map_or(self.institution.clone(), |i| i.name(lang).to_string());
        let fill = |key, values: &[&str]| kz_iin::messages::fill_in(status_text(lang, key), values);
        match (self.status, &self.reason) {
            (Status::Received, _) => fill(StatusText::NextReceived, &[&institution]),
            (Status::Certified, _) => fill(StatusText::NextCertified, &[&institution]),
            (Status::Refused, None) => fill(StatusText::NextRefusedErased, &[&institution]),
            (Status::Refused, Some(Reason::Written(words))) => {
                fill(StatusText::NextRefused, &[&institution, words])
            }
            // The notice is in Kazakh and Russian: English readers get the Russian.
            (Status::Refused, Some(Reason::Standard(kk, ru))) => {
                let words = if lang == Lang::Kk { kk } else { ru };
                fill(StatusText::NextRefused, &[&institution, words])
            }
        }
    }
}

/// Why a status was not told.
#[derive(Debug)]
pub enum Untold {
    /// Too many tries for this receipt or from this address: wait.
    Throttled,
    /// No application has this receipt and code (the same for a wrong code).
    NotFound,
    /// The database failed.
    Store(StoreError),
}

impl From<StoreError> for Untold {
    fn from(e: StoreError) -> Self {
        Untold::Store(e)
    }
}

#[derive(sqlx::FromRow)]
struct StandingRow {
    id: String,
    institution: String,
    status: String,
    received_at: i64,
    decided_at: Option<i64>,
    reason: Option<String>,
    standard_kk: Option<String>,
    standard_ru: Option<String>,
}

/// The standing of the application with this receipt, if `code` is its access code: each try
/// counted first, per receipt and per address (`address` as the limits know the client).
///
/// # Example
/// ```no_run
/// # async fn run(store: kz_iin_server::store::Store, key: kz_iin_server::register::RegisterKey) {
/// use kz_iin_server::status::{look_up, Untold};
/// let told = look_up(&store, &key, "DEU-2026-000123", "7KQM-2XWA-PD9R", "192.0.2.1", 0).await;
/// assert!(matches!(told, Err(Untold::NotFound)));
/// # }
/// ```
pub async fn look_up(
    store: &Store,
    key: &RegisterKey,
    typed_receipt: &str,
    typed_code: &str,
    address: &str,
    now: i64,
) -> Result<Standing, Untold> {
    let by_address = crate::staff::count_attempt(store, &subject("address", address), now).await?;
    // An address over its limit counts against no receipt: else, from one address, each try
    // after the thirtieth would go on locking a receipt after another (they are sequential)
    // out of its own sender's reach.
    if by_address > TRIES_PER_ADDRESS {
        return Err(Untold::Throttled);
    }
    let (Some(receipt), Some(code)) = (receipt(typed_receipt), access_code(typed_code)) else {
        return Err(Untold::NotFound);
    };
    let by_receipt = crate::staff::count_attempt(store, &subject("receipt", &receipt), now).await?;
    if by_receipt > TRIES_PER_RECEIPT {
        return Err(Untold::Throttled);
    }
    let row: Option<StandingRow> = sqlx::query_as(
        "SELECT a.id, a.institution, a.status, a.received_at, a.decided_at, \
         d.reason, d.standard_kk, d.standard_ru \
         FROM applications a LEFT JOIN decisions d ON d.application_id = a.id WHERE a.receipt = $1",
    )
    .bind(&receipt)
    .fetch_optional(store.reader())
    .await
    .map_err(failed("reading an application's status"))?;
    let row = row
        .filter(|r| crate::secrets::same_secret(&key.access_code(&r.id), &code))
        .ok_or(Untold::NotFound)?;
    let reason = match (row.standard_kk, row.standard_ru, row.reason) {
        (Some(kk), Some(ru), _) if !kk.trim().is_empty() || !ru.trim().is_empty() => {
            Some(Reason::Standard(kk, ru))
        }
        (_, _, Some(words)) if !words.trim().is_empty() => Some(Reason::Written(words)),
        _ => None,
    };
    Ok(Standing {
        status: Status::parse(&row.status).unwrap_or(Status::Received),
        received_at: row.received_at,
        decided_at: row.decided_at,
        institution: row.institution,
        reason,
    })
}

/// The throttling subject of a status try (kept as its SHA-256, like sign-ins').
fn subject(kind: &str, value: &str) -> String {
    crate::staff::subject_key(&format!("status-{kind}"), value)
}
