/**
 * zod, as every councilkit package writes its schemas with it. Core's build bundles it: zod's own
 * files number over a hundred (every locale among them) and take ~75 ms to load one by one, more
 * than a serverless cold start should spend; bundled into one file they load in under half that.
 */
export { z } from 'zod';
