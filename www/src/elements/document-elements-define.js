// Registers <kz-iin-certificate> and <kz-iin-refusal>.
import { KzIinCertificateElement, KzIinRefusalElement } from './document-elements.js'

KzIinCertificateElement.define()
KzIinRefusalElement.define()

export { KzIinCertificateElement, KzIinRefusalElement }
