//! The documents' own proof: a MOSIP Claim 169 identity QR (its published specification, 1.2),
//! that is a CBOR Web Token of what the document prints, signed with COSE_Sign1 (EdDSA,
//! Ed25519), compressed with zlib and written in base45 (RFC 9285), so that a clerk verifies a
//! certificate or a refusal notice offline, with the service's public keys only, and existing
//! Claim 169 readers read it.
//!
//! What the token holds: in the Claim 169 map (CWT claim 169), the number (1: the IIN, or the
//! receipt of a refused application), the names in Latin (4 in full, 5 given, 6 patronymic,
//! 7 surname) and in Cyrillic (19, language 20 `kaz`), the date of birth (8, `YYYYMMDD`), the
//! sex (9: 1 male, 2 female), the citizenship (13, ISO alpha-3) and, for a certificate, the
//! issuing country (23, `KAZ`: a refusal issues no identity, so a generic reader is not told one);
//! beside it, as CWT claims, `iss` (the service's URL), `iat`, and three of private use
//! ([`KIND_CLAIM`], [`DATE_CLAIM`], [`INSTITUTION_CLAIM`]): which document, its date and the
//! institution. The key id (an RFC 7638 thumbprint) is in the protected COSE header.
//!
//! The rules decide here and [`crate::messages::verify_text`] words the verdict.
//!
//! ```
//! use kz_iin::seal::{sign, verify, Facts, Kind, SealKey, Verdict};
//! use kz_iin::{Date, Sex};
//!
//! let key = SealKey::from_seed([7; 32]);
//! let facts = Facts {
//!     kind: Kind::Certificate,
//!     id: "960340000514".into(),
//!     surname_latin: "MULLER".into(),
//!     given_name_latin: "ANNA".into(),
//!     patronymic_latin: String::new(),
//!     name_cyrillic: "МЮЛЛЕР АННА".into(),
//!     birth_date: Date::new(1990, 5, 17).unwrap(),
//!     sex: Some(Sex::Female),
//!     citizenship: "DEU".into(),
//!     institution: "deu".into(),
//!     date: Date::new(2026, 11, 21).unwrap(),
//!     issuer: "https://iin.example.kz".into(),
//!     issued_at: 1_795_000_000,
//! };
//! assert_eq!(facts.name_latin(), "MULLER ANNA");
//! let text = sign(&facts, &key);
//! assert_eq!(verify(&text, &[key.public()]), Verdict::Genuine { facts: Box::new(facts), kid: key.public().kid() });
//!
//! let other = SealKey::from_seed([8; 32]);
//! assert!(matches!(verify(&text, &[other.public()]), Verdict::UnknownKey { .. }));
//! assert_eq!(verify("9603 4000 0514", &[key.public()]), Verdict::OnlyANumber);
//! ```

use crate::prelude::*;

use base64ct::{Base64UrlUnpadded, Encoding as _};
use coset::cbor::value::Value;
use coset::{iana, CborSerializable as _, CoseSign1, CoseSign1Builder, HeaderBuilder};
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest as _, Sha256};

use crate::{Date, Sex};

/// The CWT claim that holds the Claim 169 identity map.
pub const CLAIM_169: i64 = 169;
/// Private-use CWT claim: which document (`certificate` or `refusal`).
pub const KIND_CLAIM: i64 = -70_001;
/// Private-use CWT claim: the document's date, `YYYY-MM-DD`.
pub const DATE_CLAIM: i64 = -70_002;
/// Private-use CWT claim: the institution's id (`deu`, `tur-istanbul`).
pub const INSTITUTION_CLAIM: i64 = -70_003;

/// The longest text [`verify`] reads: a token of this service is well under 1,000 characters.
pub const MAX_TEXT: usize = 8 * 1024;
/// The most a token may inflate to: a decompression bomb stops here.
const MAX_INFLATED: usize = 16 * 1024;

/// Which document a token proves.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::seal::Kind::Refusal.as_str(), "refusal");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The registration certificate (appendix 2); the token's number is the IIN.
    Certificate,
    /// The refusal notice (appendix 3); the token's number is the application's receipt.
    Refusal,
}

impl Kind {
    /// `certificate` or `refusal`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Certificate => "certificate",
            Kind::Refusal => "refusal",
        }
    }

    fn parse(text: &str) -> Option<Kind> {
        match text {
            "certificate" => Some(Kind::Certificate),
            "refusal" => Some(Kind::Refusal),
            _ => None,
        }
    }
}

/// What a document prints and its token proves.
///
/// # Example
/// See the module documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// Which document.
    pub kind: Kind,
    /// The IIN (a certificate) or the receipt (a refusal).
    pub id: String,
    /// The surname in Latin letters, as in the passport.
    pub surname_latin: String,
    /// The given names in Latin letters.
    pub given_name_latin: String,
    /// The patronymic in Latin letters (empty when none).
    pub patronymic_latin: String,
    /// The full name in Cyrillic, as the document prints it.
    pub name_cyrillic: String,
    /// The date of birth.
    pub birth_date: Date,
    /// The sex, when the application gives it.
    pub sex: Option<Sex>,
    /// The citizenship, ISO 3166 alpha-3.
    pub citizenship: String,
    /// The institution's id.
    pub institution: String,
    /// The document's date.
    pub date: Date,
    /// The service's URL.
    pub issuer: String,
    /// When it was signed, in seconds since 1970.
    pub issued_at: i64,
}

impl Facts {
    /// The full name in Latin letters: surname, given names, patronymic.
    ///
    /// # Example
    /// See the module documentation.
    pub fn name_latin(&self) -> String {
        [
            &self.surname_latin,
            &self.given_name_latin,
            &self.patronymic_latin,
        ]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// The service's private key, which signs.
///
/// # Example
/// ```
/// let key = kz_iin::seal::SealKey::from_seed([1; 32]);
/// assert_eq!(key.public().kid().len(), 43);
/// ```
#[derive(Clone)]
pub struct SealKey(SigningKey);

impl core::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "SealKey({})", self.public().kid())
    }
}

impl SealKey {
    /// The key of a 32-byte Ed25519 seed (RFC 8032's private key).
    pub fn from_seed(seed: [u8; 32]) -> SealKey {
        SealKey(SigningKey::from_bytes(&seed))
    }

    /// Its public key.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }
}

/// A public key that verifies, as a JWK set lists it.
///
/// # Example
/// ```
/// use kz_iin::seal::{PublicKey, SealKey};
/// let public = SealKey::from_seed([1; 32]).public();
/// assert_eq!(PublicKey::from_jwk_x(&public.x()), Some(public));
/// assert_eq!(PublicKey::from_jwk_x("not a key"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// The key of a JWK's members: an Ed25519 key (`kty` `OKP`, `crv` `Ed25519`) only.
    ///
    /// # Example
    /// ```
    /// use kz_iin::seal::{PublicKey, SealKey};
    /// let x = SealKey::from_seed([1; 32]).public().x();
    /// assert!(PublicKey::from_jwk("OKP", "Ed25519", &x).is_some());
    /// assert!(PublicKey::from_jwk("EC", "P-256", &x).is_none());
    /// ```
    pub fn from_jwk(kty: &str, crv: &str, x: &str) -> Option<PublicKey> {
        (kty == "OKP" && crv == "Ed25519")
            .then(|| PublicKey::from_jwk_x(x))
            .flatten()
    }

    /// The key of a JWK's `x` (base64url, 32 bytes), if it is a usable Ed25519 key (a point of
    /// small order, which would verify forged signatures, is not).
    pub fn from_jwk_x(x: &str) -> Option<PublicKey> {
        let mut bytes = [0u8; 32];
        let decoded = Base64UrlUnpadded::decode(x.trim(), &mut bytes).ok()?;
        if decoded.len() != 32 {
            return None;
        }
        let key = VerifyingKey::from_bytes(&bytes).ok()?;
        (!key.is_weak()).then_some(PublicKey(key))
    }

    /// The 32 bytes of the key.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// The key as a JWK's `x`: base64url without padding.
    pub fn x(&self) -> String {
        Base64UrlUnpadded::encode_string(self.0.as_bytes())
    }

    /// The key id: its RFC 7638 JWK thumbprint (SHA-256, base64url), so that anyone can
    /// recompute it from the key alone.
    pub fn kid(&self) -> String {
        let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{}"}}"#, self.x());
        Base64UrlUnpadded::encode_string(&Sha256::digest(canonical.as_bytes()))
    }

    /// The key as one JWK (RFC 8037), with its `kid`, `alg` and `use`.
    ///
    /// # Example
    /// ```
    /// let jwk = kz_iin::seal::SealKey::from_seed([1; 32]).public().jwk();
    /// assert!(jwk.starts_with(r#"{"kty":"OKP","crv":"Ed25519","x":""#));
    /// ```
    pub fn jwk(&self) -> String {
        format!(
            r#"{{"kty":"OKP","crv":"Ed25519","x":"{}","kid":"{}","alg":"EdDSA","use":"sig"}}"#,
            self.x(),
            self.kid()
        )
    }
}

/// The token of `facts`, signed with `key`: base45 text, the first QR code's content.
///
/// # Example
/// See the module documentation.
pub fn sign(facts: &Facts, key: &SealKey) -> String {
    let payload = cbor_bytes(claims(facts));
    let protected = HeaderBuilder::new()
        .algorithm(iana::Algorithm::EdDSA)
        .key_id(key.public().kid().into_bytes())
        .build();
    let sign1 = CoseSign1Builder::new()
        .protected(protected)
        .payload(payload)
        .create_signature(b"", |data| key.0.sign(data).to_bytes().to_vec())
        .build();
    // COSE_Sign1 as its tagged CBOR (tag 18), which Claim 169 readers expect; encoding a
    // structure just built cannot fail.
    let cose = coset::TaggedCborSerializable::to_tagged_vec(sign1).unwrap_or_default();
    let zlib = miniz_oxide::deflate::compress_to_vec_zlib(&cose, 9);
    base45::encode(zlib)
}

/// The link a phone's camera opens: `{issuer}/verify#` and the token, percent-encoded where a
/// URL's fragment needs it (the fragment never reaches a server).
///
/// # Example
/// ```
/// assert_eq!(kz_iin::seal::verify_url("https://iin.example.kz/", "NCF A%B"), "https://iin.example.kz/verify#NCF%20A%25B");
/// ```
pub fn verify_url(issuer: &str, token: &str) -> String {
    let mut url = format!("{}/verify#", issuer.trim_end_matches('/'));
    for c in token.chars() {
        match c {
            ' ' => url.push_str("%20"),
            '%' => url.push_str("%25"),
            c => url.push(c),
        }
    }
    url
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn int(i: i64) -> Value {
    Value::Integer(i.into())
}

fn claims(facts: &Facts) -> Value {
    let mut identity = vec![
        (int(1), text(&facts.id)),
        (int(4), text(&facts.name_latin())),
    ];
    for (key, value) in [
        (5, &facts.given_name_latin),
        (6, &facts.patronymic_latin),
        (7, &facts.surname_latin),
    ] {
        if !value.trim().is_empty() {
            identity.push((int(key), text(value.trim())));
        }
    }
    identity.push((int(8), text(&facts.birth_date.to_iso().replace('-', ""))));
    if let Some(sex) = facts.sex {
        identity.push((int(9), int(if sex == Sex::Male { 1 } else { 2 })));
    }
    identity.push((int(13), text(&facts.citizenship)));
    if !facts.name_cyrillic.trim().is_empty() {
        identity.push((int(19), text(facts.name_cyrillic.trim())));
        identity.push((int(20), text("kaz")));
    }
    if facts.kind == Kind::Certificate {
        identity.push((int(23), text("KAZ")));
    }
    Value::Map(vec![
        (int(1), text(&facts.issuer)),
        (int(6), int(facts.issued_at)),
        (int(CLAIM_169), Value::Map(identity)),
        (int(KIND_CLAIM), text(facts.kind.as_str())),
        (int(DATE_CLAIM), text(&facts.date.to_iso())),
        (int(INSTITUTION_CLAIM), text(&facts.institution)),
    ])
}

fn cbor_bytes(value: Value) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing a Value into a Vec cannot fail.
    let _ = coset::cbor::ser::into_writer(&value, &mut out);
    out
}

/// What a text shown to [`verify`] is.
///
/// # Example
/// ```
/// use kz_iin::seal::{verify, Verdict};
/// assert_eq!(verify("hello", &[]).code(), "not_a_document");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signed by one of the keys, unchanged: the facts, as the document prints them.
    Genuine {
        /// What the document says (boxed: the other verdicts are small).
        facts: Box<Facts>,
        /// The id of the key that signed it.
        kid: String,
    },
    /// It has the shape of a token but was changed: its signature or its data do not hold.
    Altered,
    /// Signed, but by a key that none of the keys given is.
    UnknownKey {
        /// The key id the token names (empty when none).
        kid: String,
    },
    /// Digits alone: a number proves nothing about who holds it.
    OnlyANumber,
    /// Not a token of this service at all (empty, too long, other text).
    NotADocument,
}

impl Verdict {
    /// The stable code: `genuine`, `altered`, `unknown_key`, `only_a_number`, `not_a_document`.
    pub fn code(&self) -> &'static str {
        match self {
            Verdict::Genuine { .. } => "genuine",
            Verdict::Altered => "altered",
            Verdict::UnknownKey { .. } => "unknown_key",
            Verdict::OnlyANumber => "only_a_number",
            Verdict::NotADocument => "not_a_document",
        }
    }
}

/// Verifies what a QR code, a link or a person gives: the base45 text, a `…/verify#…` link, or
/// digits, against `keys` (every key the service has signed with). Nothing is looked up: the
/// token is its own proof. Work is bounded: [`MAX_TEXT`] characters, 16 KB inflated.
///
/// # Example
/// See the module documentation.
pub fn verify(text: &str, keys: &[PublicKey]) -> Verdict {
    let Some(token) = token_text(text) else {
        return Verdict::NotADocument;
    };
    if is_number(&token) {
        return Verdict::OnlyANumber;
    }
    let attempt = |t: &str| -> Result<Verdict, Broken> {
        let bytes = base45::decode(t).map_err(|_| Broken::Shape)?;
        // One spelling per token: text that decodes but is not what the bytes encode to (a
        // last pair out of range) is not it.
        if base45::encode(&bytes) != t {
            return Err(Broken::Shape);
        }
        let cose = inflate_whole(&bytes, MAX_INFLATED).ok_or(Broken::Shape)?;
        verify_cose(&cose, keys)
    };
    // A pasted token may end in a space of its own (base45 has one), or gain one: try it as
    // given, then without trailing spaces.
    let outcome = attempt(&token).or_else(|e| match token.trim_end_matches(' ') {
        shorter if shorter.len() < token.len() => attempt(shorter),
        _ => Err(e),
    });
    match outcome {
        Ok(verdict) => verdict,
        Err(_) if looks_like_token(&token) => Verdict::Altered,
        Err(_) => Verdict::NotADocument,
    }
}

/// The zlib stream that is the whole of `input`, inflated to at most `limit` bytes: `None` when
/// it is broken, cut short, larger, or followed by bytes of any kind (miniz_oxide's
/// `decompress_to_vec_zlib` stops at the stream's end and ignores what follows, which would let
/// anything ride along on a genuine token).
fn inflate_whole(input: &[u8], limit: usize) -> Option<Vec<u8>> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    // The whole input at once (no "more input" flag): a stream cut short fails, and at its end
    // the decompressor has read exactly its bytes, the checksum's four included.
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0; limit];
    let mut state = Box::<DecompressorOxide>::default();
    let (status, read, written) = decompress(&mut state, input, &mut out, 0, flags);
    (status == TINFLStatus::Done && read == input.len()).then(|| {
        out.truncate(written);
        out
    })
}

/// Why a text failed before its signature was checked.
#[derive(Debug)]
enum Broken {
    Shape,
}

/// The token in what was given: the part after `#` of a link, percent-decoded; the text without
/// line breaks and leading spaces. `None` when empty or too long.
fn token_text(text: &str) -> Option<String> {
    if text.len() > MAX_TEXT {
        return None;
    }
    let text = match text.split_once('#') {
        Some((_, fragment)) => percent_decode(fragment)?,
        None => text.to_string(),
    };
    let token: String = text
        .chars()
        .filter(|c| !matches!(c, '\r' | '\n' | '\t'))
        .collect::<String>()
        .trim_start()
        .to_string();
    (!token.trim().is_empty()).then_some(token)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Digits alone, however grouped: an IIN typed or read from an old QR code.
fn is_number(text: &str) -> bool {
    let mut digits = 0;
    for c in text.chars() {
        match c {
            c if c.is_ascii_digit() => digits += 1,
            ' ' | '-' => {}
            _ => return false,
        }
    }
    digits > 0
}

/// Whether the text begins as a zlib stream in base45 does (its first two bytes `0x78 ..`):
/// a token that fails later was altered, not something else.
fn looks_like_token(text: &str) -> bool {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let value = |i: usize| {
        text.as_bytes()
            .get(i)
            .and_then(|c| ALPHABET.iter().position(|a| a == c))
    };
    match (value(0), value(1), value(2)) {
        (Some(c), Some(d), Some(e)) => (c + d * 45 + e * 45 * 45) >> 8 == 0x78,
        _ => false,
    }
}

fn verify_cose(bytes: &[u8], keys: &[PublicKey]) -> Result<Verdict, Broken> {
    let sign1 = coset::TaggedCborSerializable::from_tagged_slice(bytes)
        .or_else(|_| CoseSign1::from_slice(bytes))
        .map_err(|_| Broken::Shape)?;
    if sign1.protected.header.alg
        != Some(coset::RegisteredLabelWithPrivate::Assigned(
            iana::Algorithm::EdDSA,
        ))
    {
        return Ok(Verdict::Altered);
    }
    // Nothing unsigned rides along: the service writes an empty unprotected header, and anything
    // in it (up to the inflated bound) would verify with the token as genuine.
    if !sign1.unprotected.is_empty() {
        return Ok(Verdict::Altered);
    }
    // Only the protected header's key id: the unprotected one is not signed.
    let named = String::from_utf8_lossy(&sign1.protected.header.key_id).into_owned();
    let candidates: Vec<&PublicKey> = keys
        .iter()
        .filter(|k| named.is_empty() || k.kid() == named)
        .collect();
    if candidates.is_empty() {
        return Ok(Verdict::UnknownKey { kid: named });
    }
    let signer = candidates.into_iter().find(|key| {
        sign1
            .verify_signature(b"", |signature, data| {
                let signature = Signature::from_slice(signature).map_err(|_| ())?;
                key.0.verify_strict(data, &signature).map_err(|_| ())
            })
            .is_ok()
    });
    let Some(signer) = signer else {
        return Ok(if named.is_empty() {
            Verdict::UnknownKey { kid: named }
        } else {
            Verdict::Altered
        });
    };
    let payload = sign1.payload.as_deref().unwrap_or_default();
    Ok(match facts_of(payload) {
        Some(facts) => Verdict::Genuine {
            facts: Box::new(facts),
            kid: signer.kid(),
        },
        // Signed by the service, yet not a document of its own: nothing it vouches for.
        None => Verdict::NotADocument,
    })
}

/// A date of birth as Claim 169 writes it (`YYYYMMDD`), or as ISO 8601.
fn birth_date(text: &str) -> Option<Date> {
    match text.len() {
        8 if text.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{}-{}-{}", &text[..4], &text[4..6], &text[6..])
                .parse()
                .ok()
        }
        _ => text.parse().ok(),
    }
}

fn facts_of(payload: &[u8]) -> Option<Facts> {
    // One CBOR item and nothing after it.
    let mut rest = payload;
    let claims: Value = coset::cbor::de::from_reader(&mut rest).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let map = claims.as_map()?;
    let get = |map: &[(Value, Value)], key: i64| {
        map.iter()
            .find(|(k, _)| k.as_integer() == Some(key.into()))
            .map(|(_, v)| v.clone())
    };
    let text_of = |map: &[(Value, Value)], key: i64| get(map, key).and_then(|v| v.into_text().ok());
    let identity = get(map, CLAIM_169)?.into_map().ok()?;
    let sex = match get(&identity, 9)
        .and_then(|v| v.as_integer())
        .map(i128::from)
    {
        Some(1) => Some(Sex::Male),
        Some(2) => Some(Sex::Female),
        _ => None,
    };
    Some(Facts {
        kind: Kind::parse(&text_of(map, KIND_CLAIM)?)?,
        id: text_of(&identity, 1)?,
        surname_latin: text_of(&identity, 7).unwrap_or_default(),
        given_name_latin: text_of(&identity, 5).unwrap_or_default(),
        patronymic_latin: text_of(&identity, 6).unwrap_or_default(),
        name_cyrillic: text_of(&identity, 19).unwrap_or_default(),
        birth_date: birth_date(&text_of(&identity, 8)?)?,
        sex,
        citizenship: text_of(&identity, 13).unwrap_or_default(),
        institution: text_of(map, INSTITUTION_CLAIM).unwrap_or_default(),
        date: text_of(map, DATE_CLAIM)?.parse().ok()?,
        issuer: text_of(map, 1).unwrap_or_default(),
        issued_at: get(map, 6)
            .and_then(|v| v.as_integer())
            .and_then(|i| i64::try_from(i128::from(i)).ok())
            .unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            kind: Kind::Refusal,
            id: "DEU-2026-000123".into(),
            surname_latin: "SMITH".into(),
            given_name_latin: "JOHN".into(),
            patronymic_latin: String::new(),
            name_cyrillic: "СМИТ ДЖОН".into(),
            birth_date: Date::new(1985, 1, 2).unwrap(),
            sex: Some(Sex::Male),
            citizenship: "GBR".into(),
            institution: "gbr".into(),
            date: Date::new(2026, 12, 1).unwrap(),
            issuer: "https://iin.example.kz".into(),
            issued_at: 1_796_000_000,
        }
    }

    /// A token of `payload` under a protected header, signed by `key`, as the service writes one.
    fn token(protected: coset::Header, payload: Vec<u8>, key: &SealKey) -> String {
        let sign1 = CoseSign1Builder::new()
            .protected(protected)
            .payload(payload)
            .create_signature(b"", |data| key.0.sign(data).to_bytes().to_vec())
            .build();
        let cose = coset::TaggedCborSerializable::to_tagged_vec(sign1).unwrap();
        base45::encode(miniz_oxide::deflate::compress_to_vec_zlib(&cose, 9))
    }

    fn header(alg: iana::Algorithm, kid: &str) -> coset::Header {
        HeaderBuilder::new()
            .algorithm(alg)
            .key_id(kid.as_bytes().to_vec())
            .build()
    }

    #[test]
    fn a_forger_naming_the_services_key_is_caught_by_the_signature() {
        let (service, forger) = (SealKey::from_seed([1; 32]), SealKey::from_seed([2; 32]));
        let forged = token(
            header(iana::Algorithm::EdDSA, &service.public().kid()),
            cbor_bytes(claims(&facts())),
            &forger,
        );
        assert_eq!(verify(&forged, &[service.public()]), Verdict::Altered);
        // Without a key id, every key is tried, and none is the forger's.
        let unnamed = token(
            HeaderBuilder::new()
                .algorithm(iana::Algorithm::EdDSA)
                .build(),
            cbor_bytes(claims(&facts())),
            &forger,
        );
        assert_eq!(
            verify(&unnamed, &[service.public()]),
            Verdict::UnknownKey { kid: String::new() }
        );
    }

    #[test]
    fn only_eddsa_is_accepted() {
        let key = SealKey::from_seed([1; 32]);
        let other = token(
            header(iana::Algorithm::ES256, &key.public().kid()),
            cbor_bytes(claims(&facts())),
            &key,
        );
        assert_eq!(verify(&other, &[key.public()]), Verdict::Altered);
    }

    #[test]
    fn a_signed_token_that_is_no_document_of_the_service_vouches_for_nothing() {
        let key = SealKey::from_seed([1; 32]);
        let kid = key.public().kid();
        let mut no_kind = claims(&facts());
        if let Value::Map(entries) = &mut no_kind {
            entries.retain(|(k, _)| k.as_integer() != Some(KIND_CLAIM.into()));
        }
        for payload in [cbor_bytes(no_kind), b"\xff\x00".to_vec(), Vec::new()] {
            let t = token(header(iana::Algorithm::EdDSA, &kid), payload, &key);
            assert_eq!(verify(&t, &[key.public()]), Verdict::NotADocument);
        }
    }

    #[test]
    fn claim_169_as_the_specification_writes_it() {
        let claims = claims(&facts());
        let identity = claims
            .as_map()
            .unwrap()
            .iter()
            .find(|(k, _)| k.as_integer() == Some(CLAIM_169.into()))
            .unwrap()
            .1
            .as_map()
            .unwrap()
            .clone();
        let get = |key: i64| {
            identity
                .iter()
                .find(|(k, _)| k.as_integer() == Some(key.into()))
                .map(|(_, v)| v.clone())
        };
        assert_eq!(get(8), Some(text("19850102")), "YYYYMMDD");
        assert_eq!(get(23), None, "a refusal issues no identity");
        let mut certificate = facts();
        certificate.kind = Kind::Certificate;
        assert!(cbor_bytes(self::claims(&certificate))
            .windows(4)
            .any(|w| w == b"cKAZ"));
        // Read back either way.
        assert_eq!(birth_date("19850102"), birth_date("1985-01-02"));
        assert_eq!(birth_date("19851302"), None);
    }

    #[test]
    fn a_signed_payload_with_bytes_after_it_vouches_for_nothing() {
        let key = SealKey::from_seed([1; 32]);
        let mut payload = cbor_bytes(claims(&facts()));
        payload.push(0);
        let t = token(
            header(iana::Algorithm::EdDSA, &key.public().kid()),
            payload,
            &key,
        );
        assert_eq!(verify(&t, &[key.public()]), Verdict::NotADocument);
    }

    #[test]
    fn every_verdict_is_worded_in_every_language() {
        let keys: Vec<&str> = crate::messages::VERIFY_TEXTS
            .iter()
            .map(|(k, _)| *k)
            .collect();
        let mut certificate = facts();
        certificate.kind = Kind::Certificate;
        certificate.id = "960340000514".into();
        let verdicts = [
            Verdict::Genuine {
                facts: Box::new(facts()),
                kid: "k".into(),
            },
            Verdict::Genuine {
                facts: Box::new(certificate),
                kid: "k".into(),
            },
            Verdict::Altered,
            Verdict::UnknownKey { kid: String::new() },
            Verdict::OnlyANumber,
            Verdict::NotADocument,
        ];
        for lang in [crate::Lang::Kk, crate::Lang::Ru, crate::Lang::En] {
            for verdict in &verdicts {
                let report = crate::messages::verdict_report(lang, verdict);
                assert!(
                    !keys.contains(&report.headline.as_str()),
                    "{}",
                    report.headline
                );
                for (label, value) in &report.rows {
                    assert!(
                        !keys.contains(&label.as_str()) && !keys.contains(&value.as_str()),
                        "{label}: {value}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_decompression_bomb_stops_at_the_bound() {
        let zeros = vec![0u8; 4 * 1024 * 1024];
        let bomb = base45::encode(miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9));
        assert!(bomb.len() < MAX_TEXT, "{}", bomb.len());
        assert_eq!(verify(&bomb, &[]), Verdict::Altered);
    }

    #[test]
    fn bytes_after_the_zlib_stream_are_an_altered_token() {
        let key = SealKey::from_seed([9; 32]);
        let keys = [key.public()];
        let token = sign(&facts(), &key);
        let bytes = base45::decode(&token).unwrap();
        assert!(matches!(verify(&token, &keys), Verdict::Genuine { .. }));
        for tail in [&[0u8][..], &[0, 0, 0, 0], b"x", &bytes[bytes.len() - 4..]] {
            let longer = base45::encode([&bytes[..], tail].concat());
            assert_eq!(verify(&longer, &keys), Verdict::Altered, "{tail:?}");
        }
        // A stream cut short is altered too.
        let shorter = base45::encode(&bytes[..bytes.len() - 1]);
        assert_eq!(verify(&shorter, &keys), Verdict::Altered);
    }

    #[test]
    fn a_stream_inflates_whole_to_its_bound_and_no_further() {
        let zlib = |n: usize| miniz_oxide::deflate::compress_to_vec_zlib(&vec![7u8; n], 9);
        assert_eq!(
            inflate_whole(&zlib(MAX_INFLATED), MAX_INFLATED),
            Some(vec![7u8; MAX_INFLATED])
        );
        assert_eq!(inflate_whole(&zlib(MAX_INFLATED + 1), MAX_INFLATED), None);
        assert_eq!(inflate_whole(&zlib(0), MAX_INFLATED), Some(Vec::new()));
        assert_eq!(inflate_whole(&[], MAX_INFLATED), None);
        let whole = zlib(300);
        for cut in [1, 4, 5, whole.len() - 1] {
            assert_eq!(inflate_whole(&whole[..cut], MAX_INFLATED), None, "{cut}");
        }
        // A wrong checksum.
        let mut wrong = whole.clone();
        *wrong.last_mut().unwrap() ^= 1;
        assert_eq!(inflate_whole(&wrong, MAX_INFLATED), None);
    }

    #[test]
    fn anything_in_the_unprotected_header_makes_a_token_altered() {
        let key = SealKey::from_seed([9; 32]);
        let keys = [key.public()];
        let token = sign(&facts(), &key);
        let cose = inflate_whole(&base45::decode(&token).unwrap(), MAX_INFLATED).unwrap();
        let mut sign1: CoseSign1 = coset::TaggedCborSerializable::from_tagged_slice(&cose)
            .or_else(|_| CoseSign1::from_slice(&cose))
            .unwrap();
        sign1.unprotected = coset::HeaderBuilder::new()
            .text_value("note".into(), coset::cbor::Value::Bytes(vec![0; 4000]))
            .build();
        let riding = coset::CborSerializable::to_vec(sign1).unwrap();
        let text = base45::encode(miniz_oxide::deflate::compress_to_vec_zlib(&riding, 9));
        assert_eq!(verify(&text, &keys), Verdict::Altered);
    }

    #[test]
    fn a_key_of_small_order_is_refused() {
        // The identity point: it would "verify" forged signatures.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        assert_eq!(
            PublicKey::from_jwk_x(&Base64UrlUnpadded::encode_string(&identity)),
            None
        );
    }

    #[test]
    fn links_and_pasted_text_are_read_as_the_token() {
        let key = SealKey::from_seed([9; 32]);
        let t = sign(&facts(), &key);
        let keys = [key.public()];
        let url = verify_url("https://iin.example.kz", &t);
        for given in [
            url.clone(),
            format!("{t}\n"),
            format!("  {t}"),
            t.chars()
                .collect::<Vec<_>>()
                .chunks(40)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("\r\n"),
        ] {
            assert_eq!(verify(&given, &keys).code(), "genuine", "{given}");
        }
        assert_eq!(verify("https://x/verify#%zz", &keys), Verdict::NotADocument);
        assert_eq!(
            verify(&"9".repeat(MAX_TEXT + 1), &keys),
            Verdict::NotADocument
        );
        assert_eq!(verify("   ", &keys), Verdict::NotADocument);
        assert_eq!(verify("0-0", &keys), Verdict::OnlyANumber);
    }
}
