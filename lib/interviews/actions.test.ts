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
  autosaveInterviewNotes,
  autosaveThankYou,
  cancelInterview,
  completeInterview,
  createInterview,
  deleteInterview,
  movePlannedQuestion,
  recordThankYou,
  removePlannedQuestion,
  reorderPlan,
  replanInterview,
  saveChecklist,
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

/** A form as the interview page posts it: with the version the interview is on now. */
function vform(interviewId: number, fields: Record<string, string | string[]>): FormData {
  return form({ ...fields, version: String(row(interviewId)!.version) });
}

describe('every action refuses what is not the viewer’s own', () => {
  it('another student and staff roles get a 404 from every action, and nothing changes', async () => {
    const { interviewId, contactId } = setUp();
    const planned = insertContact(getDb(), makeUser('student'), { name: 'x', howFound: 'friend' });
    for (const role of ['student', 'counsellor', 'instructor', 'admin'] as const) {
      signInAs(makeUser(role).id);
      const calls: Promise<unknown>[] = [
        createInterview(initialActionState, form({ contactId: String(contactId), status: 'planned', startsAt: '', durationMinutes: '30', mode: 'phone' })),
        updateSchedule(interviewId, initialActionState, form({ version: '1', status: 'scheduled', startsAt: inDays(3), durationMinutes: '30', mode: 'phone' })),
        completeInterview(interviewId, initialActionState, form({})),
        cancelInterview(interviewId, initialActionState),
        replanInterview(interviewId, initialActionState),
        saveChecklist(interviewId, initialActionState, form({ version: '1', items: 'research' })),
        addBankQuestions(interviewId, initialActionState, form({ questionIds: '1' })),
        addOwnQuestion(interviewId, initialActionState, form({ text: 'Mine?' })),
        movePlannedQuestion(interviewId, 1, 'up', initialActionState),
        setMustAsk(interviewId, 1, true, initialActionState),
        removePlannedQuestion(interviewId, 1, initialActionState),
        autosaveInterviewNotes(interviewId, 1, { generalNotes: 'x' }),
        autosaveThankYou(interviewId, 1, { text: 'x' }),
        reorderPlan(interviewId, 1, [1]),
        addReferral(interviewId, initialActionState, form({ name: 'Someone' })),
        recordThankYou(interviewId, initialActionState, form({ version: '1', channel: 'email', sentOn: '2020-01-01' })),
        deleteInterview(interviewId),
      ];
      for (const call of calls) expect(await thrown(call)).toMatch(/404/);
    }
    expect(planned).toBeGreaterThan(0);
    expect(row(interviewId)).toMatchObject({ status: 'scheduled', generalNotes: null, thankYouText: null, notesVersion: 1, thankYouVersion: 1, planVersion: 1 });
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

    expect(state.fieldErrors?.startsAt?.[0]).toMatch(/Already happened/);
    const empty = await createInterview(initialActionState, form({ contactId: String(contactId), status: 'scheduled', startsAt: '', durationMinutes: '', mode: 'phone' }));
    // Scheduled without a time is no error: it is saved as planned (below).
    expect(empty.fieldErrors?.startsAt).toBeUndefined();
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

  it('a new interview without a time is planned, even when "scheduled" was chosen', async () => {
    const { owner, contactId } = setUp();
    signInAs(owner.id);
    const digest = await thrown(createInterview(initialActionState, form({ contactId: String(contactId), status: 'scheduled', startsAt: '', durationMinutes: '30', mode: 'phone' })));
    const id = Number(/\/interviews\/(\d+)/.exec(digest)?.[1]);
    expect(row(id)).toMatchObject({ status: 'planned', startsAt: null, completedAt: null });
  });

  it('an interview that already happened is entered with its real past date, and is completed', async () => {
    const { owner, contactId } = setUp();
    signInAs(owner.id);
    const lastWeek = inDays(-7);
    const digest = await thrown(createInterview(initialActionState, form({ contactId: String(contactId), status: 'completed', startsAt: lastWeek, durationMinutes: '25', mode: 'in-person' })));
    const id = Number(/\/interviews\/(\d+)/.exec(digest)?.[1]);
    const made = row(id)!;
    expect(made.status).toBe('completed');
    expect(toLocalInputValue(made.startsAt!, TZ)).toBe(lastWeek);
    // It ended when its time was up.
    expect(made.completedAt!.getTime() - made.startsAt!.getTime()).toBe(25 * 60_000);
    const future = await createInterview(initialActionState, form({ contactId: String(contactId), status: 'completed', startsAt: inDays(2), durationMinutes: '30', mode: 'phone' }));
    expect(future.fieldErrors?.startsAt?.[0]).toMatch(/date in the past/);
    const none = await createInterview(initialActionState, form({ contactId: String(contactId), status: 'completed', startsAt: '', durationMinutes: '30', mode: 'phone' }));
    expect(none.fieldErrors?.startsAt?.[0]).toMatch(/when the interview took place/);
  });

  it('rescheduling keeps the UID and raises SEQUENCE; other edits do not', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    const uid = row(interviewId)!.calendarUid;
    const startsAt = toLocalInputValue(row(interviewId)!.startsAt!, TZ);
    expect((await updateSchedule(interviewId, initialActionState, vform(interviewId, { status: 'scheduled', startsAt, durationMinutes: '30', mode: 'phone', location: '604 555 0100' }))).status).toBe('ok');
    expect(row(interviewId)).toMatchObject({ calendarSequence: 0, mode: 'phone' });
    expect((await updateSchedule(interviewId, initialActionState, vform(interviewId, { status: 'scheduled', startsAt: inDays(9), durationMinutes: '30', mode: 'phone' }))).message).toMatch(/Rescheduled/);
    expect(row(interviewId)).toMatchObject({ calendarUid: uid, calendarSequence: 1 });
    const back = await updateSchedule(interviewId, initialActionState, vform(interviewId, { status: 'planned', startsAt: '', durationMinutes: '30', mode: 'phone' }));
    expect(back.fieldErrors?.status?.[0]).toMatch(/stays scheduled/);
  });

  it('moves through the statuses: completed before its start only once confirmed; cancel refused after; cancelled, planned again', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    const future = await completeInterview(interviewId, initialActionState, form({ completedAt: inDays(1) }));
    expect(future.fieldErrors?.completedAt?.[0]).toMatch(/future/);
    // It starts in a week: marking it completed now asks first.
    const early = await completeInterview(interviewId, initialActionState, form({ completedAt: '' }));
    expect(early).toMatchObject({ status: 'error' });
    expect(early.message).toMatch(/due to start at .*Confirm/);
    expect(early.message).not.toMatch(/[ap]\.m\.\./);
    expect(row(interviewId)?.status).toBe('scheduled');
    expect((await completeInterview(interviewId, initialActionState, form({ completedAt: '', early: 'yes' }))).status).toBe('ok');
    expect(row(interviewId)?.status).toBe('completed');
    expect(row(interviewId)?.completedAt).toBeInstanceOf(Date);
    expect((await completeInterview(interviewId, initialActionState, form({}))).status).toBe('error');
    const cancelled = await cancelInterview(interviewId, initialActionState);
    expect(cancelled).toMatchObject({ status: 'error' });
    expect(cancelled.message).toMatch(/cannot be cancelled/);
    expect(row(interviewId)?.status).toBe('completed');

    const other = setUp();
    signInAs(other.owner.id);
    await cancelInterview(other.interviewId, initialActionState);
    expect(row(other.interviewId)).toMatchObject({ status: 'cancelled', calendarSequence: 1 });
    await replanInterview(other.interviewId, initialActionState);
    expect(row(other.interviewId)).toMatchObject({ status: 'planned', completedAt: null });
  });
});

describe('preparing', () => {
  it('saves the checklist from ticked boxes only', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    await saveChecklist(interviewId, initialActionState, vform(interviewId, { items: ['research', 'confirmed'] }));
    expect(row(interviewId)?.checklist).toEqual({ research: true, confirmed: true });
    expect((await saveChecklist(interviewId, initialActionState, vform(interviewId, { items: 'bribe' }))).status).toBe('error');
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
  it('autosaves notes per question, the interesting mark and general notes; invalid changes are refused and nothing saved', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    await addOwnQuestion(interviewId, initialActionState, form({ text: 'A?' }));
    await addOwnQuestion(interviewId, initialActionState, form({ text: 'B?' }));
    const [a, b] = listPlanQuestionsForViewer(owner, interviewId);
    const tooLong = await autosaveInterviewNotes(interviewId, 1, { [`note-${a.id}`]: 'x'.repeat(5001), generalNotes: 'kept?' });
    expect(tooLong).toMatchObject({ status: 'invalid' });
    expect(tooLong.status === 'invalid' && tooLong.fieldErrors[`note-${a.id}`]?.[0]).toMatch(/at most 5000/);
    expect((await autosaveInterviewNotes(interviewId, 1, { studentId: '9' })).status).toBe('invalid');
    expect(row(interviewId)).toMatchObject({ generalNotes: null, notesVersion: 1 });

    const saved = await autosaveInterviewNotes(interviewId, 1, { [`note-${a.id}`]: 'Nights are quiet ', [`interesting-${a.id}`]: 'on', [`note-${b.id}`]: '  ', generalNotes: 'Friendly' });
    expect(saved).toMatchObject({ status: 'saved', version: 2 });
    const [na, nb] = listPlanQuestionsForViewer(owner, interviewId);
    // As typed (a trailing space kept); blank is none.
    expect(na).toMatchObject({ notes: 'Nights are quiet ', interesting: true });
    expect(nb).toMatchObject({ notes: null, interesting: false });
    expect(row(interviewId)).toMatchObject({ generalNotes: 'Friendly', notesVersion: 2 });
    // Only what changed: the mark off, the note left alone.
    await autosaveInterviewNotes(interviewId, 2, { [`interesting-${a.id}`]: '' });
    expect(listPlanQuestionsForViewer(owner, interviewId)[0]).toMatchObject({ notes: 'Nights are quiet ', interesting: false });
  });

  it('notes have their own version: a schedule edit between two saves is no conflict, a second tab on the notes is', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    await addOwnQuestion(interviewId, initialActionState, form({ text: 'A?' }));
    const [a] = listPlanQuestionsForViewer(owner, interviewId);
    const opened = row(interviewId)!.notesVersion;
    expect(await autosaveInterviewNotes(interviewId, opened, { [`note-${a.id}`]: 'Starts at 7' })).toMatchObject({ status: 'saved', version: opened + 1 });
    // The schedule and checklist change meanwhile (interviews.version): the notes go on saving.
    await saveChecklist(interviewId, initialActionState, vform(interviewId, { items: 'research' }));
    expect(await autosaveInterviewNotes(interviewId, opened + 1, { generalNotes: 'Tab A' })).toMatchObject({ status: 'saved', version: opened + 2 });
    expect(row(interviewId)?.checklist).toEqual({ research: true });
    // And the schedule form opened before those note saves still saves: notes did not touch its version.
    const scheduleVersion = row(interviewId)!.version;
    await autosaveInterviewNotes(interviewId, opened + 2, { generalNotes: 'Tab A again' });
    expect((await updateSchedule(interviewId, initialActionState, form({ version: String(scheduleVersion), status: 'scheduled', startsAt: inDays(9), durationMinutes: '30', mode: 'phone' }))).status).toBe('ok');

    // A second tab, loaded at the first version: refused, with what is stored, and nothing written.
    const stale = await autosaveInterviewNotes(interviewId, opened, { generalNotes: 'Tab B', [`note-${a.id}`]: '' });
    expect(stale).toEqual({
      status: 'conflict',
      version: opened + 3,
      theirs: { generalNotes: 'Tab A again', [`note-${a.id}`]: 'Starts at 7', [`interesting-${a.id}`]: '' },
    });
    expect(row(interviewId)?.generalNotes).toBe('Tab A again');
    expect(listPlanQuestionsForViewer(owner, interviewId)[0].notes).toBe('Starts at 7');
    // A cancelled interview takes no notes.
    await cancelInterview(interviewId, initialActionState);
    expect(await autosaveInterviewNotes(interviewId, opened + 3, { generalNotes: 'late' })).toMatchObject({ status: 'locked' });
    // No version at all on a form: refused, not saved.
    expect((await saveChecklist(interviewId, initialActionState, form({ items: 'research' }))).fieldErrors?.version?.[0]).toMatch(/reload the page/);
  });

  it('the thank-you letter autosaves under its own version once completed; empty follows the notes again; a stale tab is a conflict', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    expect(await autosaveThankYou(interviewId, 1, { text: 'Too soon' })).toMatchObject({ status: 'locked' });
    await completeInterview(interviewId, initialActionState, form({ early: 'yes' }));
    expect(await autosaveThankYou(interviewId, 1, { text: 'Dear Dana,\r\nthank you.' })).toMatchObject({ status: 'saved', version: 2 });
    expect(row(interviewId)?.thankYouText).toBe('Dear Dana,\nthank you.');
    expect(await autosaveThankYou(interviewId, 1, { text: 'Other tab' })).toEqual({ status: 'conflict', version: 2, theirs: { text: 'Dear Dana,\nthank you.' } });
    expect((await autosaveThankYou(interviewId, 2, { text: 'x'.repeat(5001) })).status).toBe('invalid');
    expect((await autosaveThankYou(interviewId, 2, { text: 'ok', subject: 'extra' })).status).toBe('invalid');
    // Notes saved meanwhile do not touch the letter's version.
    await autosaveInterviewNotes(interviewId, 1, { generalNotes: 'notes' });
    expect(await autosaveThankYou(interviewId, 2, { text: '' })).toMatchObject({ status: 'saved', version: 3 });
    expect(row(interviewId)?.thankYouText).toBeNull();
  });

  it('reorders the whole plan in one save from its plan version; a stale or incomplete order is refused with the plan as it is', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    for (const text of ['A?', 'B?', 'C?']) await addOwnQuestion(interviewId, initialActionState, form({ text }));
    const [a, b, c] = listPlanQuestionsForViewer(owner, interviewId);
    const version = row(interviewId)!.planVersion;
    expect(version).toBe(4); // each question added raised it
    expect(await reorderPlan(interviewId, version, [c.id, a.id, b.id])).toEqual({ status: 'saved', version: 5 });
    expect(listPlanQuestionsForViewer(owner, interviewId).map((q) => q.text)).toEqual(['C?', 'A?', 'B?']);
    const stale = await reorderPlan(interviewId, version, [a.id, b.id, c.id]);
    expect(stale).toMatchObject({ status: 'stale', version: 5 });
    expect(stale.status === 'stale' && stale.plan.map((q) => q.text)).toEqual(['C?', 'A?', 'B?']);
    expect((await reorderPlan(interviewId, 5, [a.id, b.id])).status).toBe('stale');
    expect((await reorderPlan(interviewId, 5, [a.id, a.id, b.id])).status).toBe('stale');
    // Another student's question id in the list: not this plan's, refused.
    const other = setUp();
    signInAs(other.owner.id);
    await addOwnQuestion(other.interviewId, initialActionState, form({ text: 'Theirs?' }));
    const theirs = listPlanQuestionsForViewer(other.owner, other.interviewId)[0].id;
    signInAs(owner.id);
    expect((await reorderPlan(interviewId, 5, [a.id, b.id, theirs])).status).toBe('stale');
    expect(listPlanQuestionsForViewer(owner, interviewId).map((q) => q.text)).toEqual(['C?', 'A?', 'B?']);
    expect(await thrown(reorderPlan(interviewId, -1, [a.id]))).toMatch(/404/);
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

  it('records the thank-you once completed, from the letter’s version; future dates are refused', async () => {
    const { owner, interviewId } = setUp();
    signInAs(owner.id);
    const tv = () => String(row(interviewId)!.thankYouVersion);
    expect((await recordThankYou(interviewId, initialActionState, form({ version: tv(), channel: 'email', sentOn: '2026-01-01' }))).message).toMatch(/completed first/);
    await completeInterview(interviewId, initialActionState, form({ early: 'yes' }));
    await autosaveThankYou(interviewId, 1, { text: 'Thank you' });
    const tomorrow = inDays(1).slice(0, 10);
    const future = await recordThankYou(interviewId, initialActionState, form({ version: tv(), channel: 'card', sentOn: tomorrow }));
    expect(future.fieldErrors?.sentOn?.[0]).toMatch(/future/);
    expect(future.values).toMatchObject({ channel: 'card' });
    const missing = await recordThankYou(interviewId, initialActionState, form({ version: tv(), channel: 'fax', sentOn: '' }));
    expect(Object.keys(missing.fieldErrors ?? {}).sort()).toEqual(['channel', 'sentOn']);
    const today = inDays(0).slice(0, 10);
    // From a letter saved elsewhere since: refused, the stored letter shown.
    const stale = await recordThankYou(interviewId, initialActionState, form({ version: '1', channel: 'both', sentOn: today }));
    expect(stale.message).toMatch(/changed since you opened it/);
    expect(row(interviewId)?.thankYouSentAt).toBeNull();
    expect((await recordThankYou(interviewId, initialActionState, form({ version: tv(), channel: 'both', sentOn: today }))).status).toBe('ok');
    expect(row(interviewId)).toMatchObject({ thankYouChannel: 'both', thankYouText: 'Thank you', thankYouVersion: 2 });
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
