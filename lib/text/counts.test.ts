import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './counts';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(4800)).toBe('4,800');
    expect(formatCount(30000)).toBe('30,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('plural', () => {
  it('chooses the word by the count and formats the count', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(2000, 'student')).toBe('2,000 students');
    expect(plural(3, 'reply', 'replies')).toBe('3 replies');
  });
});
