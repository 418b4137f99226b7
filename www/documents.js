// The documents' demo page: a validated application becomes a registration certificate or a
// refusal notice in the browser (<kz-iin-certificate>, <kz-iin-refusal>), rendered by the core
// and printed on A4 or A5. The service's officers use its own pages, /staff/.
import '../dist/elements.js'
import '../dist/elements/document-elements-define.js'

const application = document.getElementById('application')
const issue = document.getElementById('issue')
const form = document.getElementById('issue-form')
const certificate = document.getElementById('certificate')
const refusal = document.getElementById('refusal')
let accepted = null

document.getElementById('issue-date').valueAsDate = new Date()

// The widget's submit event carries the normalised application; staff take it from here.
application.addEventListener('kz-iin-submit', (event) => {
  event.preventDefault()
  accepted = event.detail.value
  issue.hidden = false
  document.getElementById('iin').focus()
})

function show(which) {
  const paper = form.elements.paper.value
  const data = { application: accepted, issueDate: form.elements.issueDate.value }
  certificate.hidden = which !== certificate
  refusal.hidden = which !== refusal
  which.setAttribute('paper', paper)
  which.data = which === certificate ? { ...data, iin: document.getElementById('iin').value } : { ...data, reason: form.elements.reason.value }
  which.scrollIntoView()
}

document.getElementById('make-certificate').addEventListener('click', () => show(certificate))
document.getElementById('make-refusal').addEventListener('click', () => show(refusal))
document.getElementById('print').addEventListener('click', () => {
  // @page cannot be scoped to an element: a constructed sheet (allowed by style-src 'self')
  // sets the paper for this print.
  const page = new CSSStyleSheet()
  page.replaceSync(`@page { size: ${form.elements.paper.value}; margin: 0; }`)
  document.adoptedStyleSheets = [page]
  window.print()
})
