export { abortedBeforeSending, type FailureContext, toCouncilKitError } from './call-errors.js';
export { followPages, type PageWalk } from './follow-pages.js';
export { type JsonObjectReader, type ResponseContext, readJsonObject } from './read-json-object.js';
