import { describe, expect, it } from 'vitest';
import { createNotifyEmulator } from './index.js';

describe('Notify emulator credentials', () => {
  it('are the same on every start, so a key kept in .env keeps working', () => {
    const first = createNotifyEmulator().credentials;
    const second = createNotifyEmulator().credentials;
    expect(second.apiKey).toBe(first.apiKey);
    expect(second.liveApiKey).toBe(first.liveApiKey);
    expect(first.apiKey).toBe(
      'councilkit_sandbox_test-5a4db0c4-6f0e-4c43-9d2b-5c7f1a2b3c4d-7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
    );
    expect(first.serviceId).toBe('5a4db0c4-6f0e-4c43-9d2b-5c7f1a2b3c4d');
  });

  it('can be replaced, each part checked', () => {
    const serviceId = '00000000-1111-4222-8333-444444444444';
    const secret = '55555555-6666-4777-8888-999999999999';
    const { credentials } = createNotifyEmulator({ serviceId, keySecrets: { test: secret } });
    expect(credentials.apiKey).toBe(`councilkit_sandbox_test-${serviceId}-${secret}`);
    expect(() => createNotifyEmulator({ keySecrets: { live: 'not-a-uuid' } })).toThrow(/keySecrets\.live/);
  });
});
