// The book's server example (docs/src/portal/form.md), run as written: a valid application is accepted (201) with its
// normalised value, an invalid one refused (422) with localized errors, garbage refused too.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { ROOT } from './helpers.js'

const chapter = readFileSync(new URL('../../docs/src/portal/form.md', import.meta.url), 'utf8')
const example = chapter.split('## Re-check on the server')[1].match(/```js\n([\s\S]*?)```/)[1]
const { cases } = JSON.parse(readFileSync(new URL('../vectors/applications.json', import.meta.url), 'utf8'))

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

test('the book\'s server example accepts and refuses applications', async () => {
  const port = await freePort()
  const server = spawn(process.execPath, ['--input-type=module', '-e', example], { cwd: ROOT, env: { ...process.env, PORT: String(port) } })
  try {
    const post = async (body, lang = 'en') => {
      for (let i = 0; ; i++) {
        try {
          const r = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, headers: { 'accept-language': lang } })
          return [r.status, await r.json()]
        } catch (e) {
          if (i > 50) throw e
          await new Promise((r) => setTimeout(r, 100))
        }
      }
    }
    // The example judges on the machine's date, so the document's dates are set around the day
    // the test runs: issued a year ago, expiring in five years.
    const day = (years) => {
      const d = new Date()
      d.setUTCFullYear(d.getUTCFullYear() + years)
      return d.toISOString().slice(0, 10)
    }
    const base = { ...cases.find((c) => c.name === 'base').data, documentIssueDate: day(-1), documentExpiryDate: day(5) }
    const [ok, accepted] = await post(JSON.stringify({ ...base, surnameLatin: '  Müller ' }))
    assert.equal(ok, 201)
    assert.equal(accepted.accepted.surnameLatin, 'Müller')
    const [bad, refused] = await post(JSON.stringify({ ...base, citizenship: 'KAZ' }), 'ru')
    assert.equal(bad, 422)
    assert.deepEqual(refused.errors.map((e) => e.code), ['citizenship_kaz'])
    assert.match(refused.errors[0].message, /иностранных граждан/)
    const [garbage, report] = await post('{not json')
    assert.equal(garbage, 422)
    assert.equal(report.errors[0].code, 'not_an_object')
  } finally {
    server.kill()
  }
})

test('the schema chapter lists the personal columns that retention erases', () => {
  const source = readFileSync(new URL('../../server/src/retention.rs', import.meta.url), 'utf8')
  const list = source.split('pub const PERSONAL')[1].split('];')[0]
  const personal = [...list.matchAll(/\("(\w+)", "(\w+)", Blank::(Null|Empty)\)/g)].map((m) => [m[1], m[2], m[3] === 'Null' ? 'NULL' : "''"])
  assert.ok(personal.length >= 7)
  const chapter = readFileSync(new URL('../../docs/src/contributing/schema.md', import.meta.url), 'utf8')
  const rows = [...chapter.matchAll(/^\| (\w+) \| (\w+) \| (NULL|'') \|$/gm)].map((m) => [m[1], m[2], m[3]])
  assert.deepEqual(rows, personal)
})

test('the README is the front door: at most 200 lines, every link into the book leads somewhere', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  assert.ok(readme.split('\n').length <= 201, `README.md: ${readme.split('\n').length} lines`)
  const links = [...readme.matchAll(/\]\(((?:docs|server|src)\/[^)#]+)(?:#([\w-]+))?\)/g)]
  assert.ok(links.length >= 15)
  for (const [, path, anchor] of links) {
    const text = readFileSync(new URL(`../../${path}`, import.meta.url))
    if (anchor) {
      const headings = String(text).split('\n').filter((l) => /^#+ /.test(l)).map((l) => l.replace(/^#+ /, '').toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'))
      assert.ok(headings.includes(anchor), `${path}#${anchor}`)
    }
  }
})
