/**
 * zod, as every councilkit package writes its schemas with it. Core's build bundles it: zod's own
 * files number over a hundred and take ~75 ms to load one by one, more than a serverless cold
 * start should spend. In the bundle this `z` is `zod-subset.ts` (see tsup.config.ts): zod's classic
 * API without JSON Schema conversion, the schema compiler, locales and internals, which were half
 * its load time; those answer with an `UnsupportedError` that says to import zod itself. The
 * types stay zod's own, which the bundler cannot rebuild for a namespace of re-exports.
 */
export { z } from 'zod';
