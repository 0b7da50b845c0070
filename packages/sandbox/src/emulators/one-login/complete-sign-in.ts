import { errorRedirect } from './authorize.js';
import { errorPage } from './sign-in-page.js';
import { type IssuedCode, type OneLoginState, opaque, prune } from './state.js';
import { testPeople } from './test-people.js';
import { vocab } from './vocabulary.js';

const codeLifetimeMs = 5 * 60_000;

/** `POST /authorize/sign-in`: the tester's choice on the sign-in page, answered as One Login would. */
export async function completeSignIn(request: Request, state: OneLoginState): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const id = form.get('authorization') ?? '';
  const pending = state.pending.get(id);
  if (!pending) {
    return errorPage(
      400,
      'Sign-in expired',
      'This sign-in was completed already or has expired: start again.',
      state.basePath,
    );
  }
  state.pending.delete(id);
  const person = testPeople.find((candidate) => candidate.id === form.get('person'));
  const outcome = form.get('outcome');
  const deny = (error: string, description: string) =>
    errorRedirect(pending.redirectUri, error, description, pending.state);
  if (outcome === 'cancelled')
    return deny('access_denied', 'Access denied by resource owner or authorization server');
  if (outcome === 'unavailable') return deny('temporarily_unavailable', 'Temporarily unavailable');
  const allowed = pending.vtr.identity === undefined ? ['signed-in'] : ['identity-proved', 'identity-failed'];
  if (!person || outcome === null || !allowed.includes(outcome)) {
    return errorPage(400, 'Choose an option', 'Pick a test person and what happens to them.', state.basePath);
  }
  // Without returnCodes an identity failure is access_denied; with them it signs in and says why.
  if (outcome === 'identity-failed' && !pending.claims.includes(vocab.returnCode)) {
    return deny('access_denied', 'Access denied by resource owner or authorization server');
  }
  prune(state.codes, (code) => code.createdAt + codeLifetimeMs);
  const code = opaque();
  const issued: IssuedCode = {
    ...pending,
    createdAt: Date.now(),
    person,
    outcome: outcome as IssuedCode['outcome'],
    sid: opaque(),
    authTime: Math.floor(Date.now() / 1000),
    used: false,
  };
  state.codes.set(code, issued);
  const url = new URL(pending.redirectUri);
  url.searchParams.set('code', code);
  url.searchParams.set('state', pending.state);
  return new Response(null, { status: 302, headers: { location: url.toString() } });
}

export { codeLifetimeMs };
