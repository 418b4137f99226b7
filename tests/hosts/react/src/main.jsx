// A React 19 portal with the elements: `value` set as a property (React 19 sets a property when
// the element has one), `onkz-iin-submit` listening to the widget's event, and <kz-iin-input> in
// a React form whose action gets its FormData.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import 'kz-iin/elements'

const prefilled = { institution: 'deu', surnameLatin: 'Müller' }

function App() {
  const [submitted, setSubmitted] = useState(null)
  const [iin, setIin] = useState('')
  return (
    <>
      <kz-iin-application lang="ru" today="2026-12-03" value={prefilled} onkz-iin-submit={(event) => setSubmitted(event.detail.value)} />
      <form id="host" action={(data) => setIin(data.get('iin'))}>
        <label htmlFor="iin">IIN</label>
        <kz-iin-input id="iin" name="iin" required lang="en" />
        <button type="submit">Check</button>
      </form>
      <output id="submitted">{submitted ? JSON.stringify(submitted) : ''}</output>
      <output id="iin-result">{iin}</output>
    </>
  )
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
