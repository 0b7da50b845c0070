export {
  isValidPostcode,
  normalisePostcode,
  type Postcode,
  type PostcodeKind,
  parsePostcode,
} from '@councilkit/core';
