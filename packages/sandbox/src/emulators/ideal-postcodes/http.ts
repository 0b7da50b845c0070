/** A JSON response, as every Ideal Postcodes answer is. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** The envelope of every success: `{ result, code: 2000, message: "Success" }` plus extras. */
export function success(result: unknown, extra: Record<string, unknown> = {}): Response {
  return jsonResponse({ result, code: 2000, message: 'Success', ...extra });
}
