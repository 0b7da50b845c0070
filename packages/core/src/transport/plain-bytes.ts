/**
 * A body's chunks as one plain Uint8Array. Every transport answers with this one kind of object:
 * the code reading answers then stays monomorphic when the default transport switches from Node's
 * http to undici (a Buffer from one and a Uint8Array from the other made every later send
 * measurably slower). A body that came in one chunk (almost every JSON answer) is a view of that
 * chunk rather than a copy: the HTTP client decodes it at once and lets it go, and copies any body
 * it hands on as bytes (see http-client.ts), so no caller keeps a socket's read buffer alive.
 */
export function plainBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) {
    const [only] = chunks as [Uint8Array];
    return new Uint8Array(only.buffer, only.byteOffset, only.byteLength);
  }
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
