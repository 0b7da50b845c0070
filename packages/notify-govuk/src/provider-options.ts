import { onFirstUse, parseInput, z } from '@councilkit/core';
import type { ProviderOptions } from '@councilkit/notify';

const uuid = onFirstUse(() => z.guid({ error: 'is not a GOV.UK Notify id (a UUID)' }));

/** Notify-only fields of an email: `providerOptions: { govukNotify: { emailReplyToId } }`. */
export interface GovukNotifyEmailOptions {
  /** The id of one of the service's reply-to addresses (Settings › Reply-to email addresses). */
  readonly emailReplyToId?: string;
}

/** Notify-only fields of a text message: `providerOptions: { govukNotify: { smsSenderId } }`. */
export interface GovukNotifySmsOptions {
  /** The id of one of the service's text message senders (Settings › Text message senders). */
  readonly smsSenderId?: string;
}

/** What `providerOptions.govukNotify` may hold, by kind of message. */
export type GovukNotifyProviderOptions = GovukNotifyEmailOptions & GovukNotifySmsOptions;

// Other providers' entries are left alone: one request may carry options for several.
// Builders, called on first use: most sends carry no provider options.
const schemas = {
  email: () => z.strictObject({ emailReplyToId: uuid().optional() }),
  sms: () => z.strictObject({ smsSenderId: uuid().optional() }),
  letter: () => z.strictObject({}),
} as const;

// The wrapping schemas are made once per kind, on first use, not on every send.
const wrapped = new Map<keyof typeof schemas, z.ZodType>();

/** Reads and checks `providerOptions.govukNotify` for a kind of message; a `ValidationError` naming the field. */
export function govukNotifyOptions<Kind extends keyof typeof schemas>(
  providerOptions: ProviderOptions | undefined,
  kind: Kind,
): z.infer<ReturnType<(typeof schemas)[Kind]>> {
  // Most sends carry no options for Notify: nothing to check.
  if (providerOptions === undefined) return {} as z.infer<ReturnType<(typeof schemas)[Kind]>>;
  let schema = wrapped.get(kind);
  if (schema === undefined) {
    schema = z.object({
      providerOptions: z.object({ govukNotify: (schemas[kind]() as z.ZodType).optional() }).optional(),
    });
    wrapped.set(kind, schema);
  }
  const parsed = parseInput(schema, { providerOptions }, 'govuk-notify') as {
    providerOptions?: { govukNotify?: unknown };
  };
  return (parsed.providerOptions?.govukNotify ?? {}) as z.infer<ReturnType<(typeof schemas)[Kind]>>;
}
