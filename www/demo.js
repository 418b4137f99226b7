// The demo page: checks one number with the package's browser entry when the form is submitted.
import { validateIin } from './src/iin.js'

const form = document.getElementById('check')
const result = document.getElementById('result')

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const lang = form.elements.lang.value
  const outcome = validateIin(form.elements.number.value, { lang })
  result.dataset.valid = String(outcome.valid)
  if (!outcome.valid) {
    result.textContent = outcome.message
    return
  }
  const birth = outcome.birth ? ` (${outcome.birth.date}, ${outcome.birth.sex})` : ''
  result.textContent = `✓ ${outcome.value}${birth}`
})
