import { redactText } from '../log/redact-text.js';
import type { Issue } from './codes.js';
import { CouncilKitError, type CouncilKitErrorOptions } from './councilkit-error.js';

function describeIssues(summary: string, issues: readonly Issue[]): string {
  if (issues.length === 0) return summary;
  const lines = issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`);
  return `${summary}: ${lines.join('; ')}`;
}

// Paths carry data too: an unknown option named by its secret value, a personalisation key that is an email.
function redactIssues(issues: readonly Issue[]): readonly Issue[] {
  return issues.map((issue) => ({ path: redactPath(issue.path), message: redactText(issue.message) }));
}

// A leading field name of ours (`personalisation`) is kept, so the path still says where; the
// caller's keys after it are redacted as text.
function redactPath(path: string): string {
  const text = redactText(path);
  const dot = typeof path === 'string' ? path.indexOf('.') : -1;
  if (dot <= 0 || text === path) return text;
  const head = path.slice(0, dot);
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(head) ? `${head}.${redactText(path.slice(dot + 1))}` : text;
}

/** Options or settings are wrong; thrown at construction, listing every problem by path. */
export class ConfigError extends CouncilKitError {
  readonly code = 'config_invalid' as const;
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], options: CouncilKitErrorOptions & { summary?: string } = {}) {
    super(describeIssues(options.summary ?? 'Invalid configuration', issues), options);
    this.issues = redactIssues(issues);
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** An input was rejected, by us before sending or by the provider; `field` names the first offending field. */
export class ValidationError extends CouncilKitError {
  readonly code = 'validation_failed' as const;
  readonly issues: readonly Issue[];
  /** Path of the first offending field (`emailAddress`, `personalisation.name`), or '' for the whole input. */
  readonly field: string;
  constructor(issues: readonly Issue[], options: CouncilKitErrorOptions & { summary?: string } = {}) {
    super(describeIssues(options.summary ?? 'Invalid input', issues), options);
    this.issues = redactIssues(issues);
    this.field = this.issues[0]?.path ?? '';
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field, issues: this.issues };
  }
}

/** The provider refused the credentials (HTTP 401 or 403). */
export class AuthError extends CouncilKitError {
  readonly code = 'auth_failed' as const;
}

/** The thing asked for does not exist at the provider (HTTP 404). */
export class NotFoundError extends CouncilKitError {
  readonly code = 'not_found' as const;
}

/** The request conflicts with the resource's state (HTTP 409, or a reused idempotency key). */
export class ConflictError extends CouncilKitError {
  readonly code = 'conflict' as const;
}

/** The provider's rate limit was hit (HTTP 429); `retryAfterMs` says how long to wait, when it said. */
export class RateLimitError extends CouncilKitError {
  readonly code = 'rate_limited' as const;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: CouncilKitErrorOptions & { retryAfterMs?: number | undefined } = {}) {
    super(message, { retryable: true, ...options });
    this.retryAfterMs = options.retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    const json = super.toJSON();
    if (this.retryAfterMs !== undefined) json['retryAfterMs'] = this.retryAfterMs;
    return json;
  }
}

/** The provider failed or answered something we could not understand (5xx, unexpected bodies). */
export class ProviderError extends CouncilKitError {
  readonly code = 'provider_error' as const;
}

/** The request did not complete: connection refused or reset, DNS failure, timeout, abort. */
export class TransportError extends CouncilKitError {
  readonly code = 'transport_failed' as const;
  /** True when the request certainly never reached the provider (connection refused, DNS failure). */
  readonly notSent: boolean;
  constructor(message: string, options: CouncilKitErrorOptions & { notSent?: boolean } = {}) {
    super(message, options);
    this.notSent = options.notSent ?? false;
  }
}

/** A webhook or callback failed its signature or token check; never act on its body. */
export class WebhookVerificationError extends CouncilKitError {
  readonly code = 'webhook_verification_failed' as const;
}

/**
 * The provider behind a port cannot do what was asked (an SMTP relay sending a letter). Read
 * `provider.capabilities` before calling to avoid it; never retried.
 */
export class UnsupportedError extends CouncilKitError {
  readonly code = 'unsupported' as const;
  /** The port method or feature that the provider lacks (`sendLetter`, `capturePayment`). */
  readonly capability: string;
  constructor(capability: string, options: CouncilKitErrorOptions & { message?: string } = {}) {
    super(options.message ?? `${options.provider ?? 'This provider'} does not support ${capability}`, {
      ...options,
      retryable: false,
    });
    this.capability = capability;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), capability: this.capability };
  }
}

/** Any error councilkit throws, as a union discriminated by `code`. */
export type AnyCouncilKitError =
  | ConfigError
  | ValidationError
  | AuthError
  | NotFoundError
  | ConflictError
  | RateLimitError
  | ProviderError
  | TransportError
  | UnsupportedError
  | WebhookVerificationError;
