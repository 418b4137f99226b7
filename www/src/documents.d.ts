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
