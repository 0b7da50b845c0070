import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeBlocks, markdownFiles, problemWith } from './samples-check.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// Docs that run: every TypeScript or JavaScript block in a README or guide is a real file that a
// test beside it runs, and the block must be that file's exact content.
describe('code samples in the docs', () => {
  for (const file of markdownFiles(root)) {
    it(`${file}: every code block is a sample file, shown exactly`, () => {
      const problems = codeBlocks(readFileSync(`${root}/${file}`, 'utf8'), file)
        .map((block) => problemWith(block, root))
        .filter((problem) => problem !== undefined);
      expect(problems).toEqual([]);
    });
  }
});

describe('the samples check', () => {
  const markdown = [
    '```sh',
    'npm install',
    '```',
    '<!-- sample: docs/samples-check.ts -->',
    '```ts',
    'not the file',
    '```',
    '```js',
    'console.log(1)',
    '```',
  ].join('\n');

  it('ignores shell blocks and finds the marker right above a code block', () => {
    const blocks = codeBlocks(markdown, 'x.md');
    expect(blocks.map((block) => [block.language, block.samplePath, block.line])).toEqual([
      ['ts', 'docs/samples-check.ts', 5],
      ['js', undefined, 8],
    ]);
  });

  it('fails a block without a marker, and one that differs from its file', () => {
    const [differs, unmarked] = codeBlocks(markdown, 'x.md');
    expect(problemWith(differs!, root)).toMatch(/differs from docs\/samples-check\.ts/);
    expect(problemWith(unmarked!, root)).toMatch(/must come right after <!-- sample:/);
  });

  it('passes a block that is its file', () => {
    const file = readFileSync(`${root}/docs/samples-check.ts`, 'utf8');
    const [block] = codeBlocks(`<!-- sample: docs/samples-check.ts -->\n\`\`\`ts\n${file}\`\`\`\n`, 'y.md');
    expect(problemWith(block!, root)).toBeUndefined();
  });
});
