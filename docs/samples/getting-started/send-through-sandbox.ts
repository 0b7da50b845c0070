// send-through-sandbox.ts: the same service, with GOV.UK Notify behind it.
import { govukNotify } from '@councilkit/notify-govuk';
import { confirmApplication } from './confirm-application.js';

// The sandbox's seeded templates (shown above); in production, your own template ids.
const templates = {
  email: 'b7d8c0a2-3c4e-4f5a-9b6c-7d8e9f0a1b2c',
  sms: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
};

export async function main() {
  // The key comes from GOVUK_NOTIFY_API_KEY. GOVUK_NOTIFY_BASE_URL points at the sandbox; leave it
  // unset in production and the real Notify is used.
  const notify = govukNotify({ baseUrl: process.env.GOVUK_NOTIFY_BASE_URL });
  const sent = await confirmApplication(notify, templates, {
    reference: 'PERMIT-1234',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    mobile: '07700 900123',
    byPost: true,
  });
  console.log(`Sent email ${sent.emailId} and text ${sent.textId}`);
  return sent;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
