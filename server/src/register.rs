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

use crate::store::{failed, Store, StoreError};

/// The register's key.
#[derive(Clone)]
pub struct RegisterKey([u8; 32]);

impl std::fmt::Debug for RegisterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RegisterKey(..)")
    }
}

/// A setting of the service kept in the database, if any.
async fn setting(store: &Store, name: &str) -> Result<Option<String>, StoreError> {
    sqlx::query_scalar("SELECT value FROM service_settings WHERE name = $1")
        .bind(name)
        .fetch_optional(store.writer())
        .await
        .map_err(failed("reading the service's settings"))
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

/// The symbols of an access code: digits and capitals without those read as others (0 and O;
/// 1, I and L) and U (Crockford's choice: read as V).
pub const ACCESS_ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

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

    /// The key REGISTER_KEY gives, else the one kept in the database (made on first use),
    /// checked against the fingerprint of the key the register was made with. A different key,
    /// or none where the register was made with REGISTER_KEY, is an error naming the setting,
    /// and nothing is written.
    pub async fn load(store: &Store, configured: Option<&str>) -> Result<RegisterKey, StoreError> {
        let fingerprint = setting(store, "register_key_fingerprint").await?;
        // A register that holds IINs was made with some key: without a fingerprint (a database
        // from before fingerprints), one of its IINs still in clear tells whether this is it.
        let recorded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM register")
            .fetch_one(store.writer())
            .await
            .map_err(failed("reading the register"))?;
        let key = match configured {
            Some(text) => RegisterKey::from_hex(text)
                .ok_or_else(|| StoreError("REGISTER_KEY must be 64 hex digits".into()))?,
            None => {
                match setting(store, "register_key").await? {
                    Some(text) => RegisterKey::from_hex(&text).ok_or_else(|| {
                        StoreError("the register's key in the database is broken".into())
                    })?,
                    None if fingerprint.is_some() || recorded > 0 => return Err(StoreError(
                        "REGISTER_KEY is not set, but this database's register was made with it: \
                         start with the same REGISTER_KEY (without it, no IIN recorded so far \
                         would be found, and uniqueness would silently end)"
                            .into(),
                    )),
                    None => {
                        sqlx::query("INSERT INTO service_settings (name, value) VALUES ('register_key', $1) ON CONFLICT (name) DO NOTHING")
                        .bind(crate::secrets::random_hex(32))
                        .execute(store.writer())
                        .await
                        .map_err(failed("keeping the register's key"))?;
                        let text = setting(store, "register_key").await?.unwrap_or_default();
                        RegisterKey::from_hex(&text).ok_or_else(|| {
                            StoreError("the register's key in the database is broken".into())
                        })?
                    }
                }
            }
        };
        // A database from before fingerprints: the key it kept is the reference, if any.
        let reference = match fingerprint {
            Some(f) => Some(f),
            None => setting(store, "register_key")
                .await?
                .and_then(|text| RegisterKey::from_hex(&text))
                .map(|kept| kept.fingerprint()),
        };
        if reference.is_none() && recorded > 0 {
            let sample: Option<(String, String)> = sqlx::query_as(
                "SELECT r.iin_key, d.iin FROM register r JOIN decisions d ON d.application_id = r.application_id \
                 WHERE d.iin IS NOT NULL LIMIT 1",
            )
            .fetch_optional(store.writer())
            .await
            .map_err(failed("reading the register"))?;
            match sample {
                Some((iin_key, iin)) if key.iin(&iin) != iin_key => {
                    return Err(StoreError(
                        "REGISTER_KEY is not the key this database's register was made with (an \
                         IIN it recorded does not match): start with that key; nothing was written"
                            .into(),
                    ))
                }
                Some(_) => {}
                None => tracing::warn!(
                    "the register's key could not be checked (every IIN it recorded is erased): it \
                     is taken as given and its fingerprint kept from now on"
                ),
            }
        }
        let mismatch = || {
            StoreError(
                "REGISTER_KEY is not the key this database's register was made with: start with \
                 that key (with another, no IIN recorded so far would be found, and uniqueness \
                 would silently end); nothing was written"
                    .into(),
            )
        };
        match reference {
            Some(f) if f != key.fingerprint() => return Err(mismatch()),
            _ => {}
        }
        sqlx::query("INSERT INTO service_settings (name, value) VALUES ('register_key_fingerprint', $1) ON CONFLICT (name) DO NOTHING")
            .bind(key.fingerprint())
            .execute(store.writer())
            .await
            .map_err(failed("keeping the register key's fingerprint"))?;
        // Two processes starting at once with different keys: the one whose fingerprint is
        // not the one kept stops.
        if setting(store, "register_key_fingerprint").await?.as_deref() != Some(&key.fingerprint())
        {
            return Err(mismatch());
        }
        Ok(key)
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

    /// The key of a holder's traits that no new passport changes: citizenship and date of birth.
    /// A new document can be confirmed as the same holder's only when these are the same.
    ///
    /// # Example
    /// ```
    /// let key = kz_iin_server::register::RegisterKey::from_hex(&"ab".repeat(32)).unwrap();
    /// assert_eq!(key.holder("DEU", "1990-05-17"), key.holder("DEU", "1990-05-17"));
    /// assert_ne!(key.holder("DEU", "1990-05-17"), key.holder("AUT", "1990-05-17"));
    /// assert_ne!(key.fingerprint(), kz_iin_server::register::RegisterKey::from_hex(&"cd".repeat(32)).unwrap().fingerprint());
    /// ```
    pub fn holder(&self, citizenship: &str, birth_date: &str) -> String {
        self.mac(&["holder", citizenship, birth_date])
    }

    /// The fingerprint of the key, kept with the data: a start with another key is refused
    /// (every hash the register holds would then match nothing, silently ending uniqueness).
    pub fn fingerprint(&self) -> String {
        self.mac(&["kz-iin register key fingerprint"])
    }

    /// The access code of an application: what its sender types, with the receipt, to see where
    /// it stands. Derived from the application's id with this key (so it is kept nowhere, and
    /// only this service can tell it): 12 symbols of [`ACCESS_ALPHABET`] (58 bits), grouped by
    /// four.
    ///
    /// # Example
    /// ```
    /// let key = kz_iin_server::register::RegisterKey::from_hex(&"ab".repeat(32)).unwrap();
    /// let code = key.access_code("9b2f4c1e-5d0a-4f3e-8f6a-2b7c9d1e0a11");
    /// assert_eq!(code.len(), 14);
    /// assert_eq!(code, key.access_code("9b2f4c1e-5d0a-4f3e-8f6a-2b7c9d1e0a11"));
    /// assert_ne!(code, key.access_code("another id"));
    /// assert!(code.split('-').all(|g| g.len() == 4));
    /// ```
    pub fn access_code(&self, application_id: &str) -> String {
        let digest = self.mac(&["access code", application_id]);
        let mut code = String::with_capacity(14);
        for (n, pair) in digest.as_bytes().chunks(4).take(12).enumerate() {
            if n > 0 && n % 4 == 0 {
                code.push('-');
            }
            // Four hex digits, 16 bits, reduced to one of 30 symbols (a bias of 16 in 65,536).
            let value = std::str::from_utf8(pair)
                .ok()
                .and_then(|h| u16::from_str_radix(h, 16).ok())
                .unwrap_or(0);
            code.push(char::from(
                ACCESS_ALPHABET[usize::from(value) % ACCESS_ALPHABET.len()],
            ));
        }
        code
    }

    /// The mark of the browser that sent an application under `key` with the form without
    /// script: its confirmation page shows the access code only to a request carrying it (keys
    /// are the client's choice, and may be guessed).
    ///
    /// # Example
    /// ```
    /// let key = kz_iin_server::register::RegisterKey::from_hex(&"ab".repeat(32)).unwrap();
    /// assert_ne!(key.sent_mark("s-1"), key.sent_mark("s-2"));
    /// ```
    pub fn sent_mark(&self, key: &str) -> String {
        self.mac(&["sent", key])
    }

    /// The key of a person: citizenship, identity document number and date of birth, as the
    /// core normalised them.
    pub fn person(&self, citizenship: &str, document_number: &str, birth_date: &str) -> String {
        self.mac(&["person", citizenship, document_number, birth_date])
    }
}
