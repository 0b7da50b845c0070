import type { z } from 'zod';
import { ConfigError, ValidationError } from '../errors/classes.js';
import { issuesFromZod } from './zod-issues.js';

// zod compiles a fast path (generated code) for an object schema the first time it parses one:
// worth it for a schema parsed on every call, pure cost for one parsed once. Options are parsed
// once per client, and the first checks in a process are its cold start, so those go without;
// after them, every schema gets its fast path on its next parse.
const startUpChecks = 100;
let checksMade = 0;
const withoutCompiling = { jitless: true } as const;

/** True for the process's first few checks; counts this one. */
function startingUp(): boolean {
  if (checksMade >= startUpChecks) return false;
  checksMade += 1;
  return true;
}

/** Parses options with a strict schema; throws one `ConfigError` listing every problem by path. */
export function parseConfig<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  provider?: string,
): z.output<Schema> {
  const result = schema.safeParse(input ?? {}, withoutCompiling);
  if (result.success) return result.data;
  throw new ConfigError(issuesFromZod(result.error), {
    provider,
    summary: `Invalid ${provider ?? 'councilkit'} options`,
  });
}

/** Parses a call's input; throws a `ValidationError` naming the first bad field, before any request. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  provider?: string,
): z.output<Schema> {
  const result = startingUp() ? schema.safeParse(input, withoutCompiling) : schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(issuesFromZod(result.error), { provider });
}
