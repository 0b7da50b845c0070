// Names a letter's last line may give for a country outside the UK, and the names that mean the UK
// itself. Stored normalised (see `normaliseCountryName`); a name and its common alternatives are
// all listed because people write addresses the way they say them.

const ukNames = [
  'united kingdom',
  'united kingdom of great britain and northern ireland',
  'uk',
  'great britain',
  'gb',
  'britain',
  'england',
  'scotland',
  'wales',
  'cymru',
  'northern ireland',
  // Crown dependencies take UK post and UK-style postcodes.
  'jersey',
  'guernsey',
  'alderney',
  'sark',
  'isle of man',
];

// One string rather than an array literal, so the formatter keeps the list compact.
const countryNames = `
afghanistan, aland islands, albania, algeria, american samoa, andorra, angola, anguilla,
antigua and barbuda, argentina, armenia, aruba, ascension, ascension island, australia, austria,
azerbaijan, azores, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin,
bermuda, bhutan, bolivia, bonaire, bosnia and herzegovina, botswana, brazil,
british virgin islands, brunei, bulgaria, burkina faso, burma, burundi, cambodia, cameroon, canada,
canary islands, cape verde, cabo verde, cayman islands, central african republic, chad, chile,
china, christmas island, cocos islands, colombia, comoros, congo, republic of the congo,
democratic republic of the congo, dr congo, cook islands, costa rica, cote divoire, ivory coast,
croatia, cuba, curacao, cyprus, czechia, czech republic, denmark, djibouti, dominica,
dominican republic, east timor, timor leste, ecuador, egypt, el salvador, equatorial guinea,
eritrea, estonia, eswatini, swaziland, ethiopia, falkland islands, faroe islands, fiji, finland,
france, french guiana, french polynesia, gabon, gambia, georgia, germany, ghana, gibraltar, greece,
greenland, grenada, guadeloupe, guam, guatemala, guinea, guinea bissau, guyana, haiti, honduras,
hong kong, hungary, iceland, india, indonesia, iran, iraq, ireland, republic of ireland, eire,
israel, italy, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan,
laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, macao, macau,
madagascar, madeira, malawi, malaysia, maldives, mali, malta, marshall islands, martinique,
mauritania, mauritius, mayotte, mexico, micronesia, moldova, monaco, mongolia, montenegro,
montserrat, morocco, mozambique, myanmar, namibia, nauru, nepal, netherlands, holland,
new caledonia, new zealand, nicaragua, niger, nigeria, niue, norfolk island, north korea,
north macedonia, macedonia, northern mariana islands, norway, occupied palestinian territories,
palestine, oman, pakistan, palau, panama, papua new guinea, paraguay, peru, philippines, pitcairn,
pitcairn islands, poland, portugal, puerto rico, qatar, reunion, romania, russia,
russian federation, rwanda, st barthelemy, st helena, st helena ascension and tristan da cunha,
st kitts and nevis, st lucia, st martin, st pierre and miquelon, st vincent and the grenadines,
st vincent, samoa, san marino, sao tome and principe, saudi arabia, senegal, serbia, seychelles,
sierra leone, singapore, sint maarten, slovakia, slovenia, solomon islands, somalia, south africa,
south georgia and the south sandwich islands, south korea, korea, south sudan, spain, sri lanka,
sudan, suriname, svalbard, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand,
togo, tokelau, tonga, trinidad and tobago, tristan da cunha, tunisia, turkey, turkiye,
turkmenistan, turks and caicos islands, tuvalu, uganda, ukraine, united arab emirates, uae,
united states, united states of america, usa, us, america, united states virgin islands,
us virgin islands, uruguay, uzbekistan, vanuatu, vatican city, holy see, venezuela, vietnam,
wallis and futuna, western sahara, yemen, zambia, zimbabwe
`
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');

const ukNameSet: ReadonlySet<string> = new Set(ukNames);
const countryNameSet: ReadonlySet<string> = new Set(countryNames);

/** Lower case, accents and punctuation gone, `saint` as `st`, no leading `the`: how names are compared. */
export function normaliseCountryName(line: string): string {
  return line
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bsaint\b/g, 'st');
}

/** True when the line names the UK or one of its parts (England, Wales, ...). */
export function isUkCountryName(line: string): boolean {
  return ukNameSet.has(normaliseCountryName(line));
}

/** True when the line names a country or territory outside the UK. */
export function isOtherCountryName(line: string): boolean {
  return countryNameSet.has(normaliseCountryName(line));
}
