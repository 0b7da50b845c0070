import { escapeHtmlText } from './html.js';
import { fillPlaceholders, type Personalisation } from './placeholders.js';
import { niceTypography } from './typography.js';

const paragraphStyle = 'Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;';
const linkStyle = 'word-wrap: break-word; color: #1D70B8;';
const listItemStyle =
  'Margin: 5px 0 5px; padding: 0 0 0 5px; font-size: 19px; line-height: 25px; color: #0B0C0C;';
const inlineLink =
  /\[([^\]]+)\]\(([^)\s]+)\)|\b((?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,63}\b(?:[/?#][^<\s]*)?)/gi;

/**
 * The HTML body of an email as Notify renders its markdown (paragraphs, headings, bullet and
 * numbered lists, inset text, horizontal rules, links), with the same inline styles as Notify's
 * emails. Everything the template and personalisation contain is HTML-escaped first.
 */
export function emailHtmlBody(
  content: string,
  personalisation: Personalisation,
  unsubscribeLink: string | null = null,
): string {
  const withUnsubscribe = unsubscribeLink
    ? `${content}\n\n---\n\n[Unsubscribe from these emails](${unsubscribeLink})`
    : content;
  const filled = fillPlaceholders(withUnsubscribe, personalisation, {
    listStyle: 'markdown',
    escape: escapeHtmlText,
  });
  return filled
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map(renderBlock)
    .join('\n\n');
}

function renderBlock(block: string): string {
  const lines = block.split('\n').map((line) => line.trim());
  if (/^(-{3,}|\*{3,})$/.test(block)) {
    return '<hr style="border: 0; height: 1px; background: #B1B4B6; Margin: 30px 0 30px 0;">';
  }
  if (block.startsWith('# ')) {
    return `<h2 style="Margin: 0 0 15px 0; padding: 10px 0 0 0; font-size: 27px; line-height: 35px; font-weight: bold; color: #0B0C0C;">${inline(block.slice(2))}</h2>`;
  }
  if (block.startsWith('## ')) {
    return `<h3 style="Margin: 0 0 15px 0; padding: 10px 0 0 0; font-size: 19px; line-height: 25px; font-weight: bold; color: #0B0C0C;">${inline(block.slice(3))}</h3>`;
  }
  if (lines.every((line) => /^[*\-•] /.test(line)))
    return list(
      lines.map((line) => line.slice(2)),
      false,
    );
  if (lines.every((line) => /^\d+\. /.test(line)))
    return list(
      lines.map((line) => line.replace(/^\d+\. /, '')),
      true,
    );
  if (block.startsWith('^ ')) {
    const text = lines.map((line) => line.replace(/^\^ ?/, '')).join('\n');
    return `<blockquote style="Margin: 0 0 20px 0; border-left: 10px solid #B1B4B6; padding: 15px 0 0.1px 15px; font-size: 19px; line-height: 25px;">${paragraph(text)}</blockquote>`;
  }
  return paragraph(block);
}

function paragraph(text: string): string {
  return `<p style="${paragraphStyle}">${text.split('\n').map(inline).join('<br>')}</p>`;
}

function list(items: readonly string[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const type = ordered ? 'decimal' : 'disc';
  const body = items.map((item) => `<li style="${listItemStyle}">${inline(item)}</li>`).join('');
  return `<table role="presentation" style="padding: 0 0 20px 0;"><tr><td style="font-family: Helvetica, Arial, sans-serif;"><${tag} style="Margin: 0 0 0 20px; padding: 0; list-style-type: ${type};">${body}</${tag}></td></tr></table>`;
}

function inline(text: string): string {
  return niceTypography(text).replace(
    inlineLink,
    (_whole, label?: string, target?: string, bare?: string) => {
      const href = target ?? bare ?? '';
      return `<a style="${linkStyle}" href="${safeHref(href)}">${label ?? bare ?? ''}</a>`;
    },
  );
}

function safeHref(link: string): string {
  const withProtocol = /^(https?|mailto|tel|ftp|file):/i.test(link) ? link : `http://${link}`;
  return withProtocol.replaceAll('"', '%22').replaceAll(' ', '%20');
}
