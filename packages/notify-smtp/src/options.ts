import { z } from '@councilkit/core';

const text = z.string().min(1, { error: 'must not be empty' });
const template = z.strictObject({ subject: text, body: text, name: z.string().optional() });

/** Options of `smtpNotify`, checked at construction (a `ConfigError` lists every problem). */
export const smtpNotifyOptionsSchema = z.strictObject({
  /** The relay's host name, e.g. `smtp.office365.com`. */
  host: z.string({ error: 'is required: the SMTP relay, e.g. smtp.office365.com' }).min(1),
  /** 587 (STARTTLS when offered) unless `secure`, then 465. `secure`: TLS from the first byte. */
  port: z.int().min(1).max(65_535).optional(),
  secure: z.boolean().optional(),
  /** The login, when the relay asks for one; the password comes from `pass` or `SMTP_PASSWORD`. */
  user: text.optional(),
  pass: text.optional(),
  /** Who the email is from: `Parking <parking@council.gov.uk>`. */
  from: z.string({ error: 'is required, e.g. "Parking <parking@council.gov.uk>"' }).min(3),
  /** The council's templates by id: `((placeholders))` in `subject` and `body`. */
  templates: z.record(text, template, { error: 'is required: { [templateId]: { subject, body } }' }),
  /** How long to wait for the relay at each step, in milliseconds. Default 10000. */
  timeoutMs: z.int().positive().max(600_000).optional(),
  /** Your pino logger, or a level for ours; keys and addresses are redacted. */
  logger: z.unknown().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

/** Options of `smtpNotify`. */
export type SmtpNotifyOptions = z.input<typeof smtpNotifyOptionsSchema>;
export type SmtpTemplate = z.input<typeof template>;

/** `providerOptions.smtp` on `sendEmail`: `replyTo`, where replies go when not to `from`. */
export type SmtpEmailOptions = { readonly replyTo?: string };

export const smtpEmailOptionsSchema = z.object({
  providerOptions: z
    .object({ smtp: z.strictObject({ replyTo: z.email().optional() }).optional() })
    .optional(),
});
