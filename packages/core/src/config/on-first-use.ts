import { ConfigError } from '../errors/classes.js';

/**
 * A value built the first time it is asked for, then kept: `const schema = onFirstUse(() => z.object(…))`,
 * then `schema()`. For schemas above all: building one costs far more than parsing with it, and
 * a package that builds all of its schemas at import makes every cold start pay for schemas that
 * process never uses. (zod's own `z.lazy` wraps instead, and a wrapped schema parses slower on
 * every call.)
 */
export function onFirstUse<T>(build: () => T): () => T {
  if (typeof build !== 'function') throw new ConfigError([{ path: 'build', message: 'Must be a function' }]);
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
