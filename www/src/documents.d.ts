// Type declarations of kz-iin/documents.
export { KzIinError } from './iin.js'
import type { Application } from './index.js'

export interface DocumentOptions {
  /** 'A4' (default) or 'A5'. */
  paper?: 'A4' | 'A5'
  /** The language of an error message. */
  lang?: string
}

export interface CertificateData {
  /** The validated application (its Cyrillic names are printed). */
  application: Application
  /** The IIN formed for the applicant; a certificate is refused for one that fails the rules. */
  iin: string
  /** YYYY-MM-DD. */
  issueDate: string
}

export interface RefusalData {
  application: Application
  /** Free text. */
  reason?: string
  /** A standard reason from the host's own list, in Kazakh and Russian. */
  standardReason?: { kk: string; ru: string }
  /** YYYY-MM-DD. */
  issueDate: string
}

export interface RenderedParts {
  title: string
  /** Print CSS, @page included. */
  css: string
  /** The escaped markup. */
  body: string
  /** One self-contained HTML document. */
  html: string
}

/** The registration certificate as one self-contained HTML document; throws a KzIinError (code, field). */
export function renderCertificate(data: CertificateData, options?: DocumentOptions): string
/** The refusal notice as one self-contained HTML document; throws a KzIinError (code, field). */
export function renderRefusal(data: RefusalData, options?: DocumentOptions): string
/** The certificate's title, print CSS and escaped markup, for a page of the host's own. */
export function renderCertificateParts(data: CertificateData, options?: DocumentOptions): RenderedParts
/** The refusal notice's title, print CSS and escaped markup. */
export function renderRefusalParts(data: RefusalData, options?: DocumentOptions): RenderedParts

/** A JWK of the service's public keys (Ed25519, RFC 8037). */
export interface SigningJwk {
  kty: 'OKP'
  crv: 'Ed25519'
  /** The public key, base64url. */
  x: string
  /** Its RFC 7638 thumbprint. */
  kid?: string
}

/** What a genuine document's token holds. */
export interface VerifiedFacts {
  kind: 'certificate' | 'refusal'
  /** The IIN (a certificate) or the application's receipt (a refusal). */
  number: string
  surnameLatin: string
  givenNameLatin: string
  patronymicLatin: string
  nameCyrillic: string
  /** YYYY-MM-DD. */
  birthDate: string
  sex: 'male' | 'female' | null
  /** ISO 3166 alpha-3. */
  citizenship: string
  /** The institution's id. */
  institution: string
  /** The document's date, YYYY-MM-DD. */
  date: string
  /** The service's URL. */
  issuer: string
  /** Seconds since 1970. */
  issuedAt: number
  /** The id of the key that signed. */
  kid: string
}

export interface Verification {
  status: 'genuine' | 'altered' | 'unknown_key' | 'only_a_number' | 'not_a_document'
  /** The verdict in words, in the language asked for. */
  message: string
  /** Only when genuine. */
  facts?: VerifiedFacts
  /** The facts as labelled rows in the language asked for, as the /verify page shows them. */
  rows: [string, string][]
}

/**
 * Verifies a printed document's QR text (MOSIP Claim 169), its `/verify#…` link, or digits,
 * against the service's public keys (`/.well-known/kz-iin/keys.json`). Offline; never rejects.
 * The verifier, a WebAssembly module of its own, is loaded on the first call.
 */
export function verifyDocument(text: string, keys: { keys: SigningJwk[] } | SigningJwk[] | string, options?: { lang?: string }): Promise<Verification>
