// A phone's on-screen keyboard shrinks the visual viewport and can cover the field being typed
// in: not every browser or embedded web view brings it back into view. When the viewport shrinks,
// the widget does.
const MARGIN = 8

/** Keeps the focused field of `root` visible as the viewport shrinks; returns what stops it. */
export function keepFocusedVisible(root) {
  const viewport = window.visualViewport ?? window
  let height = viewport.height ?? innerHeight
  const onResize = () => {
    const before = height
    height = viewport.height ?? innerHeight
    const field = root.activeElement
    if (height >= before || !field?.matches('input, select, textarea')) return
    // Scroll containers first (a host page may scroll inside one), then the window by what the
    // visual viewport still hides.
    field.scrollIntoView({ block: 'nearest' })
    const box = field.getBoundingClientRect()
    const top = (viewport.offsetTop ?? 0) + MARGIN
    const bottom = (viewport.offsetTop ?? 0) + height - MARGIN
    if (box.bottom > bottom) scrollBy(0, Math.min(box.bottom - bottom, box.top - top))
    else if (box.top < top) scrollBy(0, box.top - top)
  }
  viewport.addEventListener('resize', onResize)
  return () => viewport.removeEventListener('resize', onResize)
}
