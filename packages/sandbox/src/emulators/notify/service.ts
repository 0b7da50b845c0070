import { type DailyLimits, liveServiceDailyLimits, trialServiceDailyLimits } from './daily-limits.js';
import type { TemplateType } from './template-types.js';
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
  /** Messages of each kind a day before Notify's `TooManyRequestsError`. */
  readonly dailyLimits: DailyLimits;
  /** Days each type of notification is kept before it disappears. */
  readonly dataRetentionDays: Readonly<Record<TemplateType, number>>;
}

/** Settings of the default service a caller may change. */
export interface ServiceSettings {
  readonly name: string;
  readonly restricted: boolean;
  readonly rateLimit: number;
  readonly permissions?: readonly string[];
  readonly contactLink?: string | null;
  readonly dailyLimits?: Partial<DailyLimits>;
  readonly dataRetentionDays?: Partial<Record<TemplateType, number>>;
  /** The service id; `sandboxServiceId` unless given. */
  readonly serviceId?: string | undefined;
  /** The secret half of each key; `sandboxKeySecrets` unless given. */
  readonly keySecrets?: Partial<Record<'test' | 'team' | 'live', string | undefined>> | undefined;
}

/**
 * The sandbox's fixed test service and key secrets: the same on every start, so an API key put in
 * `.env` keeps working after a restart. Test values only: they open nothing but a local sandbox.
 */
export const sandboxServiceId = '5a4db0c4-6f0e-4c43-9d2b-5c7f1a2b3c4d';
export const sandboxKeySecrets = {
  test: '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918',
  team: '1b2c3d4e-5f60-4718-892a-b3c4d5e6f708',
  live: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
} as const;
// Key ids are Notify's own record ids, never part of the key string; fixed too so runs compare.
const sandboxKeyIds = {
  test: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  team: 'b1c2d3e4-f5a6-4b7c-9d8e-0f1a2b3c4d5e',
  live: 'c2d3e4f5-a6b7-4c8d-8e9f-1a2b3c4d5e6f',
} as const;

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

/** Makes the default service with its live, team and test keys: fixed test values unless given others. */
export function createDefaultService(settings: ServiceSettings): ServiceRecord {
  const key = (name: string, keyType: KeyType): ApiKeyRecord => {
    const kind = keyType === 'normal' ? 'live' : keyType;
    return {
      id: sandboxKeyIds[kind],
      name,
      secret: settings.keySecrets?.[kind] ?? sandboxKeySecrets[kind],
      keyType,
      revoked: false,
    };
  };
  return {
    id: settings.serviceId ?? sandboxServiceId,
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
    dailyLimits: {
      ...(settings.restricted ? trialServiceDailyLimits : liveServiceDailyLimits),
      ...settings.dailyLimits,
    },
    // Notify keeps notifications 7 days unless the service sets its own retention.
    dataRetentionDays: { email: 7, sms: 7, letter: 7, ...settings.dataRetentionDays },
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
