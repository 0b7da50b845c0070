// A minimal Stripe stand-in: canned, valid Checkout Session answers to create and retrieve, so a
// run measures the clients rather than a server. Tells the parent where it listens.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const secretKey = 'sk_test_51BenchStub000000000000000000000000';
const created = Math.floor(Date.now() / 1000);

function session(id, origin) {
  return JSON.stringify({
    id,
    object: 'checkout.session',
    amount_subtotal: 2500,
    amount_total: 2500,
    cancel_url: 'https://council.example/permits/paid',
    client_reference_id: 'BENCH',
    created,
    currency: 'gbp',
    customer: null,
    customer_details: null,
    customer_email: null,
    expires_at: created + 86_400,
    livemode: false,
    locale: null,
    metadata: {},
    mode: 'payment',
    payment_intent: null,
    payment_status: 'unpaid',
    status: 'open',
    success_url: 'https://council.example/permits/paid',
    ui_mode: 'hosted_page',
    url: `${origin}/checkout/pay/${id}`,
  });
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const origin = `http://${request.headers.host}`;
    const headers = {
      'Content-Type': 'application/json',
      'Request-Id': `req_${randomBytes(7).toString('hex')}`,
    };
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'POST' && path === '/v1/checkout/sessions') {
      response.writeHead(200, headers);
      response.end(session(`cs_test_${randomBytes(29).toString('hex')}`, origin));
      return;
    }
    const prefix = '/v1/checkout/sessions/';
    if (request.method === 'GET' && path.startsWith(prefix)) {
      response.writeHead(200, headers);
      response.end(session(path.slice(prefix.length), origin));
      return;
    }
    response.writeHead(404, headers);
    response.end('{"error":{"type":"invalid_request_error","message":"Unrecognized request URL"}}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send({ type: 'ready', port: server.address().port, secretKey });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
