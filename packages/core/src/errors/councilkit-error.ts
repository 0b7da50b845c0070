import { redactText } from '../log/redact-text.js';
import type { AnyCouncilKitError } from './classes.js';
import type { CouncilKitErrorCode } from './codes.js';

// A registry-wide symbol, so isInstance works when two copies of core are installed.
const marker = Symbol.for('councilkit.error');

export interface CouncilKitErrorOptions {
  /** The provider the failing call was for, e.g. `govuk-notify`. */
  provider?: string | undefined;
  /** True when repeating the same call later may succeed. */
  retryable?: boolean | undefined;
  /** HTTP status of the provider's answer, where there was one. */
  status?: number | undefined;
  /** The provider's own error name or code, e.g. Notify's `BadRequestError`. */
  providerCode?: string | undefined;
  /** The provider's own error message, redacted. */
  providerMessage?: string | undefined;
  /**
   * True when a write may or may not have taken effect at the provider (the connection broke after
   * the request was sent, or the provider failed mid-way). Check before repeating the call.
   */
  outcomeUnknown?: boolean | undefined;
  cause?: unknown;
}

/** The base class of every error councilkit throws; branch on `code` or on the subclass. */
export abstract class CouncilKitError extends Error {
  abstract readonly code: CouncilKitErrorCode;
  readonly provider: string | undefined;
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly providerCode: string | undefined;
  readonly providerMessage: string | undefined;
  readonly outcomeUnknown: boolean;
  // Symbol-keyed, so it never clashes with a field and survives bundling into several copies.
  readonly [marker] = true;

  constructor(message: string, options: CouncilKitErrorOptions = {}) {
    // Messages are redacted at construction, so no secret or personal data survives in `message` or stacks.
    super(redactText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = options.provider;
    this.retryable = options.retryable ?? false;
    this.status = options.status;
    this.providerCode = options.providerCode;
    this.providerMessage =
      options.providerMessage === undefined ? undefined : redactText(options.providerMessage);
    this.outcomeUnknown = options.outcomeUnknown ?? false;
  }

  override get name(): string {
    return this.constructor.name;
  }

  /** True for any councilkit error, even one thrown by another installed copy of the package. */
  static isInstance(value: unknown): value is AnyCouncilKitError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  /** A plain object safe to log or serialise: no secrets, no personal data, no cause chain. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.provider !== undefined) json['provider'] = this.provider;
    if (this.status !== undefined) json['status'] = this.status;
    if (this.providerCode !== undefined) json['providerCode'] = this.providerCode;
    if (this.providerMessage !== undefined) json['providerMessage'] = this.providerMessage;
    if (this.outcomeUnknown) json['outcomeUnknown'] = true;
    return json;
  }
}
