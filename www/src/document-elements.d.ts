// Type declarations of kz-iin/document-elements: importing it defines <kz-iin-certificate> and
// <kz-iin-refusal>, the two documents as the core renders them.
import type { CertificateData, RefusalData } from './documents.js'

/** Why the core refused to render (a mistyped IIN, say): shown by the element instead. */
export interface DocumentError {
  code: string
  field?: string
  message: string
}

/** <kz-iin-certificate>: set `data`; attributes `paper` (A4, A5) and `lang` (of an error). */
export class KzIinCertificateElement extends HTMLElement {
  static define(tag?: string, registry?: CustomElementRegistry): typeof KzIinCertificateElement
  data: CertificateData | null
  readonly error: DocumentError | null
}

/** <kz-iin-refusal>: set `data`; attributes `paper` (A4, A5) and `lang` (of an error). */
export class KzIinRefusalElement extends HTMLElement {
  static define(tag?: string, registry?: CustomElementRegistry): typeof KzIinRefusalElement
  data: RefusalData | null
  readonly error: DocumentError | null
}

declare global {
  interface HTMLElementTagNameMap {
    'kz-iin-certificate': KzIinCertificateElement
    'kz-iin-refusal': KzIinRefusalElement
  }
  interface HTMLElementEventMap {
    /** Each time a document element draws: `error` when the core refused. */
    'kz-iin-rendered': CustomEvent<{ error: DocumentError | null }>
  }
}
