import { describe, expect, it } from 'vitest';
import { prefilledEmail } from './auth';

describe('prefilledEmail', () => {
  it('fills in one valid address, lower-cased and trimmed', () => {
    expect(prefilledEmail('student@demo.test')).toBe('student@demo.test');
    expect(prefilledEmail('  Renee.Okafor@Demo.Test ')).toBe('renee.okafor@demo.test');
    expect(prefilledEmail(['first@demo.test', 'second@demo.test'])).toBe('first@demo.test');
  });

  it('fills in nothing for anything else', () => {
    for (const raw of [undefined, '', 'not an address', 'a@', '<script>@x.test', `${'a'.repeat(250)}@x.test`, 'a@b.test\nBcc: c@d.test']) {
      expect(prefilledEmail(raw)).toBeUndefined();
    }
  });
});
