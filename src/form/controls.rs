//! A form post (`application/x-www-form-urlencoded`) read as the widget reads its controls
//! (`www/src/elements/application/values.js`): each field by its kind, a date from its three
//! boxes (`birthDate-day`, `-month`, `-year`), a consent as checked or not. So a browser without
//! JavaScript and the widget send the core the same application for the same answers.

use crate::prelude::*;

use super::dates::{date_from_parts, DatePart, DatePartsError};
use super::raw::{RawApplication, RawValue};
use crate::fields::{Field, Kind, FIELDS};

/// The controls' values by name, in the order posted (the first of a repeated name counts).
///
/// # Example
/// ```
/// use kz_iin::form::{Controls, Field, RawValue};
/// let posted = Controls::new(vec![
///     ("surnameLatin".into(), "Müller".into()),
///     ("birthDate-day".into(), "17".into()),
///     ("birthDate-month".into(), "марта".into()),
///     ("birthDate-year".into(), "1990".into()),
///     ("consentPersonalData".into(), "true".into()),
/// ]);
/// let (raw, dates) = posted.application();
/// let entries = raw.entries.unwrap();
/// let value = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
/// assert_eq!(value("birthDate"), Some(RawValue::Text("1990-03-17".into())));
/// assert_eq!(value("consentPersonalData"), Some(RawValue::Bool(true)));
/// assert_eq!(value("consentProtectedSecrets"), Some(RawValue::Bool(false)));
/// assert!(dates.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Controls {
    pairs: Vec<(String, String)>,
}

impl Controls {
    /// No controls: a new, empty form.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::form::Controls::EMPTY.get("sex"), None);
    /// ```
    pub const EMPTY: Controls = Controls { pairs: Vec::new() };

    /// The pairs of a form post, as decoded (see [`Controls`] for an example).
    pub fn new(pairs: Vec<(String, String)>) -> Controls {
        Controls { pairs }
    }

    /// The value of the control `name` (`surnameLatin`, `birthDate-day`), if it was posted.
    ///
    /// # Example
    /// ```
    /// let c = kz_iin::form::Controls::new(vec![("sex".into(), "male".into()), ("sex".into(), "female".into())]);
    /// assert_eq!(c.get("sex"), Some("male"));
    /// assert_eq!(c.get("nationality"), None);
    /// ```
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The pairs, in the order posted.
    ///
    /// # Example
    /// ```
    /// let c = kz_iin::form::Controls::new(vec![("sex".into(), "male".into())]);
    /// assert_eq!(c.pairs(), [("sex".to_string(), "male".to_string())]);
    /// ```
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// The value of one of a date's boxes.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Controls, DatePart, Field};
    /// let c = Controls::new(vec![("birthDate-year".into(), "1990".into())]);
    /// assert_eq!(c.date_part(Field::BirthDate, DatePart::Year), Some("1990"));
    /// ```
    pub fn date_part(&self, field: Field, part: DatePart) -> Option<&str> {
        let key = field.key();
        self.pairs
            .iter()
            .find(|(k, _)| {
                k.strip_prefix(key)
                    .and_then(|rest| rest.strip_prefix('-'))
                    .is_some_and(|p| p == part.as_str())
            })
            .map(|(_, v)| v.as_str())
    }

    /// The application the controls hold, and the dates whose boxes make no date (each with the
    /// box to fix). Such a date goes to the core as the boxes joined (`1990-13-17`), so that the
    /// core reports the field; its message is then the boxes' own
    /// ([`crate::messages::date_parts_message`]), as in the widget.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Controls, DatePart, DatePartsError, Field};
    /// let c = Controls::new(vec![("birthDate-day".into(), "17".into()), ("birthDate-year".into(), "1990".into())]);
    /// let (_, dates) = c.application();
    /// assert_eq!(dates, [(Field::BirthDate, DatePartsError::Missing(DatePart::Month))]);
    /// ```
    pub fn application(&self) -> (RawApplication, Vec<(Field, DatePartsError)>) {
        let mut entries = Vec::new();
        let mut dates = Vec::new();
        for spec in FIELDS.iter() {
            let key = spec.key;
            let value = match spec.kind {
                Kind::Date => {
                    let [day, month, year] = [DatePart::Day, DatePart::Month, DatePart::Year]
                        .map(|p| self.date_part(spec.field, p));
                    if day.is_none() && month.is_none() && year.is_none() {
                        // No boxes: the date as one value (a page of hidden answers sends it so).
                        self.get(key).map(|v| RawValue::Text(v.to_string()))
                    } else {
                        let [day, month, year] = [day, month, year].map(Option::unwrap_or_default);
                        match date_from_parts(day, month, year) {
                            Ok(Some(date)) => Some(RawValue::Text(date.to_iso())),
                            Ok(None) => None,
                            Err(e) => {
                                dates.push((spec.field, e));
                                Some(RawValue::Text(format!("{year}-{month}-{day}")))
                            }
                        }
                    }
                }
                Kind::Consent => Some(RawValue::Bool(self.get(key) == Some("true"))),
                _ => self
                    .get(key)
                    .filter(|v| !(spec.field == Field::Institution && v.is_empty()))
                    .map(|v| RawValue::Text(v.to_string())),
            };
            if let Some(value) = value {
                entries.push((key.to_string(), value));
            }
        }
        (
            RawApplication {
                entries: Some(entries),
            },
            dates,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn controls(pairs: &[(&str, &str)]) -> Controls {
        Controls::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_date_whose_boxes_make_no_date_names_the_box() {
        let (raw, dates) = controls(&[
            ("birthDate-day", "17"),
            ("birthDate-month", "13"),
            ("birthDate-year", "1990"),
        ])
        .application();
        assert_eq!(
            dates,
            vec![(Field::BirthDate, DatePartsError::Invalid(DatePart::Month))]
        );
        let entries = raw.entries.unwrap();
        assert!(entries.contains(&("birthDate".into(), RawValue::Text("1990-13-17".into()))));
    }

    #[test]
    fn empty_boxes_and_an_empty_institution_are_no_answer() {
        let (raw, dates) = controls(&[
            ("birthDate-day", ""),
            ("birthDate-month", ""),
            ("birthDate-year", ""),
            ("institution", ""),
        ])
        .application();
        assert!(dates.is_empty());
        let entries = raw.entries.unwrap();
        assert!(!entries
            .iter()
            .any(|(k, _)| k == "birthDate" || k == "institution"));
    }

    #[test]
    fn a_date_sent_whole_is_taken_as_it_is() {
        let (raw, _) = controls(&[("documentIssueDate", "2020-01-10")]).application();
        assert!(raw.entries.unwrap().contains(&(
            "documentIssueDate".into(),
            RawValue::Text("2020-01-10".into())
        )));
    }

    #[test]
    fn other_names_are_ignored_and_a_prefix_is_no_box() {
        let (raw, dates) =
            controls(&[("birthDateX-day", "1"), ("step", "send"), ("key", "k")]).application();
        assert!(dates.is_empty());
        assert!(raw
            .entries
            .unwrap()
            .iter()
            .all(|(k, _)| FIELDS.iter().any(|s| s.key == k)));
    }
}
