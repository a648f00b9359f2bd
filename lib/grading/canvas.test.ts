import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { canvasColumnTitle, canvasGradebookCsv, canvasReservedWord, canvasScore } from './canvas';

describe('the Canvas gradebook CSV', () => {
  const assignments = [
    { id: 7, title: 'Reflection one', pointsPossible: 10 },
    { id: 9, title: '=HYPERLINK("x")', pointsPossible: 12.5 },
  ];
  const csv = canvasGradebookCsv(assignments, [
    { name: 'Zoë Ngata', studentNumber: '100123', email: 'zoe@example.edu', section: 'CAPS 1100 S10', scores: { 7: 8.333333, 9: 12.5 } },
    { name: '=cmd|"/c calc"!A1', studentNumber: null, email: '+evil@example.edu', section: 'CAPS 1100 S10', scores: { 7: null } },
    { name: '@SUM(1)', studentNumber: '-5', email: 'a@b.c', section: '\tTab', scores: {} },
  ]);
  const rows = parse(csv, { bom: true }) as string[][];

  it('starts with a UTF-8 byte-order mark and uses CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
  });

  it('has the fixed columns, then Title (id) per assignment, then a Points Possible row', () => {
    expect(rows[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Reflection one (7)', `'=HYPERLINK("x") (9)`]);
    expect(rows[1]).toEqual(['Points Possible', '', '', '', '', '10', '12.5']);
  });

  it('writes scores with at most two decimals and blanks for no score', () => {
    expect(rows[2]).toEqual(['Zoë Ngata', '', '100123', 'zoe@example.edu', 'CAPS 1100 S10', '8.33', '12.5']);
    expect(rows[3].slice(5)).toEqual(['', '']);
    expect(canvasScore(3.14159)).toBe('3.14');
    expect(canvasScore(10)).toBe('10');
    expect(canvasScore(null)).toBe('');
  });

  it('neutralises every text cell starting with = + - @ tab or CR', () => {
    expect(rows[3][0]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[3][3]).toBe(`'+evil@example.edu`);
    expect(rows[4][0]).toBe(`'@SUM(1)`);
    expect(rows[4][2]).toBe(`'-5`);
    expect(rows[4][4]).toBe(`'\tTab`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('flags titles Canvas would drop (Current, Final, Override, Score, Points, Grade), any case', () => {
    expect(canvasReservedWord('Final reflection')).toBe('Final');
    expect(canvasReservedWord('Bonus points')).toBe('Points');
    expect(canvasReservedWord('GRADED interview')).toBe('Grade');
    expect(canvasReservedWord('Current events')).toBe('Current');
    expect(canvasReservedWord('Override')).toBe('Override');
    expect(canvasReservedWord('Top score')).toBe('Score');
    expect(canvasReservedWord('Reflection one')).toBeNull();
    expect(canvasColumnTitle({ id: 3, title: '  Two   spaces ' })).toBe('Two spaces (3)');
  });
});
