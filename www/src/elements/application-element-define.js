// Registers <kz-iin-application>. Importing this file is the side effect; the class itself is
// in application-element.js (importable without defining anything).
import { KzIinApplicationElement } from './application-element.js'

KzIinApplicationElement.define()

export { KzIinApplicationElement }
