//! The key that signs the documents (SIGNING_KEY) and the public keys that verify them.
//!
//! The private key comes from SIGNING_KEY (an Ed25519 key as PKCS#8 PEM, or its 32-byte seed in
//! 64 hex digits), which a host keeps in its secret store; without it, one is made on first
//! start and kept in the database (a warning says so, outside the demo). Every public key that
//! has been in use is kept in `signing_keys`, so that after a rotation the documents signed
//! before still verify: `GET /.well-known/kz-iin/keys.json` lists them all, the current first.

use ed25519_dalek::pkcs8::DecodePrivateKey as _;
use kz_iin::seal::{PublicKey, SealKey};

use crate::store::{failed, Store, StoreError};

/// What signs the documents: the key, and the service's URL (their issuer).
#[derive(Debug)]
pub struct Signing {
    /// The current signing key.
    pub key: SealKey,
    /// The service's public URL, without a trailing slash.
    pub issuer: String,
    /// The JWK set as last read, and when: keys.json answers from it for a minute rather than
    /// read the database for every anonymous request.
    pub published: std::sync::Mutex<Option<(std::time::Instant, String)>>,
}

/// A seed from 64 hex digits.
fn seed_of_hex(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut seed = [0u8; 32];
    for (i, byte) in seed.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(seed)
}

/// The key SIGNING_KEY gives: PKCS#8 PEM (`openssl genpkey -algorithm ed25519`) or 64 hex.
///
/// # Example
/// ```
/// use kz_iin_server::signing::parse;
/// let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDHOYCQxOrV2fSPFpgNK8oRoojPaa1qo3jaUf7g1tb98\n-----END PRIVATE KEY-----\n";
/// let hex = "31ce6024313ab5767d23c5a6034af28468a233da6b5aa8de36947fb835b5bf7c";
/// assert_eq!(parse(pem).unwrap().public(), parse(hex).unwrap().public());
/// assert!(parse("not a key").is_none());
/// ```
pub fn parse(text: &str) -> Option<SealKey> {
    if text.contains("-----BEGIN") {
        let key = ed25519_dalek::SigningKey::from_pkcs8_pem(text.trim()).ok()?;
        return Some(SealKey::from_seed(key.to_bytes()));
    }
    seed_of_hex(text).map(SealKey::from_seed)
}

/// The signing key: SIGNING_KEY's, else the one kept in the database (made on first start). Its
/// public key is added to the keys ever used.
pub async fn load(
    store: &Store,
    configured: Option<&str>,
    now_ms: i64,
) -> Result<SealKey, StoreError> {
    let key = match configured {
        Some(text) => parse(text).ok_or_else(|| {
            StoreError(
                "SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM, or 64 hex digits".into(),
            )
        })?,
        None => {
            // Two processes starting at once: the first insert wins, both read it back.
            sqlx::query("INSERT INTO service_settings (name, value) VALUES ('signing_key', $1) ON CONFLICT (name) DO NOTHING")
                .bind(crate::secrets::random_hex(32))
                .execute(store.writer())
                .await
                .map_err(failed("keeping the signing key"))?;
            let kept: String =
                sqlx::query_scalar("SELECT value FROM service_settings WHERE name = 'signing_key'")
                    .fetch_one(store.writer())
                    .await
                    .map_err(failed("reading the signing key"))?;
            seed_of_hex(&kept)
                .map(SealKey::from_seed)
                .ok_or_else(|| StoreError("the signing key in the database is broken".into()))?
        }
    };
    let public = key.public();
    let retired: Option<Option<i64>> =
        sqlx::query_scalar("SELECT retired_at FROM signing_keys WHERE kid = $1")
            .bind(public.kid())
            .fetch_optional(store.writer())
            .await
            .map_err(failed("reading the signing keys"))?;
    if matches!(retired, Some(Some(_))) {
        return Err(StoreError(
            "this signing key was retired (kz-iin-server keys retire): start with another SIGNING_KEY"
                .into(),
        ));
    }
    if configured.is_some() {
        let kept: Option<String> =
            sqlx::query_scalar("SELECT value FROM service_settings WHERE name = 'signing_key'")
                .fetch_optional(store.writer())
                .await
                .map_err(failed("reading the signing key"))?;
        if let Some(old) = kept.as_deref().and_then(seed_of_hex) {
            tracing::warn!(kid = %SealKey::from_seed(old).public().kid(), "a signing key made before SIGNING_KEY is still kept in the database, and keys.json still lists it: once its documents need not verify, retire it (kz-iin-server keys retire KID) and delete it (DELETE FROM service_settings WHERE name = 'signing_key')");
        }
    }
    sqlx::query(
        "INSERT INTO signing_keys (kid, x, first_used_at) VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING",
    )
    .bind(public.kid())
    .bind(public.x())
    .bind(now_ms)
    .execute(store.writer())
    .await
    .map_err(failed("recording the signing key"))?;
    Ok(key)
}

/// Every public key that has signed and is not retired, the most recent first.
pub async fn public_keys(store: &Store) -> Result<Vec<PublicKey>, StoreError> {
    let rows: Vec<String> = sqlx::query_scalar(
        "SELECT x FROM signing_keys WHERE retired_at IS NULL ORDER BY first_used_at DESC, kid",
    )
    .fetch_all(store.reader())
    .await
    .map_err(failed("reading the signing keys"))?;
    Ok(rows
        .iter()
        .filter_map(|x| PublicKey::from_jwk_x(x))
        .collect())
}

/// The key the service signs with, without making one: SIGNING_KEY's, else the one kept in the
/// database, if any (for `kz-iin-server keys`, which changes nothing).
pub async fn current(
    store: &Store,
    configured: Option<&str>,
) -> Result<Option<PublicKey>, StoreError> {
    if let Some(text) = configured {
        return parse(text).map(|k| Some(k.public())).ok_or_else(|| {
            StoreError(
                "SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM, or 64 hex digits".into(),
            )
        });
    }
    let kept: Option<String> =
        sqlx::query_scalar("SELECT value FROM service_settings WHERE name = 'signing_key'")
            .fetch_optional(store.reader())
            .await
            .map_err(failed("reading the signing key"))?;
    Ok(kept
        .as_deref()
        .and_then(seed_of_hex)
        .map(|seed| SealKey::from_seed(seed).public()))
}

/// Retires a public key: keys.json no longer lists it, so what it signed no longer verifies (a
/// key that leaked). The key the service signs with now cannot be retired. Whether one was.
pub async fn retire(
    store: &Store,
    kid: &str,
    current: Option<&PublicKey>,
    now_ms: i64,
) -> Result<bool, StoreError> {
    if current.is_some_and(|k| k.kid() == kid) {
        return Err(StoreError(
            "that is the key the service signs with: start with a new SIGNING_KEY first".into(),
        ));
    }
    let done = sqlx::query(
        "UPDATE signing_keys SET retired_at = $1 WHERE kid = $2 AND retired_at IS NULL",
    )
    .bind(now_ms)
    .bind(kid)
    .execute(store.writer())
    .await
    .map_err(failed("retiring a signing key"))?;
    Ok(done.rows_affected() > 0)
}

/// A JWK set (RFC 7517) of `current` then the others.
///
/// # Example
/// ```
/// use kz_iin::seal::SealKey;
/// let (a, b) = (SealKey::from_seed([1; 32]).public(), SealKey::from_seed([2; 32]).public());
/// let set: serde_json::Value = serde_json::from_str(&kz_iin_server::signing::jwk_set(&b, &[a, b])).unwrap();
/// assert_eq!(set["keys"][0]["kid"], b.kid());
/// assert_eq!(set["keys"].as_array().unwrap().len(), 2);
/// ```
pub fn jwk_set(current: &PublicKey, all: &[PublicKey]) -> String {
    let keys: Vec<String> = std::iter::once(current)
        .chain(all.iter().filter(|k| *k != current))
        .map(PublicKey::jwk)
        .collect();
    format!("{{\"keys\":[{}]}}", keys.join(","))
}
