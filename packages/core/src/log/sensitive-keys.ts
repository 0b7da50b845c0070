/**
 * Field names whose values are redacted whatever they look like: secrets, then personal data.
 * Matching ignores case, `_` and `-`, so `api_key`, `apiKey` and `API-KEY` are one name; names that
 * end in a secret or contact word (`webhookSecret`, `billingAddress`, `contactEmail`) match too.
 */
export const sensitiveKeys: readonly string[] = Object.freeze([
  // Secrets
  'apiKey',
  'key',
  'secret',
  'clientSecret',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'auth',
  'authorization',
  'proxyAuthorization',
  'bearer',
  'cookie',
  'setCookie',
  'clientAssertion',
  'privateKey',
  'signature',
  'cardNumber',
  'pan',
  'cvc',
  'cvv',
  'securityCode',
  // Personal data
  'email',
  'emailAddress',
  'to',
  'from',
  'recipient',
  'msisdn',
  'phone',
  'phoneNumber',
  'mobile',
  'mobileNumber',
  'name',
  'firstName',
  'middleName',
  'lastName',
  'fullName',
  'givenName',
  'familyName',
  'surname',
  'forename',
  'forenames',
  'cardholderName',
  'accountHolder',
  'accountHolderName',
  'nationalInsuranceNumber',
  'niNumber',
  'nino',
  'address',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'addressLine4',
  'addressLine5',
  'addressLine6',
  'addressLine7',
  'addressLines',
  'line1',
  'line2',
  'line3',
  'line4',
  'line5',
  'line6',
  'line7',
  'postcode',
  'dateOfBirth',
  'birthDate',
  'dob',
  'userNumber',
  'sourceNumber',
  'personalisation',
  // What a message says: the library's own models carry personal data in these.
  'body',
  'content',
  'subject',
]);

// Names that end like these are sensitive whatever comes before: `webhookSecret`, `x-api-key`,
// `GOVUK_PAY_API_KEY`, `billingAddress`, `contactEmail`. (`name` is not among them: `templateName` is not a person.)
const sensitiveSuffixes = [
  'apikey',
  'secret',
  'password',
  'token',
  'privatekey',
  'address',
  'postcode',
  'email',
  'phone',
  'phonenumber',
  'mobilenumber',
  'surname',
  'forename',
  'msisdn',
  'insurancenumber',
];

const longestFieldName = 256;

/** The form names are compared in: lower case, without `_`, `-` or spaces. */
export function normaliseKeyName(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, '');
}

const defaultKeyNames: ReadonlySet<string> = new Set(sensitiveKeys.map(normaliseKeyName));

/** A test for sensitive field names: `sensitiveKeys`, names ending like one, and `extraKeys`. */
export function createSensitiveKeyTest(extraKeys: readonly string[] = []): (key: string) => boolean {
  const names =
    extraKeys.length === 0
      ? defaultKeyNames
      : new Set([...defaultKeyNames, ...extraKeys.map(normaliseKeyName)]);
  return (key) => {
    // No field name is this long: such a key is data (a body used as a key), so its value is hidden,
    // and the name is never normalised character by character.
    if (key.length > longestFieldName) return true;
    const name = normaliseKeyName(key);
    return names.has(name) || sensitiveSuffixes.some((suffix) => name.endsWith(suffix));
  };
}

/** True when a field of this name holds a secret or personal data by default. */
export const isSensitiveKey: (key: string) => boolean = createSensitiveKeyTest();
