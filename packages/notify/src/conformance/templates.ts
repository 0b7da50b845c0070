import { expect } from 'vitest';
import type { NotificationHarness } from './harness.js';
import {
  capabilitiesOf,
  expectFailure,
  renderedTextValues,
  type SuiteContext,
  unknownTemplateId,
} from './suite-context.js';

// The template the template tests read: the email fixture's, or the text message's.
function someTemplate(harness: NotificationHarness) {
  const { email, sms } = harness.fixtures;
  const chosen = capabilitiesOf(harness).email && email ? email : sms;
  if (chosen === undefined) throw new Error('The harness must give fixtures.email or fixtures.sms');
  return { ...chosen, type: chosen === email ? ('email' as const) : ('sms' as const) };
}

/** Reading and previewing templates. Template syntax is the provider's own: the suite never looks at it. */
export function registerTemplateTests({ harness, test }: SuiteContext): void {
  test('getTemplate returns the template with its placeholders', ['message', 'templates'], async () => {
    const { provider } = harness();
    const fixture = someTemplate(harness());
    const template = await provider.getTemplate(fixture.templateId);
    expect(template.id).toBe(fixture.templateId);
    expect(template.type).toBe(fixture.type);
    expect(template.version).toBeGreaterThanOrEqual(1);
    expect(template.body).not.toBe('');
    expect(template.placeholders.length).toBeGreaterThan(0);
    expect(template.createdAt).toBeInstanceOf(Date);
    expect(typeof template.name).toBe('string');
  });

  test('getTemplate returns the version asked for', ['message', 'templates'], async () => {
    const { provider } = harness();
    const fixture = someTemplate(harness());
    const latest = await provider.getTemplate(fixture.templateId);
    const asked = await provider.getTemplate(fixture.templateId, { version: latest.version });
    expect(asked.version).toBe(latest.version);
    expect(asked.body).toBe(latest.body);
  });

  test('listTemplates lists the templates of a type', ['message', 'templates'], async () => {
    const { provider } = harness();
    const fixture = someTemplate(harness());
    const ofType = await provider.listTemplates({ type: fixture.type });
    expect(ofType.some((template) => template.id === fixture.templateId)).toBe(true);
    expect(ofType.every((template) => template.type === fixture.type)).toBe(true);
    const all = await provider.listTemplates();
    expect(all.some((template) => template.id === fixture.templateId)).toBe(true);
  });

  test('previewTemplate renders the personalisation without sending', ['message', 'previews'], async () => {
    const { provider } = harness();
    const fixture = someTemplate(harness());
    const preview = await provider.previewTemplate(fixture.templateId, fixture.personalisation);
    expect(preview.type).toBe(fixture.type);
    if (fixture.type === 'email') expect(typeof preview.subject).toBe('string');
    const rendered = `${preview.subject ?? ''}\n${preview.body}`;
    for (const value of renderedTextValues(fixture.personalisation)) expect(rendered).toContain(value);
  });

  test(
    'previewTemplate without the personalisation it needs is a ValidationError',
    ['message', 'previews'],
    async () => {
      const { provider } = harness();
      await expectFailure(
        () => provider.previewTemplate(someTemplate(harness()).templateId, {}),
        'validation_failed',
        (field) => field.startsWith('personalisation'),
      );
    },
  );

  test('getTemplate of an unknown id is a NotFoundError', ['templates'], async () => {
    const { provider } = harness();
    await expectFailure(() => provider.getTemplate(unknownTemplateId(harness())), 'not_found');
  });

  test('previewTemplate of an unknown id is a NotFoundError', ['previews'], async () => {
    const { provider } = harness();
    await expectFailure(() => provider.previewTemplate(unknownTemplateId(harness()), {}), 'not_found');
  });
}
