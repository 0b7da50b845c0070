import type { z } from 'zod';
import type { Issue } from '../errors/codes.js';

/**
 * Turns zod's issues into ours, with dotted paths. An unknown key gets an issue at its own path
 * (`emailAdress`), so `ValidationError.field` names the typo. Received values are never copied into messages.
 */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...path, key].join('.'),
        message: 'Unknown field: not allowed here',
      }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}
