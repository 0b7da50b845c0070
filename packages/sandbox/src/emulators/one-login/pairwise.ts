import { createHash } from 'node:crypto';

/** One Login's pairwise subject: the same person has a different `sub` at each service. */
export function pairwiseSub(clientId: string, personId: string): string {
  const digest = createHash('sha256').update(`${clientId}:${personId}`).digest('base64url');
  return `urn:fdc:gov.uk:2022:${digest}`;
}
