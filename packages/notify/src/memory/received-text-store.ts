import type { ReceivedText } from '../model/received-text.js';

/** Received text messages in the order they arrived. */
export interface ReceivedTextStore {
  add(text: ReceivedText): void;
  /** Newest first; only those older than `olderThan` when given (none when that id is unknown). */
  list(olderThan: string | undefined): ReceivedText[];
  clear(): void;
}

/** Makes an empty received-text store. */
export function createReceivedTextStore(): ReceivedTextStore {
  let texts: ReceivedText[] = [];
  return {
    add(text) {
      texts = [...texts, text];
    },
    list(olderThan) {
      const newestFirst = [...texts].reverse();
      if (olderThan === undefined) return newestFirst;
      const index = newestFirst.findIndex((text) => text.id === olderThan.toLowerCase());
      return index === -1 ? [] : newestFirst.slice(index + 1);
    },
    clear() {
      texts = [];
    },
  };
}
