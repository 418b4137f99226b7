// <kz-iin-application>'s class, without defining the element (see kz-iin/elements).
export { KzIinApplicationElement } from '../elements.js'
