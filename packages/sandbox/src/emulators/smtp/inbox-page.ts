import type { SandboxEmail } from './mailbox.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The SMTP inbox: every email the sandbox's SMTP server accepted, newest first, as plain text. */
export function inboxPage(emails: readonly SandboxEmail[]): string {
  const rows = emails
    .map(
      (email) =>
        `<article class="email"><h2>${escapeHtml(email.subject || '(no subject)')}</h2>` +
        `<p><strong>To:</strong> ${escapeHtml(email.to.join(', '))} · <strong>From:</strong> ${escapeHtml(email.from)} · ${escapeHtml(email.receivedAt)}</p>` +
        `<p><code>${escapeHtml(email.messageId)}</code></p><pre>${escapeHtml(email.text)}</pre></article>`,
    )
    .join('\n');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Email inbox – councilkit sandbox</title></head><body>' +
    `<h1>Email sent through the sandbox's SMTP server</h1><p>${emails.length} message${emails.length === 1 ? '' : 's'}. ` +
    '<a href="../notify/inbox">GOV.UK Notify inbox</a></p>' +
    (rows || '<p>No email yet.</p>') +
    '</body></html>'
  );
}
