import type { GovukNotify } from '@councilkit/notify-govuk';

/** Emails every resident in a list, within Notify's rate limit; returns those to retry later. */
export async function emailResidents(
  notify: GovukNotify,
  templateId: string,
  residents: readonly { email: string; name: string; caseId: string }[],
) {
  const results = await notify.sendBatch(
    residents.map((resident) => ({
      type: 'email' as const,
      templateId,
      emailAddress: resident.email,
      personalisation: { name: resident.name, reference: resident.caseId, permit_type: 'no' },
      reference: resident.caseId,
    })),
    { concurrency: 20 },
  );
  // Failed and certainly not sent: safe to send again. outcomeUnknown: look it up by reference first.
  return results.filter((result) => result.status === 'failed' && !result.outcomeUnknown);
}
