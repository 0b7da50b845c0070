import type { ServiceName } from './emulator.js';

/** Where each emulated service lives: its path on the loopback server and the real provider's host. */
export interface ServiceMount {
  /** Prefix on the loopback sandbox, e.g. `/notify`. */
  readonly basePath: string;
  /** The real service's origin; msw handlers answer requests addressed here. */
  readonly realOrigin: string;
}

export const serviceMounts: Readonly<Record<ServiceName, ServiceMount>> = {
  pay: { basePath: '/pay', realOrigin: 'https://publicapi.payments.service.gov.uk' },
  notify: { basePath: '/notify', realOrigin: 'https://api.notifications.service.gov.uk' },
  oneLogin: { basePath: '/one-login', realOrigin: 'https://oidc.integration.account.gov.uk' },
  osPlaces: { basePath: '/os-places', realOrigin: 'https://api.os.uk' },
  idealPostcodes: { basePath: '/ideal-postcodes', realOrigin: 'https://api.ideal-postcodes.co.uk' },
  getAddress: { basePath: '/getaddress', realOrigin: 'https://api.getaddress.io' },
  postcodesIo: { basePath: '/postcodes-io', realOrigin: 'https://api.postcodes.io' },
  // SMTP itself is a socket, not HTTP; this is where its inbox and messages (JSON) are served.
  smtp: { basePath: '/smtp', realOrigin: 'https://smtp.sandbox.councilkit.test' },
  stripe: { basePath: '/stripe', realOrigin: 'https://api.stripe.com' },
};

export const serviceNames = Object.keys(serviceMounts) as ServiceName[];
