// The two clients under comparison, behind one shape: `send(reference)` sends one email and
// resolves with the new notification's id. Loading happens here too, so a cold-start sample
// times exactly what an application pays: loading the client, building it, the first send.
import { createRequire } from 'node:module';
import { importBuilt } from '../lib/import-built.mjs';

/** A: ours. */
export const clientA = 'A';
/** B: the official notifications-node-client. */
export const clientB = 'B';

export const clientNames = {
  [clientA]: '@councilkit/notify-govuk',
  [clientB]: 'notifications-node-client 8.4.0',
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
  throw new Error(`unknown client ${client}`);
}
