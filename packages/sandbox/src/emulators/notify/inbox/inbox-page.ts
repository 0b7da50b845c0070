import { escapeHtml } from '../html.js';
import type { SandboxNotification, SandboxReceivedText } from '../types.js';

// Only what GOV.UK Frontend has no component for: the phone, the email frame and the letter sheet.
const pageStyles = `
.sandbox-email{border:1px solid #b1b4b6;padding:20px;background:#fff;max-width:580px}
.sandbox-email__headers{border-bottom:1px solid #b1b4b6;margin-bottom:20px;padding-bottom:10px}
.sandbox-phone{max-width:320px;border:1px solid #b1b4b6;border-radius:24px;padding:20px 15px;background:#f3f2f1}
.sandbox-phone__sender{text-align:center;font-weight:700;margin:0 0 15px}
.sandbox-phone__bubble{background:#fff;border-radius:18px 18px 18px 4px;padding:10px 15px;white-space:pre-wrap;overflow-wrap:anywhere}
.sandbox-letter{border:1px solid #b1b4b6;padding:40px;background:#fff;max-width:580px;font-family:Arial,sans-serif}
.sandbox-letter__address{margin-bottom:30px;white-space:pre-line}
.sandbox-letter__body{white-space:pre-wrap}
`;

/** Which page of the inbox is shown: 1-based, of `pages`, out of `total` messages kept. */
export interface InboxPaging {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
}

/**
 * One page of the inbox: messages sent, newest first, shown as their recipients would see them,
 * then texts received. Paged, so thousands of messages never make one huge page.
 */
export function inboxPage(
  notifications: readonly SandboxNotification[],
  receivedTexts: readonly SandboxReceivedText[],
  basePath: string,
  paging: InboxPaging = { page: 1, pages: 1, total: notifications.length },
): string {
  const { total } = paging;
  const summary =
    total === 0
      ? '<p class="govuk-body">No messages yet. Messages sent with any API key appear here.</p>'
      : `<p class="govuk-body">${total} message${total === 1 ? '' : 's'}, newest first${paging.pages > 1 ? ` (page ${paging.page} of ${paging.pages})` : ''}.</p>`;
  return page(
    'Notify inbox',
    basePath,
    `<h1 class="govuk-heading-l">Notify inbox</h1>${summary}${notifications.map((notification) => messageCard(notification, basePath, true)).join('')}${pagination(paging, basePath)}${receivedTextsTable(receivedTexts)}`,
  );
}

function pagination({ page: current, pages }: InboxPaging, basePath: string): string {
  if (pages <= 1) return '';
  const link = (page: number, label: string, kind: 'prev' | 'next') =>
    `<div class="govuk-pagination__${kind}"><a class="govuk-link govuk-pagination__link" href="${escapeHtml(basePath)}/inbox?page=${page}" rel="${kind}"><span class="govuk-pagination__link-title">${label}</span></a></div>`;
  return `<nav class="govuk-pagination" aria-label="Inbox pages">${current > 1 ? link(current - 1, 'Newer messages', 'prev') : ''}${current < pages ? link(current + 1, 'Older messages', 'next') : ''}</nav>`;
}

function receivedTextsTable(texts: readonly SandboxReceivedText[]): string {
  if (texts.length === 0) return '';
  const rows = texts
    .map(
      (text) =>
        `<tr class="govuk-table__row"><td class="govuk-table__cell">${escapeHtml(text.userNumber)}</td><td class="govuk-table__cell">${escapeHtml(text.content)}</td><td class="govuk-table__cell"><time datetime="${escapeHtml(text.createdAt)}">${escapeHtml(text.createdAt)}</time></td></tr>`,
    )
    .join('');
  return `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Received text messages</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">From</th><th scope="col" class="govuk-table__header">Message</th><th scope="col" class="govuk-table__header">Received</th></tr></thead>
<tbody class="govuk-table__body">${rows}</tbody></table>`;
}

/** One message on its own page. */
export function messagePage(notification: SandboxNotification, basePath: string): string {
  return page(
    titleOf(notification),
    basePath,
    `<a href="${escapeHtml(basePath)}/inbox" class="govuk-back-link">All messages</a>` +
      `<h1 class="govuk-heading-l">${escapeHtml(titleOf(notification))}</h1>${messageCard(notification, basePath, false)}`,
  );
}

/** The page for an id the emulator does not hold. */
export function notFoundPage(basePath: string): string {
  return page(
    'Message not found',
    basePath,
    `<h1 class="govuk-heading-l">Message not found</h1><p class="govuk-body"><a class="govuk-link" href="${escapeHtml(basePath)}/inbox">Back to the inbox</a></p>`,
  );
}

function page(title: string, basePath: string, content: string): string {
  const base = escapeHtml(basePath);
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${escapeHtml(title)} – GOV.UK Notify sandbox</title>
<link rel="stylesheet" href="${base}/inbox/govuk-frontend.min.css">
<style>${pageStyles}</style>
</head>
<body class="govuk-template__body">
<header class="govuk-header" data-module="govuk-header">
<div class="govuk-header__container govuk-width-container">
<div class="govuk-header__logo"><a href="${base}/inbox" class="govuk-header__link govuk-header__link--homepage">GOV.UK Notify</a></div>
<div class="govuk-header__content"><a href="${base}/inbox" class="govuk-header__link govuk-header__service-name">Sandbox inbox</a></div>
</div>
</header>
<div class="govuk-width-container">
<main class="govuk-main-wrapper" id="main-content">
${content}
</main>
</div>
</body>
</html>`;
}

function messageCard(notification: SandboxNotification, basePath: string, linkToMessage: boolean): string {
  const base = escapeHtml(basePath);
  const action = linkToMessage
    ? `<ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="${base}/inbox/${escapeHtml(notification.id)}">View<span class="govuk-visually-hidden"> ${escapeHtml(titleOf(notification))}</span></a></li></ul>`
    : '';
  const rows: [string, string][] = [
    ['Status', statusTag(notification.apiStatus)],
    ['Reference', notification.reference === null ? 'None' : escapeHtml(notification.reference)],
    [
      'Sent',
      `<time datetime="${escapeHtml(notification.createdAt)}">${escapeHtml(notification.createdAt)}</time>`,
    ],
    ['API key', escapeHtml(notification.keyType)],
    ['Notification id', `<code>${escapeHtml(notification.id)}</code>`],
  ];
  const list = rows
    .map(
      ([key, value]) =>
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`,
    )
    .join('');
  return `<div class="govuk-summary-card">
<div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">${escapeHtml(titleOf(notification))}</h2>${action}</div>
<div class="govuk-summary-card__content">
<dl class="govuk-summary-list">${list}</dl>
${messageBody(notification, base)}
</div>
</div>`;
}

function messageBody(notification: SandboxNotification, base: string): string {
  if (notification.type === 'email') {
    const files = notification.files
      .map(
        (file) =>
          `<li>${escapeHtml(file.filename ?? 'File')} (${file.sizeInBytes} bytes): <a class="govuk-link" href="${escapeHtml(file.url)}">${escapeHtml(file.url)}</a></li>`,
      )
      .join('');
    return `<div class="sandbox-email">
<div class="sandbox-email__headers govuk-body-s">
<p class="govuk-body-s govuk-!-margin-bottom-1"><strong>From:</strong> ${escapeHtml(notification.from ?? '')}</p>
${notification.replyTo ? `<p class="govuk-body-s govuk-!-margin-bottom-1"><strong>Reply to:</strong> ${escapeHtml(notification.replyTo)}</p>` : ''}
<p class="govuk-body-s govuk-!-margin-bottom-1"><strong>To:</strong> ${escapeHtml(notification.to)}</p>
<p class="govuk-body-s govuk-!-margin-bottom-0"><strong>Subject:</strong> ${escapeHtml(notification.subject ?? '')}</p>
</div>
${notification.html ?? `<p class="govuk-body">${escapeHtml(notification.body)}</p>`}
${files === '' ? '' : `<ul class="govuk-list govuk-body-s">${files}</ul>`}
</div>`;
  }
  if (notification.type === 'sms') {
    return `<div class="sandbox-phone">
<p class="sandbox-phone__sender govuk-body">${escapeHtml(notification.from ?? 'GOVUK')}</p>
<div class="sandbox-phone__bubble govuk-body">${escapeHtml(notification.body)}</div>
<p class="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">To ${escapeHtml(notification.to)}</p>
</div>`;
  }
  const pdfLink = `<p class="govuk-body"><a class="govuk-link" href="${base}/inbox/${escapeHtml(notification.id)}/pdf">Open the letter as a PDF</a></p>`;
  return `<div class="sandbox-letter">
<div class="sandbox-letter__address govuk-body">${notification.addressLines.map(escapeHtml).join('\n')}</div>
<h3 class="govuk-heading-s">${escapeHtml(notification.subject ?? '')}</h3>
<div class="sandbox-letter__body govuk-body">${escapeHtml(notification.body)}</div>
<p class="govuk-body-s">Postage: ${escapeHtml(notification.postage ?? 'second')} class</p>
</div>${pdfLink}`;
}

function titleOf(notification: SandboxNotification): string {
  if (notification.type === 'email') return `Email to ${notification.to}`;
  if (notification.type === 'sms') return `Text message to ${notification.to}`;
  return `Letter to ${notification.addressLines[0] ?? 'an address'}`;
}

function statusTag(status: string): string {
  const colour =
    status === 'delivered' || status === 'received'
      ? 'govuk-tag--green'
      : status === 'temporary-failure'
        ? 'govuk-tag--orange'
        : status.endsWith('failure') || status.endsWith('failed') || status === 'cancelled'
          ? 'govuk-tag--red'
          : 'govuk-tag--blue';
  return `<strong class="govuk-tag ${colour}">${escapeHtml(status)}</strong>`;
}
