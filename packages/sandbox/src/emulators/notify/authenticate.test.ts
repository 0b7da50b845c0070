import { afterAll, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody, keyParts, signToken, testStart } from './notify.test-helper.js';

const emulator = createTestEmulator();
afterAll(() => emulator.close());
const { serviceId, secret } = keyParts(emulator.credentials.apiKey);
const nowSeconds = Math.floor(testStart.getTime() / 1000);

async function getWith(authorization: string | null) {
  return call(emulator, 'GET', '/v2/templates', { authorization });
}

function authError(status: number, message: string) {
  return { status, body: errorBody(status, 'AuthError', message) };
}

describe('authentication', () => {
  it('accepts a token signed with any of the service’s keys, whatever the case of "Bearer"', async () => {
    for (const key of [
      emulator.credentials.apiKey,
      emulator.credentials.liveApiKey,
      emulator.credentials.teamApiKey,
    ]) {
      expect((await call(emulator, 'GET', '/v2/templates', { apiKey: key })).status).toBe(200);
    }
    const token = signToken({ iss: serviceId, iat: nowSeconds }, secret);
    expect((await getWith(`bearer ${token}`)).status).toBe(200);
    expect((await getWith(`BEARER ${token}`)).status).toBe(200);
  });

  it.each([
    [null, 401, 'Unauthorized: authentication token must be provided'],
    ['', 401, 'Unauthorized: authentication token must be provided'],
    ['Basic dXNlcjpwYXNz', 401, 'Unauthorized: authentication bearer scheme must be used'],
    ['Bearer', 401, 'Unauthorized: authentication bearer scheme must be used'],
    [
      'Bearer not-a-jwt',
      403,
      'Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header',
    ],
  ])('%s → %i %s', async (authorization, status, message) => {
    const result = await getWith(authorization);
    expect({ status: result.status, body: result.body }).toEqual(authError(status, message));
  });

  it('checks the issuer before the signature', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ iat: nowSeconds }, 'Invalid token: iss field not provided'],
      [{ iss: 'not-a-uuid', iat: nowSeconds }, 'Invalid token: service id is not the right data type'],
      [{ iss: 12, iat: nowSeconds }, 'Invalid token: service id is not the right data type'],
      [{ iss: '6f6f6f6f-1111-4222-8333-444444444444', iat: nowSeconds }, 'Invalid token: service not found'],
    ];
    for (const [claims, message] of cases) {
      const result = await getWith(`Bearer ${signToken(claims, 'whatever')}`);
      expect({ status: result.status, body: result.body }).toEqual(authError(403, message));
    }
  });

  it('refuses other algorithms, unknown secrets and tokens without iat', async () => {
    const hs512 = signToken({ iss: serviceId, iat: nowSeconds }, secret, { typ: 'JWT', alg: 'HS512' });
    expect((await getWith(`Bearer ${hs512}`)).body).toEqual(
      errorBody(403, 'AuthError', 'Invalid token: algorithm used is not HS256'),
    );
    const wrongSecret = signToken(
      { iss: serviceId, iat: nowSeconds },
      '00000000-0000-4000-8000-000000000000',
    );
    expect((await getWith(`Bearer ${wrongSecret}`)).body).toEqual(
      errorBody(403, 'AuthError', 'Invalid token: API key not found'),
    );
    // A quirk of Notify's exception classes: no `iat` reads as "API key not found".
    const noIssuedAt = signToken({ iss: serviceId }, secret);
    expect((await getWith(`Bearer ${noIssuedAt}`)).body).toEqual(
      errorBody(403, 'AuthError', 'Invalid token: API key not found'),
    );
  });

  it('allows 30 seconds of clock difference either way', async () => {
    const clockMessage = 'Error: Your system clock must be accurate to within 30 seconds';
    for (const offset of [-30, 30, 0]) {
      const token = signToken({ iss: serviceId, iat: nowSeconds + offset }, secret);
      expect((await getWith(`Bearer ${token}`)).status).toBe(200);
    }
    for (const offset of [-31, 31]) {
      const token = signToken({ iss: serviceId, iat: nowSeconds + offset }, secret);
      expect((await getWith(`Bearer ${token}`)).body).toEqual(errorBody(403, 'AuthError', clockMessage));
    }
    const asText = signToken({ iss: serviceId, iat: String(nowSeconds) }, secret);
    expect((await getWith(`Bearer ${asText}`)).status).toBe(200);
    const notANumber = signToken({ iss: serviceId, iat: 'yesterday' }, secret);
    expect((await getWith(`Bearer ${notANumber}`)).body).toEqual(errorBody(403, 'AuthError', clockMessage));
  });

  it('reads iat against the emulator’s clock, which tests can move', async () => {
    const clocked = createTestEmulator();
    clocked.control.advanceTime(31_000);
    const stale = await call(clocked, 'GET', '/v2/templates', { issuedAt: testStart });
    expect(clocked.control.now()).toEqual(new Date(testStart.getTime() + 31_000));
    expect(stale.body).toEqual(
      errorBody(403, 'AuthError', 'Error: Your system clock must be accurate to within 30 seconds'),
    );
    const fresh = await call(clocked, 'GET', '/v2/templates', {
      issuedAt: new Date(testStart.getTime() + 31_000),
    });
    expect(fresh.status).toBe(200);
    await clocked.close();
  });

  it('checks a token it has seen before afresh: the clock, and each key', async () => {
    const clocked = createTestEmulator();
    const own = keyParts(clocked.credentials.apiKey);
    const token = `Bearer ${signToken({ iss: own.serviceId, iat: nowSeconds }, own.secret)}`;
    const otherSecret = '00000000-0000-4000-8000-000000000000';
    const wrongSecret = `Bearer ${signToken({ iss: own.serviceId, iat: nowSeconds }, otherSecret)}`;
    // Each twice in a row, so the second of each is a token just seen.
    for (const [authorization, status] of [
      [token, 200],
      [token, 200],
      [wrongSecret, 403],
      [wrongSecret, 403],
      [token, 200],
    ] as const) {
      expect((await call(clocked, 'GET', '/v2/templates', { authorization })).status).toBe(status);
    }
    clocked.control.advanceTime(31_000);
    expect((await call(clocked, 'GET', '/v2/templates', { authorization: token })).body).toEqual(
      errorBody(403, 'AuthError', 'Error: Your system clock must be accurate to within 30 seconds'),
    );
    await clocked.close();
  });

  it('authenticates before reading the body', async () => {
    const result = await call(emulator, 'POST', '/v2/notifications/email', {
      rawBody: '{not json',
      authorization: null,
    });
    expect(result.status).toBe(401);
  });

  it('leaves health and unknown paths open', async () => {
    const health = await call(emulator, 'GET', '/health', { authorization: null });
    expect({ status: health.status, body: health.body }).toEqual({
      status: 200,
      body: { status: 'ok', service: 'notify' },
    });
    const unknown = await call(emulator, 'GET', '/v2/nothing-here', { authorization: null });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ result: 'error' });
  });
});
