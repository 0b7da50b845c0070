/**
 * zod, as every councilkit package writes its schemas with it. Core's build bundles it: zod's own
 * files number over a hundred (every locale among them) and take ~75 ms to load one by one, more
 * than a serverless cold start should spend; bundled into one file they load in under half that. The build keeps English alone of zod's
 * locales (see tsup.config.ts): the others were over 40% of the bundle.
 */
export { z } from 'zod';
