import { ValidationError } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import { prepareUpload } from './index.js';

function fieldOf(call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.field;
  }
}

describe('prepareUpload', () => {
  it('encodes the file as base64 with only the options given', () => {
    const bytes = new TextEncoder().encode('name,permit\nAda,AB12\n');
    expect(prepareUpload(bytes)).toEqual({ file: Buffer.from(bytes).toString('base64') });
    expect(
      prepareUpload(bytes, {
        filename: 'permits.csv',
        confirmEmailBeforeDownload: false,
        retentionPeriod: '1 week',
      }),
    ).toEqual({
      file: Buffer.from(bytes).toString('base64'),
      filename: 'permits.csv',
      confirmEmailBeforeDownload: false,
      retentionPeriod: '1 week',
    });
    expect(prepareUpload(bytes, { filename: undefined } as never)).toEqual({
      file: Buffer.from(bytes).toString('base64'),
    });
  });

  it('encodes only the bytes a view covers, not its whole buffer', () => {
    const buffer = new Uint8Array([1, 2, 3, 4, 5]);
    expect(prepareUpload(buffer.subarray(1, 3)).file).toBe(Buffer.from([2, 3]).toString('base64'));
  });

  it('takes a file of exactly 2 MB and rejects one byte more, naming the file', () => {
    expect(fieldOf(() => prepareUpload(new Uint8Array(2 * 1024 * 1024)))).toBeUndefined();
    expect(fieldOf(() => prepareUpload(new Uint8Array(2 * 1024 * 1024 + 1)))).toBe('file');
  });

  it('rejects what is not bytes', () => {
    expect(fieldOf(() => prepareUpload('a string' as never))).toBe('file');
  });

  it.each([
    [{ filename: 'no-extension' }, 'filename'],
    [{ retentionPeriod: '0 weeks' }, 'retentionPeriod'],
    [{ retentionPeriod: '79 weeks' }, 'retentionPeriod'],
    [{ retentionPeriod: '26' }, 'retentionPeriod'],
    [{ retentionPeriod: '2 months' }, 'retentionPeriod'],
    [{ confirmEmailBeforeDownload: 'yes' }, 'confirmEmailBeforeDownload'],
    [{ isCsv: true }, 'isCsv'],
  ])('rejects the options %j', (options, field) => {
    expect(fieldOf(() => prepareUpload(new Uint8Array([1]), options as never))).toBe(field);
  });

  it('accepts retention periods from 1 to 78 weeks', () => {
    for (const retentionPeriod of ['1 week', '1 weeks', '26 weeks', '78 weeks']) {
      expect(fieldOf(() => prepareUpload(new Uint8Array([1]), { retentionPeriod }))).toBeUndefined();
    }
  });
});
