// <kz-iin-input>'s class, without defining the element (see kz-iin/elements).
export { KzIinInputElement } from '../elements.js'
