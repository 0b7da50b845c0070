import { memoryNotify, memoryTemplateIds } from '@councilkit/notify';
import { expect, it } from 'vitest';
import { sendAndExplain } from './handle-errors.js';

it('names the field a caseworker must fix', async () => {
  const notify = memoryNotify();
  expect(await sendAndExplain(notify, memoryTemplateIds.email, 'not an email')).toBe(
    'fix emailAddress: is not a valid email address',
  );
  expect(await sendAndExplain(notify, memoryTemplateIds.email, 'ada@example.com')).toMatch(
    /^fix personalisation\.(subject|body): Missing personalisation$/,
  );
});
