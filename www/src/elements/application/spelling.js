// Spelling help for names: leaving a name whose partner in the other script is empty offers the
// core's spelling for it (ICAO Doc 9303 for Latin, its reading backwards for Cyrillic), and a
// transliteration warning offers ICAO's spelling. One tap takes it; typing one's own dismisses it.
import * as kz from '../../application.js'
import { h } from '../dom.js'
import { fill } from './words.js'
import { id } from './render.js'
import { control } from './values.js'

/** Shows "Suggested spelling: [Use “…”]" in `box`; one tap puts it in `field`. */
export function suggestIn(view, box, field, spelling) {
  if (!box) return
  const ui = view.ui.suggest
  const slot = box.classList.contains('suggest') ? box : box.appendChild(h('span', { class: 'suggestion' }))
  slot.replaceChildren(ui.lead, ' ',
    h('button', { type: 'button', class: 'link', 'data-value': spelling, onclick: () => {
      control(view, field).value = spelling
      if (slot === box) box.hidden = true
      else slot.remove()
      control(view, field).focus()
    } }, fill(ui.use, spelling)))
  box.hidden = false
}

/** A name left: offer the other script's spelling for its empty partner. */
export function offerSpelling(view, target) {
  const partner = view.specs.get(target?.name)?.partner
  if (!partner || !target.value.trim()) return
  if (control(view, partner).value.trim()) return
  const value = target.value.trim()
  const spelling = view.specs.get(partner).script === 'cyrillic' ? kz.suggestCyrillic(value) : kz.suggestLatin(value)
  if (spelling) suggestIn(view, view.root.getElementById(id(partner, 'suggest')), partner, spelling)
}

/** Typing into a field dismisses the offer made for it. */
export function dismissOffer(view, target) {
  const offer = target?.name && view.root.getElementById(id(target.name, 'suggest'))
  if (offer) offer.hidden = true
}
