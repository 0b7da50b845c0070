import type { SessionRecord } from './records.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const styles = `body{font-family:system-ui,sans-serif;margin:0;color:#0b0c0c;line-height:1.4}
main{max-width:32rem;margin:0 auto;padding:1rem}
.sandbox{background:#ffdd00;padding:.75rem 1rem;font-weight:700;border-bottom:4px solid #0b0c0c}
label{display:block;font-weight:700;margin-top:1rem}
.hint{color:#505a5f;font-weight:400;display:block}
input{font-size:1.1rem;padding:.4rem;border:2px solid #0b0c0c;width:100%;box-sizing:border-box}
input:focus,button:focus,a:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
.row{display:flex;gap:1rem}.row>div{flex:1}
button{margin-top:1.5rem;font-size:1.1rem;padding:.6rem 1.2rem;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;cursor:pointer}
button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
.error{border-left:5px solid #d4351c;padding:.5rem 1rem;margin:1rem 0}
.amount{font-size:1.5rem;font-weight:700}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem 0;border-bottom:1px solid #b1b4b6}`;

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} – Stripe sandbox</title><style>${styles}</style></head><body>` +
    `<div class="sandbox" role="note">Sandbox: this is the councilkit Stripe emulator, not Stripe. ` +
    `No money is taken. Use Stripe's test cards, such as 4242 4242 4242 4242.</div>` +
    `<main id="main-content">${body}</main></body></html>`
  );
}

function formatAmount(amount: number, currency: string): string {
  const value = (amount / 100).toFixed(2);
  return currency === 'gbp' ? `£${value}` : `${value} ${currency.toUpperCase()}`;
}

/** The card form for an open session, with an error when the last attempt failed. */
export function checkoutPage(
  session: SessionRecord,
  action: string,
  options: { error?: string; email?: string; name?: string } = {},
): string {
  const lines = session.lineItems
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.name)}${line.quantity > 1 ? ` × ${line.quantity}` : ''}</td>` +
        `<td>${formatAmount(line.unitAmount * line.quantity, session.currency)}</td></tr>`,
    )
    .join('');
  const error = options.error
    ? `<div class="error" role="alert" id="error-summary"><h2>There is a problem</h2><p>${escapeHtml(options.error)}</p></div>`
    : '';
  const email = options.email ?? session.customerEmail ?? '';
  const cancel = session.cancelUrl
    ? `<p><a href="${escapeHtml(session.cancelUrl)}">Cancel and go back</a></p>`
    : '';
  return page(
    'Pay',
    `<h1>Pay <span class="amount">${formatAmount(session.amountTotal, session.currency)}</span></h1>` +
      `<table><caption class="hint">What you are paying for</caption><tbody>${lines}</tbody></table>${error}` +
      `<form method="post" action="${escapeHtml(action)}" novalidate>` +
      `<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" value="${escapeHtml(email)}">` +
      `<label for="cardnumber">Card number<span class="hint">Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0025 0000 3155 asks for authentication</span></label>` +
      `<input id="cardnumber" name="cardNumber" inputmode="numeric" autocomplete="cc-number" required>` +
      `<div class="row"><div><label for="expiry">Expiry date<span class="hint">MM / YY</span></label>` +
      `<input id="expiry" name="expiry" autocomplete="cc-exp" required></div>` +
      `<div><label for="cvc">Security code</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required></div></div>` +
      `<label for="name">Name on card</label><input id="name" name="name" autocomplete="cc-name" value="${escapeHtml(options.name ?? '')}">` +
      `<button type="submit">Pay ${formatAmount(session.amountTotal, session.currency)}</button></form>${cancel}`,
  );
}

/** The 3-D Secure challenge for a card that needs authentication. */
export function authenticationPage(session: SessionRecord, action: string): string {
  return page(
    'Authenticate your payment',
    `<h1>Authenticate your payment</h1><p>Your bank asks you to confirm this payment of ` +
      `${formatAmount(session.amountTotal, session.currency)}. In the sandbox you choose the answer.</p>` +
      `<form method="post" action="${escapeHtml(action)}">` +
      `<button type="submit" name="result" value="complete">Complete authentication</button> ` +
      `<button type="submit" class="secondary" name="result" value="fail">Fail authentication</button></form>`,
  );
}

/** What a session that can no longer be paid shows. */
export function closedPage(session: SessionRecord | undefined): string {
  if (session?.status === 'complete') {
    return page('Payment complete', '<h1>Payment complete</h1><p>Thank you: this payment has been made.</p>');
  }
  return page(
    'Page no longer available',
    '<h1>This payment page is no longer available</h1><p>It has expired or does not exist. Go back and start again.</p>',
  );
}
