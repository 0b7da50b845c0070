import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLetterPdf } from './letter-pdf.js';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';
import { seededTemplateIds } from './seed-templates.js';
import type { NotifyEmulator } from './types.js';

function assertValidPdf(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const [, count] = /^xref\n0 (\d+)\n/.exec(text.slice(startxref)) ?? [];
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(3, 2 + Number(count));
  entries.forEach((entry, index) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
  });
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe('\nendstream');
  }
}

describe('buildLetterPdf', () => {
  it('builds a valid PDF with correct offsets, escaping and pages', () => {
    const pdf = buildLetterPdf({
      addressLines: ['Ada (Countess) Lovelace', '1 Example Street', 'SW1A 1AA'],
      date: '2 March 2026',
      subject: 'Your permit – ‘resident’ \\ zone',
      body: Array.from({ length: 80 }, (_, line) => `Paragraph ${line} with some words to wrap.`).join('\n'),
    });
    assertValidPdf(pdf);
    const text = pdf.toString('latin1');
    expect(text).toContain('(Ada \\(Countess\\) Lovelace) Tj');
    expect(text).toContain('/Count 2');
    expect(text).toContain('(Your permit \x96 \x91resident\x92 \\\\ zone) Tj');
  });
});

describe('GET /v2/notifications/{id}/pdf', () => {
  let emulator: NotifyEmulator;
  beforeEach(() => {
    emulator = createTestEmulator();
  });
  afterEach(() => emulator.close());

  const letterBody = {
    template_id: seededTemplateIds.letter,
    personalisation: {
      address_line_1: 'Ada Lovelace',
      address_line_2: '1 Example Street',
      address_line_3: 'SW1A 1AA',
      name: 'Ada',
      reference: 'PP-1',
      expiry_date: '1 April 2027',
    },
  };

  async function pdfOf(id: string) {
    return call(emulator, 'GET', `/v2/notifications/${id}/pdf`);
  }

  it('is not ready at first, then is the letter as a PDF', async () => {
    const id = String(
      (await call(emulator, 'POST', '/v2/notifications/letter', { body: letterBody })).body['id'],
    );
    expect((await pdfOf(id)).body).toEqual(
      errorBody(400, 'PDFNotReadyError', 'PDF not available yet, try again later'),
    );
    emulator.control.advanceTime(2_000);
    const ready = await pdfOf(id);
    expect(ready.status).toBe(200);
    expect(ready.response.headers.get('Content-Type')).toBe('application/pdf');
    const pdf = Buffer.from(await ready.response.arrayBuffer());
    assertValidPdf(pdf);
    const text = pdf.toString('latin1');
    for (const line of [
      'Ada Lovelace',
      '1 Example Street',
      'SW1A 1AA',
      '2 March 2026',
      'Your resident parking permit PP-1',
      'Dear Ada,',
    ]) {
      expect(text).toContain(`(${line}) Tj`);
    }
  });

  it('returns a precompiled letter’s own PDF once it has been checked', async () => {
    const original = buildLetterPdf({
      addressLines: ['A', 'B', 'SW1A 1AA'],
      date: 'd',
      subject: 's',
      body: 'b',
    });
    const sent = await call(emulator, 'POST', '/v2/notifications/letter', {
      body: { reference: 'own-pdf', content: original.toString('base64') },
    });
    const id = String(sent.body['id']);
    expect((await pdfOf(id)).body).toEqual(
      errorBody(400, 'PDFNotReadyError', 'PDF not available yet, try again later'),
    );
    emulator.control.advanceTime(1_000);
    const ready = await pdfOf(id);
    expect(Buffer.from(await ready.response.arrayBuffer()).equals(original)).toBe(true);
  });

  it('gives Notify’s errors for other notifications and failed letters', async () => {
    const sms = await call(emulator, 'POST', '/v2/notifications/sms', {
      body: {
        phone_number: '07700900123',
        template_id: seededTemplateIds.sms,
        personalisation: { name: 'A', reference: 'R' },
      },
    });
    expect((await pdfOf(String(sms.body['id']))).body).toEqual(
      errorBody(400, 'BadRequestError', 'Notification is not a letter'),
    );
    const letter = String(
      (await call(emulator, 'POST', '/v2/notifications/letter', { body: letterBody })).body['id'],
    );
    emulator.control.setStatus(letter, 'technical-failure');
    expect((await pdfOf(letter)).body).toEqual(
      errorBody(400, 'BadRequestError', 'PDF not available for letters in status technical-failure'),
    );
    emulator.control.setStatus(letter, 'virus-scan-failed');
    expect((await pdfOf(letter)).body).toEqual(
      errorBody(400, 'BadRequestError', 'File did not pass the virus scan'),
    );
    expect((await pdfOf('nope')).body).toEqual(
      errorBody(400, 'ValidationError', 'notification_id is not a valid UUID'),
    );
  });
});
