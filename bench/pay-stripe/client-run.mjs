// One measured run in a fresh process: one client creates a Checkout Session and reads it back,
// `count` times at `concurrency`, after a warm-up; reports throughput and this process's CPU.
import { performance } from 'node:perf_hooks';
import { importBuilt } from '../lib/import-built.mjs';

const [client, port, secretKey, count, concurrency, warmup] = process.argv.slice(2);
const baseUrl = `http://127.0.0.1:${port}`;
const line = {
  quantity: 1,
  price_data: { currency: 'gbp', unit_amount: 2500, product_data: { name: 'Resident parking permit' } },
};

async function loadOperation() {
  if (client === 'A') {
    const { stripePay } = await importBuilt('@councilkit/pay-stripe');
    const pay = stripePay({ secretKey, baseUrl });
    return async (index) => {
      const created = await pay.createPayment({
        amount: 2500,
        reference: `BENCH-${index}`,
        description: 'Resident parking permit',
        returnUrl: 'https://council.example/permits/paid',
      });
      return (await pay.getPayment(created.id)).id;
    };
  }
  const { default: Stripe } = await import('stripe');
  const stripe = new Stripe(secretKey, {
    host: '127.0.0.1',
    port: Number(port),
    protocol: 'http',
    telemetry: false,
  });
  return async (index) => {
    const created = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [line],
      client_reference_id: `BENCH-${index}`,
      success_url: 'https://council.example/permits/paid',
      cancel_url: 'https://council.example/permits/paid',
      payment_intent_data: { metadata: { reference: `BENCH-${index}` } },
    });
    return (
      await stripe.checkout.sessions.retrieve(created.id, {
        expand: ['payment_intent.latest_charge', 'line_items'],
      })
    ).id;
  };
}

async function drive(operation, total, parallel) {
  let next = 0;
  const worker = async () => {
    while (next < total) await operation(next++);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

const operation = await loadOperation();
await drive(operation, Number(warmup), Number(concurrency));
const cpuBefore = process.cpuUsage();
const started = performance.now();
await drive(operation, Number(count), Number(concurrency));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
process.send({
  opsPerSecond: Number(count) / seconds,
  cpuMicrosecondsPerOp: (cpu.user + cpu.system) / Number(count),
});
