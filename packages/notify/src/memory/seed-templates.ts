import type { MemoryTemplateInput } from './template-store.js';

/**
 * The ids of the templates `memoryNotify()` starts with. Each takes the placeholders `name`, `subject`
 * (email and letter) and `body`, so a demo can send any message without setting up templates.
 */
export const memoryTemplateIds = {
  email: '0b6c4bb2-5b59-4b6f-8e23-1f6c1c2b9a01',
  sms: '5d0c7a4e-9d8b-4c1a-a2f3-3e4b5c6d7e02',
  letter: 'a9e8d7c6-b5a4-4f3e-9d2c-1b0a9f8e7d03',
} as const;

/** The templates `memoryNotify()` starts with, unless told not to. */
export const seedTemplates: readonly MemoryTemplateInput[] = [
  {
    id: memoryTemplateIds.email,
    type: 'email',
    name: 'Email',
    subject: '((subject))',
    body: 'Dear ((name)),\n\n((body))',
  },
  {
    id: memoryTemplateIds.sms,
    type: 'sms',
    name: 'Text message',
    body: '((name)): ((body))',
  },
  {
    id: memoryTemplateIds.letter,
    type: 'letter',
    name: 'Letter',
    subject: '((subject))',
    body: 'Dear ((name)),\n\n((body))',
  },
];
