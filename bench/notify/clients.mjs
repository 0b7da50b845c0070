// The clients under comparison, behind one shape: `send(reference)` sends one email and resolves
// with the new notification's id. Loading happens here too, so a cold-start sample times exactly
// what an application pays: loading the client, building it, the first send.
import { createRequire } from 'node:module';
import { importBuilt } from '../lib/import-built.mjs';
import { signNotifyToken } from './wire.mjs';

/** A: ours. */
export const clientA = 'A';
/** B: the official notifications-node-client. */
export const clientB = 'B';
/**
 * C: the practical limit of a Node client, undici's `request` alone with one token signed and one
 * body serialised up front, reading the answer's id; no checks, no mapping, nothing per send.
 */
export const clientC = 'C';

export const clientNames = {
  [clientA]: '@councilkit/notify-govuk',
  [clientB]: 'notifications-node-client 8.4.0',
  [clientC]: 'undici request alone (token and body made once)',
};

const require = createRequire(import.meta.url);

/**
 * Loads and builds one client for a server. `target` is what a server child reported (base URL,
 * API key, template id, personalisation); `clientAModule` lets a replacement stand in for A.
 */
export async function loadSender(client, target, { clientAModule = '@councilkit/notify-govuk' } = {}) {
  const { baseUrl, apiKey, templateId, personalisation, emailAddress } = target;
  if (client === clientA) {
    const { govukNotify } = await importBuilt(clientAModule);
    const notify = govukNotify({ apiKey, baseUrl });
    return async (reference) => {
      const sent = await notify.sendEmail({ templateId, emailAddress, personalisation, reference });
      return sent.id;
    };
  }
  if (client === clientB) {
    // CommonJS only, so it is required: what an application loading it would do.
    const { NotifyClient } = require('notifications-node-client');
    const notify = new NotifyClient(baseUrl, apiKey);
    return async (reference) => {
      const response = await notify.sendEmail(templateId, emailAddress, { personalisation, reference });
      return response.data.id;
    };
  }
  if (client === clientC) {
    const { Agent } = await import('undici');
    const agent = new Agent({ keepAliveTimeout: 60_000 });
    const url = new URL(`${baseUrl}/v2/notifications/email`);
    // Signed once: every run ends well inside the 30 s Notify allows around `iat`.
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${signNotifyToken(apiKey)}`,
    };
    const body = JSON.stringify({ template_id: templateId, email_address: emailAddress, personalisation });
    const request = { origin: url.origin, path: url.pathname, method: 'POST', headers, body };
    return async () => {
      const response = await agent.request(request);
      const text = await response.body.text();
      if (response.statusCode !== 201)
        throw new Error(`status ${response.statusCode}: ${text.slice(0, 300)}`);
      return JSON.parse(text).id;
    };
  }
  throw new Error(`unknown client ${client}`);
}
