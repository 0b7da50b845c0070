import { onFirstUse, z } from '@councilkit/core';
import { fileUploadSchema } from './file-upload.js';

const valueMessage =
  'must be text, a number, true or false, null, a list of text, or a file from prepareUpload';

/** One placeholder's plain value: text, a number, true/false, null or a list of text. */
type PlainValue = string | number | boolean | null | string[];

// Providers show a list as bullet points (email) or as "a, b and c".
function isPlainValue(value: unknown): value is PlainValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      return value === null || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    default:
      return false;
  }
}

// Text, by far the usual value, is tried first with zod's own string schema, the cheapest to run;
// one check then covers the other plain kinds, where a schema for each would make a cold start
// build (and first run) four more kinds of zod schema. The check aborts on failure, as a schema of
// the wrong type does, so a file-shaped value's own issues (a bad retentionPeriod, say) are the
// ones reported. Built on first use, like the request schemas: every schema made at import is paid
// by every cold start.
const plainValueSchemas = () => [z.string(), z.custom<PlainValue>(isPlainValue)] as const;

// A file only travels by email: elsewhere a file-shaped value gets a message that says so, rather
// than the generic one.
const fileOutsideEmailSchema = () =>
  z
    .looseObject({ file: z.unknown() })
    .refine(() => false, { error: 'Can only send a file by email' }) as unknown as z.ZodType<never>;

const personalisationKeySchema = () => z.string().min(1, { error: 'placeholder names must not be empty' });

/** Values for an email template's placeholders: plain values, lists, and files to download. */
export const personalisationSchema = onFirstUse(() =>
  z.record(
    personalisationKeySchema(),
    // Not z.lazy(fileUploadSchema), though it would build less at a cold start: zod cannot tell an
    // unresolved lazy from a cycle, so every later parse would pay for its cycle tracking.
    z.union([...plainValueSchemas(), fileUploadSchema()], { error: valueMessage }),
  ),
);

/** Values for a text message or letter template's placeholders: no files. */
export const plainPersonalisationSchema = onFirstUse(() =>
  z.record(
    personalisationKeySchema(),
    z.union([...plainValueSchemas(), fileOutsideEmailSchema()], { error: valueMessage }),
  ),
);

/** One placeholder's value: text, a number, true/false, null, a list (bullets in an email) or, in an email only, a file. */
export type PersonalisationValue = z.infer<ReturnType<typeof personalisationSchema>>[string];

/** Values for a template's `((placeholders))`, by placeholder name; files from `prepareUpload` go by email only. */
export type Personalisation = z.infer<ReturnType<typeof personalisationSchema>>;

/** One placeholder's value in a text message or letter: text, a number, true/false, null or a list. */
export type PlainPersonalisationValue = z.infer<ReturnType<typeof plainPersonalisationSchema>>[string];

/** Values for a text message or letter template's `((placeholders))`, by placeholder name. */
export type PlainPersonalisation = z.infer<ReturnType<typeof plainPersonalisationSchema>>;
