// English messages, keyed by the core's stable error codes. Each takes the error's parameters:
// `kind` ('iin', 'bin' or 'base': the first 11 digits when forming), `found`, `expected`,
// `position`, `char` (the offending character, already formatted for display).

const NAME = { iin: 'IIN', bin: 'BIN', base: 'IIN' }
const A = { iin: 'An IIN', bin: 'A BIN', base: 'An IIN' }

export default {
  quote: (c) => `“${c}”`,
  empty: (p) => (p.kind === 'base' ? 'Enter the first 11 digits of the IIN' : `Enter the ${NAME[p.kind]}`),
  length: (p) => {
    const need = p.kind === 'base' ? 'Enter 11 digits' : `${A[p.kind]} must have 12 digits`
    return p.found == null ? `${need}: this is far too long` : `${need}: this has ${p.found}`
  },
  invalid_character: (p) =>
    `${A[p.kind]} can only contain digits: remove ${p.char} (character ${p.position})`,
  checksum: (p) =>
    `This ${NAME[p.kind]} is not valid: its check digit does not match. Check each digit`,
  unissuable: (p) => `No ${NAME[p.kind]} begins with these 11 digits. Check each digit`,
  not_a_string: (p) => `${A[p.kind]} must be given as text`,
}
