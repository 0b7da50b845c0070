/**
 * Countries and territories as Notify recognises them on the last line of a letter's address
 * (notifications-utils `countries/__init__.py` and `countries/data.py`, built on the GOV.UK country
 * and territory registers): canonical names, their ISO codes, common other names, and Royal Mail's
 * Europe zone. Notify also knows many misspellings and names in other languages; the sandbox knows
 * the canonical names, the codes and the alternatives below.
 */

/** Where a letter goes, as Notify names the postage zone of its country. */
export type PostageZone = 'united-kingdom' | 'europe' | 'rest-of-world';

/** The United Kingdom's canonical name. */
export const unitedKingdom = 'United Kingdom';

// One country or territory a line: its canonical name, then its ISO codes.
const canonicalNamesAndCodes = `
Abu Dhabi
Afghanistan|AF
Ajman
Akrotiri|XQZ
Albania|AL
Algeria|DZ
American Samoa|AS
Andorra|AD
Angola|AO
Anguilla|AI
Antarctica|AQ
Antigua and Barbuda|AG
Argentina|AR
Armenia|AM
Aruba|AW
Ascension
Australia|AU
Austria|AT
Azerbaijan|AZ
Bahrain|BH
Baker Island
Bangladesh|BD
Barbados|BB
Belarus|BY
Belgium|BE
Belize|BZ
Benin|BJ
Bermuda|BM
Bhutan|BT
Bolivia|BO
Bonaire
Bosnia and Herzegovina|BA
Botswana|BW
Bouvet Island|BV
Brazil|BR
British Antarctic Territory|BAT
British Indian Ocean Territory|IO|IOT
British Virgin Islands|BVI|VG
Brunei|BN
Bulgaria|BG
Burkina Faso|BF
Burundi|BI
Cambodia|KH
Cameroon|CM
Canada|CA
Cape Verde|CV
Cayman Islands|KY
Central African Republic|CAR|CF
Ceuta
Chad|TD
Chile|CL
China|CN|PRC
Christmas Island|CX
Cocos (Keeling) Islands|CC
Colombia|CO
Comoros|KM
Congo|CG
Congo (Democratic Republic)|CD
Cook Islands|CK
Costa Rica|CR
Croatia|HR
Cuba|CU
Curaçao|CW
Cyprus|CY
Czechia|CZ
Denmark|DK
Dhekelia|XXD
Djibouti|DJ
Dominica|DM
Dominican Republic|DO
Dubai
East Timor|TL
Ecuador|EC
Egypt|EG
El Salvador|SV
Equatorial Guinea|GQ
Eritrea|ER
Estonia|EE
Eswatini|SZ
Ethiopia|ET
Falkland Islands|FK
Faroe Islands|FO
Fiji|FJ
Finland|FI
France|FR
French Guiana|GF
French Polynesia|PF
French Southern Territories|TF
Fujairah
Gabon|GA
Georgia|GE
Germany|DE|FRG
Ghana|GH
Gibraltar|GI
Greece|GR
Greenland|GL
Grenada|GD
Guadeloupe|GP
Guam|GU
Guatemala|GT
Guinea|GN
Guinea-Bissau|GW
Guyana|GY
Haiti|HT
Heard Island and McDonald Islands|HM
Honduras|HN
Hong Kong|HK
Howland Island
Hungary|HU
Iceland|IS
India|IN
Indonesia|ID
Iran|IR
Iraq|IQ
Ireland|IE
Israel|IL
Italy|IT
Ivory Coast|CI
Jamaica|JM
Japan|JP
Jarvis Island
Johnston Atoll
Jordan|JO
Kazakhstan|KZ
Kenya|KE
Kingman Reef
Kiribati|KI
Kosovo|XK
Kuwait|KW
Kyrgyzstan|KG
Laos|LA
Latvia|LV
Lebanon|LB
Lesotho|LS
Liberia|LR
Libya|LY
Liechtenstein|LI
Lithuania|LT
Luxembourg|LU
Macao|MO
Madagascar|MG
Malawi|MW
Malaysia|MY
Maldives|MV
Mali|ML
Malta|MT
Marshall Islands|MH
Martinique|MQ
Mauritania|MR
Mauritius|MU
Mayotte|YT
Melilla
Mexico|MX
Micronesia|FM
Midway Islands
Moldova|MD
Monaco|MC
Mongolia|MN
Montenegro|ME
Montserrat|MS
Morocco|MA
Mozambique|MZ
Myanmar (Burma)|MM
Namibia|NA
Nauru|NR
Navassa Island
Nepal|NP
Netherlands|NL
New Caledonia|NC
New Zealand|NZ
Nicaragua|NI
Niger|NE
Nigeria|NG
Niue|NU
Norfolk Island|NF
North Korea|KP|PRK
North Macedonia|MK
Northern Mariana Islands|MP
Norway|NO
Occupied Palestinian Territories|PS
Oman|OM
Pakistan|PK
Palau|PW
Palmyra Atoll
Panama|PA
Papua New Guinea|PG|PNG
Paraguay|PY
Peru|PE
Philippines|PH
Pitcairn, Henderson, Ducie and Oeno Islands|PN
Poland|PL
Portugal|PT
Puerto Rico|PR
Qatar|QA
Ras al-Khaimah
Romania|RO
Russia|RU
Rwanda|RW
Réunion|RE
Saba
Saint Barthélemy|BL
Saint Helena
Saint Pierre and Miquelon|PM
Saint-Martin (French part)|MF
Samoa|WS
San Marino|RSM|SM
Sao Tome and Principe|ST
Saudi Arabia|SA
Senegal|SN
Serbia|RS
Seychelles|SC
Sharjah
Sierra Leone|SL
Singapore|SG
Sint Eustatius
Sint Maarten (Dutch part)|SX
Slovakia|SK
Slovenia|SI
Solomon Islands|SB
Somalia|SO
South Africa|RSA|ZA
South Georgia and South Sandwich Islands|GS
South Korea|KR
South Sudan|SS
Spain|ES
Sri Lanka|LK
St Kitts and Nevis|KN
St Lucia|LC
St Vincent|VC
Sudan|SD
Suriname|SR
Svalbard and Jan Mayen|SJ
Sweden|SE
Switzerland|CH
Syria|SY
Taiwan|TW
Tajikistan|TJ
Tanzania|TZ
Thailand|TH
The Bahamas|BS
The Gambia|GM
Togo|TG
Tokelau|TK
Tonga|TO
Trinidad and Tobago|TT
Tristan da Cunha
Tunisia|TN
Turkey|TR
Turkmenistan|TM
Turks and Caicos Islands|TC
Tuvalu|TV
Uganda|UG
Ukraine|UA
Umm al-Quwain
United Arab Emirates|AE|UAE
United States|US|USA
United States Virgin Islands|VI
Uruguay|UY
Uzbekistan|UZ
Vanuatu|VU
Vatican City|VA
Venezuela|VE
Vietnam|VN
Wake Island
Wallis and Futuna|WF
Western Sahara|EH
Yemen|YE
Zambia|ZM
Zimbabwe|ZW
Åland Islands|AX
`;

// Names Notify reads as the United Kingdom: its parts, codes, the Crown Dependencies (Notify posts
// to them as UK addresses, `uk-islands.txt`) and the Welsh names (`welsh-names.json`).
const unitedKingdomNames = [
  'United Kingdom',
  'UK',
  'GB',
  'GBN',
  'GBR',
  'ENG',
  'NIR',
  'SCT',
  'WLS',
  'Great Britain',
  'Britain',
  'United Kingdom of Great Britain and Northern Ireland',
  'England',
  'Scotland',
  'Wales',
  'Cymru',
  'Northern Ireland',
  'N Ireland',
  'North Ireland',
  'NI',
  'Channel Islands',
  'Y Deyrnas Unedig',
  'Yr Alban',
  'Alderney',
  'Brecqhou',
  'Guernsey',
  'GG',
  'Herm',
  'Isle of Man',
  'IM',
  'Jersey',
  'JE',
  'Jethou',
  'Sark',
];

// Other names Notify maps to a canonical one (`synonyms.json`, `ended-countries.json` and the register's
// own alternatives); the islands Royal Mail prices as Europe are countries of their own here.
const otherNames: Readonly<Record<string, string>> = {
  USA: 'United States',
  US: 'United States',
  'United States of America': 'United States',
  America: 'United States',
  'The States': 'United States',
  Hawaii: 'United States',
  Holland: 'Netherlands',
  Nederland: 'Netherlands',
  Deutschland: 'Germany',
  'East Germany': 'Germany',
  'West Germany': 'Germany',
  FRG: 'Germany',
  'Republic of Ireland': 'Ireland',
  Eire: 'Ireland',
  'Irish Republic': 'Ireland',
  ROI: 'Ireland',
  'Rep of Ireland': 'Ireland',
  'Southern Ireland': 'Ireland',
  'South Ireland': 'Ireland',
  Iwerddon: 'Ireland',
  España: 'Spain',
  'Kingdom of Spain': 'Spain',
  Italia: 'Italy',
  Brasil: 'Brazil',
  'Czech Republic': 'Czechia',
  Czechoslovakia: 'Czechia',
  'Slovak Republic': 'Slovakia',
  Burma: 'Myanmar (Burma)',
  Myanmar: 'Myanmar (Burma)',
  Korea: 'South Korea',
  'Republic of Korea': 'South Korea',
  Macedonia: 'North Macedonia',
  Swaziland: 'Eswatini',
  Vatican: 'Vatican City',
  UAE: 'United Arab Emirates',
  Palestine: 'Occupied Palestinian Territories',
  'State of Palestine': 'Occupied Palestinian Territories',
  Schweiz: 'Switzerland',
  Suisse: 'Switzerland',
  Österreich: 'Austria',
  Polska: 'Poland',
  Sverige: 'Sweden',
  Norge: 'Norway',
  Danmark: 'Denmark',
  Suomi: 'Finland',
  Belgique: 'Belgium',
  België: 'Belgium',
  Hellas: 'Greece',
  'Russian Federation': 'Russia',
  "Côte d'Ivoire": 'Ivory Coast',
  'Viet Nam': 'Vietnam',
  Türkiye: 'Turkey',
  'Timor-Leste': 'East Timor',
  'Cabo Verde': 'Cape Verde',
  "People's Republic of China": 'China',
  'Republic of China': 'Taiwan',
  Nippon: 'Japan',
  NZ: 'New Zealand',
  Aotearoa: 'New Zealand',
  'The Falklands': 'Falkland Islands',
  'St Helena': 'Saint Helena',
  Tristan: 'Tristan da Cunha',
  'Saint Lucia': 'St Lucia',
  'Dubai UAE': 'Dubai',
  Azores: 'Azores',
  'Balearic Islands': 'Balearic Islands',
  'Islas Baleares': 'Balearic Islands',
  'Canary Islands': 'Canary Islands',
  Canaries: 'Canary Islands',
  Tenerife: 'Canary Islands',
  'Gran Canaria': 'Canary Islands',
  Lanzarote: 'Canary Islands',
  Fuerteventura: 'Canary Islands',
  Corsica: 'Corsica',
  Corse: 'Corsica',
  Madeira: 'Madeira',
};

// Royal Mail's Europe zone (`europe.txt`); every other country outside the UK is rest of world.
const europe = new Set(
  (
    'Albania|Andorra|Armenia|Austria|Azerbaijan|Azores|Balearic Islands|Belarus|Belgium|' +
    'Bosnia and Herzegovina|Bulgaria|Canary Islands|Corsica|Croatia|Cyprus|Czechia|Denmark|Estonia|' +
    'Faroe Islands|Finland|France|Georgia|Germany|Gibraltar|Greece|Greenland|Hungary|Iceland|Ireland|' +
    'Italy|Kazakhstan|Kosovo|Kyrgyzstan|Latvia|Liechtenstein|Lithuania|Luxembourg|North Macedonia|' +
    'Madeira|Malta|Moldova|Monaco|Montenegro|Netherlands|Norway|Poland|Portugal|Romania|Russia|' +
    'San Marino|Serbia|Slovakia|Slovenia|Spain|Sweden|Switzerland|Tajikistan|Turkey|Turkmenistan|' +
    'Ukraine|Uzbekistan|Vatican City'
  ).split('|'),
);

let countriesByKey: Map<string, string> | undefined;

// Built on first use: most sends never read a country.
function countryIndex(): Map<string, string> {
  if (countriesByKey !== undefined) return countriesByKey;
  const index = new Map<string, string>();
  const add = (name: string, canonical: string) => {
    const key = countryKey(name);
    if (key !== undefined && !index.has(key)) index.set(key, canonical);
  };
  for (const name of unitedKingdomNames) add(name, unitedKingdom);
  for (const line of canonicalNamesAndCodes.split('\n')) {
    if (line === '') continue;
    const [canonical = '', ...codes] = line.split('|');
    for (const name of [canonical, ...codes]) add(name, canonical);
  }
  for (const [name, canonical] of Object.entries(otherNames)) add(name, canonical);
  countriesByKey = index;
  return index;
}

const ignoredInNames = new Set([..." _-'’,.()"]);

// Notify's `_normalise_country_name`: names with a digit are never countries (they are postcodes);
// `&` and `+` read as "and"; spaces and punctuation go; letters are lower-cased and, where every
// one can be, reduced to plain ASCII (so "España" and "Espana" are one name).
function countryKey(name: string): string | undefined {
  let key = '';
  for (const character of name.replaceAll('&', 'and').replaceAll('+', 'and')) {
    if (character >= '0' && character <= '9') return undefined;
    if (!ignoredInNames.has(character)) key += character.toLowerCase();
  }
  const ascii = key.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\x20-\x7e]*$/.test(ascii) ? ascii : key;
}

/** The canonical name of the country a line names, or undefined when it names none. */
export function findCountry(line: string): string | undefined {
  const key = countryKey(line);
  if (key === undefined || key === '') return undefined;
  const index = countryIndex();
  // Notify also tries the name with "the", and Welsh "yr" or "y", in front.
  return index.get(key) ?? index.get(`the${key}`) ?? index.get(`yr${key}`) ?? index.get(`y${key}`);
}

/** Royal Mail's postage zone for a canonical country name. */
export function postageZone(canonicalName: string): PostageZone {
  if (canonicalName === unitedKingdom) return 'united-kingdom';
  return europe.has(canonicalName) ? 'europe' : 'rest-of-world';
}
