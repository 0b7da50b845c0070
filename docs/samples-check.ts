import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The languages whose code blocks must be runnable samples; shell blocks are instructions, not code. */
const sampleLanguages = new Set(['ts', 'typescript', 'js', 'javascript', 'tsx', 'jsx', 'mjs', 'cjs']);
const markerPattern = /^<!--\s*sample:\s*(\S+)\s*-->$/;

/** One fenced code block that must be a sample, and where it came from. */
export interface CodeBlock {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly language: string;
  readonly code: string;
  /** The path from the `<!-- sample: ... -->` line right above the fence, if there is one. */
  readonly samplePath: string | undefined;
}

/** Every fenced block in a markdown text whose language is code, with the sample marker above it. */
export function codeBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const opening = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[index]!);
    if (opening === null) continue;
    const fence = opening[2]!;
    const language = opening[3]!.toLowerCase();
    const start = index;
    index += 1;
    while (index < lines.length && !lines[index]!.trimStart().startsWith(fence)) index += 1;
    if (!sampleLanguages.has(language)) continue;
    const marker = markerPattern.exec((lines[start - 1] ?? '').trim());
    blocks.push({
      file,
      line: start + 1,
      language,
      code: lines.slice(start + 1, index).join('\n'),
      samplePath: marker?.[1],
    });
  }
  return blocks;
}

/** The markdown files whose code must run: README.md, docs/**, and each package's README. */
export function markdownFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  if (existsSync(join(root, 'README.md'))) found.push(join(root, 'README.md'));
  walk(join(root, 'docs'));
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    const readme = join(root, 'packages', entry.name, 'README.md');
    if (entry.isDirectory() && existsSync(readme)) found.push(readme);
  }
  return found.map((path) => relative(root, path));
}

/** What is wrong with one block: no marker, a missing file, or text that differs from the file. */
export function problemWith(block: CodeBlock, root: string): string | undefined {
  const where = `${block.file}:${block.line}`;
  if (block.samplePath === undefined)
    return `${where}: a \`\`\`${block.language} block must come right after <!-- sample: <path> --> naming the file it shows`;
  const path = join(root, block.samplePath);
  if (!existsSync(path)) return `${where}: the sample ${block.samplePath} does not exist`;
  const file = readFileSync(path, 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '');
  if (file !== block.code.replace(/\n+$/, ''))
    return `${where}: the block differs from ${block.samplePath}; paste the file's content again`;
  return undefined;
}
