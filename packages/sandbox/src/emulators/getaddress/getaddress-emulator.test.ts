import { describe, expect, it } from 'vitest';
import { specialPostcodes } from '../address-data/index.js';
import { createGetAddressEmulator } from './create-getaddress-emulator.js';

const emulator = createGetAddressEmulator();
const key = emulator.credentials.apiKey;

async function call(path: string, init?: RequestInit) {
  const response = await emulator.fetch(new Request(`https://api.getaddress.io${path}`, init));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('getAddress.io emulator', () => {
  it('lists unexpanded addresses as seven comma-separated fields', async () => {
    const { body } = await call(`/find/SW1A2AA?api-key=${key}`);
    const [first] = body['addresses'] as string[];
    expect(first?.split(', ')).toHaveLength(7);
    expect(first).toMatch(/^Prime Minister & First Lord of the Treasury, 10 Downing Street, , , , London, /);
  });

  it('narrows a postcode to a house, and sorts on request', async () => {
    const flats = await call(
      `/find/${encodeURIComponent(specialPostcodes.flats)}?api-key=${key}&expand=true&sort=true`,
    );
    const all = flats.body['addresses'] as { line_1: string; sub_building_name: string }[];
    expect(all.some((address) => address.sub_building_name !== '')).toBe(true);
    const house = await call(
      `/find/${encodeURIComponent(specialPostcodes.flats)}/flat%201?api-key=${key}&expand=true`,
    );
    expect((house.body['addresses'] as unknown[]).length).toBeGreaterThan(0);
    expect((house.body['addresses'] as unknown[]).length).toBeLessThan(all.length);
  });

  it('answers a forbidden key with 403 and a missing one with 401, in its {"Message"} body', async () => {
    expect(await call(`/find/SW1A2AA?api-key=${emulator.credentials.forbiddenApiKey}`)).toMatchObject({
      status: 403,
      body: { Message: expect.stringContaining('permission') },
    });
    expect((await call('/find/SW1A2AA')).status).toBe(401);
  });

  it('rejects a malformed autocomplete body with 400 and ignores junk terms', async () => {
    const bad = await call(`/autocomplete/downing?api-key=${key}`, { method: 'POST', body: '{' });
    expect(bad.status).toBe(400);
    const junk = await call(`/autocomplete/${encodeURIComponent("<script>'; DROP TABLE")}?api-key=${key}`);
    expect(junk).toEqual({ status: 200, body: { suggestions: [] } });
  });

  it('gives the same ids on every start', async () => {
    const first = await call(`/autocomplete/downing?api-key=${key}`);
    const again = await createGetAddressEmulator().fetch(
      new Request(`https://api.getaddress.io/autocomplete/downing?api-key=${key}`),
    );
    expect(await again.json()).toEqual(first.body);
    expect(createGetAddressEmulator().credentials).toEqual(emulator.credentials);
  });

  it('answers 429 and 500 when told', async () => {
    const local = createGetAddressEmulator();
    local.control.rateLimitNext();
    local.control.failNext();
    const request = () => local.fetch(new Request(`https://x/find/SW1A2AA?api-key=${key}`));
    expect((await request()).status).toBe(429);
    expect((await request()).status).toBe(500);
    expect((await request()).status).toBe(200);
    expect(local.control.requestCount).toBe(3);
  });
});
