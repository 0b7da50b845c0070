import { badRequest } from './api-error.js';
import { decodeBase64LikePython } from './base64.js';
import { countTowardsDailyLimits } from './daily-limits.js';
import type { NotificationRecord, PlannedTransition } from './notification-store.js';
import type { NotifyState } from './notify-state.js';
import { validatePostalAddress } from './postal-address.js';
import { seededTemplateIds } from './seed-templates.js';
import type { ApiKeyRecord } from './service.js';
import { assertServiceMaySend } from './service-permission.js';
import type { LetterPostage, Postage } from './template-types.js';
import { newUuid } from './uuid.js';
import { validateTemplate } from './validate-template.js';

/** Sends a letter from a template (the body passed its schema) and returns Notify's 201 body. */
export function sendTemplatedLetter(
  state: NotifyState,
  key: ApiKeyRecord,
  form: Readonly<Record<string, unknown>>,
  root: string,
): Record<string, unknown> {
  assertServiceMaySend(state, 'letter');
  const personalisation = form['personalisation'] as Record<string, unknown>;
  const { template, rendered } = validateTemplate(
    state.templates,
    String(form['template_id']),
    personalisation,
    'letter',
  );
  assertKeyMaySendLetters(state, key);
  const address = validatePostalAddress(personalisation, {
    allowInternational: state.service.permissions.has('international_letters'),
  });

  const id = newUuid();
  const now = state.clock.now();
  // Test-key letters start in `sending` (shown as accepted) and are "posted" by a fake print callback.
  const isTest = key.keyType === 'test';
  const transitions: PlannedTransition[] = [
    ...(isTest ? [] : [{ at: after(now, state.settings.sendingAfterMs), status: 'sending' as const }]),
    { at: after(now, state.settings.letterReceivedAfterMs), status: 'delivered' },
  ];
  countTowardsDailyLimits(state, key.keyType, ['letter']);
  state.notifications.add(
    letterRecord(state, key, {
      id,
      now,
      personalisation,
      reference: typeof form['reference'] === 'string' ? form['reference'] : null,
      templateId: template.id,
      templateVersion: template.version,
      body: rendered.body,
      subject: rendered.subject,
      addressLines: address.lines,
      // An address abroad sets the postage (notifications-api `validate_address`); else the template's.
      postage: address.internationalPostage ?? template.postage ?? 'second',
      status: isTest ? 'sending' : 'created',
      transitions,
      precompiledPdf: null,
    }),
  );
  return {
    id,
    reference: typeof form['reference'] === 'string' ? form['reference'] : null,
    uri: `${root}v2/notifications/${id}`,
    template: {
      id: template.id,
      version: template.version,
      uri: `${root}services/${state.service.id}/templates/${template.id}`,
    },
    scheduled_for: null,
    content: { body: rendered.body, subject: rendered.subject },
  };
}

/**
 * Accepts a letter sent as a PDF (the body passed its schema) and returns `{id, reference, postage}`.
 * It waits in `pending-virus-check`, then is accepted, or fails validation if it is not a PDF.
 */
export function sendPrecompiledLetter(
  state: NotifyState,
  key: ApiKeyRecord,
  form: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  assertServiceMaySend(state, 'letter');
  assertKeyMaySendLetters(state, key);
  const pdf = decodeBase64LikePython(String(form['content']));
  if (pdf === undefined) throw badRequest('Cannot decode letter content (invalid base64 encoding)');
  const template = state.templates.findAny(seededTemplateIds.precompiledLetter, 1);
  const id = newUuid();
  const now = state.clock.now();
  const isPdf = pdf.subarray(0, 5).toString('latin1') === '%PDF-';
  const postage = (
    typeof form['postage'] === 'string' ? form['postage'] : (template?.postage ?? 'second')
  ) as Postage;
  const reference = String(form['reference']);
  countTowardsDailyLimits(state, key.keyType, ['letter']);
  state.notifications.add(
    letterRecord(state, key, {
      id,
      now,
      personalisation: { address_line_1: 'Provided as PDF' },
      reference,
      templateId: seededTemplateIds.precompiledLetter,
      templateVersion: template?.version ?? 1,
      body: template?.body ?? '',
      subject: template?.subject ?? 'Pre-compiled PDF',
      addressLines: ['Provided as PDF'],
      postage,
      status: 'pending-virus-check',
      transitions: isPdf
        ? [
            { at: after(now, state.settings.sendingAfterMs), status: 'sending' },
            { at: after(now, state.settings.letterReceivedAfterMs), status: 'delivered' },
          ]
        : [{ at: after(now, state.settings.sendingAfterMs), status: 'validation-failed' }],
      precompiledPdf: pdf,
    }),
  );
  return { id, reference, postage };
}

function assertKeyMaySendLetters(state: NotifyState, key: ApiKeyRecord): void {
  if (key.keyType === 'team') throw badRequest('Cannot send letters with a team api key', 403);
  if (state.service.restricted && key.keyType !== 'test') {
    throw badRequest('Cannot send letters when service is in trial mode', 403);
  }
}

interface LetterDetails {
  readonly id: string;
  readonly now: Date;
  readonly personalisation: Readonly<Record<string, unknown>>;
  readonly reference: string | null;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly body: string;
  readonly subject: string | null;
  readonly addressLines: readonly string[];
  readonly postage: LetterPostage;
  readonly status: NotificationRecord['status'];
  readonly transitions: PlannedTransition[];
  readonly precompiledPdf: Buffer | null;
}

function letterRecord(state: NotifyState, key: ApiKeyRecord, details: LetterDetails): NotificationRecord {
  return {
    id: details.id,
    sequence: state.notifications.takeSequence(),
    keyType: key.keyType,
    apiKeyId: key.id,
    type: 'letter',
    to: details.addressLines.join('\n'),
    normalisedTo: details.addressLines.join('\n'),
    templateId: details.templateId,
    templateVersion: details.templateVersion,
    personalisation: details.personalisation,
    reference: details.reference,
    body: details.body,
    subject: details.subject,
    html: null,
    replyTo: null,
    fromEmail: null,
    oneClickUnsubscribeUrl: null,
    postage: details.postage,
    addressLines: details.addressLines,
    billableUnits: details.precompiledPdf ? countPdfPages(details.precompiledPdf) : 1,
    rateMultiplier: 1,
    isPrecompiled: details.precompiledPdf !== null,
    precompiledPdf: details.precompiledPdf,
    files: [],
    createdAt: details.now,
    status: details.status,
    sentAt: null,
    updatedAt: null,
    transitions: details.transitions,
  };
}

// Sheets of paper, printed double-sided: two pages to a sheet.
function countPdfPages(pdf: Buffer): number {
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 1;
  return Math.max(1, Math.ceil(pages / 2));
}

function after(now: Date, milliseconds: number): Date {
  return new Date(now.getTime() + milliseconds);
}
