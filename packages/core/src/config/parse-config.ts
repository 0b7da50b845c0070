import type { z } from 'zod';
import { ConfigError, ValidationError } from '../errors/classes.js';
import { issuesFromZod } from './zod-issues.js';

/** Parses options with a strict schema; throws one `ConfigError` listing every problem by path. */
export function parseConfig<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  provider?: string,
): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(issuesFromZod(result.error), { provider });
}
