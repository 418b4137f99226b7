// The widgets' styles. They live in the shadow roots, so host CSS cannot break them and they do
// not leak out; hosts theme them with these custom properties, and ::part() for more:
//   --kz-iin-font-family, --kz-iin-font-size, --kz-iin-color-text, --kz-iin-color-secondary,
//   --kz-iin-color-error, --kz-iin-color-warning, --kz-iin-color-focus, --kz-iin-color-link,
//   --kz-iin-color-button, --kz-iin-color-button-text, --kz-iin-input-border,
//   --kz-iin-target-min-size (44px by default: touch screens)
// Parts: form, error-summary, fieldset, mrz, field, label, hint, input, error-message,
//   warning-message, button, review, confirmation, idle-dialog.
// mode="kiosk" (:host([mode="kiosk"])) enlarges type and every target to 48px for touch.

const common = `
  :host {
    all: initial;
    display: block;
    font-family: var(--kz-iin-font-family, system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif);
    font-size: var(--kz-iin-font-size, 1.125rem);
    line-height: 1.5;
    color: var(--kz-iin-color-text, #0b0c0c);
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  [hidden] { display: none !important; }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
    padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }
  input, select, button, textarea { font: inherit; color: inherit; }
  input, select, textarea {
    min-height: var(--kz-iin-target-min-size, 44px);
    padding: 0.3em 0.4em;
    border: var(--kz-iin-input-border, 2px solid #0b0c0c);
    border-radius: 0;
    background: #fff;
    max-width: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--kz-iin-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px #0b0c0c;
  }
  [aria-invalid="true"] { border-color: var(--kz-iin-color-error, #d4351c); }
  .error { color: var(--kz-iin-color-error, #d4351c); font-weight: 700; margin: 0 0 0.3em; }
  /* A corrected field's error keeps its space until the next submit, so nothing moves. */
  .error.resolved { visibility: hidden; }
  .warning { color: var(--kz-iin-color-warning, #594d00); font-weight: 700; margin: 0 0 0.3em; }
  .hint { color: var(--kz-iin-color-secondary, #484949); margin: 0 0 0.3em; }
`

export const applicationCss = `${common}
  .container { max-width: 48rem; }
  h2 { font-size: 1.5em; margin: 0 0 0.75em; }
  fieldset { border: 0; padding: 0; margin: 0 0 1.5em; min-width: 0; }
  fieldset > legend { font-size: 1.25em; font-weight: 700; padding: 0; margin-bottom: 0.5em; }
  .field { margin-bottom: 1.25em; }
  .field.has-error { border-left: 5px solid var(--kz-iin-color-error, #d4351c); padding-left: 0.75em; }
  label, .label { display: block; font-weight: 700; margin-bottom: 0.2em; }
  input[type="text"], select { width: 100%; }
  .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 1.5em; }
  .date { display: flex; gap: 1em; flex-wrap: wrap; }
  .date label { font-weight: 400; }
  .date .day, .date .month { width: 4.5em; }
  .date .year { width: 6em; }
  .date fieldset, fieldset.group { margin: 0; }
  fieldset.group > legend { font-size: 1em; margin-bottom: 0.2em; }
  .choice { display: flex; align-items: center; gap: 0.6em; min-height: var(--kz-iin-target-min-size, 44px); }
  .choice input { width: var(--kz-iin-target-min-size, 44px); height: var(--kz-iin-target-min-size, 44px); margin: 0; flex: none; }
  .choice label { font-weight: 400; margin: 0; }
  .consent { align-items: flex-start; }
  .summary {
    border: 5px solid var(--kz-iin-color-error, #d4351c); padding: 1em; margin-bottom: 1.5em;
  }
  .summary h2 { font-size: 1.25em; margin-bottom: 0.5em; }
  .summary ul { margin: 0; padding-left: 1.25em; }
  .summary a { color: var(--kz-iin-color-error, #d4351c); font-weight: 700; display: inline-block; min-height: 24px; padding: 0.1em 0; }
  a, .link {
    color: var(--kz-iin-color-link, #1d70b8); text-decoration: underline; background: none; border: 0;
    padding: 0; cursor: pointer; font: inherit; min-height: var(--kz-iin-target-min-size, 44px);
  }
  .button {
    display: inline-block; min-height: var(--kz-iin-target-min-size, 44px); padding: 0.4em 1em;
    border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; margin: 0 1em 1em 0;
    background: var(--kz-iin-color-button, #00703c); color: var(--kz-iin-color-button-text, #fff);
  }
  .button.secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
  .button[disabled] { opacity: 0.6; cursor: not-allowed; }
  dl.answers { margin: 0 0 1.5em; }
  dl.answers > div { display: grid; grid-template-columns: 2fr 2fr auto; gap: 0.5em 1em; border-bottom: 1px solid #b1b4b6; padding: 0.5em 0; align-items: start; }
  dl.answers dt { font-weight: 700; }
  dl.answers dd { margin: 0; overflow-wrap: anywhere; }
  .status { font-weight: 700; }
  .status.failed { color: var(--kz-iin-color-error, #d4351c); }
  .panel { border: 5px solid #00703c; padding: 1em; }
  .access-code { font-size: 1.5em; }
  .mrz { background: #f3f2f1; padding: 1em; }
  .mrz-text { width: 100%; font-family: ui-monospace, "DejaVu Sans Mono", monospace; text-transform: uppercase; }
  .suggest, .suggestion { margin: 0.3em 0 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0 0.5em; font-weight: 400; color: var(--kz-iin-color-text, #0b0c0c); }
  dialog.idle { max-width: 32rem; border: 5px solid #0b0c0c; padding: 1.5em; }
  dialog.idle::backdrop { background: rgb(11 12 12 / 0.7); }
  :host([mode="kiosk"]) { --kz-iin-target-min-size: 48px; font-size: var(--kz-iin-font-size, 1.375rem); }
  :host([mode="kiosk"]) .container { max-width: 64rem; }
  :host([mode="kiosk"]) .button { padding: 0.5em 1.5em; }
  :host([mode="kiosk"]) .date .day, :host([mode="kiosk"]) .date .month { width: 5em; }
  :host([mode="kiosk"]) .link { min-width: var(--kz-iin-target-min-size); }
  :host([mode="kiosk"]) .summary a { display: inline-block; min-height: var(--kz-iin-target-min-size); padding: 0.35em 0; }
`

export const inputCss = `${common}
  :host { display: inline-block; }
  input { width: 14em; letter-spacing: 0.05em; }
  .error:empty { display: none; }
  .error.resolved { visibility: hidden; }
`
