// The demo page: the application widget, a host form with <kz-iin-input>, and the API checking
// one number. Everything here is what a host page would write.
import '../dist/elements.js'
import { validateIin } from '../dist/iin.js'

const lang = document.getElementById('lang')
const application = document.getElementById('application')
const hostInput = document.getElementById('host-iin')

function setLang(value) {
  document.documentElement.lang = value
  application.setAttribute('lang', value)
  hostInput.setAttribute('lang', value)
}
lang.addEventListener('change', () => setLang(lang.value))
setLang(lang.value)

// A host form: the browser validates <kz-iin-input> like a native control before submitting.
const host = document.getElementById('host')
host.addEventListener('submit', (event) => {
  event.preventDefault()
  document.getElementById('host-result').textContent = `iin=${new FormData(host).get('iin')}`
})
host.addEventListener('reset', () => {
  document.getElementById('host-result').textContent = ''
})

const check = document.getElementById('check')
const result = document.getElementById('result')
check.addEventListener('submit', (event) => {
  event.preventDefault()
  const outcome = validateIin(check.elements.number.value, { lang: lang.value })
  result.dataset.valid = String(outcome.valid)
  if (!outcome.valid) {
    result.textContent = outcome.message
    return
  }
  const birth = outcome.birth ? ` (${outcome.birth.date}, ${outcome.birth.sex})` : ''
  result.textContent = `✓ ${outcome.value}${birth}`
})
