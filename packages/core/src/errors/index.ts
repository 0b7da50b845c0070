export {
  type AnyCouncilKitError,
  AuthError,
  ConfigError,
  ConflictError,
  NotFoundError,
  ProviderError,
  RateLimitError,
  TransportError,
  UnsupportedError,
  ValidationError,
  WebhookVerificationError,
} from './classes.js';
export type { CouncilKitErrorCode, Issue } from './codes.js';
export { CouncilKitError, type CouncilKitErrorOptions } from './councilkit-error.js';
