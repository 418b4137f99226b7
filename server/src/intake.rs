//! What a request's body becomes before the core checks it: JSON (`POST /api/applications`) or
//! a form post (`POST /apply`) read into the core's raw application, every text in NFC as the
//! widget sends it (a name typed decomposed on one device and composed on another is one name:
//! the register's hashes, the officers' search). One path for both bodies, and for the fuzz
//! target that runs it on arbitrary bytes (`fuzz/fuzz_targets/http_body.rs` includes this very
//! file), so it names nothing of the service but the core.

use kz_iin::form::{validate_raw_owned, Context, RawApplication, RawValue, Report};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Why a body could not be read at all (the core's rules never saw it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON (or nested deeper than serde_json's 128 levels).
    Json,
    /// Not `application/x-www-form-urlencoded`.
    Form,
}

impl Unreadable {
    /// The service's code for it (`messages::service_text`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin_server::intake::Unreadable::Json.code().key(), "invalid_json");
    /// ```
    pub fn code(self) -> kz_iin::messages::ServiceText {
        match self {
            Unreadable::Json => kz_iin::messages::ServiceText::InvalidJson,
            Unreadable::Form => kz_iin::messages::ServiceText::InvalidForm,
        }
    }
}

/// `text` in NFC (left as it is when it is already, the usual case); whether it was not.
///
/// # Example
/// ```
/// let mut name = "И\u{306}ога".to_string();
/// assert!(kz_iin_server::intake::nfc(&mut name));
/// assert_eq!(name, "Йога");
/// assert!(!kz_iin_server::intake::nfc(&mut name));
/// ```
pub fn nfc(text: &mut String) -> bool {
    let recompose = is_nfc_quick(text.chars()) != IsNormalized::Yes;
    if recompose {
        *text = text.nfc().collect();
    }
    recompose
}

/// A JSON body as the core's raw application, its texts in NFC.
///
/// # Example
/// ```
/// use kz_iin::form::RawValue;
/// let raw = kz_iin_server::intake::json(br#"{"surnameLatin": "Mu\u0308ller"}"#).unwrap();
/// assert_eq!(raw.entries.unwrap()[0].1, RawValue::Text("Müller".into()));
/// assert!(kz_iin_server::intake::json(b"{").is_err());
/// ```
pub fn json(bytes: &[u8]) -> Result<RawApplication, Unreadable> {
    let mut raw: RawApplication = serde_json::from_slice(bytes).map_err(|_| Unreadable::Json)?;
    for (_, value) in raw.entries.iter_mut().flatten() {
        if let RawValue::Text(text) = value {
            nfc(text);
        }
    }
    Ok(raw)
}

/// A form post's pairs, in the order posted, their values in NFC (the caller picks its own
/// names out and gives the rest to `form::Controls`).
///
/// # Example
/// ```
/// let pairs = kz_iin_server::intake::form(b"surnameLatin=Mu%CC%88ller&step=send").unwrap();
/// assert_eq!(pairs[0], ("surnameLatin".to_string(), "Müller".to_string()));
/// ```
pub fn form(bytes: &[u8]) -> Result<Vec<(String, String)>, Unreadable> {
    let mut pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(bytes).map_err(|_| Unreadable::Form)?;
    for (_, value) in &mut pairs {
        nfc(value);
    }
    Ok(pairs)
}

/// The core's report on `raw`, its normalized application's texts in NFC. Composed again after
/// the core's rules: they drop invisible characters (a soft hyphen, a zero-width space) and
/// map fullwidth letters to ASCII, and a combining mark that such a character kept apart from
/// its letter in the NFC of [`json`] or [`form`] joins it only now (`И` U+200B U+0306 is `Й`).
///
/// # Example
/// ```
/// use kz_iin::form::{Context, RawApplication, RawValue};
/// let mut raw = RawApplication::default();
/// raw.entries = Some(vec![("surnameCyrillic".into(), RawValue::Text("И\u{200B}\u{306}ога".into()))]);
/// let report = kz_iin_server::intake::validated(raw, &Context { today: kz_iin::Date::new(2026, 1, 1).unwrap() });
/// assert_eq!(report.normalized.surname_cyrillic.as_deref(), Some("Йога"));
/// ```
pub fn validated(raw: RawApplication, context: &Context) -> Report {
    let mut report = validate_raw_owned(raw, context);
    // Through JSON, which names every text of an application, whatever its fields.
    if let Ok(mut value) = serde_json::to_value(&report.normalized) {
        let mut changed = false;
        nfc_texts(&mut value, &mut changed);
        if changed {
            if let Ok(composed) = serde_json::from_value(value) {
                report.normalized = composed;
            }
        }
    }
    report
}

fn nfc_texts(value: &mut serde_json::Value, changed: &mut bool) {
    match value {
        serde_json::Value::String(text) => *changed |= nfc(text),
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| nfc_texts(v, changed)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| nfc_texts(v, changed)),
        _ => {}
    }
}
