export { type DecodedJwt, decodeJwt, hasValidHs256Signature, signHs256Jwt } from './hs256.js';
