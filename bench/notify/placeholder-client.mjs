// A stand-in for @councilkit/notify-govuk with the same surface (`govukNotify({ apiKey, baseUrl })`,
// `sendEmail(...)` resolving to `{ id }`), for checking the harness while the package is unbuilt:
//   node bench/notify/run.mjs --quick --client-a bench/notify/placeholder-client.mjs
// Its figures say nothing about the real package.
import { Agent } from 'undici';
import { signNotifyToken } from './wire.mjs';

/** Builds the stand-in client. */
export function govukNotify({ apiKey, baseUrl }) {
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const url = new URL(`${baseUrl}/v2/notifications/email`);
  return {
    async sendEmail({ templateId, emailAddress, personalisation, reference }) {
      const response = await agent.request({
        origin: url.origin,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${signNotifyToken(apiKey)}` },
        body: JSON.stringify({
          template_id: templateId,
          email_address: emailAddress,
          personalisation,
          reference,
        }),
      });
      const body = await response.body.json();
      if (response.statusCode !== 201) throw new Error(`Notify answered ${response.statusCode}`);
      return { id: body.id, reference: body.reference };
    },
  };
}
