export { followPages, type PageWalk } from './follow-pages.js';
export { type JsonObjectReader, type ResponseContext, readJsonObject } from './read-json-object.js';
