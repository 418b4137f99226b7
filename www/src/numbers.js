// The IIN/BIN half of the package's API, built on the IIN module (pkg/iin: the form's module
// does not export these functions). Each entry initialises it, then calls makeNumberApi on it.
//
// Every rule lives in the Rust core. What happens here is unpacking the core's small integer
// results (their layout is documented in src/wasm.rs) into objects, and writing the message
// from the core's templates (number-texts.js, generated from src/messages): the IIN-only
// WebAssembly module carries no messages, a fifth of its size (the book's "Size").
import { NUMBER_TEXTS } from './number-texts.js'
import { langOf } from './lang.js'

/** The error formIin throws: `code` is the core's stable code. */
export class KzIinError extends Error {
  constructor(code, text) {
    super(text)
    // Set explicitly so the name survives minifiers.
    this.name = 'KzIinError'
    this.code = code
  }
}

export { LANGUAGES } from './lang.js'

const ENTITY_TYPES = [undefined, 'resident', 'non_resident', 'joint_entrepreneur']
const DIVISIONS = [undefined, 'head', 'branch', 'representative_office', 'farm']
const pad2 = (n) => String(n).padStart(2, '0')

/** Unpacks the birth bits of check() (layout in src/wasm.rs, birth_bits). */
function decodeBirth(b) {
  if (!(b & 1)) return undefined
  return {
    date: `${(b >>> 2) & 0xfff}-${pad2((b >>> 14) & 15)}-${pad2((b >>> 18) & 31)}`,
    sex: b & 2 ? 'female' : 'male',
  }
}

/** Unpacks the BIN bits of check() (layout in src/wasm.rs, entity_bits). */
function decodeEntity(e) {
  const entity = {}
  if (e & 0xfff) entity.registered = `${e & 0xfff}-${pad2((e >>> 12) & 15)}`
  const type = ENTITY_TYPES[(e >>> 16) & 3]
  if (type) entity.type = type
  const division = DIVISIONS[(e >>> 18) & 7]
  if (division) entity.division = division
  return entity
}

// The character at a 1-based code-point position, as the core counted it (a lone surrogate is
// one character there too: it reached the core as U+FFFD).
function charAt(s, position) {
  let i = 0
  for (const ch of s) if (++i === position) return ch
  return '\uFFFD'
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

/** A template's `{}`s replaced by `args` in order (as src/messages/mod.rs, fill). */
function fill(template, ...args) {
  // Each template split once: joining its pieces is several times faster than a regex replace.
  let pieces = PIECES.get(template)
  if (!pieces) PIECES.set(template, (pieces = template.split('{}')))
  let out = pieces[0]
  for (let i = 1; i < pieces.length; i++) out += args[i - 1] + pieces[i]
  return out
}
const PIECES = new Map()

/**
 * The message of a number error, as the core's number_message_for writes it (the same templates
 * and choices; tests/js/vectors.test.js compares the two). `kind`: 'iin', 'bin' or 'base' (the
 * 11 digits of a number to form); `found` is -1 when the input was too long to count.
 */
function numberMessage(lang, kind, code, found, shown, position) {
  const t = NUMBER_TEXTS[lang]
  const [the, a] = kind === 'bin' ? t.bin : t.iin
  switch (code) {
    case 'empty':
      return kind === 'base' ? t.emptyBase : fill(t.empty, the)
    case 'length': {
      const need = kind === 'base' ? t.needBase : fill(t.need, a)
      return found >= 0 ? fill(t.found, need, found) : fill(t.farTooLong, need)
    }
    case 'invalid_character':
      return fill(t.invalidCharacter, a, shown, position)
    case 'checksum':
      return fill(t.checksum, the)
    case 'unissuable':
      return fill(t.unissuable, the)
    default:
      return fill(t.notAString, a)
  }
}

/**
 * Builds the IIN/BIN functions on an initialised core.
 * @param {any} core the wasm-bindgen glue module of pkg/iin
 */
// check()'s answers from here up are a valid number written otherwise: 2^41 + the number
// (src/wasm.rs, NUMBERED).
const NUMBERED = 2 ** 41

export function makeNumberApi(core) {
  const codeTable = Object.freeze(core.codeNames().split(','))
  const max = core.maxInputChars()
  // 2 UTF-16 units per character (astral digits exist), plus one, always cover the core's
  // window, so a longer string (10 MB, 100 MB) is passed as that slice and never copied whole.
  const window16 = 2 * max + 2
  const clip = (s) => (s.length > window16 ? s.slice(0, window16) : s)
  // A string crosses into WebAssembly faster as UTF-8 made by the browser's own encoder than
  // through the glue's character-by-character copy (about 8 ms against 60 for 13 MB).
  const encoder = new TextEncoder()
  // One buffer for all the pieces of a call, sized for ASCII (what lists of numbers are) and
  // grown to three bytes a unit only when a piece is not: allocating and zeroing 3 bytes a unit
  // for every piece cost a fifth of validateMany(string). Dropped when the call returns.
  const stringChecker = () => {
    let bytes = new Uint8Array(0)
    return (piece) => {
      for (let need = piece.length; ; need = 3 * piece.length) {
        if (bytes.length < need) bytes = new Uint8Array(need)
        const { read, written } = encoder.encodeInto(piece, bytes.subarray(0, need))
        if (read === piece.length) return core.checkLinesBytes(bytes.subarray(0, written))
      }
    }
  }

  function failure(packed, input, kind, lang) {
    const result = { valid: false, code: codeTable[packed & 15] }
    let shown
    if (result.code === 'invalid_character') {
      result.position = (packed >>> 8) & 0xfff
      result.character = charAt(input, result.position)
      const quotes = NUMBER_TEXTS[lang].quotes
      // Bit 6: the core names this character by its code point (invisible, a space, a mark).
      shown = packed & 64 ? `U+${result.character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}` : quotes[0] + result.character + quotes[1]
    }
    const found = result.code === 'length' && !(packed & 32) ? (packed >>> 8) & 0xfff : -1
    result.message = numberMessage(lang, kind, result.code, found, shown, result.position)
    return result
  }

  const notAString = (kind, lang) => ({ valid: false, code: 'not_a_string', message: numberMessage(lang, kind, 'not_a_string') })

  function validateNumber(value, options, kind) {
    const lang = langOf(core, options)
    if (typeof value !== 'string') return notAString(kind, lang)
    const input = clip(value)
    const code = kind === 'bin' ? 1 : 0
    const answer = core.check(input, code)
    let compacted = input
    let decoding
    if (answer >= NUMBERED) {
      // Valid, written otherwise (spaces, other digits): the answer holds the number itself.
      const number = answer - NUMBERED
      compacted = String(number).padStart(12, '0')
      decoding = core.decode(number, code)
    } else {
      if ((answer & 15) !== 0) return failure(answer, input, kind, lang)
      decoding = answer >>> 8
    }
    const result = { valid: true, value: compacted }
    if (kind === 'iin') {
      const birth = decodeBirth(decoding)
      if (birth) result.birth = birth
    } else {
      result.entity = decodeEntity(decoding)
    }
    return result
  }

  return {
    /** Checks an IIN; never throws, whatever `value` is. */
    validateIin: (value, options) => validateNumber(value, options, 'iin'),
    /** Checks a BIN (the same rules as an IIN; the decoding differs); never throws. */
    validateBin: (value, options) => validateNumber(value, options, 'bin'),

    /** The check digit of 11 digits, or null (not 11 digits, or unissuable). Never throws. */
    checkDigit(base) {
      if (typeof base !== 'string') return null
      const digit = core.checkDigit(clip(base))
      return digit < 0 ? null : digit
    },

    /** The 12-digit number formed from 11 digits; throws a KzIinError whose `code` says why not. */
    formIin(base, options) {
      const lang = langOf(core, options)
      if (typeof base !== 'string') throw new KzIinError('not_a_string', notAString('base', lang).message)
      const input = clip(base)
      // The number itself, or -1 - the packed error (src/wasm.rs, form).
      const formed = core.form(input)
      if (formed >= 0) return String(formed).padStart(12, '0')
      const error = failure(-1 - formed, input, 'base', lang)
      const thrown = new KzIinError(error.code, error.message)
      if (error.position) thrown.position = error.position
      throw thrown
    },

    /**
     * One result byte per line of a newline-separated list (0 valid, else an index into
     * errorCodes()); a final newline ends the last line, `\r\n` is accepted. Throws a TypeError
     * (code 'not_a_string') for anything but a string or bytes.
     */
    validateMany(text) {
      if (typeof text === 'string') return checkInPieces(text, stringChecker(), '\n', window16)
      const bytes = asBytes(text)
      // UTF-8 takes at most 4 bytes per character.
      if (bytes) return checkInPieces(bytes, core.checkLinesBytes, 10, 4 * max + 4)
      const error = new TypeError('validateMany takes a string or a Uint8Array')
      error.code = 'not_a_string'
      throw error
    },

    /**
     * The value with separators dropped and decimal digits of any script made ASCII, other
     * characters kept (what a number field shows after a paste). Never throws.
     */
    compactNumber: (value) => (typeof value === 'string' ? core.compact(clip(value)) : ''),

    /** Names of the numeric codes of validateMany; index 0 ('') is valid. */
    errorCodes: () => codeTable,
    /** The catalogue language of a `lang` value: 'kk', 'ru' or 'en'. */
    resolveLang: (lang) => langOf(core, { lang }),
  }
}
