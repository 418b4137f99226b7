// Defines both custom elements: import 'kz-iin/elements' and use <kz-iin-application> and
// <kz-iin-input> in the page.
export { KzIinApplicationElement } from './elements/application-element-define.js'
export { KzIinInputElement } from './elements/input-element-define.js'
