// The autosave path under load (issue 8, Numbers): 50 students each saving what they type every
// 2 s for a minute, through the same server action the browser's autosave calls, one save in
// flight per student as in the browser. Afterwards the database is asked whether every save
// acknowledged is there: each raises its record's version by one, and the last text sent is the
// one stored.
//
// The path measured is issue 8's own: interview notes (lib/interviews/actions.ts
// autosaveInterviewNotes). A reflection answer (REFLECTION) is the other target kept here; a
// Target names the action, the page it is posted to, its arguments, and the SQL that reads its
// version and text back.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type AutosaveOptions = {
  base: string;
  db: string;
  distDir: string;
  students: number;
  everyMs: number;
  forMs: number;
  signIn: (email: string) => Promise<string>;
  log: (s: string) => void;
  /** The server process's CPU time so far (ms), when it can be read: the cost of a save whatever else the machine is doing. */
  serverCpuMs?: () => number | null;
};

type Target = {
  name: string;
  /** The exported name and file of the server action, as the build's server-reference manifest lists it. */
  action: { exportedName: string; file: string };
  /** One record per student to type into, and where the browser posts from. */
  pick: (db: Database.Database, studentEmails: string[]) => Array<{ email: string; recordId: number; page: string; field: string; version: () => number; stored: () => string | null }>;
  args: (recordId: number, baseVersion: number, field: string, text: string) => unknown[];
};

const REFLECTION: Target = {
  name: 'reflection answer (autosaveInterviewReflection)',
  action: { exportedName: 'autosaveInterviewReflection', file: 'lib/reflections/actions.ts' },
  pick: (db, emails) => {
    const question = (db.prepare("select id from questions where bank = 'reflection' and is_default = 1 order by position limit 1").get() as { id: number }).id;
    const interview = db.prepare("select i.id from interviews i join users u on u.id = i.student_id where u.email = ? and i.status = 'completed' order by i.id limit 1");
    const version = db.prepare('select s.version from submissions s where s.interview_id = ? and s.assignment_id is null');
    const stored = db.prepare('select a.text from submission_answers a join submissions s on s.id = a.submission_id where s.interview_id = ? and s.assignment_id is null and a.question_id = ?');
    return emails.map((email) => {
      const id = (interview.get(email) as { id: number } | undefined)?.id;
      if (!id) throw new Error(`${email} has no completed interview`);
      return {
        email,
        recordId: id,
        page: `/interviews/${id}`,
        field: `answer-${question}`,
        version: () => (version.get(id) as { version: number } | undefined)?.version ?? 0,
        stored: () => (stored.get(id, question) as { text: string } | undefined)?.text ?? null,
      };
    });
  },
  args: (recordId, baseVersion, field, text) => [recordId, baseVersion, { [field]: text }],
};

/** Interview notes against a planned question (lib/interviews/actions.ts autosaveInterviewNotes): issue 8's own example. */
const NOTES: Target = {
  name: 'interview notes (autosaveInterviewNotes)',
  action: { exportedName: 'autosaveInterviewNotes', file: 'lib/interviews/actions.ts' },
  pick: (db, emails) => {
    const question = db.prepare(
      "select iq.id, iq.interview_id interviewId from interview_questions iq join interviews i on i.id = iq.interview_id join users u on u.id = i.student_id where u.email = ? and i.student_id = u.id and i.status = 'completed' order by i.id, iq.position limit 1",
    );
    const version = db.prepare('select notes_version v from interviews where id = ?');
    const stored = db.prepare('select notes from interview_questions where id = ?');
    return emails.map((email) => {
      const q = question.get(email) as { id: number; interviewId: number } | undefined;
      if (!q) throw new Error(`${email} has no completed interview with a planned question`);
      return {
        email,
        recordId: q.interviewId,
        page: `/interviews/${q.interviewId}`,
        field: `note-${q.id}`,
        version: () => (version.get(q.interviewId) as { v: number }).v,
        stored: () => (stored.get(q.id) as { notes: string | null } | undefined)?.notes ?? null,
      };
    });
  },
  args: (recordId, baseVersion, field, text) => [recordId, baseVersion, { [field]: text }],
};

/** The action's id in this build, from the manifest Next writes for server actions. */
function actionId(distDir: string, target: Target): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === target.action.exportedName && (!a.filename || a.filename.endsWith(target.action.file)));
  if (!found) throw new Error(`server action ${target.action.exportedName} is not in the build`);
  return found[0];
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

export type AutosaveResult = {
  target: string;
  students: number;
  sent: number;
  saved: number;
  refused: number;
  failed: number;
  p50: number;
  p95: number;
  max: number;
  kept: number;
  lost: string[];
  /** The server's CPU time per save sent, in ms (null where /proc is not there). */
  serverCpuMsPerSave: number | null;
};

export async function benchAutosave(o: AutosaveOptions, target: Target = NOTES): Promise<AutosaveResult> {
  const id = actionId(o.distDir, target);
  const emails = Array.from({ length: o.students }, (_, i) => `bench.student.${1001 + i}@bench.test`);
  const db = new Database(o.db, { readonly: true });
  try {
    const people = target.pick(db, emails);
    const before = new Map(people.map((p) => [p.email, p.version()]));
    const cookies = new Map<string, string>();
    for (let i = 0; i < people.length; i += 5) {
      await Promise.all(people.slice(i, i + 5).map(async (p) => cookies.set(p.email, await o.signIn(p.email))));
    }
    o.log(`autosave: ${people.length} students signed in; saving every ${o.everyMs / 1000} s for ${o.forMs / 1000} s`);

    const times: number[] = [];
    let sent = 0;
    let saved = 0;
    let refused = 0;
    let failed = 0;
    const acknowledged = new Map<string, { count: number; last: string | null }>();
    const cpuBefore = o.serverCpuMs?.() ?? null;
    const start = performance.now();
    await Promise.all(
      people.map(async (p, n) => {
        let version = before.get(p.email)!;
        let typed = `Student ${n + 1} thinking aloud.`;
        const mine = { count: 0, last: null as string | null };
        acknowledged.set(p.email, mine);
        // Spread the students over the first interval, as real typing would be.
        for (let tick = 0; ; tick++) {
          const due = start + (n / people.length) * o.everyMs + tick * o.everyMs;
          if (due - start >= o.forMs) break;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          typed += ` Another sentence, number ${tick + 1}, typed since the last save.`;
          sent++;
          const t = performance.now();
          try {
            const res = await fetch(`${o.base}${p.page}`, {
              method: 'POST',
              headers: {
                Cookie: cookies.get(p.email)!,
                'Next-Action': id,
                'Content-Type': 'text/plain;charset=UTF-8',
                Accept: 'text/x-component',
                Origin: o.base,
              },
              body: JSON.stringify(target.args(p.recordId, version, p.field, typed)),
            });
            const body = await res.text();
            times.push(performance.now() - t);
            const m = /"status":"(\w[\w-]*)"(?:,"version":(\d+))?/.exec(body);
            if (res.ok && m?.[1] === 'saved' && m[2]) {
              saved++;
              version = Number(m[2]);
              mine.count++;
              mine.last = typed;
            } else if (res.ok && m) refused++;
            else failed++;
          } catch {
            times.push(performance.now() - t);
            failed++;
          }
        }
      }),
    );

    const cpuAfter = o.serverCpuMs?.() ?? null;
    const serverCpuMsPerSave = cpuBefore !== null && cpuAfter !== null && sent > 0 ? (cpuAfter - cpuBefore) / sent : null;

    // Every save acknowledged is in the database: the version rose once per save, and the last text is stored.
    const lost: string[] = [];
    let kept = 0;
    for (const p of people) {
      const ack = acknowledged.get(p.email)!;
      const rose = p.version() - before.get(p.email)!;
      const text = p.stored();
      if (rose === ack.count && (ack.count === 0 || text === ack.last)) kept += ack.count;
      else lost.push(`${p.email}: ${ack.count} acknowledged, version rose ${rose}${text === ack.last ? '' : ', last text not stored'}`);
    }
    return { target: target.name, students: people.length, sent, saved, refused, failed, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times), kept, lost, serverCpuMsPerSave };
  } finally {
    db.close();
  }
}

/** What the crowd types into: notes by default, a reflection answer with `--reflection`. */
export const AUTOSAVE_TARGETS = { notes: NOTES, reflection: REFLECTION } as const;
