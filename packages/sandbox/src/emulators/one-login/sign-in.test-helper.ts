/**
 * Goes through the emulator's sign-in page as a tester would, without a browser: loads the page
 * from the authorization URL, picks a person and an outcome, and resolves with where One Login
 * sends them (the redirect URI with a code or an error).
 */
export async function signInThroughPage(
  authorizationUrl: string,
  choice: { person?: string; outcome?: string } = {},
): Promise<string> {
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  const location = page.headers.get('location');
  if (location) return location;
  const html = await page.text();
  const id = /name="authorization" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!id || !action) throw new Error(`The sign-in page did not show (HTTP ${page.status})`);
  const outcome =
    choice.outcome ?? /name="outcome" type="radio" value="([^"]+)"/.exec(html)?.[1] ?? 'signed-in';
  const answer = await fetch(new URL(action, authorizationUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      authorization: id,
      person: choice.person ?? 'kenneth-decerqueira',
      outcome,
    }).toString(),
  });
  const next = answer.headers.get('location');
  if (!next) throw new Error(`The sign-in page answered ${answer.status} without a redirect`);
  return next;
}
