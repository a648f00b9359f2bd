import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, signInAs } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { updateMyProfile } = await import('./actions');

describe('updateMyProfile', () => {
  it('changes only the name and time zone, whatever else is posted', async () => {
    const student = makeUser('student');
    signInAs(student.id);
    const f = new FormData();
    for (const [k, v] of Object.entries({ name: 'New Name', timeZone: 'America/Toronto', role: 'admin', email: 'admin@demo.test', id: '1', active: 'false', version: '1' })) f.append(k, v);
    const state = await updateMyProfile(initialActionState, f);
    expect(state.status).toBe('ok');
    const row = getDb().select().from(users).where(eq(users.id, student.id)).get()!;
    expect(row).toMatchObject({ name: 'New Name', timeZone: 'America/Toronto', role: 'student', email: student.email, active: true });
  });

  it('rejects an unknown time zone and an empty name, keeping what was typed', async () => {
    signInAs(makeUser('student').id);
    const f = new FormData();
    f.append('name', '   ');
    f.append('timeZone', 'Mars/Olympus_Mons');
    const state = await updateMyProfile(initialActionState, f);
    expect(state.fieldErrors?.name?.[0]).toMatch(/required/);
    expect(state.fieldErrors?.timeZone?.[0]).toMatch(/time zone/);
    expect(state.values?.timeZone).toBe('Mars/Olympus_Mons');
  });
});
