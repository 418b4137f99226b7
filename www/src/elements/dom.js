// Building DOM without markup strings: text is always set as text, so nothing a person types
// (or a host passes) is ever parsed as HTML.

/**
 * Creates an element. `attrs`: attributes (`true` for a boolean attribute, null/false to omit),
 * plus `on*` listeners; children: nodes, strings (as text), or nested arrays; null is skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  append(el, children)
  return el
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue
    if (Array.isArray(child)) append(el, child)
    else el.append(child instanceof Node ? child : String(child))
  }
}

/** A stylesheet that can be adopted by shadow roots (no <style> element: CSP style-src 'self'). */
export function sheet(css) {
  const s = new CSSStyleSheet()
  s.replaceSync(css)
  return s
}

/**
 * A property a framework set on the element before it was defined (an own property shadowing
 * the class's setter) goes through the setter now, so that it is not lost.
 */
export function upgradeProperty(element, name) {
  if (!Object.hasOwn(element, name)) return
  const value = element[name]
  delete element[name]
  element[name] = value
}

/**
 * A host's value as the text a control holds: a number (an IIN a back end keeps as one) as its
 * digits, for the core to judge, rather than dropped without a word; anything else not text, none.
 */
export function asText(v) {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : ''
}
