import { expect, it } from 'vitest';
import { tryTheSandbox } from './start-sandbox.js';

it('sends a text through the Notify emulator and an email through the SMTP server', async () => {
  const { texts, emails } = await tryTheSandbox();
  expect(texts[0]?.status).toBe('delivered');
  expect(emails[0]?.subject).toBe('Hello Ada');
});
