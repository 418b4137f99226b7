// Defines the custom elements: import 'kz-iin/elements' and use <kz-iin-application>,
// <kz-iin-input>, <kz-iin-certificate> and <kz-iin-refusal> in the page.
export { KzIinApplicationElement } from './elements/application-element-define.js'
export { KzIinInputElement } from './elements/input-element-define.js'
export { KzIinCertificateElement, KzIinRefusalElement } from './elements/document-elements-define.js'
