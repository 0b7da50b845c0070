/**
 * What a provider can do, read at run time before calling: `if (notify.capabilities.sms) ...`.
 * A method whose capability is false throws `UnsupportedError` (code `unsupported`) without
 * contacting the provider.
 */
export interface NotificationCapabilities {
  /** `sendEmail`. */
  readonly email: boolean;
  /** `sendSms`. */
  readonly sms: boolean;
  /** `sendLetter`. */
  readonly letters: boolean;
  /** `sendPrecompiledLetter`; never without `letters`. */
  readonly precompiledLetters: boolean;
  /** `getLetterPdf`; never without `letters`. */
  readonly letterPdf: boolean;
  /** `getNotification` and `listNotifications`: the provider can be asked about a message later. */
  readonly lookup: boolean;
  /** A message's status moves on after sending (delivered, failed) and shows through `lookup`; never without it. */
  readonly statusUpdates: boolean;
  /** `getTemplate` and `listTemplates`. */
  readonly templates: boolean;
  /** `previewTemplate`. */
  readonly previews: boolean;
  /** `listReceivedTexts`: text messages sent to the service's own number. */
  readonly receivedTexts: boolean;
}

/** The name of one capability. */
export type NotificationCapability = keyof NotificationCapabilities;

// What each capability cannot do without: switching one off switches these off too.
const dependsOn: Readonly<Partial<Record<NotificationCapability, NotificationCapability>>> = {
  precompiledLetters: 'letters',
  letterPdf: 'letters',
  statusUpdates: 'lookup',
};

/**
 * Completes a partial set of capabilities: anything not given is `fallback`, and a capability whose
 * prerequisite is off is off too (no letters, no letter PDFs).
 */
export function resolveCapabilities(
  given: Partial<Record<NotificationCapability, boolean | undefined>>,
  fallback = false,
): NotificationCapabilities {
  const names: NotificationCapability[] = [
    'email',
    'sms',
    'letters',
    'precompiledLetters',
    'letterPdf',
    'lookup',
    'statusUpdates',
    'templates',
    'previews',
    'receivedTexts',
  ];
  const resolved = Object.fromEntries(names.map((name) => [name, given[name] ?? fallback])) as Record<
    NotificationCapability,
    boolean
  >;
  for (const name of names) {
    const prerequisite = dependsOn[name];
    if (prerequisite !== undefined && !resolved[prerequisite]) resolved[name] = false;
  }
  return Object.freeze(resolved);
}
