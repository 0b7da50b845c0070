/** What goes on a rendered letter. */
export interface LetterPdfContent {
  readonly addressLines: readonly string[];
  readonly date: string;
  readonly subject: string;
  readonly body: string;
}

const pageWidth = 595;
const pageHeight = 842;
const margin = 72;
const lineHeight = 15;
const charactersPerLine = 85;
const linesPerPage = Math.floor((pageHeight - 2 * margin) / lineHeight);

interface Line {
  readonly text: string;
  readonly bold: boolean;
}

/**
 * Builds a small, valid PDF 1.4 of a letter (A4, Helvetica): the address block, the date, the
 * subject in bold and the body, wrapped and paginated, with a correct cross-reference table.
 */
export function buildLetterPdf(content: LetterPdfContent): Buffer {
  const lines: Line[] = [
    ...content.addressLines.map((text) => ({ text, bold: false })),
    { text: '', bold: false },
    { text: content.date, bold: false },
    { text: '', bold: false },
    ...wrap(content.subject).map((text) => ({ text, bold: true })),
    { text: '', bold: false },
    ...content.body
      .split('\n')
      .flatMap((paragraph) => wrap(paragraph).map((text) => ({ text, bold: false }))),
  ];
  const pages: Line[][] = [];
  for (let index = 0; index < lines.length; index += linesPerPage)
    pages.push(lines.slice(index, index + linesPerPage));

  const objects: string[] = [];
  const pageObjectNumbers = pages.map((_, index) => 5 + index * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageObjectNumbers.map((number) => `${number} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  pages.forEach((pageLines, index) => {
    const pageNumber = 5 + index * 2;
    const stream = pageStream(pageLines);
    objects[pageNumber] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`;
    objects[pageNumber + 1] =
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });

  let document = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let number = 1; number < objects.length; number += 1) {
    offsets[number] = Buffer.byteLength(document, 'latin1');
    document += `${number} 0 obj\n${objects[number]}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(document, 'latin1');
  document += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let number = 1; number < objects.length; number += 1) {
    document += `${String(offsets[number]).padStart(10, '0')} 00000 n \n`;
  }
  document += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(document, 'latin1');
}

function pageStream(lines: readonly Line[]): string {
  const commands = lines.map((line, index) => {
    const font = line.bold ? '/F2' : '/F1';
    const y = pageHeight - margin - index * lineHeight;
    return `BT ${font} 11 Tf ${margin} ${y} Td (${pdfText(line.text)}) Tj ET`;
  });
  return commands.join('\n');
}

function wrap(text: string): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && current.length + 1 + word.length > charactersPerLine) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  return lines;
}

// Helvetica with WinAnsi covers Latin-1; curly quotes and dashes map to their WinAnsi codes.
const winAnsi: Readonly<Record<string, string>> = {
  '‘': '\x91',
  '’': '\x92',
  '“': '\x93',
  '”': '\x94',
  '–': '\x96',
  '—': '\x97',
  '…': '\x85',
  '€': '\x80',
};

function pdfText(text: string): string {
  let result = '';
  for (const character of text) {
    const mapped = winAnsi[character] ?? (character.charCodeAt(0) <= 0xff ? character : '?');
    result += mapped === '\\' || mapped === '(' || mapped === ')' ? `\\${mapped}` : mapped;
  }
  return result;
}
