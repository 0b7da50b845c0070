import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DueQueue } from './due-queue.js';

describe('DueQueue', () => {
  it('gives items back earliest first, however pushes and pops interleave', () => {
    const operation = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constant('pop' as const));
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (operations) => {
        const queue = new DueQueue<number>();
        const reference: number[] = [];
        for (const step of operations) {
          if (step === 'pop') {
            reference.sort((a, b) => a - b);
            expect(queue.pop()).toBe(reference.shift());
          } else {
            queue.push(step, step);
            reference.push(step);
          }
          expect(queue.peekDueAt()).toBe(reference.length === 0 ? undefined : Math.min(...reference));
        }
      }),
    );
  });

  it('is empty after clear', () => {
    const queue = new DueQueue<string>();
    queue.push(5, 'a');
    queue.push(1, 'b');
    expect(queue.peek()).toBe('b');
    queue.clear();
    expect([queue.peek(), queue.peekDueAt(), queue.pop()]).toEqual([undefined, undefined, undefined]);
  });
});
