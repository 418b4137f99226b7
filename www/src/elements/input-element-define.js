// Registers <kz-iin-input>. Importing this file is the side effect; the class itself is in
// input-element.js.
import { KzIinInputElement } from './input-element.js'

KzIinInputElement.define()

export { KzIinInputElement }
