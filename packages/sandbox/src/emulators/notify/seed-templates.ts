import type { TemplateDefinition } from './template-store.js';

/** Ids of the templates every emulator starts with; fixed so a demo can be configured once. */
export const seededTemplateIds = {
  email: 'b7d8c0a2-3c4e-4f5a-9b6c-7d8e9f0a1b2c',
  sms: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  letter: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70',
  emailWithFile: 'e8f9a0b1-c2d3-4e4f-8a5b-6c7d8e9f0a1b',
  precompiledLetter: 'f0e1d2c3-b4a5-4968-8776-655443322110',
} as const;

/** The seeded templates: a council's resident parking permit messages. */
export const seedTemplates: readonly TemplateDefinition[] = [
  {
    id: seededTemplateIds.email,
    type: 'email',
    name: 'Parking permit application received',
    subject: 'Your parking permit application ((reference))',
    body: [
      'Dear ((name)),',
      'We have received your application for a resident parking permit. Your reference is ((reference)).',
      '((permit_type??We will post your permit to the address on your application within 5 working days.))',
      'You can check your application at https://www.example.gov.uk/parking-permits',
      'Parking Services',
    ].join('\n\n'),
  },
  {
    id: seededTemplateIds.sms,
    type: 'sms',
    name: 'Parking permit application received (text)',
    body: '((name)), we have received your parking permit application ((reference)). We will text you when it is approved.',
  },
  {
    id: seededTemplateIds.letter,
    type: 'letter',
    name: 'Parking permit letter',
    subject: 'Your resident parking permit ((reference))',
    body: [
      'Dear ((name)),',
      'Your resident parking permit is enclosed. Display it clearly on the inside of your windscreen.',
      'Your permit is valid until ((expiry_date)).',
      'Parking Services',
    ].join('\n\n'),
    postage: 'second',
  },
  {
    id: seededTemplateIds.emailWithFile,
    type: 'email',
    name: 'Parking permit document',
    subject: 'Your parking permit ((reference))',
    body: [
      'Dear ((name)),',
      'Your resident parking permit is ready. Download and print it from this link:',
      '((link_to_file))',
      'Parking Services',
    ].join('\n\n'),
  },
  {
    // Notify keeps a hidden template per service for letters sent as PDFs.
    id: seededTemplateIds.precompiledLetter,
    type: 'letter',
    name: 'Pre-compiled PDF',
    subject: 'Pre-compiled PDF',
    body: '',
    hidden: true,
  },
];
