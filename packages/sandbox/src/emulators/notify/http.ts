import { badRequest } from './api-error.js';
import { parseRequestJson } from './json-body.js';
import { isPythonTruthy } from './python-repr.js';

/** A JSON response; Notify always answers JSON, errors included. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The request's root as Notify's `request.url_root` gives it (origin, base path, trailing `/`). */
export function requestRoot(request: Request, basePath: string): string {
  return `${new URL(request.url).origin}${basePath}/`;
}

/**
 * Reads a JSON body whatever its Content-Type, as Notify's `get_json(force=True)` does; a falsy
 * value (`null`, `{}`, `0`, …) reads as `{}`. Throws Notify's "Invalid JSON supplied in POST data".
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  return parseJsonBody(await request.text());
}

/** `readJsonBody` for a body already read as text. */
export function parseJsonBody(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = parseRequestJson(text);
  } catch {
    throw badRequest('Invalid JSON supplied in POST data');
  }
  return isPythonTruthy(parsed) ? parsed : {};
}
