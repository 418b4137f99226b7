// Type declarations of kz-iin/elements: importing it defines <kz-iin-application> and <kz-iin-input>.
import type { Application, Issue, MrzError, Report } from './index.js'

export class KzIinApplicationElement extends HTMLElement {
  static define(tag?: string, registry?: CustomElementRegistry): typeof KzIinApplicationElement
  /** The answers as typed (dates as YYYY-MM-DD when complete); setting it prefills the form. */
  value: Application
  lang: string
  /** Validates now and returns the core's report (nothing is shown). */
  validate(): Report
  /** Empties the form and returns to its start. */
  reset(): void
  /** Forgets everything for the next person (the kiosk's reset). */
  clear(reason?: 'idle' | 'submitted' | 'pageshow' | 'person'): void
}

export class KzIinInputElement extends HTMLElement {
  static formAssociated: true
  static define(tag?: string, registry?: CustomElementRegistry): typeof KzIinInputElement
  value: string
  name: string | null
  readonly form: HTMLFormElement | null
  readonly validity: ValidityState
  readonly validationMessage: string
  checkValidity(): boolean
  reportValidity(): boolean
}

export interface KzIinSubmitEventDetail {
  value: Application
}

declare global {
  interface HTMLElementTagNameMap {
    'kz-iin-application': KzIinApplicationElement
    'kz-iin-input': KzIinInputElement
  }
  interface HTMLElementEventMap {
    'kz-iin-submit': CustomEvent<KzIinSubmitEventDetail>
    'kz-iin-invalid': CustomEvent<{ errors: Issue[] }>
    /** `body`: the server's JSON answer (with the application's `receipt`), or null. */
    'kz-iin-sent': CustomEvent<{ status: number | null; body: unknown }>
    'kz-iin-mrz': CustomEvent<{ filled: string[] } | { errors: MrzError[] }>
    'kz-iin-reset': CustomEvent<{ reason: 'idle' | 'submitted' | 'pageshow' | 'person' }>
  }
}
