// The access code under a confirmation's receipt (`{ receipt, accessCode }`): large, "keep the
// number and the code", a link to the service's status page beside the form's `action`, and that
// link as a QR code (a person at a kiosk photographs it). A module of its own, `import()`ed once
// an answer carries a code: no part of the form's first load. The QR encoder is uqr's (bundled
// into this module by scripts/dist.js), drawn as SVG through the DOM, not parsed from a string.
import { encode } from 'uqr'
import { h } from './dom.js'
import TEXTS from './sent-texts.js'

const SVG = 'http://www.w3.org/2000/svg'

/** The QR code of `text` as an SVG element named `label`: one path of its dark modules. */
function qrCode(text, label) {
  const { size, data } = encode(text, { ecc: 'M', border: 4 })
  let d = ''
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x} ${y}h1v1h-1z`
  }))
  const svg = document.createElementNS(SVG, 'svg')
  for (const [name, value] of Object.entries({ viewBox: `0 0 ${size} ${size}`, width: 160, height: 160, role: 'img', 'aria-label': label, class: 'qr', part: 'access-qr', 'shape-rendering': 'crispEdges' })) svg.setAttribute(name, value)
  const back = document.createElementNS(SVG, 'rect')
  for (const [name, value] of Object.entries({ width: size, height: size, fill: '#fff' })) back.setAttribute(name, value)
  const dark = document.createElementNS(SVG, 'path')
  dark.setAttribute('d', d)
  svg.append(back, dark)
  return svg
}

/** Shows the code of `body` in `done` (the confirmation), in `lang`. */
export function showAccess(done, lang, body, action) {
  const words = TEXTS[lang] ?? TEXTS.en
  const { receipt, accessCode: code } = body
  done.querySelector('.access')?.remove()
  if (typeof receipt !== 'string' || typeof code !== 'string') return
  let status = null
  try {
    status = new URL(`/status?receipt=${encodeURIComponent(receipt)}`, new URL(action || '/', document.baseURI)).href
  } catch {
    status = null
  }
  done.querySelector('.receipt').after(h('div', { class: 'access', part: 'access' },
    h('p', {}, words.accessCode, ' ', h('strong', { class: 'access-code', part: 'access-code' }, code)),
    h('p', {}, h('strong', {}, words.keepThese)),
    status ? h('p', {}, h('a', { href: status, target: '_blank', rel: 'noopener' }, words.statusLink)) : null,
    status ? qrCode(status, words.qrLabel) : null))
}
