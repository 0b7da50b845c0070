import { createGetAddressEmulator, type GetAddressEmulator } from './getaddress/index.js';
import { createIdealPostcodesEmulator, type IdealPostcodesEmulator } from './ideal-postcodes/index.js';
import { createNotifyEmulator, type NotifyEmulator, type NotifyEmulatorOptions } from './notify/index.js';
import {
  createOneLoginEmulator,
  type OneLoginEmulator,
  type OneLoginEmulatorOptions,
} from './one-login/index.js';
import { createOsPlacesEmulator, type OsPlacesEmulator } from './os-places/index.js';
import { createPayEmulator, type PayEmulator, type PayEmulatorOptions } from './pay/index.js';
import { createPostcodesIoEmulator, type PostcodesIoEmulator } from './postcodes-io/index.js';
import { createSmtpEmulator, type SmtpEmulator, type SmtpEmulatorOptions } from './smtp/index.js';
import { createStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from './stripe/index.js';

/** One emulator per service, each with its own state. */
export interface SandboxEmulators {
  notify: NotifyEmulator;
  pay: PayEmulator;
  oneLogin: OneLoginEmulator;
  osPlaces: OsPlacesEmulator;
  idealPostcodes: IdealPostcodesEmulator;
  getAddress: GetAddressEmulator;
  postcodesIo: PostcodesIoEmulator;
  stripe: StripeEmulator;
  /** An SMTP relay; `startSandbox` starts its server on loopback. */
  smtp: SmtpEmulator;
}

/** Settings for individual emulators, e.g. faster status changes in tests. */
export interface EmulatorSettings {
  notify?: Omit<NotifyEmulatorOptions, 'basePath'>;
  /** GOV.UK Pay: `webhooks: { url }` to receive signed webhooks, `rateLimit`, `now`. */
  pay?: Omit<PayEmulatorOptions, 'basePath'>;
  stripe?: Omit<StripeEmulatorOptions, 'basePath'>;
  /** The SMTP server: `port` (0 picks a free one), `user`, `pass`. */
  smtp?: Omit<SmtpEmulatorOptions, 'basePath'>;
  /** GOV.UK One Login: `backChannelLogoutUri`, extra `redirectUris`, more `clients`. */
  oneLogin?: Omit<OneLoginEmulatorOptions, 'basePath'>;
}

/**
 * Makes a fresh set of emulators. `basePathOf` says where each is mounted: the loopback server
 * mounts them under `/notify`, `/pay`, ...; msw and in-process tests use '' (the real host's root).
 */
export function createEmulators(
  settings: EmulatorSettings = {},
  basePathOf: (service: keyof SandboxEmulators) => string = () => '',
): SandboxEmulators {
  return {
    notify: createNotifyEmulator({ ...settings.notify, basePath: basePathOf('notify') }),
    pay: createPayEmulator({ ...settings.pay, basePath: basePathOf('pay') }),
    oneLogin: createOneLoginEmulator({ ...settings.oneLogin, basePath: basePathOf('oneLogin') }),
    osPlaces: createOsPlacesEmulator({ basePath: basePathOf('osPlaces') }),
    idealPostcodes: createIdealPostcodesEmulator({ basePath: basePathOf('idealPostcodes') }),
    getAddress: createGetAddressEmulator({ basePath: basePathOf('getAddress') }),
    postcodesIo: createPostcodesIoEmulator({ basePath: basePathOf('postcodesIo') }),
    stripe: createStripeEmulator({ ...settings.stripe, basePath: basePathOf('stripe') }),
    smtp: createSmtpEmulator({ ...settings.smtp, basePath: basePathOf('smtp') }),
  };
}

/** The working test credentials of every emulator that has some. */
export function credentialsOf(emulators: SandboxEmulators) {
  return {
    notify: emulators.notify.credentials,
    pay: emulators.pay.credentials,
    stripe: emulators.stripe.credentials,
    idealPostcodes: emulators.idealPostcodes.credentials,
    getAddress: emulators.getAddress.credentials,
    osPlaces: emulators.osPlaces.credentials,
    oneLogin: emulators.oneLogin.credentials,
    smtp: emulators.smtp.credentials,
  };
}

/** Test credentials for each emulated service, as `startSandbox()` hands them out. */
export type SandboxCredentials = ReturnType<typeof credentialsOf>;

export async function closeEmulators(emulators: SandboxEmulators): Promise<void> {
  await Promise.all(Object.values(emulators).map((emulator) => emulator.close()));
}
