import type { Hono } from 'hono';
import { authenticationPage, checkoutPage, closedPage } from '../checkout-page.js';
import { type CardEntry, finishAuthentication, payWithCard } from '../checkout-payment.js';
import { newId } from '../ids.js';
import type { SessionRecord } from '../records.js';
import type { RequestInfo, StripeState } from '../stripe-state.js';

const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });

/**
 * The hosted checkout page a session's `url` points at (no API key: the customer's browser opens
 * it). Paying redirects to `success_url` with `{CHECKOUT_SESSION_ID}` filled in.
 */
export function registerCheckoutPageRoutes(app: Hono, state: StripeState): void {
  const openSession = (id: string): SessionRecord | undefined => {
    state.settle();
    const session = state.sessions.get(id);
    return session?.status === 'open' ? session : undefined;
  };
  const requestInfo = (request: Request): RequestInfo => ({
    id: newId.request(),
    idempotencyKey: null,
    origin: new URL(request.url).origin,
  });
  const payPath = (id: string) => `${state.basePath}/checkout/pay/${id}`;

  app.get('/checkout/pay/:id', (context) => {
    const id = context.req.param('id');
    const session = openSession(id);
    if (!session) return html(closedPage(state.sessions.get(id)), state.sessions.has(id) ? 410 : 404);
    if (state.intents.get(session.paymentIntentId ?? '')?.status === 'requires_action') {
      return html(authenticationPage(session, `${payPath(id)}/authenticate`));
    }
    return html(checkoutPage(session, payPath(id)));
  });

  app.post('/checkout/pay/:id', async (context) => {
    const id = context.req.param('id');
    const session = openSession(id);
    if (!session) return html(closedPage(state.sessions.get(id)), state.sessions.has(id) ? 410 : 404);
    const form = new URLSearchParams(await context.req.text());
    const email = (form.get('email') ?? '').trim();
    const name = (form.get('name') ?? '').trim();
    const entry = readCard(form, email, name);
    const again = (error: string) => html(checkoutPage(session, payPath(id), { error, email, name }), 400);
    if (typeof entry === 'string') return again(entry);
    const attempt = payWithCard(state, session, entry, requestInfo(context.req.raw));
    return answer(attempt, session, id);
  });

  app.post('/checkout/pay/:id/authenticate', async (context) => {
    const id = context.req.param('id');
    const session = openSession(id);
    if (!session) return html(closedPage(state.sessions.get(id)), state.sessions.has(id) ? 410 : 404);
    const form = new URLSearchParams(await context.req.text());
    const attempt = finishAuthentication(
      state,
      session,
      form.get('result') === 'complete',
      requestInfo(context.req.raw),
    );
    return answer(attempt, session, id);
  });

  function answer(attempt: ReturnType<typeof payWithCard>, session: SessionRecord, id: string): Response {
    switch (attempt.kind) {
      case 'paid':
        if (!session.successUrl) return html(closedPage(session));
        return new Response(null, {
          status: 303,
          headers: { Location: session.successUrl.replaceAll('{CHECKOUT_SESSION_ID}', session.id) },
        });
      case 'authenticate':
        return new Response(null, { status: 303, headers: { Location: payPath(id) } });
      case 'declined':
        return html(checkoutPage(session, payPath(id), { error: attempt.message }), 402);
      case 'unknown-card':
        return html(checkoutPage(session, payPath(id), { error: 'Your card number is invalid.' }), 400);
    }
  }
}

function readCard(form: URLSearchParams, email: string, name: string): CardEntry | string {
  let number = '';
  for (const character of form.get('cardNumber') ?? '')
    if (character !== ' ' && character !== '-') number += character;
  if (number.length < 12 || number.length > 19 || ![...number].every((c) => c >= '0' && c <= '9')) {
    return 'Your card number is incomplete or invalid.';
  }
  const expiry = (form.get('expiry') ?? '').replaceAll(' ', '');
  const slash = expiry.indexOf('/');
  const month = Number(slash === -1 ? expiry.slice(0, 2) : expiry.slice(0, slash));
  const yearText = slash === -1 ? expiry.slice(2) : expiry.slice(slash + 1);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 2000) {
    return "Your card's expiry date is incomplete.";
  }
  const now = new Date();
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
    return "Your card's expiry year is in the past.";
  }
  const cvc = (form.get('cvc') ?? '').trim();
  if (cvc.length < 3 || cvc.length > 4 || ![...cvc].every((c) => c >= '0' && c <= '9')) {
    return "Your card's security code is incomplete.";
  }
  return { number, expMonth: month, expYear: year, name: name || null, email: email || null };
}
