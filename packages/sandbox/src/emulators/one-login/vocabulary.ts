/** The claim names of One Login's identity vocabulary. */
export const vocab = {
  coreIdentityJWT: 'https://vocab.account.gov.uk/v1/coreIdentityJWT',
  address: 'https://vocab.account.gov.uk/v1/address',
  passport: 'https://vocab.account.gov.uk/v1/passport',
  drivingPermit: 'https://vocab.account.gov.uk/v1/drivingPermit',
  returnCode: 'https://vocab.account.gov.uk/v1/returnCode',
} as const;

export const identityClaimNames: readonly string[] = Object.values(vocab);

/** A parsed `vtr`: the credential part (`Cl`, `Cl.Cm`) and the identity level, if any (`P1`, `P2`). */
export interface VectorOfTrust {
  readonly credential: 'Cl' | 'Cl.Cm';
  readonly identity: 'P1' | 'P2' | undefined;
}

const valid: Record<string, VectorOfTrust> = {
  Cl: { credential: 'Cl', identity: undefined },
  'Cl.Cm': { credential: 'Cl.Cm', identity: undefined },
  'Cl.Cm.P1': { credential: 'Cl.Cm', identity: 'P1' },
  'Cl.Cm.P2': { credential: 'Cl.Cm', identity: 'P2' },
  // P0 is "no identity", which One Login accepts as a level of confidence of its own.
  'Cl.Cm.P0': { credential: 'Cl.Cm', identity: undefined },
};

/** Parses `vtr` as One Login does: a JSON array of one vector; absent means `["Cl.Cm"]`. */
export function parseVtr(raw: string | undefined): VectorOfTrust | undefined {
  if (raw === undefined) return valid['Cl.Cm'];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return undefined;
  // Several vectors may be given; the lowest is what One Login would satisfy first. Keep the first valid.
  const vectors = parsed.map((vector) => (typeof vector === 'string' ? valid[vector] : undefined));
  if (vectors.some((vector) => vector === undefined)) return undefined;
  return vectors[0];
}
