import { DEMO_EMAIL, STUDENTS } from './fixtures';
import { completedInterview, idOf, makeInvite, newPerson, reflectionAssignment, submittedWork, WORDY, WORDY_STUDENT } from './data';

// Every page of the app, once per kind of visitor and state worth seeing, for the checks that
// hold across all of them (e2e/pages.spec.ts: readable controls, no stray class values, nothing
// scrolling sideways on a phone, the JavaScript budget). A new page gets a line here.

export type Visitor =
  /** Signed out. */
  | 'anonymous'
  /** student@demo.test: the seeded student mid-way through the method. */
  | 'student'
  /** The seeded student with the very long name (read-only here; e2e/journey.spec.ts gives them work). */
  | 'long-named'
  /** A seeded student given long-winded records by e2e/data.ts (seedWordyStudent). */
  | 'wordy'
  | 'counsellor'
  | 'instructor'
  | 'admin';

export const VISITOR_EMAIL: Record<Exclude<Visitor, 'anonymous'>, string> = {
  ...DEMO_EMAIL,
  'long-named': STUDENTS[38].email,
  wordy: WORDY_STUDENT.email,
};

export type AppPage = {
  /** Says what is shown, for the test's title. */
  name: string;
  as: Visitor;
  /** The path, or a function that finds it (an id from the database, a fresh token). */
  path: string | (() => string);
  /** The HTTP status the page answers with, when not 200. */
  status?: number;
  /**
   * Why the page may be taller than five phone screens. Each is a page still to shorten: remove
   * the reason when it is.
   */
  tall?: string;
  /**
   * A page over the 10 kB JavaScript budget: the reason and the ceiling it is held to meanwhile
   * (so it cannot grow unnoticed). Each is a page still to slim: remove it when it is.
   */
  heavy?: { why: string; kB: number };
};

const demoStudent = DEMO_EMAIL.student;
const own = (table: string, where: string, email: string, ...params: unknown[]) => () =>
  idOf(`select t.id from ${table} t join users u on u.id = t.student_id where u.email = ? and ${where} order by t.id`, email, ...params);
const occupation = (email: string, title: string) => own('occupations', 't.title = ?', email, title);
const contact = (email: string, name: string) => own('contacts', 't.name = ?', email, name);
const interview = (email: string, contactName: string, status: string) =>
  own('interviews', 't.status = ? and t.contact_id = (select id from contacts c where c.student_id = u.id and c.name = ?)', email, status, contactName);
const section = (code: string) => () => idOf("select id from sections where course_code = 'CAPS 1100' and section_code = ?", code);
const user = (email: string) => () => idOf('select id from users where email = ?', email);
const at = (build: (id: number) => string, find: () => number) => () => build(find());

/**
 * A published, graded reflection assignment in S10 (where the demo student is) with one student's
 * submitted work about their interview: made once per worker, the first time a page needs it.
 */
let reviewed: { assignment: number; student: number; submission: number } | undefined;
function assignmentWithWork() {
  if (!reviewed) {
    const assignment = reflectionAssignment({ title: `Every page: reflection ${Math.random().toString(36).slice(2, 7)}`, pointsPossible: 10 });
    const person = newPerson({ name: `Zz Every Page ${Math.random().toString(36).slice(2, 7)}` });
    const submission = submittedWork(person.id, assignment, { interviewId: completedInterview(person.id).id });
    reviewed = { assignment, student: person.id, submission };
  }
  return reviewed;
}

const dental = occupation(demoStudent, 'Dental technician');
const dana = contact(demoStudent, 'Dana Li');
const nurse = occupation(WORDY_STUDENT.email, WORDY.occupation);
const maria = contact(WORDY_STUDENT.email, WORDY.contact);

export const APP_PAGES: AppPage[] = [
  // Signing in
  { name: 'sign in', as: 'anonymous', path: '/sign-in' },
  { name: 'sign in after setting a password', as: 'anonymous', path: '/sign-in?password=set&email=student%40demo.test' },
  { name: 'set a password', as: 'anonymous', path: () => `/set-password/${makeInvite().token}` },
  { name: 'a used set-password link', as: 'anonymous', path: '/set-password/no-such-token' },

  // The student
  { name: 'home', as: 'student', path: '/home' },
  { name: 'home, first time', as: 'long-named', path: '/home' },
  { name: 'home', as: 'wordy', path: '/home' },
  { name: 'occupations', as: 'student', path: '/occupations' },
  { name: 'occupations, filtered', as: 'student', path: '/occupations?status=considering' },
  { name: 'occupations', as: 'wordy', path: '/occupations' },
  { name: 'add an occupation', as: 'student', path: '/occupations/new' },
  { name: 'an occupation', as: 'student', path: at((id) => `/occupations/${id}`, dental) },
  { name: 'an occupation', as: 'wordy', path: at((id) => `/occupations/${id}`, nurse) },
  { name: 'edit an occupation', as: 'student', path: at((id) => `/occupations/${id}/edit`, dental) },
  { name: 'compare, nothing chosen', as: 'student', path: '/occupations/compare' },
  { name: 'compare one occupation', as: 'student', path: at((id) => `/occupations/compare?a=${id}`, dental) },
  { name: 'compare one occupation', as: 'wordy', path: at((id) => `/occupations/compare?a=${id}`, nurse) },
  {
    name: 'compare two occupations',
    as: 'wordy',
    path: () => `/occupations/compare?a=${nurse()}&b=${occupation(WORDY_STUDENT.email, WORDY.otherOccupation)()}`,
  },
  { name: 'contacts', as: 'student', path: '/contacts' },
  { name: 'contacts', as: 'wordy', path: '/contacts' },
  { name: 'contacts, searched', as: 'student', path: '/contacts?q=zzz' },
  { name: 'add a contact', as: 'student', path: '/contacts/new' },
  { name: 'a contact', as: 'student', path: at((id) => `/contacts/${id}`, dana) },
  { name: 'a contact', as: 'wordy', path: at((id) => `/contacts/${id}`, maria) },
  { name: 'edit a contact', as: 'student', path: at((id) => `/contacts/${id}/edit`, dana) },
  { name: 'script builder', as: 'student', path: at((id) => `/contacts/${id}/script`, dana) },
  { name: 'script builder', as: 'wordy', path: at((id) => `/contacts/${id}/script`, maria) },
  { name: 'call view', as: 'student', path: at((id) => `/contacts/${id}/call`, dana) },
  { name: 'call view', as: 'wordy', path: at((id) => `/contacts/${id}/call`, maria) },
  { name: 'interviews', as: 'student', path: '/interviews' },
  { name: 'interviews', as: 'wordy', path: '/interviews' },
  { name: 'interviews, filtered', as: 'student', path: '/interviews?status=completed' },
  { name: 'plan an interview: choose', as: 'student', path: '/interviews/new' },
  { name: 'plan an interview: schedule', as: 'student', path: at((id) => `/interviews/new?contact=${id}`, contact(demoStudent, 'Uncle Ray')) },
  {
    name: 'an interview before it happens',
    as: 'student',
    path: at((id) => `/interviews/${id}`, interview(demoStudent, 'Uncle Ray', 'scheduled')),
  },
  {
    name: 'a completed interview',
    as: 'student',
    path: at((id) => `/interviews/${id}`, interview(demoStudent, 'Dana Li', 'completed')),
  },
  {
    name: 'a completed interview',
    as: 'wordy',
    path: at((id) => `/interviews/${id}`, interview(WORDY_STUDENT.email, WORDY.contact, 'completed')),
  },
  { name: 'interview sheet', as: 'student', path: at((id) => `/interviews/${id}/print`, interview(demoStudent, 'Dana Li', 'completed')) },
  { name: 'referral network', as: 'student', path: '/network' },
  { name: 'referral network', as: 'wordy', path: '/network' },
  { name: 'my records', as: 'student', path: '/records' },
  { name: 'my portfolio', as: 'student', path: '/records/portfolio', tall: 'a whole record meant for printing' },
  { name: 'my portfolio', as: 'wordy', path: '/records/portfolio', tall: 'a whole record meant for printing' },
  { name: 'the method', as: 'student', path: '/method', tall: 'the guide, read once from top to bottom' },
  { name: 'another student’s contact', as: 'student', path: at((id) => `/contacts/${id}`, maria), status: 404 },
  { name: 'assignments', as: 'student', path: '/assignments' },
  { name: 'an assignment to answer', as: 'student', path: () => `/assignments/${assignmentWithWork().assignment}` },
  { name: 'grades, none released', as: 'student', path: '/grades' },

  // Staff
  { name: 'my sections', as: 'counsellor', path: '/staff' },
  { name: 'my sections', as: 'instructor', path: '/staff' },
  { name: 'a section', as: 'counsellor', path: at((id) => `/staff/sections/${id}`, section('S10')) },
  { name: 'a section’s overview', as: 'counsellor', path: at((id) => `/staff/sections/${id}/overview`, section('S10')) },
  { name: 'a section’s overview, sorted', as: 'instructor', path: at((id) => `/staff/sections/${id}/overview?sort=overdue`, section('S10')) },
  { name: 'review queue', as: 'counsellor', path: '/staff/review' },
  { name: 'a submission to review', as: 'counsellor', path: () => `/staff/review/${assignmentWithWork().submission}` },
  { name: 'a student’s record', as: 'counsellor', path: () => `/staff/students/${assignmentWithWork().student}` },
  { name: 'question bank', as: 'counsellor', path: '/staff/questions' },
  { name: 'a section’s assignments', as: 'counsellor', path: at((id) => `/staff/sections/${id}/assignments`, section('S10')) },
  { name: 'set an assignment', as: 'counsellor', path: at((id) => `/staff/sections/${id}/assignments/new`, section('S10')) },
  { name: 'an assignment', as: 'counsellor', path: () => `/staff/assignments/${assignmentWithWork().assignment}` },
  { name: 'grading settings', as: 'instructor', path: () => `/staff/assignments/${assignmentWithWork().assignment}/grading` },
  { name: 'the grader', as: 'instructor', path: () => `/staff/assignments/${assignmentWithWork().assignment}/grade/${assignmentWithWork().student}` },
  { name: 'rubrics', as: 'instructor', path: '/staff/rubrics' },
  { name: 'build a rubric', as: 'instructor', path: '/staff/rubrics/new' },
  { name: 'gradebook', as: 'instructor', path: at((id) => `/staff/sections/${id}/gradebook`, section('S10')), tall: 'a page of 25 students, and a chart per assignment (other tests add students to S10)' },
  {
    name: 'gradebook, released only',
    as: 'counsellor',
    path: at((id) => `/staff/sections/${id}/gradebook`, section('S10')),
    tall: 'a page of 25 students, and a chart per assignment (other tests add students to S10)',
  },
  { name: 'grade audit', as: 'instructor', path: at((id) => `/staff/sections/${id}/grades/audit`, section('S10')) },
  { name: 'import a roster', as: 'instructor', path: at((id) => `/staff/sections/${id}/roster`, section('S10')) },
  { name: 'notifications', as: 'counsellor', path: '/notifications' },
  { name: 'notifications', as: 'student', path: '/notifications' },

  // Admin
  { name: 'overview', as: 'admin', path: '/admin' },
  { name: 'users', as: 'admin', path: '/admin/users' },
  { name: 'users, filtered', as: 'admin', path: '/admin/users?role=student&q=maria' },
  { name: 'create an account', as: 'admin', path: '/admin/users/new' },
  { name: 'an account', as: 'admin', path: at((id) => `/admin/users/${id}`, user(STUDENTS[38].email)) },
  { name: 'sections', as: 'admin', path: '/admin/sections' },
  { name: 'create a section', as: 'admin', path: '/admin/sections/new' },
  { name: 'a section', as: 'admin', path: at((id) => `/admin/sections/${id}`, section('S10')), tall: 'every member of the section on one page (other tests add students to S10)' },
  { name: 'outbox', as: 'admin', path: '/admin/outbox' },
  { name: 'settings', as: 'admin', path: '/admin/settings' },

  // Everyone's account
  { name: 'account', as: 'student', path: '/account' },
  { name: 'account', as: 'long-named', path: '/account' },
  { name: 'account', as: 'counsellor', path: '/account' },
  { name: 'account', as: 'admin', path: '/account' },
];

export function resolvePath(p: AppPage): string {
  return typeof p.path === 'string' ? p.path : p.path();
}
