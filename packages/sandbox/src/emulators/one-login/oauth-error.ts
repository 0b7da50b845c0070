/** An OAuth error body, as One Login's token endpoint answers. */
export function oauthError(error: string, description: string, status = 400): Response {
  return new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/** One Login answers 403 to a back-channel request without a User-Agent. */
export function lacksUserAgent(request: Request): Response | undefined {
  const agent = request.headers.get('user-agent');
  if (agent !== null && agent.trim() !== '') return undefined;
  return new Response(JSON.stringify({ message: 'Forbidden' }), {
    status: 403,
    headers: { 'content-type': 'application/json' },
  });
}
