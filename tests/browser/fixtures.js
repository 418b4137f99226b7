// What the browser tests share, read once: the test vectors (the applications with their
// `today`, the base application, the passports' zones), axe-core's source, and how axe is run
// and its result read (in any driver: the pages' policy decides only how its source arrives).
import { readFileSync } from 'node:fs'

const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))

/** tests/vectors/applications.json: `{ today, cases: [{ name, data, ... }] }`. */
export const APPLICATIONS = json('../vectors/applications.json')
/** The day the applications are checked on. */
export const TODAY = APPLICATIONS.today
/** The valid application every scenario starts from. */
export const BASE = APPLICATIONS.cases.find((c) => c.name === 'base').data
/** tests/vectors/mrz.json: `{ today, cases: [{ name, text, fields, ... }] }`. */
export const MRZ = json('../vectors/mrz.json')

/** axe-core, as a script's text. */
export const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
/** The rules checked: WCAG 2.2 A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe on the page's document, once `window.axe` is there: the violations as lines
 * ("rule: targets"). Serialised into the page, so it names nothing outside itself.
 */
export async function axeViolations(tags) {
  const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** axe in a Playwright page: its source added as an inline script (the page bypasses its CSP). */
export async function axeInPlaywright(page) {
  await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(axeViolations, WCAG)
}
