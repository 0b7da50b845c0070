// The two clients under comparison, behind one shape: `operation(index)` creates a payment and reads
// it back, resolving with its id. A is @councilkit/pay-govuk; B is the client a council writes when
// there is no official one (GOV.UK Pay publishes none for Node): fetch, a bearer key, JSON.
import { importBuilt } from '../lib/import-built.mjs';

/** A: ours. */
export const clientA = 'A';
/** B: a plain fetch client, as a council would write it. */
export const clientB = 'B';

export const clientNames = {
  [clientA]: '@councilkit/pay-govuk',
  [clientB]: 'plain fetch client',
};

const paymentFor = (index) => ({
  amount: 2500,
  reference: `BENCH-${index}`,
  description: 'Resident parking permit',
  returnUrl: 'https://council.example/permits/paid',
});

/** B: what a council's own GOV.UK Pay client usually looks like. */
function plainFetchClient(baseUrl, apiKey) {
  const headers = {
    Authorization: `Bearer ${apiKey}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const check = async (response) => {
    const body = await response.json();
    if (!response.ok)
      throw new Error(`GOV.UK Pay answered ${response.status}: ${body.code} ${body.description}`);
    return body;
  };
  return {
    async createPayment(payment) {
      const response = await fetch(`${baseUrl}/v1/payments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          amount: payment.amount,
          reference: payment.reference,
          description: payment.description,
          return_url: payment.returnUrl,
        }),
      });
      return check(response);
    },
    async getPayment(id) {
      return check(await fetch(`${baseUrl}/v1/payments/${id}`, { headers }));
    },
  };
}

/** Loads and builds one client for a server (`target`: base URL and API key). */
export async function loadOperation(client, target, { clientAModule = '@councilkit/pay-govuk' } = {}) {
  const { baseUrl, apiKey } = target;
  if (client === clientA) {
    const { govukPay } = await importBuilt(clientAModule);
    const pay = govukPay({ apiKey, baseUrl });
    return async (index) => {
      const created = await pay.createPayment(paymentFor(index));
      const read = await pay.getPayment(created.id);
      return read.id;
    };
  }
  if (client === clientB) {
    const pay = plainFetchClient(baseUrl, apiKey);
    return async (index) => {
      const created = await pay.createPayment(paymentFor(index));
      const read = await pay.getPayment(created.payment_id);
      return read.payment_id;
    };
  }
  throw new Error(`unknown client ${client}`);
}
