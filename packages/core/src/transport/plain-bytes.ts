/**
 * A body's chunks as one plain Uint8Array of its own, never a view into Node's shared buffer pool.
 * Every transport answers with this one kind of object: the code reading answers then stays
 * monomorphic when the default transport switches from Node's http to undici (a Buffer from one
 * and a Uint8Array from the other made every later send measurably slower).
 */
export function plainBytes(chunks: readonly Uint8Array[]): Uint8Array {
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
