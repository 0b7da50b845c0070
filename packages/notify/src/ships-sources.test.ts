import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const map = fileURLToPath(new URL('../dist/testing.js.map', import.meta.url));

// src/ is not published; the source maps carry it, so an adapter author's failing conformance test
// points at the suite's own readable code.
describe.skipIf(!existsSync(map))('the built conformance suite', () => {
  it('ships its sources inside its source map', () => {
    const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8')) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    const sending = sources.findIndex((source) => source.endsWith('conformance/sending.ts'));
    expect(sending).toBeGreaterThanOrEqual(0);
    expect(sourcesContent?.[sending]).toContain('registerSendingTests');
  });
});
