/**
 * UK formats: postcodes, phone numbers, email addresses and money in pence.
 * @module
 */
export { isValidEmailAddress, parseEmailAddress } from './email.js';
export {
  type FormatPoundsOptions,
  formatPounds,
  type Pence,
  type PenceOptions,
  pence,
  penceToPounds,
  poundsToPence,
} from './money.js';
export {
  isUkMobile,
  normalisePhoneNumber,
  type PhoneNumber,
  type PhoneNumberOptions,
  parsePhoneNumber,
} from './phone.js';
export {
  isValidPostcode,
  normalisePostcode,
  type Postcode,
  type PostcodeKind,
  parsePostcode,
} from './postcode.js';
