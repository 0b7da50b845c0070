/** A JSON response, as GOV.UK Pay sends them. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** An empty response (204 on cancel and capture). */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** An HTML page. */
export function html(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** A redirect after a form post, as the card page makes them. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

/** The URL root links are built from: the request's origin plus the emulator's base path. */
export function apiRoot(request: Request, basePath: string): string {
  return new URL(request.url).origin + basePath;
}
