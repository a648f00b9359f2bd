// Grading at size: a 40-student and a 2,000-student section, each with three graded assignments
// on a three-criterion rubric, a submission and a grade (most released) for every student. Added
// to a bench database once (kept databases get it on their next run), by raw prepared statements.
import Database from 'better-sqlite3';

export type GradingBenchIds = { instructorEmail: string; small: number; big: number; smallAssignment: number; bigAssignment: number; smallStudent: number; bigStudent: number };

const INSTRUCTOR = 'bench.instructor.grading@bench.test';

export function ensureGradingData(file: string, passwordHash: string, log: (s: string) => void): GradingBenchIds {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = OFF');
  try {
    const found = db.prepare("select id from sections where section_code = 'G2K'").get() as { id: number } | undefined;
    if (!found) {
      const now = Date.now();
      const DAY = 86_400_000;
      db.transaction(() => {
        const instructor = Number(db.prepare("insert into users (email, name, role, password_hash, created_at) values (?, 'Grading Instructor', 'instructor', ?, ?)").run(INSTRUCTOR, passwordHash, now).lastInsertRowid);
        const rubric = Number(db.prepare("insert into rubrics (owner_id, title, created_at) values (?, 'Reflection rubric', ?)").run(instructor, now).lastInsertRowid);
        const criteria: { id: number; levels: { id: number; points: number }[] }[] = [];
        ['Depth', 'Thanked in time', 'Clarity'].forEach((title, i) => {
          const cid = Number(db.prepare('insert into rubric_criteria (rubric_id, position, title, process_rule) values (?, ?, ?, ?)').run(rubric, i + 1, title, i === 1 ? 'thank-you-within-48h' : null).lastInsertRowid);
          const levels = [4, 2, 0].map((points, j) => ({ id: Number(db.prepare('insert into rubric_levels (criterion_id, position, label, points) values (?, ?, ?, ?)').run(cid, j + 1, ['Excellent', 'Developing', 'Missing'][j], points).lastInsertRowid), points }));
          criteria.push({ id: cid, levels });
        });
        const questions = db.prepare("select id, text from questions where bank = 'reflection' and is_default = 1 order by position limit 3").all() as { id: number; text: string }[];
        const students = (db.prepare("select id from users where role = 'student' order by id limit 2000").all() as { id: number }[]).map((r) => r.id);
        for (const [code, size] of [
          ['G40', 40],
          ['G2K', 2000],
        ] as const) {
          const section = Number(db.prepare("insert into sections (course_code, section_code, title, term, created_at) values ('CAPS 1100', ?, 'Career and Life Planning', 'Fall 2026', ?)").run(code, now).lastInsertRowid);
          db.prepare("insert into section_members (section_id, user_id, role, created_at) values (?, ?, 'instructor', ?)").run(section, instructor, now);
          const member = db.prepare("insert into section_members (section_id, user_id, role, created_at) values (?, ?, 'student', ?)");
          for (const sid of students.slice(0, size)) member.run(section, sid, now);
          for (let a = 1; a <= 3; a++) {
            const due = now - (10 - a) * DAY;
            const aid = Number(
              db
                .prepare("insert into assignments (section_id, created_by_id, title, status, due_at, points_possible, rubric_id, late_penalty_per_day, late_penalty_floor, published_at, created_at) values (?, ?, ?, 'published', ?, 12, ?, 10, 50, ?, ?)")
                .run(section, instructor, `Reflection ${a}`, due, rubric, now, now).lastInsertRowid,
            );
            const aq = db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)');
            questions.forEach((q, i) => aq.run(aid, q.id, i + 1));
            const sub = db.prepare("insert into submissions (student_id, assignment_id, section_id, status, version, attempt, first_submitted_at, submitted_at, late, updated_at) values (?, ?, ?, 'submitted', 2, 1, ?, ?, ?, ?)");
            const ver = db.prepare('insert into submission_versions (submission_id, student_id, number, answers, submitted_at, late) values (?, ?, 1, ?, ?, ?)');
            const grade = db.prepare(
              "insert into grades (assignment_id, student_id, section_id, submission_id, grader_id, status, points, late_penalty_percent, final_points, feedback, released_at, released_points, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, 'Thoughtful work; say more about why.', ?, ?, 1, ?, ?)",
            );
            const gc = db.prepare('insert into grade_criteria (grade_id, criterion_id, level_id, points) values (?, ?, ?, ?)');
            students.slice(0, size).forEach((sid, k) => {
              const at = due - DAY + (k % 7) * 3_600_000;
              const answers = JSON.stringify(questions.map((q) => ({ questionId: q.id, question: q.text, answer: 'I learned that the work varies a lot from day to day, and that I would like it.' })));
              const subId = Number(sub.run(sid, aid, section, at, at, 0, at).lastInsertRowid);
              ver.run(subId, sid, answers, at, 0);
              if (k % 10 === 9) return; // one in ten not graded yet
              const chosen = criteria.map((c, i) => c.levels[(k + i) % 3]);
              const points = chosen.reduce((s, l) => s + l.points, 0);
              const released = k % 5 !== 0;
              const gid = Number(grade.run(aid, sid, section, subId, instructor, released ? 'released' : 'draft', points, points, released ? now : null, released ? points : null, now, now).lastInsertRowid);
              chosen.forEach((l, i) => gc.run(gid, criteria[i].id, l.id, l.points));
            });
          }
        }
      })();
      db.exec('analyze');
      log('grading: sections G40 and G2K with graded assignments');
    }
    const id = (code: string) => (db.prepare('select id from sections where section_code = ?').get(code) as { id: number }).id;
    const firstAssignment = (section: number) => (db.prepare('select id from assignments where section_id = ? order by id limit 1').get(section) as { id: number }).id;
    const firstStudent = (section: number) => (db.prepare("select u.id from section_members m join users u on u.id = m.user_id where m.section_id = ? and m.role = 'student' order by u.name, u.id limit 1 offset 20").get(section) as { id: number }).id;
    const small = id('G40');
    const big = id('G2K');
    return { instructorEmail: INSTRUCTOR, small, big, smallAssignment: firstAssignment(small), bigAssignment: firstAssignment(big), smallStudent: firstStudent(small), bigStudent: firstStudent(big) };
  } finally {
    db.close();
  }
}

/**
 * The grade-save path as the action runs it after its checks: one transaction writing the grade,
 * its criteria and its audit row, alternating two scores so every write is a real change.
 * Timed in this process against the bench database (the server holds the same file in WAL).
 */
export async function benchGradeSave(file: string, ids: GradingBenchIds, runs = 200): Promise<{ p50: number; p95: number; perSecond: number }> {
  process.env.DATABASE_PATH = file;
  const { getDb, getSqlite } = await import('../db/client');
  const { findGrade, writeGrade, findOwnRubric } = await import('../db/queries/grading');
  const db = getDb();
  const instructor = getSqlite().prepare('select id, name, email, time_zone timeZone from users where email = ?').get(ids.instructorEmail) as { id: number; name: string; email: string; timeZone: string };
  const viewer = { ...instructor, role: 'instructor' as const };
  const rubricId = (getSqlite().prepare('select rubric_id r from assignments where id = ?').get(ids.bigAssignment) as { r: number }).r;
  const rubric = findOwnRubric(viewer, rubricId)!;
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    db.transaction((tx) => {
      const current = findGrade(ids.bigAssignment, ids.bigStudent, tx);
      const criteria = rubric.criteria.map((c) => ({ criterionId: c.id, levelId: c.levels[i % 2].id, points: c.levels[i % 2].points }));
      const points = criteria.reduce((s, c) => s + c.points, 0);
      writeGrade(tx, viewer, { assignmentId: ids.bigAssignment, studentId: ids.bigStudent, sectionId: ids.big, submissionId: null }, current?.version ?? 0, { points, latePenaltyPercent: 0, overridePoints: null, overrideReason: null, finalPoints: points, feedback: `Bench ${i % 2}`, criteria }, new Date());
    });
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(runs * 0.5)], p95: sorted[Math.floor(runs * 0.95)], perSecond: runs / ((performance.now() - start) / 1000) };
}
