import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTITUTION_NAME, institutionName } from './institution';

describe('institutionName', () => {
  it('reads INSTITUTION_NAME, tidied', () => {
    expect(institutionName({ INSTITUTION_NAME: '  Vancouver   Community College ' })).toBe('Vancouver Community College');
  });
  it('says "my college" when it is not set', () => {
    expect(institutionName({})).toBe(DEFAULT_INSTITUTION_NAME);
    expect(institutionName({ INSTITUTION_NAME: '  ' })).toBe('my college');
  });
});
