// The registration certificate and the refusal notice, rendered by the core (so a server and a
// browser print the very same document). This file checks the shape of the call and turns the
// core's refusal into a thrown, coded, localized error.
import { KzIinError } from './numbers.js'
import { langOf } from './lang.js'

const text = (v) => (typeof v === 'string' ? v : '')

function read(fn) {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/**
 * Builds the document functions on an initialised full core.
 * @param {any} core the wasm-bindgen glue module of pkg/form
 * @param {(data: unknown) => string} toRecord the form API's boundary record of an application
 */
export function makeDocumentsApi(core, toRecord) {
  function finish(json) {
    const outcome = JSON.parse(json)
    if (outcome?.error) {
      const error = new KzIinError(outcome.error.code, outcome.error.message)
      error.field = outcome.error.field
      throw error
    }
    return outcome
  }

  function options(o) {
    return { paper: text(read(() => o?.paper)) || 'A4', lang: langOf(core, o) }
  }

  /**
   * The registration certificate (appendix 2): `{ title, css, body, html }`, `html` being one
   * self-contained, escaped HTML document. Throws a KzIinError (with `code` and `field`) when
   * the IIN fails the rules or the surname or the date of birth is missing.
   * @param {{ application: object, iin: string, issueDate: string }} data
   * @param {{ paper?: 'A4' | 'A5', lang?: string }} [opts]
   */
  function renderCertificateParts(data, opts) {
    const { paper, lang } = options(opts)
    const application = toRecord(read(() => data?.application))
    return finish(core.renderCertificate(application, text(read(() => data?.iin)), text(read(() => data?.issueDate)), paper, lang))
  }

  /**
   * The refusal notice (appendix 3), likewise. `reason` is free text; `standardReason`, an
   * optional `{ kk, ru }` from the host's own list of standard reasons.
   * @param {{ application: object, reason?: string, standardReason?: { kk: string, ru: string }, issueDate: string }} data
   * @param {{ paper?: 'A4' | 'A5', lang?: string }} [opts]
   */
  function renderRefusalParts(data, opts) {
    const { paper, lang } = options(opts)
    const application = toRecord(read(() => data?.application))
    const standard = read(() => data?.standardReason)
    return finish(
      core.renderRefusal(application, text(read(() => data?.reason)), text(read(() => standard?.kk)), text(read(() => standard?.ru)), text(read(() => data?.issueDate)), paper, lang),
    )
  }

  return {
    renderCertificateParts,
    renderRefusalParts,
    /** The certificate as one self-contained HTML document (see renderCertificateParts). */
    renderCertificate: (data, opts) => renderCertificateParts(data, opts).html,
    /** The refusal notice as one self-contained HTML document (see renderRefusalParts). */
    renderRefusal: (data, opts) => renderRefusalParts(data, opts).html,
  }
}
