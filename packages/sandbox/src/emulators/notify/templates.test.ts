import { ValidationError } from '@councilkit/core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestEmulator, errorBody } from './notify.test-helper.js';
import { seededTemplateIds } from './seed-templates.js';

const emulator = createTestEmulator();
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

describe('GET /v2/template/{id}', () => {
  it('serialises letters with their postage and personalisation', async () => {
    const result = await call(emulator, 'GET', `/v2/template/${seededTemplateIds.letter}`);
    expect(result.body).toEqual({
      id: seededTemplateIds.letter,
      type: 'letter',
      created_at: '2026-03-02T10:00:00.000000Z',
      updated_at: null,
      created_by: 'developer@sandbox.councilkit.test',
      version: 1,
      body: expect.stringContaining('((expiry_date))'),
      subject: 'Your resident parking permit ((reference))',
      name: 'Parking permit letter',
      personalisation: {
        reference: { required: true },
        name: { required: true },
        expiry_date: { required: true },
      },
      postage: 'second',
      letter_contact_block: null,
    });
  });

  it('refuses malformed and unknown ids and versions; version 0 means the latest', async () => {
    expect((await call(emulator, 'GET', '/v2/template/abc')).body).toEqual(
      errorBody(400, 'ValidationError', 'id is not a valid UUID'),
    );
    const unknown = await call(emulator, 'GET', '/v2/template/0f0f0f0f-0000-4000-8000-000000000000');
    expect({ status: unknown.status, body: unknown.body }).toEqual({
      status: 404,
      body: errorBody(404, 'NoResultFound', 'No result found'),
    });
    expect((await call(emulator, 'GET', `/v2/template/${seededTemplateIds.sms}/version/2`)).status).toBe(404);
    expect(
      (await call(emulator, 'GET', `/v2/template/${seededTemplateIds.sms}/version/0`)).body['version'],
    ).toBe(1);
    expect((await call(emulator, 'GET', `/v2/template/${seededTemplateIds.precompiledLetter}`)).status).toBe(
      404,
    );
  });
});

describe('GET /v2/templates', () => {
  it('lists by name, filters by type and validates the type', async () => {
    const letters = await call(emulator, 'GET', '/v2/templates?type=letter');
    expect((letters.body['templates'] as { id: string }[]).map((template) => template.id)).toEqual([
      seededTemplateIds.letter,
    ]);
    expect((await call(emulator, 'GET', '/v2/templates?type=fax')).body).toEqual(
      errorBody(400, 'ValidationError', 'type fax is not one of [sms, email, letter]'),
    );
  });
});

describe('POST /v2/template/{id}/preview', () => {
  it('previews letters and texts, and checks personalisation', async () => {
    const letter = await call(emulator, 'POST', `/v2/template/${seededTemplateIds.letter}/preview`, {
      body: { personalisation: { name: 'Ada', reference: 'R1', expiry_date: 'May' } },
    });
    expect(letter.body).toEqual({
      id: seededTemplateIds.letter,
      type: 'letter',
      version: 1,
      body: expect.stringContaining('Your permit is valid until May.'),
      html: null,
      subject: 'Your resident parking permit R1',
      postage: 'second',
    });
    expect(
      (
        await call(emulator, 'POST', `/v2/template/${seededTemplateIds.sms}/preview`, {
          body: { personalisation: 'x' },
        })
      ).body,
    ).toEqual(errorBody(400, 'ValidationError', 'personalisation x is not of type object'));
    expect((await call(emulator, 'POST', '/v2/template/abc/preview', { body: {} })).body).toEqual(
      errorBody(400, 'ValidationError', 'id is not a valid UUID'),
    );
  });

  it('escapes HTML in the email preview and renders markdown', async () => {
    const id = emulator.control.registerTemplate({
      type: 'email',
      name: 'Markdown',
      subject: 'Hello',
      body: '# Heading\n\n* one\n* two\n\n((note))\n\n[Apply](https://www.example.gov.uk/apply)',
    });
    const preview = await call(emulator, 'POST', `/v2/template/${id}/preview`, {
      body: { personalisation: { note: '<script>alert(1)</script>' } },
    });
    const html = String(preview.body['html']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('>Heading</h2>');
    expect(html).toContain('<li style="Margin: 5px 0 5px;');
    expect(html).toContain(
      '<a style="word-wrap: break-word; color: #1D70B8;" href="https://www.example.gov.uk/apply">Apply</a>',
    );
  });
});

describe('control.registerTemplate', () => {
  it('checks what it is given', () => {
    expect(() => emulator.control.registerTemplate({ type: 'email', name: 'No subject', body: 'x' })).toThrow(
      ValidationError,
    );
    expect(() =>
      emulator.control.registerTemplate({ id: 'x', type: 'sms', name: 'Bad id', body: 'x' }),
    ).toThrow(ValidationError);
    expect(() =>
      emulator.control.registerTemplate({
        id: seededTemplateIds.sms,
        type: 'email',
        name: 'Changed type',
        subject: 's',
        body: 'x',
      }),
    ).toThrow(ValidationError);
  });
});
