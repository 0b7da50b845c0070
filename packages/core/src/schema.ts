/**
 * zod, as every councilkit package writes its schemas with it: its classic API, less JSON Schema
 * conversion, the schema compiler, locales and internals (see zod-subset.ts for why). Core's build
 * bundles it: zod's own files number over a hundred and take ~75 ms to load one by one, more than
 * a serverless cold start should spend; bundled into one file, and only what these names reach,
 * they load in about a third of that.
 */
export * as z from './zod-subset.js';
