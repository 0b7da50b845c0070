import { NotFoundError, ValidationError } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { memoryNotify, memoryTemplateIds, prepareUpload } from './index.js';

const clock = () => new Date('2026-01-15T10:00:00.000Z');

function notifyWith(body: string, type: 'email' | 'sms' | 'letter' = 'email') {
  const notify = memoryNotify({ seedTemplates: false, now: clock });
  const template = notify.controls.addTemplate({ type, name: 'Test', subject: 'Subject', body });
  return { notify, templateId: template.id };
}

async function renderEmail(body: string, personalisation: Record<string, unknown>): Promise<string> {
  const { notify, templateId } = notifyWith(body);
  const preview = await notify.previewTemplate(templateId, personalisation as never);
  return preview.body;
}

describe('memory adapter rendering', () => {
  it('fills placeholders, matching names without regard to case, spaces, _ or -', async () => {
    expect(
      await renderEmail('Dear ((First name)), ref ((case-ref))', { first_name: 'Ada', CASE_REF: 12 }),
    ).toBe('Dear Ada, ref 12');
  });

  it('shows conditional text only when the value says yes', async () => {
    const body = 'Hello((paid?? – thank you for paying))';
    expect(await renderEmail(body, { paid: 'yes' })).toBe('Hello – thank you for paying');
    expect(await renderEmail(body, { paid: true })).toBe('Hello – thank you for paying');
    expect(await renderEmail(body, { paid: 'no' })).toBe('Hello');
    expect(await renderEmail(body, { paid: false })).toBe('Hello');
  });

  it('shows lists as bullet points in emails and as a sentence in text messages', async () => {
    expect(await renderEmail('You need:((items))', { items: ['proof of address', 'a photo'] })).toBe(
      'You need:\n\n* proof of address\n* a photo',
    );
    const { notify, templateId } = notifyWith('Bring ((items)).', 'sms');
    const preview = await notify.previewTemplate(templateId, { items: ['a', 'b', 'c'] });
    expect(preview.body).toBe('Bring a, b and c.');
  });

  it('turns a file into a download link', async () => {
    const upload = prepareUpload(new Uint8Array([1, 2, 3]), { filename: 'permit.pdf' });
    expect(await renderEmail('Download: ((file))', { file: upload })).toMatch(/^Download: https:\/\/\S+$/);
  });

  it('names every placeholder without a value, null counting as none', async () => {
    const { notify, templateId } = notifyWith('((a)) ((b)) ((c))');
    const error = await notify
      .previewTemplate(templateId, { a: 'x', b: null })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'personalisation.b',
      'personalisation.c',
    ]);
  });

  it('escapes the HTML of an email preview', async () => {
    const { notify, templateId } = notifyWith('Hi ((name))');
    const preview = await notify.previewTemplate(templateId, { name: '<b>Ada</b>' });
    expect(preview.html).toBe('<p>Hi &lt;b&gt;Ada&lt;/b&gt;</p>');
  });

  it('refuses a text message longer than 918 characters', async () => {
    const { notify, templateId } = notifyWith('((body))', 'sms');
    const request = { templateId, phoneNumber: '07700 900123', personalisation: { body: 'x'.repeat(919) } };
    await expect(notify.sendSms(request)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('memory adapter templates', () => {
  it('keeps every version of a template, and gets the latest unless asked', async () => {
    const notify = memoryNotify({ now: clock });
    const id = memoryTemplateIds.sms;
    notify.controls.addTemplate({ id, type: 'sms', body: 'Version two: ((body))' });
    expect((await notify.getTemplate(id)).version).toBe(2);
    expect((await notify.getTemplate(id, { version: 1 })).body).toBe('((name)): ((body))');
    await expect(notify.getTemplate(id, { version: 3 })).rejects.toBeInstanceOf(NotFoundError);
    const sent = await notify.sendSms({
      templateId: id,
      phoneNumber: '07700 900123',
      personalisation: { body: 'hi' },
    });
    expect(sent.templateVersion).toBe(2);
  });

  it('lists placeholders from the subject and body', async () => {
    const notify = memoryNotify();
    const template = await notify.getTemplate(memoryTemplateIds.email);
    expect(template.placeholders).toEqual(['subject', 'name', 'body']);
  });

  it('needs a subject for email and letter templates', () => {
    const notify = memoryNotify();
    expect(() => notify.controls.addTemplate({ type: 'email', body: 'x' })).toThrow(ValidationError);
  });

  it('rejects options it does not know', () => {
    expect(() => memoryNotify({ seedTemplate: false } as never)).toThrow(/Invalid memory options/);
  });
});

describe('memory adapter controls', () => {
  const send = async (notify = memoryNotify({ now: clock })) => {
    const sent = await notify.sendEmail({
      templateId: memoryTemplateIds.email,
      emailAddress: 'ada@example.com',
      personalisation: { subject: 'Permit', name: 'Ada', body: 'Approved' },
    });
    return { notify, id: sent.id };
  };

  it('starts messages at created and delivers them', async () => {
    const { notify, id } = await send();
    expect((await notify.getNotification(id)).status).toBe('created');
    notify.controls.deliver(id);
    const delivered = await notify.getNotification(id);
    expect(delivered).toMatchObject({ status: 'delivered', rawStatus: 'delivered' });
    expect(delivered.sentAt).toEqual(clock());
    expect(delivered.completedAt).toEqual(clock());
  });

  it('delivers a letter as received', async () => {
    const notify = memoryNotify();
    const sent = await notify.sendLetter({
      templateId: memoryTemplateIds.letter,
      personalisation: {
        address_line_1: 'Ada',
        address_line_2: '1 High St',
        address_line_3: 'SW1A 1AA',
        subject: 's',
        name: 'n',
        body: 'b',
      },
    });
    expect(notify.controls.deliver(sent.id).status).toBe('received');
  });

  it('fails messages, permanently unless told otherwise', async () => {
    const { notify, id } = await send();
    expect(notify.controls.fail(id).status).toBe('permanent-failure');
    expect(notify.controls.fail(id, 'temporary-failure').status).toBe('temporary-failure');
  });

  it('keeps a raw status it does not know, as unknown', async () => {
    const { notify, id } = await send();
    notify.controls.setStatus(id, 'held-for-review');
    expect(await notify.getNotification(id)).toMatchObject({
      status: 'unknown',
      rawStatus: 'held-for-review',
    });
  });

  it('lists what was sent in order and forgets it on clear, keeping templates', async () => {
    const { notify, id } = await send();
    const second = await send(notify);
    expect(notify.controls.sent().map((notification) => notification.id)).toEqual([id, second.id]);
    notify.controls.receiveText({ from: '07700 900123', content: 'STOP' });
    notify.controls.clear();
    expect(notify.controls.sent()).toEqual([]);
    const texts = [];
    for await (const text of notify.listReceivedTexts()) texts.push(text);
    expect(texts).toEqual([]);
    await expect(notify.getTemplate(memoryTemplateIds.email)).resolves.toBeDefined();
  });

  it('throws NotFoundError from a control given an unknown id', () => {
    const notify = memoryNotify();
    expect(() => notify.controls.deliver('6f1c0e3a-0000-4000-8000-000000000000')).toThrow(NotFoundError);
  });

  it('returns the precompiled letter it was given as its PDF', async () => {
    const notify = memoryNotify();
    const pdf = new TextEncoder().encode('%PDF-1.7 my letter');
    const sent = await notify.sendPrecompiledLetter({ reference: 'letter-1', pdf });
    expect(new TextDecoder().decode(await notify.getLetterPdf(sent.id))).toBe('%PDF-1.7 my letter');
  });
});
