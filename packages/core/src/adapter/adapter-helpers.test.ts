import { describe, expect, it } from 'vitest';
import { CouncilKitError } from '../errors/index.js';
import { followPages } from './follow-pages.js';
import { readJsonObject } from './read-json-object.js';

const context = { provider: 'acme', what: 'a message' };

describe('readJsonObject', () => {
  it('reads fields leniently: wrong types and nulls are absent', () => {
    const reader = readJsonObject(
      {
        id: 'msg_1',
        count: 2,
        bad: Number.NaN,
        flag: true,
        when: '2026-01-02T03:04:05Z',
        nested: { a: 'b' },
        list: [1],
        nothing: null,
      },
      context,
    );
    expect(reader.requiredText('id')).toBe('msg_1');
    expect(reader.text('count')).toBeUndefined();
    expect(reader.number('count')).toBe(2);
    expect(reader.number('bad')).toBeUndefined();
    expect(reader.boolean('flag')).toBe(true);
    expect(reader.date('when')?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(reader.date('id')).toBeUndefined();
    expect(reader.object('nested')?.text('a')).toBe('b');
    expect(reader.object('list')).toBeUndefined();
    expect(reader.array('list')).toEqual([1]);
    expect(reader.array('nothing')).toEqual([]);
    expect(reader.text('nothing')).toBeUndefined();
  });

  it('ignores inherited keys', () => {
    expect(readJsonObject({}, context).text('toString')).toBeUndefined();
  });

  it.each([null, undefined, 'text', 42, [], ['a']])('answers %j with a typed ProviderError', (body) => {
    expect(() => readJsonObject(body, context)).toThrow(/acme answered a message with an unexpected body/);
    try {
      readJsonObject(body, context);
    } catch (error) {
      expect(CouncilKitError.isInstance(error)).toBe(true);
      expect((error as CouncilKitError).code).toBe('provider_error');
    }
  });

  it('names a required field that is missing', () => {
    expect(() => readJsonObject({ id: 1 }, context).requiredText('id')).toThrow(/without `id`/);
  });
});

describe('followPages', () => {
  const pages: Record<string, { items: number[]; next?: string }> = {
    start: { items: [1, 2], next: 'b' },
    b: { items: [3], next: 'c' },
    c: { items: [], next: 'd' },
  };

  it('follows cursors until an empty page, fetching only as the caller iterates', async () => {
    const fetched: (string | undefined)[] = [];
    const walk = followPages<{ items: number[]; next?: string }, number>({
      fetchPage: async (cursor) => {
        fetched.push(cursor);
        return pages[cursor ?? 'start']!;
      },
      items: (page) => page.items,
      next: (page) => page.next,
    });
    const seen: number[] = [];
    for await (const item of walk) {
      seen.push(item);
      if (item === 1) expect(fetched).toEqual([undefined]);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(fetched).toEqual([undefined, 'b', 'c']);
  });

  it('stops when the caller stops', async () => {
    let fetches = 0;
    for await (const _ of followPages<number[], number>({
      fetchPage: async () => {
        fetches += 1;
        return [1, 2];
      },
      items: (page) => page,
      next: () => `page-${fetches}`,
    }))
      break;
    expect(fetches).toBe(1);
  });

  it('ends when a cursor repeats', async () => {
    let fetches = 0;
    const items: number[] = [];
    for await (const item of followPages<number[], number>({
      first: 'a',
      fetchPage: async () => {
        fetches += 1;
        return [fetches];
      },
      items: (page) => page,
      next: () => (fetches % 2 === 0 ? 'a' : 'b'),
    }))
      items.push(item);
    expect(items).toEqual([1, 2]);
  });
});
