import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { findInterviewForViewer, insertInterview, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { listInterviewQuestionBank } from '@/db/queries/questions';
import type { Viewer } from '@/db/queries/users';
import { auditLog, contacts, interviews } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';
import { toLocalInputValue } from '@/lib/time';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const actions = await import('./actions');
const {
  addBankQuestions,
  addOwnQuestion,
  addReferral,
  cancelInterview,
  completeInterview,
  createInterview,
  deleteInterview,
  movePlannedQuestion,
  recordThankYou,
  removePlannedQuestion,
  replanInterview,
  saveChecklist,
  saveNotes,
  setMustAsk,
  updateSchedule,
} = actions;

const DAY = 24 * 60 * 60 * 1000;
const TZ = 'America/Vancouver';

const inDays = (d: number) => toLocalInputValue(new Date(Date.now() + d * DAY), TZ);

function setUp(): { owner: Viewer; contactId: number; interviewId: number } {
  const owner = makeUser('student');
  const contactId = insertContact(getDb(), owner, { name: 'Dana Li', howFound: 'friend' });
  const interviewId = insertInterview(getDb(), owner, {
    contactId,
    occupationId: null,
    status: 'scheduled',
    // Minute precision, as a datetime-local input gives it.
    startsAt: new Date(Math.floor((Date.now() + 7 * DAY) / 60_000) * 60_000),
    durationMinutes: 30,
    mode: 'in-person',
    location: null,
    calendarUid: crypto.randomUUID(),
  });
  return { owner, contactId, interviewId };
}

function row(id: number) {
  return getDb().select().from(interviews).where(eq(interviews.id, id)).get();
}

beforeEach(() => signInAs(null));

describe('every action refuses what is not the viewer’s own', () => {
  it('another student and staff roles get a 404 from every action, and nothing changes', async () => {
    const { interviewId, contactId } = setUp();
    const planned = insertContact(getDb(), makeUser('student'), { name: 'x', howFound: 'friend' });
    for (const role of ['student', 'counsellor', 'instructor', 'admin'] as const) {
      signInAs(makeUser(role).id);
      const calls: Promise<unknown>[] = [
        createInterview(initialActionState, form({ contactId: String(contactId), status: 'planned', startsAt: '', durationMinutes: '30', mode: 'phone' })),
        updateSchedule(interviewId, initialActionState, form({ status: 'scheduled', startsAt: inDays(3), durationMinutes: '30', mode: 'phone' })),
        completeInterview(interviewId, initialActionState, form({})),
        cancelInterview(interviewId, initialActionState),
        replanInterview(interviewId, initialActionState),
        saveChecklist(interviewId, initialActionState, form({ items: 'research' })),
        addBankQuestions(interviewId, initialActionState, form({ questionIds: '1' })),
        addOwnQuestion(interviewId, initialActionState, form({ text: 'Mine?' })),
        movePlannedQuestion(interviewId, 1, 'up', initialActionState),
        setMustAsk(interviewId, 1, true, initialActionState),
        removePlannedQuestion(interviewId, 1, initialActionState),
        saveNotes(interviewId, initialActionState, form({ generalNotes: 'x' })),
        addReferral(interviewId, initialActionState, form({ name: 'Someone' })),
        recordThankYou(interviewId, initialActionState, form({ channel: 'email', sentOn: '2020-01-01' })),
        deleteInterview(interviewId),
      ];
      for (const call of calls) expect(await thrown(call)).toMatch(/404/);
    }
    expect(planned).toBeGreaterThan(0);
    expect(row(interviewId)?.status).toBe('scheduled');
    expect(getDb().select().from(contacts).where(eq(contacts.name, 'Someone')).all()).toHaveLength(0);
  });

  it('a plan question of another interview is a 404 even through the viewer’s own interview', async () => {
    const a = setUp();
    const b = setUp();
    signInAs(b.owner.id);
    await addOwnQuestion(b.interviewId, initialActionState, form({ text: 'Theirs?' }));
    const theirs = listPlanQuestionsForViewer(b.owner, b.interviewId)[0].id;
    signInAs(a.owner.id);
    expect(await thrown(removePlannedQuestion(a.interviewId, theirs, initialActionState))).toMatch(/404/);
    expect(await thrown(setMustAsk(a.interviewId, theirs, true, initialActionState))).toMatch(/404/);
    expect(listPlanQuestionsForViewer(b.owner, b.interviewId)).toHaveLength(1);
  });
});

describe('creating and scheduling', () => {
  it('creates from the viewer’s contact with a fresh calendar UID and redirects to it', async () => {
    const { owner, contactId } = setUp();
    signInAs(owner.id);
    const digest = await thrown(createInterview(initialActionState, form({ contactId: String(contactId), status: 'scheduled', startsAt: inDays(2), durationMinutes: '25', mode: 'video', location: 'https://meet.example/abc', studentId: '999' })));
    const id = Number(/\/interviews\/(\d+)/.exec(digest)?.[1]);
    expect(id).toBeGreaterThan(0);
    const created = row(id)!;
    expect(created).toMatchObject({ studentId: owner.id, contactId, status: 'scheduled', durationMinutes: 25, mode: 'video', calendarSequence: 0 });
    expect(created.calendarUid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a past time as scheduled, a 0-minute length and a bad link, keeping what was typed', async () => {
    const { owner, contactId } = setUp();
    signInAs(owner.id);
    const past = inDays(-1);
    const state = await createInterview(initialActionState, form({ contactId: String(contactId), status: 'scheduled', startsAt: past, durationMinutes: '0', mode: 'video', location: 'zoom' }));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.startsAt?.[0]).toMatch(/passed/);
    expect(state.fieldErrors?.durationMinutes?.[0]).toMatch(/between 10 and 120/);
    expect(state.fieldErrors?.location?.[0]).toMatch(/link/);
    expect(state.values).toMatchObject({ startsAt: past, durationMinutes: '0', location: 'zoom' });

    const empty = await createInterview(initialActionState, form({ contactId: String(contactId), status: 'scheduled', startsAt: '', durationMinutes: '', mode: 'phone' }));
    expect(empty.fieldErrors?.startsAt?.[0]).toMatch(/Choose the date/);
    expect(empty.fieldErrors?.durationMinutes?.[0]).toMatch(/required/);
    const nonsense = await createInterview(initialActionState, form({ contactId: String(contactId), status: 'planned', startsAt: '2026-02-31T10:00', durationMinutes: '30', mode: 'phone', location: 'x'.repeat(301) }));
    expect(nonsense.fieldErrors?.startsAt?.[0]).toMatch(/real date/);
    expect(nonsense.fieldErrors?.location?.[0]).toMatch(/at most 300/);
  });

  it('a planned interview needs no date; a foreign contact is a 404', async () => {
    const { owner, contactId } = setUp();
    signInAs(owner.id);
    expect(await thrown(createInterview(initialActionState, form({ contactId: String(contactId), status: 'planned', startsAt: '', durationMinutes: '30', mode: 'phone' })))).toMatch(/REDIRECT/);
    const foreign = insertContact(getDb(), makeUser('student'), { name: 'Not mine', howFound: 'friend' });
    expect(await thrown(createInterview(initialActionState, form({ contactId: String(foreign), status: 'planned', durationMinutes: '30', mode: 'phone' })))).toMatch(/404/);
  });

  it('rescheduling keeps the UID and raises SEQUENCE; other edits do not', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    const uid = row(interviewId)!.calendarUid;
    const startsAt = toLocalInputValue(row(interviewId)!.startsAt!, TZ);
    expect((await updateSchedule(interviewId, initialActionState, form({ status: 'scheduled', startsAt, durationMinutes: '30', mode: 'phone', location: '604 555 0100' }))).status).toBe('ok');
    expect(row(interviewId)).toMatchObject({ calendarSequence: 0, mode: 'phone' });
    expect((await updateSchedule(interviewId, initialActionState, form({ status: 'scheduled', startsAt: inDays(9), durationMinutes: '30', mode: 'phone' }))).message).toMatch(/Rescheduled/);
    expect(row(interviewId)).toMatchObject({ calendarUid: uid, calendarSequence: 1 });
    const back = await updateSchedule(interviewId, initialActionState, form({ status: 'planned', startsAt: '', durationMinutes: '30', mode: 'phone' }));
    expect(back.fieldErrors?.status?.[0]).toMatch(/stays scheduled/);
  });

  it('moves through the statuses: completed now, cancelled, planned again', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    const future = await completeInterview(interviewId, initialActionState, form({ completedAt: inDays(1) }));
    expect(future.fieldErrors?.completedAt?.[0]).toMatch(/future/);
    expect((await completeInterview(interviewId, initialActionState, form({ completedAt: '' }))).status).toBe('ok');
    expect(row(interviewId)?.status).toBe('completed');
    expect(row(interviewId)?.completedAt).toBeInstanceOf(Date);
    expect((await completeInterview(interviewId, initialActionState, form({}))).status).toBe('error');
    await cancelInterview(interviewId, initialActionState);
    expect(row(interviewId)).toMatchObject({ status: 'cancelled', calendarSequence: 1 });
    await replanInterview(interviewId, initialActionState);
    expect(row(interviewId)).toMatchObject({ status: 'planned', completedAt: null });
  });
});

describe('preparing', () => {
  it('saves the checklist from ticked boxes only', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    await saveChecklist(interviewId, initialActionState, form({ items: ['research', 'confirmed'] }));
    expect(row(interviewId)?.checklist).toEqual({ research: true, confirmed: true });
    expect((await saveChecklist(interviewId, initialActionState, form({ items: 'bribe' }))).status).toBe('error');
  });

  it('plans bank questions word for word, own questions, must-ask and order', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    const bank = listInterviewQuestionBank(owner);
    expect((await addBankQuestions(interviewId, initialActionState, form({}))).fieldErrors?.questionIds?.[0]).toMatch(/at least one/);
    await addBankQuestions(interviewId, initialActionState, form({ questionIds: [String(bank[0].id), String(bank[24].id)] }));
    const again = await addBankQuestions(interviewId, initialActionState, form({ questionIds: String(bank[0].id) }));
    expect(again.message).toMatch(/already in your plan/);
    expect((await addOwnQuestion(interviewId, initialActionState, form({ text: '' }))).fieldErrors?.text?.[0]).toMatch(/required/);
    await addOwnQuestion(interviewId, initialActionState, form({ text: 'What does on-call feel like?' }));
    let plan = listPlanQuestionsForViewer(owner, interviewId);
    expect(plan.map((q) => q.text)).toEqual([bank[0].text, bank[24].text, 'What does on-call feel like?']);
    expect(plan[0].questionId).toBe(bank[0].id);
    expect(listInterviewQuestionBank(owner).some((q) => q.text === 'What does on-call feel like?' && q.category === 'own')).toBe(true);

    await movePlannedQuestion(interviewId, plan[2].id, 'up', initialActionState);
    await setMustAsk(interviewId, plan[2].id, true, initialActionState);
    plan = listPlanQuestionsForViewer(owner, interviewId);
    expect(plan.map((q) => q.text)).toEqual([bank[0].text, 'What does on-call feel like?', bank[24].text]);
    expect(plan[1].mustAsk).toBe(true);
    await removePlannedQuestion(interviewId, plan[0].id, initialActionState);
    expect(listPlanQuestionsForViewer(owner, interviewId).map((q) => q.position)).toEqual([2, 3]);
    await movePlannedQuestion(interviewId, plan[2].id, 'up', initialActionState);
    expect(listPlanQuestionsForViewer(owner, interviewId).map((q) => [q.text, q.position])).toEqual([
      [bank[24].text, 1],
      ['What does on-call feel like?', 2],
    ]);
  });

  it('a foreign bank question (another student’s own) is refused', async () => {
    const { owner, interviewId } = setUp();
    const other = setUp();
    signInAs(other.owner.id);
    await addOwnQuestion(other.interviewId, initialActionState, form({ text: 'Secret question?' }));
    const secret = listPlanQuestionsForViewer(other.owner, other.interviewId)[0].questionId!;
    signInAs(owner.id);
    const state = await addBankQuestions(interviewId, initialActionState, form({ questionIds: String(secret) }));
    expect(state.fieldErrors?.questionIds).toBeDefined();
    expect(listPlanQuestionsForViewer(owner, interviewId)).toEqual([]);
  });
});

describe('during and after', () => {
  it('saves notes per question and the interesting mark; too-long notes are refused with values kept', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    await addOwnQuestion(interviewId, initialActionState, form({ text: 'A?' }));
    await addOwnQuestion(interviewId, initialActionState, form({ text: 'B?' }));
    const [a, b] = listPlanQuestionsForViewer(owner, interviewId);
    const tooLong = await saveNotes(interviewId, initialActionState, form({ [`note-${a.id}`]: 'x'.repeat(5001), generalNotes: 'kept' }));
    expect(tooLong.fieldErrors?.[`note-${a.id}`]?.[0]).toMatch(/at most 5000/);
    expect(tooLong.values?.generalNotes).toBe('kept');
    await saveNotes(interviewId, initialActionState, form({ [`note-${a.id}`]: 'Nights are quiet', [`interesting-${a.id}`]: 'on', [`note-${b.id}`]: '', generalNotes: 'Friendly' }));
    const [na, nb] = listPlanQuestionsForViewer(owner, interviewId);
    expect(na).toMatchObject({ notes: 'Nights are quiet', interesting: true });
    expect(nb).toMatchObject({ notes: null, interesting: false });
    expect(row(interviewId)?.generalNotes).toBe('Friendly');
  });

  it('a referral becomes a contact linked to the contact and the interview, in one go', async () => {
    const { owner, interviewId, contactId } = setUp();
    signInAs(owner.id);
    const bad = await addReferral(interviewId, initialActionState, form({ name: '', email: 'nope' }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['email', 'name']);
    const ok = await addReferral(interviewId, initialActionState, form({ name: 'Sam Ortiz', organisation: 'Bright Smiles', studentId: '1' }));
    expect(ok.status).toBe('ok');
    const made = getDb().select().from(contacts).where(eq(contacts.name, 'Sam Ortiz')).get()!;
    expect(made).toMatchObject({ studentId: owner.id, howFound: 'referral', referredByContactId: contactId, referredInInterviewId: interviewId });
  });

  it('records the thank-you once completed; future dates are refused', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    expect((await recordThankYou(interviewId, initialActionState, form({ channel: 'email', sentOn: '2026-01-01' }))).message).toMatch(/completed first/);
    await completeInterview(interviewId, initialActionState, form({}));
    const tomorrow = inDays(1).slice(0, 10);
    const future = await recordThankYou(interviewId, initialActionState, form({ channel: 'card', sentOn: tomorrow, text: 'Thanks!' }));
    expect(future.fieldErrors?.sentOn?.[0]).toMatch(/future/);
    expect(future.values).toMatchObject({ channel: 'card', text: 'Thanks!' });
    const missing = await recordThankYou(interviewId, initialActionState, form({ channel: 'fax', sentOn: '' }));
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(['channel', 'sentOn']);
    const today = inDays(0).slice(0, 10);
    expect((await recordThankYou(interviewId, initialActionState, form({ channel: 'both', sentOn: today, text: 'Thank you' }))).status).toBe('ok');
    expect(row(interviewId)).toMatchObject({ thankYouChannel: 'both', thankYouText: 'Thank you' });
    expect(row(interviewId)?.thankYouSentAt).toBeInstanceOf(Date);
  });

  it('deletes with an audit row and redirects to the list', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    expect(await thrown(deleteInterview(interviewId))).toMatch(/REDIRECT.*\/interviews/);
    expect(findInterviewForViewer(owner, interviewId)).toBeNull();
    const audit = getDb().select().from(auditLog).where(eq(auditLog.subjectId, interviewId)).all();
    expect(audit.map((a) => a.action)).toContain('INTERVIEW_DELETED');
  });
});
