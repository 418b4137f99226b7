//! Whatever a client sent: any JSON value, taken apart without ever failing on a type, so that
//! a wrong type becomes a clear `invalid_type` error for its field rather than a rejected request.

use crate::prelude::*;
use core::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// One value as received.
///
/// # Example
/// ```
/// use kz_iin::form::RawValue;
/// let v: RawValue = serde_json::from_str("[1, 2]").unwrap();
/// assert_eq!(v, RawValue::Other);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue {
    /// `null` (or `undefined`): the same as an absent key.
    Null,
    /// A string.
    Text(String),
    /// A boolean.
    Bool(bool),
    /// Anything else: a number, an array, an object.
    Other,
}

/// An application as received: its entries when it is an object, `None` when it is not one.
///
/// # Example
/// ```
/// use kz_iin::form::RawApplication;
/// let raw: RawApplication = serde_json::from_str(r#"{"sex": "male"}"#).unwrap();
/// assert_eq!(raw.entries.unwrap().len(), 1);
/// let raw: RawApplication = serde_json::from_str("42").unwrap();
/// assert!(raw.entries.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawApplication {
    /// Keys and values, in the order received; `None` when the data was not an object.
    pub entries: Option<Vec<(String, RawValue)>>,
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<RawValue, E> {
        Ok(RawValue::Bool(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<RawValue, E> {
        Ok(RawValue::Text(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<RawValue, E> {
        Ok(RawValue::Text(v))
    }
    fn visit_i64<E>(self, _: i64) -> Result<RawValue, E> {
        Ok(RawValue::Other)
    }
    fn visit_u64<E>(self, _: u64) -> Result<RawValue, E> {
        Ok(RawValue::Other)
    }
    fn visit_f64<E>(self, _: f64) -> Result<RawValue, E> {
        Ok(RawValue::Other)
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<RawValue, E> {
        Ok(RawValue::Other)
    }
    fn visit_unit<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_none<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawValue, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawValue::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawValue::Other)
    }
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawValue, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct AppVisitor;

impl<'de> Visitor<'de> for AppVisitor {
    type Value = RawApplication;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawApplication, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<KeyOrOther>()? {
            let value = map.next_value::<RawValue>()?;
            if let KeyOrOther::Key(k) = key {
                entries.push((k, value));
            }
        }
        Ok(RawApplication {
            entries: Some(entries),
        })
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawApplication, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawApplication::default())
    }
    fn visit_bool<E>(self, _: bool) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_str<E>(self, _: &str) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_i64<E>(self, _: i64) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_u64<E>(self, _: u64) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_f64<E>(self, _: f64) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_unit<E>(self) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_none<E>(self) -> Result<RawApplication, E> {
        Ok(RawApplication::default())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawApplication, D::Error> {
        d.deserialize_any(AppVisitor)
    }
}

impl<'de> Deserialize<'de> for RawApplication {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawApplication, D::Error> {
        d.deserialize_any(AppVisitor)
    }
}

/// A map key: a string, or something else (a JavaScript Map may have any keys) that is skipped.
enum KeyOrOther {
    Key(String),
    Other,
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = KeyOrOther;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyOrOther, E> {
        Ok(KeyOrOther::Key(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<KeyOrOther, E> {
        Ok(KeyOrOther::Key(v))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<KeyOrOther, E> {
        Ok(KeyOrOther::Other)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<KeyOrOther, E> {
        Ok(KeyOrOther::Other)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<KeyOrOther, E> {
        Ok(KeyOrOther::Other)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<KeyOrOther, E> {
        Ok(KeyOrOther::Other)
    }
}

impl<'de> Deserialize<'de> for KeyOrOther {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyOrOther, D::Error> {
        d.deserialize_any(KeyVisitor)
    }
}

/// The record encoding of an application, in which the JavaScript boundary passes it to the
/// core: `N` when the data is not an object, else `O` followed by each entry as
/// `<length>,<key>` and then `s<length>,<text>`, `t` (true), `f` (false), `n` (null) or `x`
/// (any other type), lengths counted in UTF-16 code units as JavaScript counts them.
///
/// Why not JSON: the browser builds this with string concatenation, and reading it takes a few
/// lines here, where `serde_json`'s deserializer measured about 6 KB gzipped of the form's
/// WebAssembly and more time per call (the book's "Size", "Performance").
impl RawApplication {
    /// Reads a record (see above). A malformed record, which the package's JavaScript never
    /// builds, ends at its first fault with the entries read so far; nothing panics.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{RawApplication, RawValue};
    /// let raw = RawApplication::from_record("O3,sexs4,male7,consentt2,😀x");
    /// assert_eq!(
    ///     raw.entries.unwrap(),
    ///     [
    ///         ("sex".to_string(), RawValue::Text("male".into())),
    ///         ("consent".to_string(), RawValue::Bool(true)),
    ///         ("😀".to_string(), RawValue::Other),
    ///     ]
    /// );
    /// assert!(RawApplication::from_record("N").entries.is_none());
    /// ```
    pub fn from_record(record: &str) -> RawApplication {
        let mut chars = record.chars();
        if chars.next() != Some('O') {
            return RawApplication::default();
        }
        let mut entries = Vec::with_capacity(40);
        while let Some(key) = sized(&mut chars) {
            let value = match chars.next() {
                Some('s') => match sized(&mut chars) {
                    Some(text) => RawValue::Text(text),
                    None => break,
                },
                Some('t') => RawValue::Bool(true),
                Some('f') => RawValue::Bool(false),
                Some('n') => RawValue::Null,
                Some('x') => RawValue::Other,
                _ => break,
            };
            entries.push((key, value));
        }
        RawApplication {
            entries: Some(entries),
        }
    }

    /// The record of an application (see [`RawApplication::from_record`]); the package's
    /// JavaScript writes the same.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::RawApplication;
    /// let raw: RawApplication = serde_json::from_str(r#"{"sex": "male", "consent": true}"#).unwrap();
    /// assert_eq!(raw.to_record(), "O3,sexs4,male7,consentt");
    /// ```
    pub fn to_record(&self) -> String {
        let Some(entries) = &self.entries else {
            return "N".into();
        };
        let mut out = String::from("O");
        let sized = |out: &mut String, s: &str| {
            out.push_str(&s.encode_utf16().count().to_string());
            out.push(',');
            out.push_str(s);
        };
        for (key, value) in entries {
            sized(&mut out, key);
            match value {
                RawValue::Text(text) => {
                    out.push('s');
                    sized(&mut out, text);
                }
                RawValue::Bool(true) => out.push('t'),
                RawValue::Bool(false) => out.push('f'),
                RawValue::Null => out.push('n'),
                RawValue::Other => out.push('x'),
            }
        }
        out
    }
}

/// `<length>,<text>` at the front of `chars`: `None` at the end or on a fault. The text is
/// found by counting UTF-16 units over its characters, then copied once.
fn sized(chars: &mut core::str::Chars<'_>) -> Option<String> {
    let mut units = 0usize;
    loop {
        match chars.next()? {
            ',' => break,
            d @ '0'..='9' => {
                units = units
                    .checked_mul(10)?
                    .checked_add(d as usize - '0' as usize)?;
            }
            _ => return None,
        }
    }
    let rest = chars.as_str();
    // ASCII text (most of what is typed here) has as many UTF-16 units as bytes: no counting.
    let end = if rest.as_bytes().get(..units).is_some_and(<[u8]>::is_ascii) {
        units
    } else {
        let mut end = 0;
        for c in rest.chars() {
            if units == 0 {
                break;
            }
            units = units.checked_sub(c.len_utf16())?;
            end += c.len_utf8();
        }
        if units > 0 {
            return None;
        }
        end
    };
    let text = rest.get(..end)?;
    *chars = rest.get(end..)?.chars();
    Some(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn value() -> impl Strategy<Value = RawValue> {
        prop_oneof![
            Just(RawValue::Null),
            Just(RawValue::Other),
            any::<bool>().prop_map(RawValue::Bool),
            any::<String>().prop_map(RawValue::Text),
        ]
    }

    proptest! {
        #[test]
        fn a_record_reads_back_as_written(entries in proptest::collection::vec((any::<String>(), value()), 0..8)) {
            let raw = RawApplication { entries: Some(entries) };
            prop_assert_eq!(RawApplication::from_record(&raw.to_record()), raw);
        }

        #[test]
        fn any_text_reads_without_panicking(text in any::<String>()) {
            let _ = RawApplication::from_record(&text);
        }
    }

    #[test]
    fn a_malformed_record_keeps_the_entries_before_its_fault() {
        let raw = RawApplication::from_record("O3,sexs4,male2,ab9,x");
        assert_eq!(
            raw.entries.unwrap(),
            [("sex".to_string(), RawValue::Text("male".into()))]
        );
        assert_eq!(
            RawApplication::from_record("O99999999999999999999999,a").entries,
            Some(vec![])
        );
        assert_eq!(RawApplication::from_record("").entries, None);
    }
}
