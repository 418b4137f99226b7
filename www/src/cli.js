#!/usr/bin/env node
// kz-iin: check lists of IINs/BINs, or form one, from the command line.
//
//   kz-iin validate [--bin] [FILE|-]   one number per line in, one `input<TAB>valid|invalid<TAB>code`
//                                      line out; exit 0 when all are valid, 1 when any is not
//   kz-iin form DIGITS                  print the 12-digit number formed from 11 digits
//
// Exit status 2 is a usage error (or a file that cannot be read). Input is streamed in blocks,
// so a file of any size runs in constant memory.
import { createReadStream, readFileSync } from 'node:fs'
import { once } from 'node:events'
// The IIN module with the output lines written by the core (annotateLines), which only the CLI
// needs: browsers download pkg/iin, which does without it.
import * as core from '../../pkg/cli/kz_iin.js'
import { makeNumberApi } from './numbers.js'

core.initSync({ module: readFileSync(new URL('../../pkg/cli/kz_iin_bg.wasm', import.meta.url)) })
const { errorCodes, formIin, validateMany } = makeNumberApi(core)

const USAGE = `Usage:
  kz-iin validate [--bin] [FILE|-]  check one IIN (or BIN, with --bin) per line of FILE or stdin
  kz-iin form DIGITS                form the 12-digit number from its first 11 digits
  kz-iin --help                     show this help

validate writes one line per input line: input<TAB>valid|invalid<TAB>code (code empty when
valid), and exits 0 when every line is valid, 1 when any is not, 2 on a usage error.
IINs and BINs follow the same rules; --bin only says what the list holds.`

class UsageError extends Error {}

const TAB_VALID = Buffer.from('\tvalid\t\n')
const TAB_INVALID = errorCodes().map((code) => Buffer.from(`\tinvalid\t${code}\n`))
// The longest line the core ever looks at, in bytes (1,024 characters of up to 4 bytes).
const LINE_WINDOW = 4 * 1024 + 4

async function write(out, buffer) {
  if (!out.write(buffer)) await once(out, 'drain')
}

/** Annotates the complete lines of `block` (which ends with a newline, or is the final line). */
function annotate(block) {
  // The core writes the output lines itself: per line, JavaScript would cost more than the check.
  // Its last byte says whether any line was invalid (1) or none (0).
  const out = core.annotateLines(block)
  return { bytes: out.subarray(0, out.length - 1), invalid: out[out.length - 1] === 1 }
}

async function validate(args, stdout) {
  const files = args.filter((a) => a !== '--bin')
  const unknown = files.find((a) => a.startsWith('-') && a !== '-')
  if (unknown) throw new UsageError(`unknown option ${unknown}`)
  if (files.length > 1) throw new UsageError('validate takes one FILE (or - for standard input)')
  const file = files[0] ?? '-'
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 })
  if (file !== '-') {
    await new Promise((resolve, reject) => {
      input.once('open', resolve)
      input.once('error', (e) => reject(new UsageError(`cannot read ${file}: ${e.code ?? e.message}`)))
    })
  }

  let anyInvalid = false
  let carry = null
  // A line longer than the core's window: its bytes are echoed as they stream past, and its
  // verdict comes from the window kept here.
  let longLine = null
  for await (const chunk of input) {
    let buf = carry ? Buffer.concat([carry, chunk]) : chunk
    carry = null
    if (longLine) {
      const nl = buf.indexOf(10)
      const head = nl < 0 ? buf : buf.subarray(0, nl)
      await write(stdout, head[head.length - 1] === 13 && nl >= 0 ? head.subarray(0, -1) : head)
      if (nl < 0) continue
      const code = validateMany(longLine)[0]
      anyInvalid ||= code !== 0
      await write(stdout, code === 0 ? TAB_VALID : TAB_INVALID[code])
      longLine = null
      buf = buf.subarray(nl + 1)
    }
    const cut = buf.lastIndexOf(10)
    if (cut >= 0) {
      const { bytes, invalid } = annotate(buf.subarray(0, cut + 1))
      anyInvalid ||= invalid
      await write(stdout, bytes)
    }
    const rest = buf.subarray(cut + 1)
    if (rest.length > LINE_WINDOW) {
      longLine = Buffer.from(rest.subarray(0, LINE_WINDOW))
      await write(stdout, rest)
    } else if (rest.length) {
      carry = Buffer.from(rest)
    }
  }
  if (longLine) {
    const code = validateMany(longLine)[0]
    anyInvalid ||= code !== 0
    await write(stdout, code === 0 ? TAB_VALID : TAB_INVALID[code])
  } else if (carry) {
    const { bytes, invalid } = annotate(carry)
    anyInvalid ||= invalid
    await write(stdout, bytes)
  }
  return anyInvalid ? 1 : 0
}

function form(args, stdout) {
  if (args.length !== 1) throw new UsageError('form takes one argument: the first 11 digits')
  try {
    stdout.write(`${formIin(args[0])}\n`)
    return 0
  } catch (e) {
    process.stderr.write(`kz-iin: ${e.message} (${e.code})\n`)
    return 1
  }
}

async function main(argv) {
  const [command, ...args] = argv
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (command === 'validate') return validate(args, process.stdout)
  if (command === 'form') return form(args, process.stdout)
  throw new UsageError(command ? `unknown command ${command}` : 'no command given')
}

// Output piped into `head` closes early: that is not an error.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 2))

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (e) => {
    if (e instanceof UsageError) {
      process.stderr.write(`kz-iin: ${e.message}\n\n${USAGE}\n`)
      process.exitCode = 2
    } else {
      process.stderr.write(`kz-iin: ${e.stack ?? e}\n`)
      process.exitCode = 2
    }
  },
)
