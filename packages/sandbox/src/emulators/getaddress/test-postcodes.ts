import {
  forbidden,
  invalidApiKey,
  invalidPostcode,
  notFound,
  serverError,
  tooManyRequests,
} from './api-error.js';

/**
 * getAddress.io's documented test postcodes (compact, upper case), which cost no lookups:
 * `XX2 00X` answers addresses (the shared fixtures hold them), the others their error.
 */
export function applyTestPostcode(compact: string): void {
  switch (compact) {
    case 'XX404X':
      throw notFound();
    case 'XX400X':
      throw invalidPostcode();
    case 'XX401X':
      throw invalidApiKey();
    case 'XX403X':
      throw forbidden();
    case 'XX429X':
      throw tooManyRequests();
    case 'XX500X':
      throw serverError();
  }
}
