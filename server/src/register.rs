//! The register's keyed hashes: an IIN, and a person (citizenship, document number, date of
//! birth), as HMAC-SHA-256 under a key of the service. Uniqueness is checked on these, so it
//! holds after the applications are erased without keeping an IIN or a name in clear; and
//! without the key a stolen table cannot be reversed by trying every possible IIN (there are
//! fewer than 10^12).
//!
//! The key comes from REGISTER_KEY (64 hex digits), which a host keeps apart from the data;
//! without it, one is made on first start and kept in the database.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::Row;

use crate::store::{Store, StoreError};

/// The register's key.
#[derive(Clone)]
pub struct RegisterKey([u8; 32]);

impl std::fmt::Debug for RegisterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RegisterKey(..)")
    }
}

fn failed(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError(format!("{what}: {e}"))
}

fn from_hex(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

impl RegisterKey {
    /// A key from 64 hex digits.
    ///
    /// # Example
    /// ```
    /// use kz_iin_server::register::RegisterKey;
    /// let key = RegisterKey::from_hex(&"ab".repeat(32)).unwrap();
    /// assert_eq!(key.iin("960340000514"), key.iin("960340000514"));
    /// assert_ne!(key.iin("960340000514"), key.iin("990140004654"));
    /// assert!(RegisterKey::from_hex("short").is_none());
    /// ```
    pub fn from_hex(text: &str) -> Option<RegisterKey> {
        from_hex(text).map(RegisterKey)
    }

    /// The key REGISTER_KEY gives, else the one kept in the database (made on first use).
    pub async fn load(store: &Store, configured: Option<&str>) -> Result<RegisterKey, StoreError> {
        if let Some(text) = configured {
            return RegisterKey::from_hex(text)
                .ok_or_else(|| StoreError("REGISTER_KEY must be 64 hex digits".into()));
        }
        sqlx::query("INSERT INTO service_settings (name, value) VALUES ('register_key', $1) ON CONFLICT (name) DO NOTHING")
            .bind(crate::staff::random_hex(32))
            .execute(store.writer())
            .await
            .map_err(failed("keeping the register's key"))?;
        let text: String =
            sqlx::query("SELECT value FROM service_settings WHERE name = 'register_key'")
                .fetch_one(store.writer())
                .await
                .map_err(failed("reading the register's key"))?
                .try_get(0)
                .map_err(failed("reading the register's key"))?;
        RegisterKey::from_hex(&text)
            .ok_or_else(|| StoreError("the register's key in the database is broken".into()))
    }

    fn mac(&self, parts: &[&str]) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("HMAC takes any key length");
        for part in parts {
            mac.update(part.as_bytes());
            // A separator no value holds, so that ("AB", "C") and ("A", "BC") differ.
            mac.update(&[0]);
        }
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The key of an IIN (12 ASCII digits).
    pub fn iin(&self, iin: &str) -> String {
        self.mac(&["iin", iin])
    }

    /// The key of a person: citizenship, identity document number and date of birth, as the
    /// core normalised them.
    pub fn person(&self, citizenship: &str, document_number: &str, birth_date: &str) -> String {
        self.mac(&["person", citizenship, document_number, birth_date])
    }
}
