/**
 * @module @councilkit/core
 * What every councilkit package shares: typed errors, the HTTP transport and retries, config
 * parsing, redacting logs, UK formats and webhook checks.
 */
export * from './adapter/index.js';
export * from './config/index.js';
export * from './errors/index.js';
export * from './jwt/index.js';
export * from './log/index.js';
export { z } from './schema.js';
export * from './transport/index.js';
export * from './uk/index.js';
export { VERSION } from './version.js';
export * from './webhooks/index.js';
