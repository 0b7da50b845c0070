// The identity bench: completing a sign-in (code exchange + ID token validation, JWKS warm) and
// validating an ID token alone, through @councilkit/identity's openIdConnect() and through
// openid-client (the certified relying party), against the same provider. Reports ratios of CPU
// per sign-in and sign-ins per second; both clients run in this process, alternating rounds, and
// the provider runs in its own process so its CPU is not counted.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseOptions, positiveIntegerOption } from '../lib/args.mjs';
import { drive } from '../lib/drive.mjs';
import { formatNumber, markdownTable } from '../lib/format.mjs';
import { importBuilt } from '../lib/import-built.mjs';
import { cpuMicrosBetween, median } from '../lib/stats.mjs';

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  console.log('node bench/identity/run.mjs [--count 600] [--rounds 3] [--concurrency 8] [--quick]');
  process.exit(0);
}
const quick = options.quick === true;
const count = positiveIntegerOption(options, 'count', quick ? 200 : 600);
const rounds = positiveIntegerOption(options, 'rounds', quick ? 1 : 3);
const concurrency = positiveIntegerOption(options, 'concurrency', 8);

const { openIdConnect } = await importBuilt('@councilkit/identity');
const client = await import('openid-client');
const { SignJWT, exportJWK, generateKeyPair } = await import('jose');

const provider = fork(fileURLToPath(new URL('./provider.mjs', import.meta.url)), [], { stdio: 'inherit' });
const target = await new Promise((resolve) => provider.once('message', resolve));
const redirectUri = 'http://127.0.0.1:8080/callback';
const codeFor = (nonce) => Buffer.from(JSON.stringify({ nonce })).toString('base64url');
let sequence = 0;
// Each sign-in's saved state, as an app would keep it; fresh values so the replay guard never trips.
const savedSignIn = () => {
  sequence += 1;
  return {
    state: `bench-state-${sequence}-${Math.random()}`,
    nonce: `bench-nonce-${sequence}-${Math.random()}`,
    codeVerifier: `bench-verifier-${sequence}-0123456789012345678901234567890123`,
    redirectUri,
    createdAt: Date.now(),
  };
};

/** Over loopback: the provider signs each ID token; the client exchanges the code and validates it. */
async function loopbackClients() {
  const ours = openIdConnect({
    issuer: target.issuer,
    clientId: target.clientId,
    clientAuth: { method: 'client_secret_basic', clientSecret: target.clientSecret },
    redirectUri,
  });
  const config = await client.discovery(
    new URL(target.issuer),
    target.clientId,
    { id_token_signed_response_alg: 'ES256' },
    client.ClientSecretBasic(target.clientSecret),
    { execute: [client.allowInsecureRequests] },
  );
  return {
    'councilkit openIdConnect': async () => {
      const saved = savedSignIn();
      await ours.completeSignIn(`${redirectUri}?code=${codeFor(saved.nonce)}&state=${saved.state}`, saved);
    },
    'openid-client': async () => {
      const saved = savedSignIn();
      await client.authorizationCodeGrant(
        config,
        new URL(`${redirectUri}?code=${codeFor(saved.nonce)}&state=${saved.state}`),
        {
          pkceCodeVerifier: saved.codeVerifier,
          expectedState: saved.state,
          expectedNonce: saved.nonce,
          idTokenExpected: true,
        },
      );
    },
  };
}

/**
 * In process: the token response comes from memory (pre-signed ID tokens), through our
 * `transport` option and openid-client's `customFetch`, so what is measured is the client's own
 * work: building the token request, parsing the answer, validating the ID token.
 */
async function inProcessClients() {
  const tokens = new Map();
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'memory-1', alg: 'ES256', use: 'sig' };
  const issuer = 'https://idp.bench.example';
  const discovery = {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    id_token_signing_alg_values_supported: ['ES256'],
  };
  const now = Math.floor(Date.now() / 1000);
  const sign = (nonce) =>
    new SignJWT({ nonce })
      .setProtectedHeader({ alg: 'ES256', kid: 'memory-1' })
      .setIssuer(issuer)
      .setAudience(target.clientId)
      .setSubject('bench-person')
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
  const prepared = [];
  for (let index = 0; index < count * 2 + 64; index++) {
    const saved = savedSignIn();
    const code = `code-${index}`;
    tokens.set(
      code,
      JSON.stringify({
        access_token: 'memory-access',
        token_type: 'Bearer',
        id_token: await sign(saved.nonce),
      }),
    );
    prepared.push({ saved, code });
  }
  const bodyFor = (path, form) =>
    path.endsWith('/.well-known/openid-configuration')
      ? JSON.stringify(discovery)
      : path.endsWith('/jwks')
        ? JSON.stringify({ keys: [jwk] })
        : tokens.get(new URLSearchParams(form).get('code'));
  const encoder = new TextEncoder();
  const ours = openIdConnect({
    issuer,
    clientId: target.clientId,
    clientAuth: { method: 'client_secret_basic', clientSecret: target.clientSecret },
    redirectUri,
    transport: async (request) => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: encoder.encode(bodyFor(request.path, request.body)),
    }),
  });
  const config = new client.Configuration(
    discovery,
    target.clientId,
    { id_token_signed_response_alg: 'ES256' },
    client.ClientSecretBasic(target.clientSecret),
  );
  config[client.customFetch] = async (url, init) =>
    new Response(bodyFor(new URL(url).pathname, init.body?.toString()), {
      headers: { 'content-type': 'application/json' },
    });
  let oursNext = 0;
  let peerNext = 0;
  const next = (which) => {
    const index = which === 'ours' ? oursNext++ : peerNext++;
    return prepared[index % prepared.length];
  };
  return {
    'councilkit openIdConnect': async () => {
      const { saved, code } = next('ours');
      // The replay guard would refuse a recycled state, so each pass uses the state once.
      const fresh = { ...saved, state: `${saved.state}-${oursNext}` };
      await ours.completeSignIn(`${redirectUri}?code=${code}&state=${fresh.state}`, fresh);
    },
    'openid-client': async () => {
      const { saved, code } = next('peer');
      await client.authorizationCodeGrant(
        config,
        new URL(`${redirectUri}?code=${code}&state=${saved.state}`),
        {
          pkceCodeVerifier: saved.codeVerifier,
          expectedState: saved.state,
          expectedNonce: saved.nonce,
          idTokenExpected: true,
        },
      );
    },
  };
}

async function measure(call) {
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const { answered } = await drive(call, { concurrency, count, deadline: performance.now() + 60_000 });
  const seconds = (performance.now() - begin) / 1000;
  return {
    cpuMicrosPerOp: cpuMicrosBetween(cpuBefore, process.cpuUsage()) / answered,
    perSecond: answered / seconds,
  };
}

const results = [];
try {
  for (const [scenario, build] of [
    ['sign-in over loopback (code exchange + ID token validation, JWKS warm)', loopbackClients],
    ['ID token validation in process (token answer from memory)', inProcessClients],
  ]) {
    const clients = await build();
    const runs = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
    // Warm-up: JIT, keep-alive connections, cached discovery and keys.
    for (const call of Object.values(clients)) {
      await drive(call, { concurrency, count: Math.min(200, count), deadline: performance.now() + 20_000 });
    }
    for (let round = 0; round < rounds; round++) {
      for (const [name, call] of Object.entries(clients)) {
        process.stderr.write(`${scenario}: ${name}, round ${round + 1}/${rounds}\n`);
        runs[name].push(await measure(call));
      }
    }
    const summary = (name) => ({
      cpu: median(runs[name].map((run) => run.cpuMicrosPerOp)),
      rate: median(runs[name].map((run) => run.perSecond)),
    });
    const ours = summary('councilkit openIdConnect');
    const peer = summary('openid-client');
    results.push({ scenario, ours, peer, runs });
  }
} finally {
  provider.disconnect();
}

console.log(
  `# Identity bench\n\n${count} sign-ins per round, ${concurrency} at a time, ${rounds} round(s), median of rounds.`,
);
console.log('Other work shares this machine: read the ratios, not the absolute figures.\n');
console.log(
  markdownTable(
    [
      'scenario',
      'CPU µs/sign-in (ours)',
      'CPU µs/sign-in (openid-client)',
      'CPU ratio ours/peer',
      'sign-ins/s (ours)',
      'sign-ins/s (openid-client)',
      'rate ratio ours/peer',
    ],
    results.map(({ scenario, ours, peer }) => [
      scenario,
      formatNumber(ours.cpu),
      formatNumber(peer.cpu),
      formatNumber(ours.cpu / peer.cpu),
      formatNumber(ours.rate),
      formatNumber(peer.rate),
      formatNumber(ours.rate / peer.rate),
    ]),
  ),
);
