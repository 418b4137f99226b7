// Defines the form's custom elements: import 'kz-iin/elements' and use <kz-iin-application> and
// <kz-iin-input>. The printed documents' elements are in 'kz-iin/document-elements', so that a
// page with the form does not download the documents' module.
export { KzIinApplicationElement } from './elements/application-element-define.js'
export { KzIinInputElement } from './elements/input-element-define.js'
