import { newUuid } from './uuid.js';

/** Notify's names for the three kinds of API key: live keys are `normal` on the server. */
export type KeyType = 'normal' | 'team' | 'test';

/** One of a service's API keys. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  /** The secret UUID that signs the JWT; the last 36 characters of the key string. */
  readonly secret: string;
  readonly keyType: KeyType;
  revoked: boolean;
}

/** A member of the service's team: the only recipients a team key may send to. */
export interface TeamMember {
  readonly name: string;
  readonly emailAddress: string;
  readonly mobileNumber: string;
}

/** A reply-to email address or text message sender the service has set up. */
export interface ServiceSender {
  readonly id: string;
  readonly value: string;
  readonly isDefault: boolean;
}

/** The emulated Notify service and its settings. */
export interface ServiceRecord {
  readonly id: string;
  readonly name: string;
  /** The local part of the service's sending address, `<local>@notifications.service.gov.uk`. */
  readonly emailSenderLocalPart: string;
  /** Trial mode: live keys may only reach the team and guest list, and cannot send letters. */
  readonly restricted: boolean;
  readonly permissions: ReadonlySet<string>;
  readonly apiKeys: readonly ApiKeyRecord[];
  readonly teamMembers: readonly TeamMember[];
  readonly guestList: readonly string[];
  readonly emailReplyTos: readonly ServiceSender[];
  readonly smsSenders: readonly ServiceSender[];
  /** The service's number for received texts. */
  readonly inboundNumber: string;
  /** Requests per minute each key type may send (Notify's default is 3000). */
  readonly rateLimit: number;
  /** Where recipients of files ask for help; without it a service cannot send files by email. */
  readonly contactLink: string | null;
}

/** Settings of the default service a caller may change. */
export interface ServiceSettings {
  readonly name: string;
  readonly restricted: boolean;
  readonly rateLimit: number;
  readonly permissions?: readonly string[];
  readonly contactLink?: string | null;
}

// Fixed ids for the seeded senders so demos can be configured once.
export const seededSenderIds = {
  emailReplyTo: '5b1f3a4e-7d2c-4f8e-9a61-2c3d4e5f6a70',
  defaultSmsSender: '0c6e2f1a-3b4d-4c5e-8f90-a1b2c3d4e5f6',
  councilSmsSender: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
} as const;

/** The team member whose email and phone a team key may send to. */
export const seededTeamMember: TeamMember = {
  name: 'Sandbox Developer',
  emailAddress: 'developer@sandbox.councilkit.test',
  mobileNumber: '07700900456',
};

/** Makes the default service with fresh ids and secrets for its live, team and test keys. */
export function createDefaultService(settings: ServiceSettings): ServiceRecord {
  const key = (name: string, keyType: KeyType): ApiKeyRecord => ({
    id: newUuid(),
    name,
    secret: newUuid(),
    keyType,
    revoked: false,
  });
  return {
    id: newUuid(),
    name: settings.name,
    emailSenderLocalPart: settings.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.|\.$/g, ''),
    restricted: settings.restricted,
    permissions: new Set(
      settings.permissions ?? ['email', 'sms', 'letter', 'international_sms', 'international_letters'],
    ),
    apiKeys: [
      key('councilkit_sandbox_test', 'test'),
      key('councilkit_sandbox_team', 'team'),
      key('councilkit_sandbox_live', 'normal'),
    ],
    teamMembers: [seededTeamMember],
    guestList: [],
    emailReplyTos: [
      { id: seededSenderIds.emailReplyTo, value: 'permits@sandbox.councilkit.test', isDefault: true },
    ],
    smsSenders: [
      { id: seededSenderIds.defaultSmsSender, value: 'GOVUK', isDefault: true },
      { id: seededSenderIds.councilSmsSender, value: 'Council', isDefault: false },
    ],
    inboundNumber: '07700900555',
    rateLimit: settings.rateLimit,
    contactLink:
      settings.contactLink === undefined ? 'https://sandbox.councilkit.test/contact' : settings.contactLink,
  };
}

/** The key string a client is given: `{key name}-{service id}-{secret}`. */
export function apiKeyString(service: ServiceRecord, key: ApiKeyRecord): string {
  return `${key.name}-${service.id}-${key.secret}`;
}

/** The service's key of a type; every service the emulator makes has one of each. */
export function apiKeyOfType(service: ServiceRecord, keyType: KeyType): ApiKeyRecord {
  const key = service.apiKeys.find((candidate) => candidate.keyType === keyType);
  if (!key) throw new Error(`service has no ${keyType} key`);
  return key;
}
