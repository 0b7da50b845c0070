/** A person the sign-in page offers, with what One Login would know about them once proved. */
export interface TestPerson {
  readonly id: string;
  readonly givenNames: readonly string[];
  readonly familyName: string;
  readonly birthDate: string;
  readonly email: string;
  readonly phoneNumber: string;
  readonly address: Readonly<Record<string, string | number>>;
  readonly passport?: { documentNumber: string; icaoIssuerCode: string; expiryDate: string };
  readonly drivingPermit?: {
    personalNumber: string;
    issueNumber: string;
    issuedBy: string;
    expiryDate: string;
  };
}

// Kenneth Decerqueira is GOV.UK One Login's own documented example identity; the others are made up.
export const testPeople: readonly TestPerson[] = [
  {
    id: 'kenneth-decerqueira',
    givenNames: ['Kenneth'],
    familyName: 'Decerqueira',
    birthDate: '1965-07-08',
    email: 'kenneth.decerqueira@example.com',
    phoneNumber: '+447700900111',
    address: {
      uprn: 100120012077,
      buildingNumber: '8',
      streetName: 'HADLEY ROAD',
      addressLocality: 'BATH',
      postalCode: 'BA2 5AA',
      addressCountry: 'GB',
      validFrom: '2000-01-01',
    },
    passport: { documentNumber: '321654987', icaoIssuerCode: 'GBR', expiryDate: '2030-01-01' },
  },
  {
    id: 'sian-rhys',
    givenNames: ['Siân', 'Elin'],
    familyName: 'Rhys',
    birthDate: '1990-03-14',
    email: 'sian.rhys@example.com',
    phoneNumber: '+447700900222',
    address: {
      uprn: 10090000001,
      subBuildingName: 'FLAT 2',
      buildingNumber: '12',
      streetName: 'CATHEDRAL ROAD',
      addressLocality: 'CARDIFF',
      postalCode: 'CF11 9LJ',
      addressCountry: 'GB',
      validFrom: '2019-06-01',
    },
    drivingPermit: {
      personalNumber: 'RHYS9903140SE9XY',
      issueNumber: '12',
      issuedBy: 'DVLA',
      expiryDate: '2031-03-13',
    },
  },
  {
    id: 'mohammed-khan',
    givenNames: ['Mohammed', 'Ali'],
    familyName: 'Khan',
    birthDate: '1978-11-02',
    email: 'mohammed.khan@example.com',
    phoneNumber: '+447700900333',
    address: {
      uprn: 72000000001,
      buildingName: 'RIVERSIDE HOUSE',
      buildingNumber: '3',
      streetName: 'WATER LANE',
      addressLocality: 'LEEDS',
      postalCode: 'LS11 5QN',
      addressCountry: 'GB',
      validFrom: '2015-09-01',
    },
    passport: { documentNumber: '549364783', icaoIssuerCode: 'GBR', expiryDate: '2029-05-20' },
  },
];
