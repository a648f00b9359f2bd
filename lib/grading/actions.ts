'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import {
  assignmentHasGrades,
  fillStudentNumber,
  findAssignmentToGrade,
  findExtensionDueAt,
  findOwnRubric,
  findRosterAccounts,
  findRubricOfAssignment,
  findSectionToGrade,
  findStudentNumberOwners,
  findStudentToGrade,
  graderPosition,
  insertRubric,
  insertEnrolledStudents,
  releaseGrades,
  replaceRubric,
  rubricHasGrades,
  updateGradingSettings,
  writeGrade,
  type GradeCriterionChoice,
  type RubricInput,
} from '@/db/queries/grading';
import { upsertMembership } from '@/db/queries/sections';
import { findAssignmentSubmissionForViewer } from '@/db/queries/submissions';
import { appUrl } from '@/lib/app-url';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, formValues, invalid, type ActionState } from '@/lib/forms';
import { daysLate } from '@/lib/submissions/rules';
import { gradeFormSchema, gradingSettingsSchema, rosterBatchSchema, rubricFormSchema, rubricSchema } from '@/lib/validation/grading';
import { idParam } from '@/lib/validation/common';
import { parseRosterCsv, planRoster, rosterCounts, type RosterPlanRow } from './roster';
import { finalPoints, latePenaltyPercent, rubricPoints, round2, scoreProblem } from './scoring';
import type { RosterAction } from './vocabulary';
import { sectionLabel } from '@/lib/sections/label';

/*
 * Grading's actions. Each: who (instructors only: anyone else is a 404), what (safeParse, the
 * bound ids too), may they (the section is one they teach, found in SQL), one synchronous
 * transaction with its audit row, then revalidate or redirect.
 */

function zodMessages(error: z.ZodError): string {
  return [...new Set(error.issues.map((i) => i.message))].slice(0, 5).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Rubrics

/**
 * Creates a rubric (rubricId null) or edits one of the viewer's. A rubric that already scored
 * grades is never changed under them: the edit is saved as a copy, and the page says so.
 */
export async function saveRubric(rubricId: number | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('instructor');
  const id = rubricId === null ? null : idParam.safeParse(rubricId);
  if (id && !id.success) notFound();
  const existing = id ? findOwnRubric(viewer, id.data!) : null;
  if (id && !existing) notFound();
  const raw = rubricFormSchema.safeParse(formObject(form));
  if (!raw.success) return invalid(raw.error, form);
  const parsed = rubricSchema.safeParse(raw.data.rubric);
  if (!parsed.success) return failed(zodMessages(parsed.error), form);
  const input: RubricInput = parsed.data;
  const now = await requestNow();
  const outcome = getDb().transaction((tx) => {
    if (!existing) {
      const newId = insertRubric(tx, viewer.id, input, now);
      logAudit({ actorId: viewer.id, action: 'RUBRIC_CREATED', subjectType: 'rubric', subjectId: newId, details: { title: input.title } }, tx);
      return { kind: 'created' as const, id: newId };
    }
    if (rubricHasGrades(tx, existing.id)) {
      const copyId = insertRubric(tx, viewer.id, input, now, existing.id);
      logAudit({ actorId: viewer.id, action: 'RUBRIC_COPIED_ON_EDIT', subjectType: 'rubric', subjectId: copyId, details: { from: existing.id } }, tx);
      return { kind: 'copied' as const, id: copyId };
    }
    if (!replaceRubric(tx, viewer, existing.id, raw.data.version ?? -1, input, now)) return { kind: 'stale' as const, id: existing.id };
    logAudit({ actorId: viewer.id, action: 'RUBRIC_EDITED', subjectType: 'rubric', subjectId: existing.id, details: { title: input.title } }, tx);
    return { kind: 'edited' as const, id: existing.id };
  });
  if (outcome.kind === 'stale') return failed('This rubric was changed in another tab since you opened it. Copy what you typed, reload, and edit again.', form);
  revalidatePath('/staff/rubrics');
  if (outcome.kind === 'edited') {
    revalidatePath(`/staff/rubrics/${outcome.id}`);
    return { status: 'ok', message: 'Rubric saved.' };
  }
  redirect(`/staff/rubrics/${outcome.id}${outcome.kind === 'copied' ? '?copied=1' : '?created=1'}`);
}

// ---------------------------------------------------------------------------------------------
// Grading settings of one assignment

export async function saveGradingSettings(assignmentId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('instructor');
  const id = idParam.safeParse(assignmentId);
  const assignment = id.success ? findAssignmentToGrade(viewer, id.data) : null;
  if (!assignment) notFound();
  const parsed = gradingSettingsSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { version, ...settings } = parsed.data;
  if (settings.rubricId !== null && settings.rubricId !== assignment.rubricId && !findOwnRubric(viewer, settings.rubricId)) {
    return failed('Please correct the fields marked below.', form, { rubricId: ['Choose one of your rubrics.'] });
  }
  const now = await requestNow();
  const result = getDb().transaction((tx) => {
    if (settings.rubricId !== assignment.rubricId && assignmentHasGrades(assignment.id, tx)) return 'graded' as const;
    if (!updateGradingSettings(tx, assignment.id, version, settings, now)) return 'stale' as const;
    logAudit({ actorId: viewer.id, action: 'GRADING_SETTINGS_CHANGED', subjectType: 'assignment', subjectId: assignment.id, details: settings }, tx);
    return 'saved' as const;
  });
  if (result === 'graded') return failed('This assignment already has grades, so its rubric cannot change (they would be rescored).', form, { rubricId: ['Keep the rubric the grades were scored with.'] });
  if (result === 'stale') return failed('This assignment was changed since you opened the page. Reload and try again.', form);
  revalidatePath(`/staff/assignments/${assignment.id}/grading`);
  revalidatePath(`/staff/sections/${assignment.sectionId}/gradebook`);
  return { status: 'ok', message: 'Grading settings saved.' };
}

// ---------------------------------------------------------------------------------------------
// Grades

/**
 * Saves one student's grade (a draft, or released with intent=release), with its audit row in the
 * same transaction. Levels must belong to their criterion; typed points and the total are checked
 * against the maximum unless the assignment allows extra credit; an override needs a reason.
 */
export async function saveGrade(assignmentId: number, studentId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('instructor');
  const aid = idParam.safeParse(assignmentId);
  const sid = idParam.safeParse(studentId);
  const assignment = aid.success ? findAssignmentToGrade(viewer, aid.data) : null;
  const student = assignment && sid.success ? findStudentToGrade(assignment, sid.data) : null;
  if (!assignment || !student) notFound();
  if (assignment.pointsPossible === null) return failed('Set the points possible in the grading settings first.', form);
  const fields = formObject(form);
  const parsed = gradeFormSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, form);
  const g = parsed.data;
  const rubric = findRubricOfAssignment(viewer, assignment);
  const errors: Record<string, string[]> = {};
  const choices: GradeCriterionChoice[] = [];
  let points: number | null;
  if (rubric) {
    for (const c of rubric.criteria) {
      const levelRaw = fields[`level-${c.id}`];
      const typedRaw = fields[`points-${c.id}`];
      const level = typeof levelRaw === 'string' && levelRaw ? c.levels.find((l) => String(l.id) === levelRaw) : null;
      if (typeof levelRaw === 'string' && levelRaw && !level) notFound(); // a level of another criterion: not a form a person can send
      const typed = typeof typedRaw === 'string' && typedRaw.trim() ? Number(typedRaw) : null;
      const max = c.levels.length ? Math.max(...c.levels.map((l) => l.points)) : 0;
      if (typed !== null) {
        const problem = scoreProblem(typed, max, assignment.allowExtraCredit);
        if (problem) {
          errors[`points-${c.id}`] = [problem];
          continue;
        }
      }
      if (typed !== null || level) choices.push({ criterionId: c.id, levelId: level?.id ?? null, points: round2(typed ?? level!.points) });
    }
    points = rubricPoints(choices);
  } else {
    points = g.points;
    if (points !== null) {
      const problem = scoreProblem(points, assignment.pointsPossible, assignment.allowExtraCredit);
      if (problem) errors.points = [problem];
    }
  }
  if (points !== null && !errors.points && scoreProblem(points, assignment.pointsPossible, assignment.allowExtraCredit)) {
    errors.points = [`The total ${points} is more than the ${assignment.pointsPossible} points possible, and this assignment allows no extra credit.`];
  }
  if (g.overridePoints !== null) {
    const problem = scoreProblem(g.overridePoints, assignment.pointsPossible, assignment.allowExtraCredit);
    if (problem) errors.overridePoints = [problem];
    if (!g.overrideReason) errors.overrideReason = ['Say why the final score is set by hand.'];
  }
  if (Object.keys(errors).length) return failed('Please correct the fields marked below.', form, errors);

  const submission = findAssignmentSubmissionForViewer(viewer, assignment.id, student.id);
  const now = await requestNow();
  const baseUrl = await appUrl();
  const outcome = getDb().transaction((tx) => {
    const days = submission?.submittedAt
      ? daysLate(submission.submittedAt, { dueAt: assignment.dueAt, closesAt: assignment.closesAt, extensionDueAt: findExtensionDueAt(assignment.id, student.id, tx) })
      : 0;
    const penalty = latePenaltyPercent(days, assignment);
    const write = {
      points,
      latePenaltyPercent: penalty,
      overridePoints: g.overridePoints,
      overrideReason: g.overridePoints !== null ? g.overrideReason : null,
      finalPoints: finalPoints({ points, latePenaltyPercent: penalty, overridePoints: g.overridePoints }),
      feedback: g.feedback,
      criteria: choices,
    };
    const result = writeGrade(tx, viewer, { assignmentId: assignment.id, studentId: student.id, sectionId: assignment.sectionId, submissionId: submission?.id ?? null }, g.version, write, now);
    const released = result.status !== 'conflict' && g.intent === 'release' ? releaseGrades(tx, viewer, assignment, [student.id], now, baseUrl) : 0;
    return { result, released };
  });
  if (outcome.result.status === 'conflict') {
    return failed('This grade was saved by someone else (or in another tab) since you opened it. Reload to see it; what you typed is still here.', form);
  }
  revalidatePath(`/staff/assignments/${assignment.id}/grade/${student.id}`);
  revalidatePath(`/staff/sections/${assignment.sectionId}/gradebook`);
  revalidatePath('/grades');
  if (g.intent === 'next') {
    const next = graderPosition(assignment, student, g.filter).next;
    if (next) redirect(`/staff/assignments/${assignment.id}/grade/${next}${g.filter !== 'all' ? `?filter=${g.filter}` : ''}`);
  }
  const message =
    outcome.result.status === 'unchanged' && !outcome.released
      ? 'No change: this grade was already saved.'
      : outcome.released
        ? `Grade saved and released to ${student.name}.`
        : 'Grade saved as a draft (the student does not see it until it is released).';
  return { status: 'ok', message, values: formValues(form) };
}

/** Releases every scored draft of the assignment at once. */
export async function releaseAllGrades(assignmentId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('instructor');
  const id = idParam.safeParse(assignmentId);
  const assignment = id.success ? findAssignmentToGrade(viewer, id.data) : null;
  if (!assignment) notFound();
  const now = await requestNow();
  const baseUrl = await appUrl();
  const n = getDb().transaction((tx) => releaseGrades(tx, viewer, assignment, null, now, baseUrl));
  revalidatePath(`/staff/sections/${assignment.sectionId}/gradebook`);
  revalidatePath(`/staff/assignments/${assignment.id}/grade`, 'layout');
  revalidatePath('/grades');
  return { status: 'ok', message: n === 0 ? 'No draft grades to release.' : `Released ${n} ${n === 1 ? 'grade' : 'grades'}.` };
}

// ---------------------------------------------------------------------------------------------
// Roster import

export type RosterPreviewRow = Pick<RosterPlanRow, 'line' | 'name' | 'email' | 'studentNumber' | 'action' | 'reason'>;
export type RosterPreviewState = ActionState & { rows?: RosterPreviewRow[]; counts?: Record<RosterAction, number> };

const ROSTER_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** Reads the CSV and says what each row would do; writes nothing. */
export async function previewRoster(sectionId: number, _prev: RosterPreviewState, form: FormData): Promise<RosterPreviewState> {
  const viewer = await requireRole('instructor');
  const id = idParam.safeParse(sectionId);
  const section = id.success ? findSectionToGrade(viewer, id.data) : null;
  if (!section) notFound();
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { status: 'error', message: 'Choose a CSV file.', fieldErrors: { file: ['Choose a CSV file.'] } };
  if (file.size > ROSTER_FILE_MAX_BYTES) return { status: 'error', message: 'The file is larger than 2 MB.', fieldErrors: { file: ['At most 2 MB.'] } };
  const parsed = parseRosterCsv(await file.text());
  if ('error' in parsed) return { status: 'error', message: parsed.error, fieldErrors: { file: [parsed.error] } };
  const db = getDb();
  const plan = planRoster(
    parsed.rows,
    findRosterAccounts(db, section.id, parsed.rows.map((r) => r.email)),
    findStudentNumberOwners(db, parsed.rows.flatMap((r) => (r.studentNumber ? [r.studentNumber] : []))),
  );
  return { status: 'ok', message: `${plan.length} rows read.`, rows: plan.map(({ userId: _u, ...r }) => r), counts: rosterCounts(plan) };
}

export type RosterBatchResult = { status: 'ok'; counts: Record<RosterAction, number> } | { status: 'error'; message: string };

/**
 * Imports one batch of previewed rows. Each row is planned again against the database inside
 * the transaction, so a batch sent twice, or a file imported again, changes nothing the second
 * time. New accounts get a set-password link in the outbox.
 */
export async function importRosterBatch(sectionId: number, rows: unknown): Promise<RosterBatchResult> {
  const viewer = await requireRole('instructor');
  const id = idParam.safeParse(sectionId);
  const section = id.success ? findSectionToGrade(viewer, id.data) : null;
  if (!section) notFound();
  const parsed = rosterBatchSchema.safeParse(rows);
  if (!parsed.success) return { status: 'error', message: 'These rows could not be read; preview the file again.' };
  const input = parsed.data.map((r) => ({ ...r, name: r.name.trim(), email: r.email.trim().toLowerCase(), studentNumber: r.studentNumber?.trim() || null }));
  const base = await appUrl();
  const now = await requestNow();
  const counts = getDb().transaction((tx) => {
    const plan = planRoster(
      input,
      findRosterAccounts(tx, section.id, input.map((r) => r.email)),
      findStudentNumberOwners(tx, input.flatMap((r) => (r.studentNumber ? [r.studentNumber] : []))),
    );
    insertEnrolledStudents(
      section.id,
      plan.filter((r) => r.action === 'create'),
      {
        createdById: viewer.id,
        now,
        mail: (row, token) => ({
          subject: "Your Horse's Mouth account",
          body: `Hello ${row.name},\n\nYou have been added to ${sectionLabel(section)} on Horse's Mouth, the career centre's information-interview planner.\nSet your password here (the link works once, for 7 days):\n\n${base}/set-password/${token}\n`,
        }),
      },
    );
    for (const row of plan) {
      if (row.action === 'update' && row.userId) {
        upsertMembership(tx, section.id, row.userId, 'student');
        if (row.studentNumber) fillStudentNumber(tx, row.userId, row.studentNumber);
      }
    }
    const counts = rosterCounts(plan);
    if (counts.create || counts.update) {
      logAudit({ actorId: viewer.id, action: 'ROSTER_IMPORTED', subjectType: 'section', subjectId: section.id, details: { ...counts, lines: [input[0].line, input[input.length - 1].line] } }, tx);
    }
    return counts;
  });
  revalidatePath(`/staff/sections/${section.id}`);
  return { status: 'ok', counts };
}
