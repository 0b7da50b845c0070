const encoder = new TextEncoder();

/**
 * A valid one-page A4 PDF with no content, built by hand: what the memory adapter returns as a
 * letter's PDF and what the conformance suite sends as a precompiled letter.
 */
export function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    // A4 in points.
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = text.length;
  // Cross-reference entries are exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n\r\n`).join('');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n${entries}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return encoder.encode(text);
}
