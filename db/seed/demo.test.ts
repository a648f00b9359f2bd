import { describe, expect, it } from 'vitest';
import { emailField } from '@/lib/validation/common';
import { demoStudents } from './demo';

describe('demo students', () => {
  it('every demo e-mail is one the sign-in form accepts, and none repeats', () => {
    const emails = demoStudents().map((s) => s.email);
    for (const email of emails) expect(emailField.safeParse(email).success, email).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
  });
});
