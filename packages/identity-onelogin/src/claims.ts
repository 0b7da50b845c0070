import { onFirstUse, z } from '@councilkit/core';

/** One Login's identity claim names, by the short names the adapter uses. */
export const identityClaimUris = {
  coreIdentity: 'https://vocab.account.gov.uk/v1/coreIdentityJWT',
  address: 'https://vocab.account.gov.uk/v1/address',
  passport: 'https://vocab.account.gov.uk/v1/passport',
  drivingPermit: 'https://vocab.account.gov.uk/v1/drivingPermit',
  returnCode: 'https://vocab.account.gov.uk/v1/returnCode',
} as const;

export type IdentityClaimName = keyof typeof identityClaimUris;

/** A postal address as One Login gives it (PAF fields; all optional but `postalCode` in practice). */
export interface OneLoginAddress {
  readonly uprn?: number | undefined;
  readonly organisationName?: string | undefined;
  readonly departmentName?: string | undefined;
  readonly subBuildingName?: string | undefined;
  readonly buildingName?: string | undefined;
  readonly buildingNumber?: string | undefined;
  readonly dependentStreetName?: string | undefined;
  readonly streetName?: string | undefined;
  readonly doubleDependentAddressLocality?: string | undefined;
  readonly dependentAddressLocality?: string | undefined;
  readonly addressLocality?: string | undefined;
  readonly postalCode?: string | undefined;
  readonly addressCountry?: string | undefined;
  readonly addressRegion?: string | undefined;
  readonly validFrom?: string | undefined;
  readonly validUntil?: string | undefined;
}

export interface OneLoginPassport {
  readonly documentNumber: string;
  readonly icaoIssuerCode?: string | undefined;
  readonly expiryDate?: string | undefined;
}

export interface OneLoginDrivingPermit {
  readonly personalNumber: string;
  readonly issueNumber?: string | undefined;
  readonly issuedBy?: string | undefined;
  readonly expiryDate?: string | undefined;
}

// Built on first use: only a sign-in that asks for identity claims reads them.
const text = onFirstUse(() =>
  z
    .string()
    .nullish()
    .transform((value) => value ?? undefined),
);

// Tolerant, as provider responses are: unknown fields are dropped, missing ones left out.
const addressSchema = onFirstUse(() =>
  z.looseObject({
    uprn: z.coerce
      .number()
      .nullish()
      .transform((value) => value ?? undefined),
    organisationName: text(),
    departmentName: text(),
    subBuildingName: text(),
    buildingName: text(),
    buildingNumber: text(),
    dependentStreetName: text(),
    streetName: text(),
    doubleDependentAddressLocality: text(),
    dependentAddressLocality: text(),
    addressLocality: text(),
    postalCode: text(),
    addressCountry: text(),
    addressRegion: text(),
    validFrom: text(),
    validUntil: text(),
  }),
);
const passportSchema = onFirstUse(() =>
  z.looseObject({ documentNumber: z.string(), icaoIssuerCode: text(), expiryDate: text() }),
);
const drivingPermitSchema = onFirstUse(() =>
  z.looseObject({
    personalNumber: z.string(),
    issueNumber: text(),
    issuedBy: text(),
    expiryDate: text(),
  }),
);
const returnCodeSchema = onFirstUse(() => z.looseObject({ code: z.string() }));

function listOf<Item>(schema: z.ZodType<Item>, value: unknown): Item[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [dropUndefined(parsed.data as Record<string, unknown>) as Item] : [];
  });
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

/** Reads the typed identity claims (other than the core identity JWT) from userinfo. */
export function readIdentityClaims(claims: Record<string, unknown>) {
  return {
    address: listOf(addressSchema(), claims[identityClaimUris.address]) as OneLoginAddress[] | undefined,
    passport: listOf(passportSchema(), claims[identityClaimUris.passport]) as OneLoginPassport[] | undefined,
    drivingPermit: listOf(drivingPermitSchema(), claims[identityClaimUris.drivingPermit]) as
      | OneLoginDrivingPermit[]
      | undefined,
    returnCodes: listOf(returnCodeSchema(), claims[identityClaimUris.returnCode])?.map((entry) => entry.code),
  };
}
