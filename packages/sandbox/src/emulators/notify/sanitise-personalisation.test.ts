import { describe, expect, it } from 'vitest';
import { growthOver4x } from '../../../../core/src/log/linear-time.test-helper.js';
import { sanitisePersonalisation } from './sanitise-personalisation.js';

const sanitised = (value: string) =>
  sanitisePersonalisation({ name: value }, ['name']).personalisation['name'] as string;

describe('sanitise_content_for', () => {
  it('breaks up bare domains and removes links, as Notify does', () => {
    expect(sanitised('see www.gov.uk or https://example.com/a?b=1 now')).toBe('see www\\. gov\\. uk or  now');
  });

  // Runs of hyphenated labels once made the link pattern rescan the whole run from every start:
  // 32 kB took 0.7 s and a 10 MB request would have held the sandbox for minutes.
  it('takes linear time on label runs that never end in a domain', () => {
    const growth = growthOver4x((size) => {
      const value = 'a-a.'.repeat(size / 4) + '9';
      return () => sanitised(value);
    }, 16_384);
    expect(growth).toBeLessThan(10);
  });
});
