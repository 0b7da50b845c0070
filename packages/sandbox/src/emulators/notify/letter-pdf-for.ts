import { buildLetterPdf } from './letter-pdf.js';
import type { NotificationRecord } from './notification-store.js';

/** The PDF of a letter sent from a template: its address, the date it was sent, subject and body. */
export function buildLetterPdfFor(record: NotificationRecord): Buffer {
  const date = record.createdAt.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  return buildLetterPdf({
    addressLines: record.addressLines,
    date,
    subject: record.subject ?? '',
    body: record.body,
  });
}
