import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { nextActionsForStudent } from '@/lib/interviews/next-actions';
import { emailField } from '@/lib/validation/common';
import { getDb } from '../client';
import { findActiveUserById } from '../queries/users';
import { users } from '../schema';
import { demoStudents, seedDemo } from './demo';

describe('demo data', () => {
  it('every demo e-mail is one the sign-in form accepts, and none repeats', () => {
    const emails = demoStudents().map((s) => s.email);
    for (const email of emails) expect(emailField.safeParse(email).success, email).toBe(true);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('shows student@demo.test mid-way through the method, whatever the hour it is seeded', () => {
    seedDemo(getDb(), 'not-a-real-hash');
    const id = getDb().select({ id: users.id }).from(users).where(eq(users.email, 'student@demo.test')).get()!.id;
    const u = findActiveUserById(id)!;
    const viewer = { id: u.id, role: 'student' as const, name: u.name, email: u.email, timeZone: u.timeZone };
    const kinds = nextActionsForStudent(viewer, new Date()).map((a) => a.kind);
    expect(kinds).toEqual(['thank-you-overdue', 'follow-up-email', 'prepare-interview', 'reflect']);
  });
});
