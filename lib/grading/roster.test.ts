import { describe, expect, it } from 'vitest';
import { parseRosterCsv, planRoster, rosterCounts, rosterRowProblem, type ExistingAccount, type RosterRow } from './roster';

const rowsOf = (text: string): RosterRow[] => {
  const r = parseRosterCsv(text);
  if ('error' in r) throw new Error(r.error);
  return r.rows;
};

describe('reading the file', () => {
  it('reads name, e-mail and student number under common header names, with a BOM and quotes', () => {
    const rows = rowsOf('\uFEFFName,E-mail,Student number\r\n"Ngata, Aroha",AROHA@Example.edu,100123\r\nLee Kim,lee@example.edu,\r\n\r\n');
    expect(rows).toEqual([
      { line: 2, name: 'Ngata, Aroha', email: 'aroha@example.edu', studentNumber: '100123' },
      { line: 3, name: 'Lee Kim', email: 'lee@example.edu', studentNumber: null },
    ]);
    expect(rowsOf('email,name\nx@y.z,X')[0]).toMatchObject({ name: 'X', email: 'x@y.z' });
  });

  it('refuses a file without the columns, an empty file and text that is not CSV', () => {
    expect(parseRosterCsv('first,last\na,b')).toEqual({ error: expect.stringContaining('name, e-mail') });
    expect(parseRosterCsv('')).toEqual({ error: 'The file is empty.' });
    expect(parseRosterCsv('name,email\n"unclosed,x@y.z')).toEqual({ error: expect.stringContaining('not CSV') });
  });
});

describe('row validation', () => {
  it('names what is wrong', () => {
    expect(rosterRowProblem({ name: 'A', email: 'not-an-email', studentNumber: null })).toMatch(/Bad e-mail/);
    expect(rosterRowProblem({ name: ' ', email: 'a@b.co', studentNumber: null })).toBe('No name.');
    expect(rosterRowProblem({ name: 'A', email: '', studentNumber: null })).toBe('No e-mail.');
    expect(rosterRowProblem({ name: 'A', email: 'a@b.co', studentNumber: '12 34' })).toMatch(/Bad student number/);
    expect(rosterRowProblem({ name: 'A', email: 'a@b.co', studentNumber: 'A00-123' })).toBeNull();
  });
});

describe('the plan', () => {
  const rows = rowsOf(
    ['name,email,student number', 'New One,new@x.edu,1', 'Bad,bad-email,2', 'New One Again,new@x.edu,3', 'Enrolled,in@x.edu,4', 'Elsewhere,out@x.edu,', 'Staff,staff@x.edu,', 'Taken,taken@x.edu,999', 'Same Number,same@x.edu,1'].join('\n'),
  );
  const accounts = new Map<string, ExistingAccount>([
    ['in@x.edu', { id: 1, email: 'in@x.edu', role: 'student', studentNumber: '4', enrolled: true }],
    ['out@x.edu', { id: 2, email: 'out@x.edu', role: 'student', studentNumber: null, enrolled: false }],
    ['staff@x.edu', { id: 3, email: 'staff@x.edu', role: 'counsellor', studentNumber: null, enrolled: false }],
  ]);
  const plan = planRoster(rows, accounts, new Map([['999', 'someone@x.edu']]));

  it('creates, enrols or skips each row with its reason', () => {
    expect(plan.map((p) => [p.line, p.action, p.reason])).toEqual([
      [2, 'create', expect.stringContaining('set-password link')],
      [3, 'skip', expect.stringContaining('Bad e-mail')],
      [4, 'skip', 'Duplicate of line 2 (same e-mail).'],
      [5, 'skip', 'Already enrolled.'],
      [6, 'update', expect.stringContaining('enrolled')],
      [7, 'skip', expect.stringContaining('counsellor')],
      [8, 'skip', expect.stringContaining('belongs to another account')],
      [9, 'skip', 'Duplicate of line 2 (same student number).'],
    ]);
    expect(rosterCounts(plan)).toEqual({ create: 1, update: 1, skip: 6 });
  });
});
