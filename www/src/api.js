// The package's API, built on the WebAssembly core. The entries (index.js for browsers and
// bundlers, node.js for Node) initialise the module before anything here is called.
//
// Every rule lives in the Rust core. What happens here is unpacking the core's small integer
// results (their layout is documented in src/wasm.rs) into objects, and choosing the words.
import * as core from '../../pkg/iin/kz_iin.js'
import { displayChar, message, resolveLang } from './i18n.js'

let codeTable
let window16

/** The name of every numeric result code: index 0 ('') is valid. Shared by validateMany's output. */
export function errorCodes() {
  codeTable ??= Object.freeze(core.codeNames().split(','))
  return codeTable
}

// The core judges at most maxInputChars() characters of an input; 2 UTF-16 units per character
// (astral digits exist) plus one always cover that window, so a longer string (10 MB, 100 MB)
// is passed as that slice and the core never copies more.
function clip(s) {
  window16 ??= 2 * core.maxInputChars() + 2
  return s.length > window16 ? s.slice(0, window16) : s
}

function langOf(options) {
  try {
    return resolveLang(options?.lang)
  } catch {
    // A hostile options object (a throwing getter) must not make validation throw.
    return 'en'
  }
}

function lastValue() {
  return String(core.lastValue()).padStart(12, '0')
}

const pad2 = (n) => String(n).padStart(2, '0')

function decodeBirth(b) {
  if (!(b & 1)) return undefined
  const year = (b >>> 2) & 0xfff
  return {
    date: `${year}-${pad2((b >>> 14) & 15)}-${pad2((b >>> 18) & 31)}`,
    sex: b & 2 ? 'female' : 'male',
  }
}

const ENTITY_TYPES = [undefined, 'resident', 'non_resident', 'joint_entrepreneur']
const DIVISIONS = [undefined, 'head', 'branch', 'representative_office', 'farm']

function decodeEntity(e) {
  const entity = {}
  const year = e & 0xfff
  if (year) entity.registered = `${year}-${pad2((e >>> 12) & 15)}`
  const type = ENTITY_TYPES[(e >>> 16) & 3]
  if (type) entity.type = type
  const division = DIVISIONS[(e >>> 18) & 7]
  if (division) entity.division = division
  return entity
}

// The character at a 1-based code-point position, as the core counted it (a lone surrogate
// is one character there too: it reached the core as U+FFFD).
function charAt(s, position) {
  let i = 0
  for (const ch of s) if (++i === position) return ch
  return '\uFFFD'
}

/** Unpacks a failed result into the error's code and the parameters its message needs. */
function failure(packed, input, kind, lang) {
  const code = errorCodes()[packed & 15]
  const params = { kind, expected: kind === 'base' ? 11 : 12 }
  const result = { valid: false, code }
  if (code === 'length' && !(packed & 32)) params.found = (packed >>> 8) & 0xfff
  if (code === 'invalid_character') {
    result.position = params.position = (packed >>> 8) & 0xfff
    result.character = charAt(input, result.position)
    params.char = displayChar(result.character, lang)
  }
  result.message = message(code, params, lang)
  return result
}

function notAString(kind, lang) {
  return { valid: false, code: 'not_a_string', message: message('not_a_string', { kind }, lang) }
}

function validateNumber(value, options, kind) {
  const lang = langOf(options)
  if (typeof value !== 'string') return notAString(kind, lang)
  const input = clip(value)
  const packed = core.check(input)
  if ((packed & 15) !== 0) return failure(packed, input, kind, lang)
  const result = { valid: true, value: packed & 16 ? input : lastValue() }
  if (kind === 'iin') {
    const birth = decodeBirth(core.lastBirth())
    if (birth) result.birth = birth
  } else {
    result.entity = decodeEntity(core.lastEntity())
  }
  return result
}

/**
 * Checks an IIN. Never throws, whatever `value` is.
 * @param {unknown} value
 * @param {{ lang?: string }} [options]
 */
export function validateIin(value, options) {
  return validateNumber(value, options, 'iin')
}

/**
 * Checks a BIN (the same rules as an IIN; the decoding differs). Never throws.
 * @param {unknown} value
 * @param {{ lang?: string }} [options]
 */
export function validateBin(value, options) {
  return validateNumber(value, options, 'bin')
}

/**
 * The check digit for 11 digits (separators allowed), or null when there are not 11 digits or
 * no number can be formed from them. Never throws.
 * @param {unknown} base
 */
export function checkDigit(base) {
  if (typeof base !== 'string') return null
  const digit = core.checkDigit(clip(base))
  return digit < 0 ? null : digit
}

/** The error `formIin` throws: `code` is the core's stable code. */
export class KzIinError extends Error {
  constructor(code, text) {
    super(text)
    // Set explicitly so the name survives minifiers.
    this.name = 'KzIinError'
    this.code = code
  }
}

/**
 * Forms a 12-digit number from its first 11 digits.
 * @param {unknown} base
 * @param {{ lang?: string }} [options]
 * @returns {string}
 * @throws {KzIinError} with `code` 'not_a_string', 'empty', 'length', 'invalid_character' or 'unissuable'
 */
export function formIin(base, options) {
  const lang = langOf(options)
  if (typeof base !== 'string') throw new KzIinError('not_a_string', notAString('base', lang).message)
  const input = clip(base)
  const packed = core.form(input)
  if ((packed & 15) === 0) return lastValue()
  const error = failure(packed, input, 'base', lang)
  const thrown = new KzIinError(error.code, error.message)
  if (error.position) thrown.position = error.position
  throw thrown
}

// Pieces of at most CHUNK characters (or bytes) keep the core's memory small for any input.
const CHUNK = 1 << 22

// Checks `text` (a string or bytes) in pieces that end just after a newline, which gives the
// same lines as checking it whole. A line longer than a piece is passed as its leading window
// only: the core judges no more of a line than that (src/digits.rs, MAX_INPUT_CHARS).
function checkInPieces(text, check, newline, window) {
  const cut = typeof text === 'string' ? (a, b) => text.slice(a, b) : (a, b) => text.subarray(a, b)
  const parts = []
  let total = 0
  for (let start = 0; start < text.length; ) {
    let end = start + CHUNK < text.length ? text.lastIndexOf(newline, start + CHUNK) + 1 : text.length
    let codes
    if (end > start) {
      codes = check(cut(start, end))
    } else {
      const nl = text.indexOf(newline, start)
      end = nl < 0 ? text.length : nl + 1
      codes = check(cut(start, start + window))
    }
    parts.push(codes)
    total += codes.length
    start = end
  }
  if (parts.length === 1) return parts[0]
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

// A Uint8Array (or Node Buffer) as it is, an ArrayBuffer viewed as bytes, anything else null.
// `instanceof` itself throws on a revoked Proxy, hence the guard.
function asBytes(value) {
  try {
    if (value instanceof Uint8Array) return value
    if (value instanceof ArrayBuffer) return new Uint8Array(value)
  } catch {
    // not bytes
  }
  return null
}

/**
 * Checks a newline-separated list of numbers in one call: one result byte per line (0 valid,
 * else an index into errorCodes()). A final newline ends the last line; `\r\n` is accepted.
 * @param {string | Uint8Array | ArrayBuffer} text
 * @returns {Uint8Array}
 * @throws {TypeError} (code 'not_a_string') for anything else
 */
export function validateMany(text) {
  const max = core.maxInputChars()
  if (typeof text === 'string') return checkInPieces(text, core.checkLines, '\n', 2 * max + 2)
  const bytes = asBytes(text)
  // UTF-8 takes at most 4 bytes per character.
  if (bytes) return checkInPieces(bytes, core.checkLinesBytes, 10, 4 * max + 4)
  const error = new TypeError('validateMany takes a string or a Uint8Array')
  error.code = 'not_a_string'
  throw error
}
