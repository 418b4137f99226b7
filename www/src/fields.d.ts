// Generated from the Rust core (src/fields.rs, FIELDS) by `cargo run --example codegen`;
// tests/generated.rs keeps it in step. Do not edit.

/** The keys of an application (seed 000, appendix 1), in the form's order. */
export type FieldKey =
  | 'institution'
  | 'addresseePosition'
  | 'addresseeName'
  | 'purpose'
  | 'givenNameLatin'
  | 'givenNameCyrillic'
  | 'surnameLatin'
  | 'surnameCyrillic'
  | 'patronymicLatin'
  | 'patronymicCyrillic'
  | 'birthDate'
  | 'sex'
  | 'citizenship'
  | 'nationality'
  | 'arrivalCountry'
  | 'documentType'
  | 'documentNumber'
  | 'documentIssueDate'
  | 'documentExpiryDate'
  | 'documentIssuingCountry'
  | 'birthCountry'
  | 'birthRegion'
  | 'birthDistrict'
  | 'birthAddress'
  | 'previousIin'
  | 'consentPersonalData'
  | 'consentProtectedSecrets'

/** An application as sent: text, and booleans for the consents. */
export interface Application {
  /** Embassy or consulate */
  institution?: string
  /** Position of the head */
  addresseePosition?: string
  /** Surname and initials of the head */
  addresseeName?: string
  /** Purpose: the IIN is needed for */
  purpose?: string
  /** Given name in Latin transcription */
  givenNameLatin?: string
  /** Given name in Cyrillic transcription */
  givenNameCyrillic?: string
  /** Surname in Latin transcription */
  surnameLatin?: string
  /** Surname in Cyrillic transcription */
  surnameCyrillic?: string
  /** Patronymic (if any) in Latin transcription */
  patronymicLatin?: string
  /** Patronymic (if any) in Cyrillic transcription */
  patronymicCyrillic?: string
  /** Date of birth */
  birthDate?: string
  /** Sex */
  sex?: string
  /** Citizenship */
  citizenship?: string
  /** Nationality */
  nationality?: string
  /** Country of arrival */
  arrivalCountry?: string
  /** Type of identity document */
  documentType?: string
  /** Number of identity document */
  documentNumber?: string
  /** Date of issue of identity document */
  documentIssueDate?: string
  /** Expiry date of identity document */
  documentExpiryDate?: string
  /** Country that issued the identity document */
  documentIssuingCountry?: string
  /** Place of birth: country */
  birthCountry?: string
  /** Place of birth: region */
  birthRegion?: string
  /** Place of birth: district */
  birthDistrict?: string
  /** Place of birth: address */
  birthAddress?: string
  /** IIN already assigned to you (if any) */
  previousIin?: string
  /** Consent to the processing of personal data */
  consentPersonalData?: boolean
  /** Consent to the use of information containing secrets protected by law */
  consentProtectedSecrets?: boolean
}
