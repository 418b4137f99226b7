// Verifying a printed document's QR code (kz-iin/documents and the service's /verify page): the
// core decides and words the verdict; this file only turns a JWK set into the lines the core
// reads and its JSON answer into an object.
import { langOf } from './lang.js'

// A token of the service is under 1,000 characters; past the core's limit (8 KB) the text is
// "not a document" whatever follows, so no more crosses the boundary.
const MAX_TEXT = 8 * 1024 + 1
const MAX_KEYS = 256

const member = (key, name) => {
  try {
    const value = key?.[name]
    return typeof value === 'string' ? value.replace(/[\t\r\n]/g, '') : ''
  } catch {
    return ''
  }
}

/** The keys of a JWK set (object or JSON text) or of an array of JWKs, one line each: `kty\tcrv\tx`. */
function keyLines(keys) {
  let set = keys
  try {
    if (typeof set === 'string') set = JSON.parse(set)
    const list = Array.isArray(set) ? set : Array.isArray(set?.keys) ? set.keys : []
    return list.slice(0, MAX_KEYS).map((k) => ['kty', 'crv', 'x'].map((m) => member(k, m)).join('\t')).join('\n')
  } catch {
    return ''
  }
}

/**
 * Builds `verifyDocument` on an initialised core that has the verifier (pkg/full or pkg/verify).
 * @param {any} core the wasm-bindgen glue module
 */
export function makeVerifyApi(core) {
  /**
   * Verifies a printed document's QR text, its `/verify#…` link, or digits, against the service's
   * public keys (its `/.well-known/kz-iin/keys.json`). Never throws.
   * @param {string} text
   * @param {object | string | object[]} keys a JWK set, its JSON text, or an array of JWKs
   * @param {{ lang?: string }} [options]
   * @returns {{ status: 'genuine' | 'altered' | 'unknown_key' | 'only_a_number' | 'not_a_document', message: string, facts?: object, rows: [string, string][] }}
   */
  function verifyDocument(text, keys, options) {
    const given = typeof text === 'string' ? text.slice(0, MAX_TEXT) : ''
    return JSON.parse(core.verifyDocument(given, keyLines(keys), langOf(core, options)))
  }
  return { verifyDocument }
}
