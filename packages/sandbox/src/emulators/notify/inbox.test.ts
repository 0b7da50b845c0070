import { afterAll, describe, expect, it } from 'vitest';
import { createNotifyEmulator } from './create-notify-emulator.js';
import { call, notifyOrigin, testStart } from './notify.test-helper.js';
import { seededTemplateIds } from './seed-templates.js';

// Mounted under /notify as on the loopback server, so links must carry the base path.
const emulator = createNotifyEmulator({ basePath: '/notify', now: () => new Date(testStart) });
afterAll(() => emulator.close());

async function page(path: string) {
  const response = await emulator.fetch(new Request(`${notifyOrigin}/notify${path}`));
  return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() };
}

describe('the inbox page', () => {
  it('shows every message as its recipient would see it, escaping what users typed', async () => {
    const email = await call(emulator, 'POST', '/v2/notifications/email', {
      body: {
        email_address: 'resident@example.com',
        template_id: seededTemplateIds.email,
        personalisation: { name: '<script>alert("x")</script>', reference: 'PP-42', permit_type: 'yes' },
        reference: 'my <ref>',
      },
    });
    await call(emulator, 'POST', '/v2/notifications/sms', {
      body: {
        phone_number: '07700900123',
        template_id: seededTemplateIds.sms,
        personalisation: { name: 'Ada', reference: 'PP-42' },
      },
    });
    await call(emulator, 'POST', '/v2/notifications/letter', {
      body: {
        template_id: seededTemplateIds.letter,
        personalisation: {
          address_line_1: 'Ada Lovelace',
          address_line_2: '1 Example Street',
          address_line_3: 'SW1A 1AA',
          name: 'Ada',
          reference: 'PP-42',
          expiry_date: 'May',
        },
      },
    });

    const inbox = await page('/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.type).toBe('text/html; charset=utf-8');
    for (const expected of [
      'class="govuk-template"',
      'govuk-header',
      'govuk-width-container',
      'govuk-summary-card',
      'govuk-tag',
      'href="/notify/inbox/govuk-frontend.min.css"',
      'Your parking permit application PP-42',
      'Dear &lt;script&gt;alert("x")&lt;/script&gt;,',
      'my &lt;ref&gt;',
      'resident@example.com',
      'sandbox-phone',
      'GOVUK',
      'Ada, we have received your parking permit application PP-42.',
      'Ada Lovelace\n1 Example Street\nSW1A 1AA',
      `href="/notify/inbox/${String(email.body['id'])}"`,
    ]) {
      expect(inbox.text).toContain(expected);
    }
    expect(inbox.text).not.toContain('<script>alert');
    expect(inbox.text.indexOf('Letter to Ada Lovelace')).toBeLessThan(
      inbox.text.indexOf('Email to resident@example.com'),
    );
    for (const key of [
      emulator.credentials.apiKey,
      emulator.credentials.liveApiKey,
      emulator.credentials.teamApiKey,
    ]) {
      expect(inbox.text).not.toContain(key.slice(-36));
    }
  });

  it('lists received texts, escaped', async () => {
    emulator.control.receiveText({ from: '07700900123', content: 'Is it <b>ready</b>?' });
    const inbox = await page('/inbox');
    expect(inbox.text).toContain('Received text messages');
    expect(inbox.text).toContain('Is it &lt;b&gt;ready&lt;/b&gt;?');
    expect(inbox.text).toContain('447700900123');
  });

  it('shows one message, as HTML or JSON, and its letter PDF', async () => {
    const [latest] = emulator.control.notifications();
    const one = await page(`/inbox/${latest?.id}`);
    expect(one.text).toContain('All messages');
    const json = JSON.parse((await page(`/inbox/${latest?.id}?format=json`)).text) as {
      id: string;
      type: string;
    };
    expect(json).toMatchObject({ id: latest?.id, type: 'letter' });
    const all = JSON.parse((await page('/inbox?format=json')).text) as { notifications: unknown[] };
    expect(all.notifications).toHaveLength(3);
    const pdf = await page(`/inbox/${latest?.id}/pdf`);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    expect((await page('/inbox/0f0f0f0f-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('serves GOV.UK Frontend’s stylesheet', async () => {
    const css = await page('/inbox/govuk-frontend.min.css');
    expect(css.status).toBe(200);
    expect(css.type).toBe('text/css; charset=utf-8');
    expect(css.text).toContain('.govuk-summary-card');
  });

  it('answers health under the base path', async () => {
    const health = await page('/health');
    expect(JSON.parse(health.text)).toEqual({ status: 'ok', service: 'notify' });
  });
});
