/**
 * Decodes base64 as Python's `base64.b64decode` does by default: characters outside the alphabet
 * are skipped, but the padding must be right. Undefined when Python would raise.
 */
export function decodeBase64LikePython(text: string): Buffer | undefined {
  const cleaned = text.replace(/[^A-Za-z0-9+/=]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned) || cleaned.length % 4 !== 0) return undefined;
  if (cleaned.replace(/=+$/, '').length % 4 === 1) return undefined;
  return Buffer.from(cleaned, 'base64');
}
