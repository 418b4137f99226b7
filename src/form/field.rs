//! The fields of the application (appendix 1 of seed 000), in the form's order.

/// One field of the application; its [`Field::key`] is the JSON key and the widget's `name`.
///
/// # Example
/// ```
/// use kz_iin::form::Field;
/// assert_eq!(Field::SurnameCyrillic.key(), "surnameCyrillic");
/// assert_eq!(Field::from_key("birthDate"), Some(Field::BirthDate));
/// assert_eq!(Field::from_key("__proto__"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)] // each variant is its key, documented in README.md
pub enum Field {
    Institution,
    AddresseePosition,
    AddresseeName,
    Purpose,
    GivenNameLatin,
    GivenNameCyrillic,
    SurnameLatin,
    SurnameCyrillic,
    PatronymicLatin,
    PatronymicCyrillic,
    BirthDate,
    Sex,
    Citizenship,
    Nationality,
    ArrivalCountry,
    DocumentType,
    DocumentNumber,
    DocumentIssueDate,
    DocumentExpiryDate,
    DocumentIssuingCountry,
    BirthCountry,
    BirthRegion,
    BirthDistrict,
    BirthAddress,
    PreviousIin,
    ConsentPersonalData,
    ConsentProtectedSecrets,
}

/// What a field holds, which decides how it is normalised and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// One of the 96 institution ids.
    Institution,
    /// Free text in any script, up to `max` characters.
    Text { max: usize },
    /// Letters of any script (a nationality), up to `max`.
    Letters { max: usize },
    /// A name in Latin letters.
    Latin,
    /// A name in Cyrillic letters.
    Cyrillic,
    /// `YYYY-MM-DD`.
    Date,
    /// `male` or `female`.
    Sex,
    /// A country code.
    Country,
    /// One of [`super::DOCUMENT_TYPES`].
    DocumentType,
    /// Latin letters and digits.
    DocumentNumber,
    /// An IIN.
    Iin,
    /// `true` to consent.
    Consent,
}

/// The longest name accepted, in characters (passports print longer names than the MRZ holds).
pub const NAME_MAX: usize = 100;
/// The longest document number accepted.
pub const DOCUMENT_NUMBER_MAX: usize = 20;

impl Field {
    /// Every field, in the order of the seed's form.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::form::Field::ALL.len(), 27);
    /// ```
    pub const ALL: [Field; 27] = [
        Field::Institution,
        Field::AddresseePosition,
        Field::AddresseeName,
        Field::Purpose,
        Field::GivenNameLatin,
        Field::GivenNameCyrillic,
        Field::SurnameLatin,
        Field::SurnameCyrillic,
        Field::PatronymicLatin,
        Field::PatronymicCyrillic,
        Field::BirthDate,
        Field::Sex,
        Field::Citizenship,
        Field::Nationality,
        Field::ArrivalCountry,
        Field::DocumentType,
        Field::DocumentNumber,
        Field::DocumentIssueDate,
        Field::DocumentExpiryDate,
        Field::DocumentIssuingCountry,
        Field::BirthCountry,
        Field::BirthRegion,
        Field::BirthDistrict,
        Field::BirthAddress,
        Field::PreviousIin,
        Field::ConsentPersonalData,
        Field::ConsentProtectedSecrets,
    ];

    /// The JSON key (and the form control's `name`).
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::form::Field::PreviousIin.key(), "previousIin");
    /// ```
    pub const fn key(self) -> &'static str {
        match self {
            Field::Institution => "institution",
            Field::AddresseePosition => "addresseePosition",
            Field::AddresseeName => "addresseeName",
            Field::Purpose => "purpose",
            Field::GivenNameLatin => "givenNameLatin",
            Field::GivenNameCyrillic => "givenNameCyrillic",
            Field::SurnameLatin => "surnameLatin",
            Field::SurnameCyrillic => "surnameCyrillic",
            Field::PatronymicLatin => "patronymicLatin",
            Field::PatronymicCyrillic => "patronymicCyrillic",
            Field::BirthDate => "birthDate",
            Field::Sex => "sex",
            Field::Citizenship => "citizenship",
            Field::Nationality => "nationality",
            Field::ArrivalCountry => "arrivalCountry",
            Field::DocumentType => "documentType",
            Field::DocumentNumber => "documentNumber",
            Field::DocumentIssueDate => "documentIssueDate",
            Field::DocumentExpiryDate => "documentExpiryDate",
            Field::DocumentIssuingCountry => "documentIssuingCountry",
            Field::BirthCountry => "birthCountry",
            Field::BirthRegion => "birthRegion",
            Field::BirthDistrict => "birthDistrict",
            Field::BirthAddress => "birthAddress",
            Field::PreviousIin => "previousIin",
            Field::ConsentPersonalData => "consentPersonalData",
            Field::ConsentProtectedSecrets => "consentProtectedSecrets",
        }
    }

    /// The field with this JSON key.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::form::Field::from_key("sex"), Some(kz_iin::form::Field::Sex));
    /// ```
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether the application must have this field (names in pairs have their own rule: a
    /// name given in one script is required in the other).
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::Field;
    /// assert!(Field::SurnameLatin.is_required());
    /// assert!(!Field::PatronymicLatin.is_required());
    /// ```
    pub const fn is_required(self) -> bool {
        matches!(
            self,
            Field::Institution
                | Field::Purpose
                | Field::SurnameLatin
                | Field::SurnameCyrillic
                | Field::BirthDate
                | Field::Sex
                | Field::Citizenship
                | Field::ArrivalCountry
                | Field::DocumentType
                | Field::DocumentNumber
                | Field::DocumentIssueDate
                | Field::DocumentExpiryDate
                | Field::DocumentIssuingCountry
                | Field::BirthCountry
                | Field::ConsentPersonalData
                | Field::ConsentProtectedSecrets
        )
    }

    /// The same name in the other script, for the six name fields.
    ///
    /// # Example
    /// ```
    /// use kz_iin::form::Field;
    /// assert_eq!(Field::GivenNameLatin.script_pair(), Some(Field::GivenNameCyrillic));
    /// ```
    pub const fn script_pair(self) -> Option<Field> {
        match self {
            Field::GivenNameLatin => Some(Field::GivenNameCyrillic),
            Field::GivenNameCyrillic => Some(Field::GivenNameLatin),
            Field::SurnameLatin => Some(Field::SurnameCyrillic),
            Field::SurnameCyrillic => Some(Field::SurnameLatin),
            Field::PatronymicLatin => Some(Field::PatronymicCyrillic),
            Field::PatronymicCyrillic => Some(Field::PatronymicLatin),
            _ => None,
        }
    }

    /// Whether the value is a boolean (the consents) rather than text.
    ///
    /// # Example
    /// ```
    /// assert!(kz_iin::form::Field::ConsentPersonalData.is_boolean());
    /// ```
    pub const fn is_boolean(self) -> bool {
        matches!(
            self,
            Field::ConsentPersonalData | Field::ConsentProtectedSecrets
        )
    }

    /// The longest value accepted, in characters, for text fields (after white space is
    /// collapsed); `None` for fields whose values come from a list or have a fixed form.
    ///
    /// # Example
    /// ```
    /// assert_eq!(kz_iin::form::Field::Purpose.max_chars(), Some(500));
    /// ```
    pub const fn max_chars(self) -> Option<usize> {
        match self.kind() {
            Kind::Text { max } | Kind::Letters { max } => Some(max),
            Kind::Latin | Kind::Cyrillic => Some(NAME_MAX),
            Kind::DocumentNumber => Some(DOCUMENT_NUMBER_MAX),
            _ => None,
        }
    }

    pub(crate) const fn kind(self) -> Kind {
        match self {
            Field::Institution => Kind::Institution,
            Field::AddresseePosition => Kind::Text { max: 200 },
            Field::AddresseeName => Kind::Text { max: 100 },
            Field::Purpose => Kind::Text { max: 500 },
            Field::GivenNameLatin | Field::SurnameLatin | Field::PatronymicLatin => Kind::Latin,
            Field::GivenNameCyrillic | Field::SurnameCyrillic | Field::PatronymicCyrillic => {
                Kind::Cyrillic
            }
            Field::BirthDate | Field::DocumentIssueDate | Field::DocumentExpiryDate => Kind::Date,
            Field::Sex => Kind::Sex,
            Field::Citizenship
            | Field::ArrivalCountry
            | Field::DocumentIssuingCountry
            | Field::BirthCountry => Kind::Country,
            Field::Nationality => Kind::Letters { max: 60 },
            Field::DocumentType => Kind::DocumentType,
            Field::DocumentNumber => Kind::DocumentNumber,
            Field::BirthRegion | Field::BirthDistrict => Kind::Text { max: 100 },
            Field::BirthAddress => Kind::Text { max: 200 },
            Field::PreviousIin => Kind::Iin,
            Field::ConsentPersonalData | Field::ConsentProtectedSecrets => Kind::Consent,
        }
    }
}
