import { UnsupportedError } from './errors/classes.js';

const advice = "(it would slow every cold start): import { z } from 'zod' for it";

/** What a part of zod left out of core's bundle does when called: says so, and what to do instead. */
export function leftOut(name: string): () => never {
  return () => {
    throw new UnsupportedError(`z.${name}`, {
      provider: '@councilkit/core',
      message: `z.${name} is not in @councilkit/core's bundled zod ${advice}`,
    });
  };
}

/** Stands in for zod's JSON Schema conversion, which schemas built with core's `z` do not carry. */
export function jsonSchemaLeftOut(): never {
  throw new UnsupportedError('toJSONSchema', {
    provider: '@councilkit/core',
    message: `JSON Schema conversion is not in @councilkit/core's bundled zod ${advice}`,
  });
}
