import { expect } from 'vitest';
import { expectFailure, renderedTextValues, type SuiteContext, sameId, unknownId } from './suite-context.js';

/** Reading and previewing templates. */
export function registerTemplateTests({ harness, test }: SuiteContext): void {
  test('getTemplate returns the template with its placeholders', ['templates'], async () => {
    const { provider, fixtures } = harness();
    const template = await provider.getTemplate(fixtures.emailTemplateId);
    expect(sameId(template.id, fixtures.emailTemplateId)).toBe(true);
    expect(template.type).toBe('email');
    expect(template.version).toBeGreaterThanOrEqual(1);
    expect(template.body).toContain('((');
    expect(template.placeholders.length).toBeGreaterThan(0);
    expect(template.createdAt).toBeInstanceOf(Date);
    expect(typeof template.name).toBe('string');
  });

  test('getTemplate returns the version asked for', ['templates'], async () => {
    const { provider, fixtures } = harness();
    const latest = await provider.getTemplate(fixtures.smsTemplateId);
    const asked = await provider.getTemplate(fixtures.smsTemplateId, { version: latest.version });
    expect(asked.version).toBe(latest.version);
    expect(asked.body).toBe(latest.body);
  });

  test('listTemplates lists the templates of a type', ['templates'], async () => {
    const { provider, fixtures } = harness();
    const emails = await provider.listTemplates({ type: 'email' });
    expect(emails.some((template) => sameId(template.id, fixtures.emailTemplateId))).toBe(true);
    expect(emails.every((template) => template.type === 'email')).toBe(true);
    const all = await provider.listTemplates();
    expect(all.some((template) => sameId(template.id, fixtures.smsTemplateId))).toBe(true);
  });

  test('previewTemplate renders the personalisation without sending', ['templates'], async () => {
    const { provider, fixtures } = harness();
    const preview = await provider.previewTemplate(fixtures.emailTemplateId, fixtures.emailPersonalisation);
    expect(preview.type).toBe('email');
    expect(typeof preview.subject).toBe('string');
    const rendered = `${preview.subject}\n${preview.body}`;
    for (const value of renderedTextValues(fixtures.emailPersonalisation)) expect(rendered).toContain(value);
  });

  test(
    'previewTemplate without the personalisation it needs is a ValidationError',
    ['templates'],
    async () => {
      const { provider, fixtures } = harness();
      await expectFailure(
        () => provider.previewTemplate(fixtures.emailTemplateId, {}),
        'validation_failed',
        (field) => field.startsWith('personalisation'),
      );
    },
  );

  test('getTemplate and previewTemplate of an unknown id are NotFoundErrors', ['templates'], async () => {
    const { provider } = harness();
    await expectFailure(() => provider.getTemplate(unknownId()), 'not_found');
    await expectFailure(() => provider.previewTemplate(unknownId(), {}), 'not_found');
  });
}
