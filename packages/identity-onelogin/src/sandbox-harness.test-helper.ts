import { type Sandbox, startSandbox } from '@councilkit/sandbox';
import { type GovukOneLoginOptions, govukOneLogin } from './index.js';

/**
 * Goes through the One Login emulator's sign-in page as a tester would: loads it, picks a person
 * and an outcome, and resolves with the callback URL One Login redirects to.
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

/** The sandbox with its One Login emulator, and a `govukOneLogin` client on the default test client. */
export async function oneLoginSandbox(
  options: Partial<GovukOneLoginOptions> = {},
  sandboxOptions: Parameters<typeof startSandbox>[0] = {},
): Promise<{ sandbox: Sandbox; oneLogin: ReturnType<typeof govukOneLogin> }> {
  const sandbox = await startSandbox(sandboxOptions);
  const { clientId, privateKeyJwk, redirectUri, postLogoutRedirectUri } = sandbox.credentials.oneLogin;
  const oneLogin = govukOneLogin({
    clientId,
    privateKey: privateKeyJwk,
    redirectUri,
    postLogoutRedirectUri,
    environment: { issuer: sandbox.services.oneLogin },
    keyRefreshCooldownMs: 0,
    ...options,
  });
  return { sandbox, oneLogin };
}
