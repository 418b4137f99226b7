//! The fields of the application (appendix 1 of seed 000), declared once.
//!
//! [`FIELDS`] holds, for each field, everything the rest of the project needs to know about it:
//! its JSON key, its kind (free text, a name in one script, a date, a choice, a consent, an IIN),
//! the section of the form it belongs to and its place there, whether it is required and with
//! which partner in the other script, its length limit, and its words in Kazakh, Russian and
//! English (the label the form shows, how a message names it, a hint). The `fields!` invocation
//! below also generates the [`Field`] enum and the [`Application`] struct from it, so that adding
//! a field means adding one entry here (and, when a passport's zone carries it, one line of the
//! MRZ mapping in `mrz.rs`). The rules that use these facts live in `form`, the sentences that
//! use these words in `messages`; the widget draws its fieldsets from this table (exported by the
//! WebAssembly boundary), and the TypeScript types, the JSON Schema and the book's table of
//! fields are generated from it (`cargo run --example codegen`, checked by `tests/generated.rs`).
//!
//! ```
//! use kz_iin::fields::{Field, Kind, Section, FIELDS};
//! let spec = Field::SurnameCyrillic.spec();
//! assert_eq!(spec.key, "surnameCyrillic");
//! assert_eq!(spec.section, Section::Names);
//! assert_eq!(spec.partner, Some(Field::SurnameLatin));
//! assert_eq!(spec.label.get(kz_iin::Lang::En), "Surname in Cyrillic transcription");
//! assert!(FIELDS.iter().all(|s| s.field.spec().key == s.key));
//! assert!(matches!(Field::BirthDate.spec().kind, Kind::Date));
//! ```

use crate::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::words::Words;

/// The longest name accepted, in characters (passports print longer names than the MRZ holds).
pub const NAME_MAX: u16 = 100;
/// The longest document number accepted.
pub const DOCUMENT_NUMBER_MAX: u16 = 20;

/// The script a name field expects.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::fields::Script::Cyrillic.as_str(), "cyrillic");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic letters, the Kazakh ones included.
    Cyrillic,
}

impl Script {
    /// `"latin"` or `"cyrillic"`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::fields::Script::Latin.as_str(), "latin");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Cyrillic => "cyrillic",
        }
    }
}

/// What characters a free-text field may hold.
///
/// # Example
/// ```
/// assert_eq!(kz_iin::fields::Allowed::LatinAndDigits.as_str(), "latinAndDigits");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Allowed {
    /// Anything printable, in any script (no controls, private use or directional overrides).
    Printable,
    /// Letters of any script, spaces, hyphens and apostrophes (a nationality).
    Letters,
    /// Latin letters and digits once spaces, hyphens and full stops are dropped, kept in upper
    /// case (a document number).
    LatinAndDigits,
}

impl Allowed {
    /// The name the boundary and the generated files use.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::fields::Allowed::Printable.as_str(), "printable");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Allowed::Printable => "printable",
            Allowed::Letters => "letters",
            Allowed::LatinAndDigits => "latinAndDigits",
        }
    }
}

/// One value of a fixed list, with its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The value sent (`male`, `passport`, ...).
    pub value: &'static str,
    /// What the form shows for it.
    pub label: Words,
}

/// Where a choice's values come from.
///
/// # Example
/// ```
/// use kz_iin::fields::{Field, Kind, Options};
/// assert!(matches!(Field::Citizenship.spec().kind, Kind::Choice(Options::Countries)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Options {
    /// The 96 institutions of [`crate::data`], by id.
    Institutions,
    /// The countries of [`crate::data`], by code.
    Countries,
    /// A fixed list. A form shows up to three values as radio buttons and more as a list.
    Fixed(&'static [Choice]),
}

/// What a field holds, which decides how it is normalised, checked and shown.
///
/// # Example
/// ```
/// use kz_iin::fields::{Field, Kind};
/// assert_eq!(Field::PreviousIin.spec().kind.as_str(), "iin");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text typed in.
    Text(Allowed),
    /// A name in one script.
    Name(Script),
    /// A date, `YYYY-MM-DD`; the form shows three boxes (day, month, year).
    Date,
    /// One value from a list.
    Choice(Options),
    /// `true` to consent; the field's hint is the statement consented to.
    Consent,
    /// An IIN.
    Iin,
}

impl Kind {
    /// `text`, `name`, `date`, `choice`, `consent` or `iin`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::fields::Kind::Date.as_str(), "date");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Text(_) => "text",
            Kind::Name(_) => "name",
            Kind::Date => "date",
            Kind::Choice(_) => "choice",
            Kind::Consent => "consent",
            Kind::Iin => "iin",
        }
    }
}

/// A section of the form: a fieldset with its legend, in the seed's order.
///
/// # Example
/// ```
/// use kz_iin::fields::Section;
/// assert_eq!(Section::BirthPlace.key(), "birthPlace");
/// assert_eq!(Section::ALL.len(), 9);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// To whom: the institution and its head.
    Addressee,
    /// What the IIN is needed for.
    Request,
    /// Names in both scripts.
    Names,
    /// Date of birth and sex.
    Birth,
    /// Citizenship, nationality, country of arrival.
    Citizenship,
    /// The identity document.
    Document,
    /// Place of birth.
    BirthPlace,
    /// An IIN given before.
    PreviousIin,
    /// The two consents.
    Consents,
}

impl Section {
    /// Every section, in the form's order.
    pub const ALL: [Section; 9] = [
        Section::Addressee,
        Section::Request,
        Section::Names,
        Section::Birth,
        Section::Citizenship,
        Section::Document,
        Section::BirthPlace,
        Section::PreviousIin,
        Section::Consents,
    ];

    /// The section's key and its legend.
    const fn entry(self) -> (&'static str, Words) {
        use crate::catalogue::sections as legend;
        match self {
            Section::Addressee => ("addressee", legend::ADDRESSEE),
            Section::Request => ("request", legend::REQUEST),
            Section::Names => ("names", legend::NAMES),
            Section::Birth => ("birth", legend::BIRTH),
            Section::Citizenship => ("citizenship", legend::CITIZENSHIP),
            Section::Document => ("document", legend::DOCUMENT),
            Section::BirthPlace => ("birthPlace", legend::BIRTH_PLACE),
            Section::PreviousIin => ("previousIin", legend::PREVIOUS_IIN),
            Section::Consents => ("consents", legend::CONSENTS),
        }
    }

    /// The section's key (`data-section` in the form).
    pub const fn key(self) -> &'static str {
        self.entry().0
    }

    /// The section's legend in the three languages.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::fields::Section::Names.legend().get(kz_iin::Lang::Ru), "Фамилия, имя, отчество");
    /// ```
    pub const fn legend(self) -> Words {
        self.entry().1
    }
}

/// The sexes a person may give (`sex`).
pub const SEXES: [Choice; 2] = [
    Choice {
        value: "male",
        label: crate::catalogue::choices::sex::MALE,
    },
    Choice {
        value: "female",
        label: crate::catalogue::choices::sex::FEMALE,
    },
];

/// The identity documents the form accepts (`documentType`).
///
/// # Example
/// ```
/// assert!(kz_iin::fields::DOCUMENT_TYPES.iter().any(|c| c.value == "passport"));
/// ```
pub const DOCUMENT_TYPES: [Choice; 6] = [
    Choice {
        value: "passport",
        label: crate::catalogue::choices::document_type::PASSPORT,
    },
    Choice {
        value: "identity_card",
        label: crate::catalogue::choices::document_type::IDENTITY_CARD,
    },
    Choice {
        value: "residence_permit",
        label: crate::catalogue::choices::document_type::RESIDENCE_PERMIT,
    },
    Choice {
        value: "stateless_travel_document",
        label: crate::catalogue::choices::document_type::STATELESS_TRAVEL_DOCUMENT,
    },
    Choice {
        value: "refugee_travel_document",
        label: crate::catalogue::choices::document_type::REFUGEE_TRAVEL_DOCUMENT,
    },
    Choice {
        value: "other",
        label: crate::catalogue::choices::document_type::OTHER,
    },
];

/// Everything declared about one field (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field.
    pub field: Field,
    /// The JSON key, and the form control's `name`.
    pub key: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// The fieldset it is shown in; fields keep the table's order within a section.
    pub section: Section,
    /// Whether an application must have it. A name with a partner is also required when its
    /// partner is given (`form`'s pairing rule).
    pub required: bool,
    /// The same name in the other script; the form shows the two side by side.
    pub partner: Option<Field>,
    /// The longest value accepted, in characters once white space is collapsed (text and
    /// names); `None` for values from a list or of a fixed form.
    pub max_chars: Option<u16>,
    /// The HTML `autocomplete` token (WCAG 1.3.5); for a date, the prefix of its three boxes'
    /// tokens (`bday` gives `bday-day`, `bday-month`, `bday-year`). The Cyrillic names have none
    /// on purpose: autofill would put the Latin name there.
    pub autocomplete: Option<&'static str>,
    /// The label the form shows.
    pub label: Words,
    /// How a message names the field, in the case its sentences need ("Enter {}").
    pub named: Words,
    /// A hint shown under the label; for a consent, the statement consented to.
    pub hint: Option<Words>,
}

/// A field's value in an application: text, or a consent's boolean.
pub(crate) trait Slotted {
    fn slot(&self) -> Slot<'_>;
    fn slot_mut(&mut self) -> SlotMut<'_>;
}

/// A field's value, borrowed.
pub(crate) enum Slot<'a> {
    Text(&'a Option<String>),
    Flag(&'a Option<bool>),
}

/// A field's value, borrowed to be changed.
pub(crate) enum SlotMut<'a> {
    Text(&'a mut Option<String>),
    Flag(&'a mut Option<bool>),
}

impl Slotted for Option<String> {
    fn slot(&self) -> Slot<'_> {
        Slot::Text(self)
    }
    fn slot_mut(&mut self) -> SlotMut<'_> {
        SlotMut::Text(self)
    }
}

impl Slotted for Option<bool> {
    fn slot(&self) -> Slot<'_> {
        Slot::Flag(self)
    }
    fn slot_mut(&mut self) -> SlotMut<'_> {
        SlotMut::Flag(self)
    }
}

// Expands the table into the `Field` enum, `FIELDS` and the `Application` struct.
macro_rules! fields {
    ($( $variant:ident : $slot:ident : $ty:ty = { key: $key:literal, $($spec:ident : $value:expr),* $(,)? } ),* $(,)?) => {
        /// One field of the application; its [`Field::key`] is the JSON key and the widget's
        /// `name`. Generated from [`FIELDS`], in its order.
        ///
        /// # Example
        /// ```
        /// use kz_iin::fields::Field;
        /// assert_eq!(Field::SurnameCyrillic.key(), "surnameCyrillic");
        /// assert_eq!(Field::from_key("birthDate"), Some(Field::BirthDate));
        /// assert_eq!(Field::from_key("__proto__"), None);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)] // each variant is described by its entry in FIELDS
        pub enum Field { $($variant),* }

        /// The table: one entry per field, in the order of the seed's form. A static, so that
        /// the WebAssembly modules hold it once.
        pub static FIELDS: [FieldSpec; Field::COUNT] = [
            $( FieldSpec {
                field: Field::$variant,
                key: $key,
                $($spec: $value,)*
                label: crate::catalogue::fields::$slot::LABEL,
                named: crate::catalogue::fields::$slot::NAMED,
                hint: crate::catalogue::fields::$slot::HINT,
            } ),*
        ];

        impl Field {
            /// How many fields there are.
            pub const COUNT: usize = [$(stringify!($variant)),*].len();

            /// Every field, in the order of the seed's form.
            ///
            /// # Example
            /// ```
            /// assert_eq!(kz_iin::fields::Field::ALL.len(), 27);
            /// ```
            pub const ALL: [Field; Field::COUNT] = [$(Field::$variant),*];

            /// The JSON key (and the form control's `name`). A match rather than a look-up in
            /// [`FIELDS`], so that code needing only keys (the MRZ reader's module) does without
            /// the table's words.
            ///
            /// # Example
            /// ```
            /// assert_eq!(kz_iin::fields::Field::PreviousIin.key(), "previousIin");
            /// ```
            pub const fn key(self) -> &'static str {
                match self { $(Field::$variant => $key),* }
            }

            /// The field with this JSON key.
            ///
            /// # Example
            /// ```
            /// assert_eq!(kz_iin::fields::Field::from_key("sex"), Some(kz_iin::fields::Field::Sex));
            /// ```
            pub fn from_key(key: &str) -> Option<Field> {
                // A loop rather than a match on strings, whose decision tree measured 1.4 KB of
                // the form's module.
                Field::ALL.into_iter().find(|f| f.key() == key)
            }
        }

        /// An application, one optional value per field (see [`FIELDS`] for the keys).
        ///
        /// Serialises to the flat JSON object of the contract, absent fields left out. To accept
        /// any JSON at all (wrong types, unknown keys) use [`crate::form::RawApplication`].
        ///
        /// # Example
        /// ```
        /// let app: kz_iin::form::Application = serde_json::from_str(r#"{"surnameLatin": "Smith"}"#).unwrap();
        /// assert_eq!(app.surname_latin.as_deref(), Some("Smith"));
        /// ```
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(default)]
        #[allow(missing_docs)] // each field is described by its entry in FIELDS
        pub struct Application {
            $( #[serde(rename = $key, skip_serializing_if = "Option::is_none")] pub $slot: Option<$ty>, )*
        }

        impl Application {
            pub(crate) fn slot(&self, field: Field) -> Slot<'_> {
                match field { $( Field::$variant => self.$slot.slot(), )* }
            }

            pub(crate) fn slot_mut(&mut self, field: Field) -> SlotMut<'_> {
                match field { $( Field::$variant => self.$slot.slot_mut(), )* }
            }
        }
    };
}

fields! {
    Institution: institution: String = {
        key: "institution",
        kind: Kind::Choice(Options::Institutions),
        section: Section::Addressee,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    AddresseePosition: addressee_position: String = {
        key: "addresseePosition",
        kind: Kind::Text(Allowed::Printable),
        section: Section::Addressee,
        required: false,
        partner: None,
        max_chars: Some(200),
        autocomplete: None,
    },
    AddresseeName: addressee_name: String = {
        key: "addresseeName",
        kind: Kind::Text(Allowed::Printable),
        section: Section::Addressee,
        required: false,
        partner: None,
        max_chars: Some(100),
        autocomplete: None,
    },
    Purpose: purpose: String = {
        key: "purpose",
        kind: Kind::Text(Allowed::Printable),
        section: Section::Request,
        required: true,
        partner: None,
        max_chars: Some(500),
        autocomplete: None,
    },
    GivenNameLatin: given_name_latin: String = {
        key: "givenNameLatin",
        kind: Kind::Name(Script::Latin),
        section: Section::Names,
        required: false,
        partner: Some(Field::GivenNameCyrillic),
        max_chars: Some(NAME_MAX),
        autocomplete: Some("given-name"),
    },
    GivenNameCyrillic: given_name_cyrillic: String = {
        key: "givenNameCyrillic",
        kind: Kind::Name(Script::Cyrillic),
        section: Section::Names,
        required: false,
        partner: Some(Field::GivenNameLatin),
        max_chars: Some(NAME_MAX),
        autocomplete: None,
    },
    SurnameLatin: surname_latin: String = {
        key: "surnameLatin",
        kind: Kind::Name(Script::Latin),
        section: Section::Names,
        required: true,
        partner: Some(Field::SurnameCyrillic),
        max_chars: Some(NAME_MAX),
        autocomplete: Some("family-name"),
    },
    SurnameCyrillic: surname_cyrillic: String = {
        key: "surnameCyrillic",
        kind: Kind::Name(Script::Cyrillic),
        section: Section::Names,
        required: true,
        partner: Some(Field::SurnameLatin),
        max_chars: Some(NAME_MAX),
        autocomplete: None,
    },
    PatronymicLatin: patronymic_latin: String = {
        key: "patronymicLatin",
        kind: Kind::Name(Script::Latin),
        section: Section::Names,
        required: false,
        partner: Some(Field::PatronymicCyrillic),
        max_chars: Some(NAME_MAX),
        autocomplete: Some("additional-name"),
    },
    PatronymicCyrillic: patronymic_cyrillic: String = {
        key: "patronymicCyrillic",
        kind: Kind::Name(Script::Cyrillic),
        section: Section::Names,
        required: false,
        partner: Some(Field::PatronymicLatin),
        max_chars: Some(NAME_MAX),
        autocomplete: None,
    },
    BirthDate: birth_date: String = {
        key: "birthDate",
        kind: Kind::Date,
        section: Section::Birth,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: Some("bday"),
    },
    Sex: sex: String = {
        key: "sex",
        kind: Kind::Choice(Options::Fixed(&SEXES)),
        section: Section::Birth,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: Some("sex"),
    },
    Citizenship: citizenship: String = {
        key: "citizenship",
        kind: Kind::Choice(Options::Countries),
        section: Section::Citizenship,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    Nationality: nationality: String = {
        key: "nationality",
        kind: Kind::Text(Allowed::Letters),
        section: Section::Citizenship,
        required: false,
        partner: None,
        max_chars: Some(60),
        autocomplete: None,
    },
    ArrivalCountry: arrival_country: String = {
        key: "arrivalCountry",
        kind: Kind::Choice(Options::Countries),
        section: Section::Citizenship,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    DocumentType: document_type: String = {
        key: "documentType",
        kind: Kind::Choice(Options::Fixed(&DOCUMENT_TYPES)),
        section: Section::Document,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    DocumentNumber: document_number: String = {
        key: "documentNumber",
        kind: Kind::Text(Allowed::LatinAndDigits),
        section: Section::Document,
        required: true,
        partner: None,
        max_chars: Some(DOCUMENT_NUMBER_MAX),
        autocomplete: None,
    },
    DocumentIssueDate: document_issue_date: String = {
        key: "documentIssueDate",
        kind: Kind::Date,
        section: Section::Document,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    DocumentExpiryDate: document_expiry_date: String = {
        key: "documentExpiryDate",
        kind: Kind::Date,
        section: Section::Document,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    DocumentIssuingCountry: document_issuing_country: String = {
        key: "documentIssuingCountry",
        kind: Kind::Choice(Options::Countries),
        section: Section::Document,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    BirthCountry: birth_country: String = {
        key: "birthCountry",
        kind: Kind::Choice(Options::Countries),
        section: Section::BirthPlace,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    BirthRegion: birth_region: String = {
        key: "birthRegion",
        kind: Kind::Text(Allowed::Printable),
        section: Section::BirthPlace,
        required: false,
        partner: None,
        max_chars: Some(100),
        autocomplete: None,
    },
    BirthDistrict: birth_district: String = {
        key: "birthDistrict",
        kind: Kind::Text(Allowed::Printable),
        section: Section::BirthPlace,
        required: false,
        partner: None,
        max_chars: Some(100),
        autocomplete: None,
    },
    BirthAddress: birth_address: String = {
        key: "birthAddress",
        kind: Kind::Text(Allowed::Printable),
        section: Section::BirthPlace,
        required: false,
        partner: None,
        max_chars: Some(200),
        autocomplete: None,
    },
    PreviousIin: previous_iin: String = {
        key: "previousIin",
        kind: Kind::Iin,
        section: Section::PreviousIin,
        required: false,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    ConsentPersonalData: consent_personal_data: bool = {
        key: "consentPersonalData",
        kind: Kind::Consent,
        section: Section::Consents,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
    ConsentProtectedSecrets: consent_protected_secrets: bool = {
        key: "consentProtectedSecrets",
        kind: Kind::Consent,
        section: Section::Consents,
        required: true,
        partner: None,
        max_chars: None,
        autocomplete: None,
    },
}

impl Field {
    /// Everything declared about the field.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::fields::Field::Purpose.spec().max_chars, Some(500));
    /// ```
    pub fn spec(self) -> &'static FieldSpec {
        &FIELDS[self as usize]
    }

    /// Whether the value is a boolean (a consent) rather than text.
    ///
    /// # Example
    /// ```
    /// assert!(kz_iin::fields::Field::ConsentPersonalData.is_boolean());
    /// ```
    pub fn is_boolean(self) -> bool {
        matches!(self.spec().kind, Kind::Consent)
    }
}

impl Application {
    /// The text of a field (`None` for the consents, which are booleans).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field};
    /// let app = Application { sex: Some("male".into()), ..Default::default() };
    /// assert_eq!(app.text(Field::Sex), Some("male"));
    /// ```
    pub fn text(&self, field: Field) -> Option<&str> {
        match self.slot(field) {
            Slot::Text(text) => text.as_deref(),
            Slot::Flag(_) => None,
        }
    }

    /// A consent (`None` for text fields and for a consent not given either way).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field};
    /// let app = Application { consent_personal_data: Some(true), ..Default::default() };
    /// assert_eq!(app.flag(Field::ConsentPersonalData), Some(true));
    /// ```
    pub fn flag(&self, field: Field) -> Option<bool> {
        match self.slot(field) {
            Slot::Flag(flag) => *flag,
            Slot::Text(_) => None,
        }
    }

    /// Sets a text field (the consents are booleans and are left alone).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field};
    /// let mut app = Application::default();
    /// app.set_text(Field::Sex, "female".into());
    /// assert_eq!(app.sex.as_deref(), Some("female"));
    /// ```
    pub fn set_text(&mut self, field: Field, value: String) {
        if let SlotMut::Text(slot) = self.slot_mut(field) {
            *slot = Some(value);
        }
    }

    /// Sets a consent (text fields are left alone).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::{Application, Field};
    /// let mut app = Application::default();
    /// app.set_flag(Field::ConsentProtectedSecrets, true);
    /// assert_eq!(app.consent_protected_secrets, Some(true));
    /// ```
    pub fn set_flag(&mut self, field: Field, value: bool) {
        if let SlotMut::Flag(slot) = self.slot_mut(field) {
            *slot = Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_its_own_order_and_its_facts_agree() {
        for (i, spec) in FIELDS.iter().enumerate() {
            assert_eq!(spec.field as usize, i, "{}", spec.key);
            // A boolean slot for consents and text for everything else.
            let mut app = Application::default();
            app.set_text(spec.field, "x".into());
            assert_eq!(
                app.text(spec.field).is_some(),
                !spec.field.is_boolean(),
                "{}",
                spec.key
            );
            if let Some(partner) = spec.partner {
                assert_eq!(
                    partner.spec().partner,
                    Some(spec.field),
                    "{}: partners pair up",
                    spec.key
                );
                assert_eq!(partner.spec().section, spec.section, "{}", spec.key);
            }
            assert_eq!(
                spec.max_chars.is_some(),
                matches!(spec.kind, Kind::Text(_) | Kind::Name(_)),
                "{}: text and names have a limit, nothing else does",
                spec.key
            );
            if matches!(spec.kind, Kind::Consent) {
                assert!(
                    spec.hint.is_some(),
                    "{}: a consent states what is consented to",
                    spec.key
                );
            }
            for words in [Some(spec.label), Some(spec.named), spec.hint]
                .into_iter()
                .flatten()
            {
                assert!(
                    words
                        .all()
                        .iter()
                        .all(|w| !w.trim().is_empty() && !w.contains('\0')),
                    "{}",
                    spec.key
                );
            }
        }
        // Sections come in the form's order, each once.
        let mut sections: Vec<Section> = FIELDS.iter().map(|s| s.section).collect();
        sections.dedup();
        assert_eq!(sections, Section::ALL);
    }
}
