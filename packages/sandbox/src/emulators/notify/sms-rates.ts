/**
 * What a text message abroad costs relative to one in the UK, by dialling prefix (notifications-utils
 * `international_billing_rates.yml`, `rate_multiplier`). North American numbers with their own
 * prefix (`1264` Anguilla, …) are looked up by it before `1`, as `PhoneNumber.prefix` does.
 */
const multipliersByPrefix = new Map<string, number>();
for (const [multiplier, prefixes] of [
  [1, '1 48 66 82 86 90 239 264 299 389 423 506 686 853'],
  [
    2,
    '30 33 34 36 39 40 41 43 44 45 46 47 53 55 56 57 58 61 64 65 81 91 246 298 350 351 352 353 354 356 357 ' +
      '358 370 371 372 373 385 420 421 503 598 672 673 677 680 681 691 692 852 886 1684 1721',
  ],
  [3, '27 31 32 52 54 244 254 262 266 267 291 297 355 376 387 500 595 687 689 971 973 1242 1809 1829 1849'],
  [4, '84 220 226 230 248 253 258 359 377 382 386 505 507 508 590 591 593 594 596 676 678 682 968 995'],
  [5, '49 51 63 232 237 238 243 252 263 374 380 383 501 502 504 670 679 685 966 1268 1284'],
  [6, '98 212 213 222 224 231 235 240 375 592 597 674 675 960 967 972 974 1264 1345 1473 1649 1664 1869'],
  [7, '20 60 221 223 228 229 236 242 255 256 268 269 381 599 965 976 993 1246 1441 1758 1767 1784 1868 1876'],
  [8, '211 227 233 234 241 245 249 250 257 260 265 378 509 683 690 855 856 962 977 996'],
  [9, '95 216 218 251 880 961 963 964 970 994'],
  [10, '7 93 225 975 992'],
  [12, '62 92 94 261 998'],
] as const) {
  for (const prefix of prefixes.split(' ')) multipliersByPrefix.set(prefix, multiplier);
}

/** True when Notify has a billing rate for the country code, so it may text numbers there. */
export function isBilledCountryCode(countryCode: number): boolean {
  return multipliersByPrefix.has(String(countryCode));
}

/** The rate multiplier of a number abroad, from its E.164 digits (no `+`) and country code. */
export function internationalRateMultiplier(normalised: string, countryCode: number): number {
  if (countryCode === 1) {
    const areaPrefix = multipliersByPrefix.get(normalised.slice(0, 4));
    if (areaPrefix !== undefined) return areaPrefix;
  }
  return multipliersByPrefix.get(String(countryCode)) ?? 1;
}
