import type { z } from 'zod';
import type { Issue } from '../errors/codes.js';

/** Turns zod's issues into ours, with dotted paths; received values are never copied into messages. */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
