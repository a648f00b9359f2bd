/**
 * Warn (never block) when an outreach script or thank-you asks for a job, offers a resume
 * or asks about openings. The method's rule: "You are not looking for a job. You are simply
 * looking for information." Saying so ("I'm not looking for a job") is encouraged, so
 * negated statements are not flagged.
 *
 * Decisions where the wording is ambiguous:
 *  - Only requests aimed at the contact are flagged. Research questions about how hiring
 *    works in general, such as the seed's "How are openings in this field generally filled?"
 *    or "…experience to get a job in this field?", are not asks and are not flagged.
 *  - "resume" without an accent is also an ordinary verb ("resume our call"), so it is
 *    flagged only as a noun: after my/a/the/your/… or before "attached"/"and cover letter".
 *    Any accented spelling (résumé, resumé) is always the noun.
 *  - "CV" is matched as a whole word only, so "CVS" (the pharmacy) and "CVs" are not.
 *  - A match is negated by not/never/no/without/…n't within the six words before it in the
 *    same clause (clauses end at . ! ? ; : , — – or the words but/however/though).
 */

export type JobAskReason = 'job' | 'resume' | 'openings';
export type JobAskMatch = { phrase: string; reason: JobAskReason };
export type JobAskResult = { flagged: boolean; matches: JobAskMatch[] };

type Rule = { reason: JobAskReason; re: RegExp };

// "work experience" and "role model" are things a student may rightly look for.
const JOBWORD =
  '(?:job|jobs|position|positions|role(?!\\s+models?)|roles|employment|work(?!\\s+(?:experience|environment|setting|life|ethic)))';
const OPENINGWORD =
  '(?:opening|openings|vacancy|vacancies|position|positions|internship|internships|job|jobs|spot|spots|placement|placements)';
const DET = '(?:a|an|any|the|some|one|your|that)';

// Patterns run on folded text: lower case, accents removed, curly apostrophes made straight.
const RULES: Rule[] = [
  // "looking for a job", "asking you for work", "searching for employment"
  {
    reason: 'job',
    re: new RegExp(
      `\\b(?:looking|asking(?: you)?|searching|hoping|applying|ask(?: you)?|apply)\\s+for\\s+(?:${DET}\\s+)?(?:(?:full|part)[- ]time\\s+|summer\\s+|paid\\s+)?${JOBWORD}\\b`,
      'g',
    ),
  },
  // "give me a job", "offer me an internship", "find me a position"
  {
    reason: 'job',
    re: /\b(?:give|offer|find|get)\s+me\s+(?:a|an|any|some)\s+(?:job|position|role|work|placement)\b/g,
  },
  { reason: 'openings', re: /\b(?:give|offer|find|get)\s+me\s+(?:a|an|any|some)\s+internship\b/g },
  // "hire me", "employ me", "take me on", "put in a good word"
  { reason: 'job', re: /\b(?:hire|employ|recruit)\s+me\b|\btake\s+me\s+on\b|\bput\s+in\s+a\s+good\s+word\b/g },
  // "I want a job at VCC", "I'd like a summer position", "I need an internship with you"
  // (the wanting is the student's: "I"/"we" just before, so "what do you like about your job?"
  // and "do I need a degree to get a job?" are not asks).
  {
    reason: 'job',
    re: new RegExp(
      `\\b(?:i|i'm|im|we|we're)\\s+(?:(?:really|still|also|just|would|'d|am|do|so|truly)\\s+){0,2}(?:want|need|like|love|seek|hope\\s+for|hoping\\s+for|looking\\s+to\\s+(?:get|find|land)|(?:hope|hoping|trying)\\s+to\\s+(?:get|find|land)|want\\s+to\\s+(?:get|find|land|have))\\s+` +
        `(?:${DET}\\s+)(?:(?:full|part)[- ]time\\s+|summer\\s+|paid\\s+|entry[- ]level\\s+)?(?:job|jobs|position|positions|internship|internships|placement|placements|apprenticeship|co-?op(?:\\s+placement)?|role)\\b(?!\\s+like\\b)`,
      'g',
    ),
  },
  // "work for you as an intern", "could I come and work with your team", "intern at your clinic"
  {
    reason: 'job',
    re: /\b(?:i|me)\s+(?:\S+\s+){0,3}?(?:work|intern|volunteer|start)\s+(?:for|with|at|under|in)\s+(?:you|your\s+[\w-]+(?:\s+[\w-]+)?)\s+as\s+(?:a|an|your)\s+[\w-]+/g,
  },
  {
    reason: 'job',
    re: /\b(?:i|me)\s+(?:\S+\s+){0,3}?(?:work|intern)\s+(?:for|under)\s+you\b/g,
  },
  { reason: 'openings', re: /\b(?:i|me)\s+(?:\S+\s+){0,3}?intern\s+(?:with|at|in)\s+your\b/g },
  // "do you need an intern?", "are you looking for a summer student?"
  {
    reason: 'openings',
    re: /\b(?:do|does|would|could|will)\s+(?:you|your\s+\w+)\s+(?:need|want|take|accept)\s+(?:a|an|any|some|more)\s+(?:intern|interns|assistant|assistants|summer\s+students?|co-?op\s+students?|volunteers?|apprentices?|help|staff)\b|\bare\s+you\s+looking\s+for\s+(?:a|an|any|some|more)?\s*(?:intern|interns|assistant|assistants|summer\s+students?|co-?op\s+students?|employees?|staff|apprentices?|help)\b/g,
  },
  // "I'd love to work for you", "keen to join your team" (but not "join you for coffee", nor
  // "what is it like to work for your company?")
  {
    reason: 'job',
    re: /\b(?<!\b(?:is|was|it's|it\s+is)\s+it\s+)(?<!\b(?:it's|it\s+is|what's)\s+)(?:love|like|want|hope|wish|keen|eager|glad|happy|chance|opportunity|opportunities|able)\s+to\s+(?:work\s+(?:for|with|at)\s+(?:you|your)|join\s+your\s+(?:team|company|firm|organi[sz]ation|office|practice|clinic|staff|department|business|lab|group))\b/g,
  },
  // "is there a job available", "a position open", "jobs going"
  {
    reason: 'job',
    re: /\b(?:a|an|any)\s+(?:job|jobs|position|positions|role|roles)\s+(?:available|open|going|free)\b/g,
  },
  // "do you have any openings", "does your team have a vacancy", "are there any positions"
  {
    reason: 'openings',
    re: new RegExp(
      `\\b(?:do|does|would|will|might|could)\\s+(?:you|your\\s+\\w+|the\\s+\\w+|they)\\s+have\\s+(?:${DET}\\s+)?${OPENINGWORD}\\b` +
        // The preposition only confirms the ask, so it is a lookahead and not part of the phrase.
        `|\\b(?:is|are)\\s+there\\s+(?:${DET}\\s+)?(?:${OPENINGWORD})(?:\\s+(?:available|open|going)\\b|(?=\\s+(?:at|with|on|for)\\b))`,
      'g',
    ),
  },
  // "any openings", "any vacancies", "any internships" (at your company or otherwise)
  {
    reason: 'openings',
    re: /\bany\s+(?:(?:job|summer|internship|paid|entry-level)\s+){0,2}(?:openings|opening|vacancies|vacancy|internships|internship|positions\s+(?:available|open))\b/g,
  },
  // "openings at your company", "vacancies on your team"
  {
    reason: 'openings',
    re: /\b(?:openings|opening|vacancies|vacancy|positions|internships)\s+(?:at|in|on|with)\s+(?:your|you)\b/g,
  },
  // "are you hiring", "is your firm hiring", "hiring right now"
  {
    reason: 'openings',
    re: /\b(?:are|is)\s+(?:you|your\s+\w+|the\s+\w+|anyone|anybody)\s+(?:currently\s+|still\s+|now\s+)?hiring\b|\bhiring\s+(?:right\s+)?now\b|\bare\s+you\s+taking\s+on\b/g,
  },
  { reason: 'openings', re: /\binternship\s+(?:offer|offers|opportunity|opportunities|position|positions)\b/g },
  { reason: 'job', re: /\bjob\s+(?:offer|application)\b/g },
  // Résumé / CV. Accented forms fold to "resume", so the noun test handles them (see below).
  { reason: 'resume', re: /\bcurriculum\s+vitae\b|\bc\.v\.(?=\s|$|[^a-z])|\bcv\b/g },
  {
    reason: 'resume',
    re: /\b(?:my|a|the|your|our|his|her|their|this|attached|updated|copy\s+of\s+(?:my|the))\s+resumes?\b|\bresumes?\s+(?:attached|and\s+cover\s+letter|is\s+attached|enclosed)\b/g,
  },
];

const NEGATION_RE = /(?:\bnot\b|\bnever\b|\bno\b|\bnor\b|\bwithout\b|\brather than\b|\binstead of\b|n't\b|\bcannot\b)/;
const CLAUSE_BREAK_RE = /[.!?;:,\u2014\u2013]|\s-\s|\b(?:but|however|though|although|yet)\b/g;

/**
 * Fold text for matching while remembering, for every folded character, which original
 * index it came from, so matches can be reported in the writer's own spelling.
 */
function fold(text: string): { folded: string; origin: number[]; accented: boolean[] } {
  let folded = '';
  const origin: number[] = [];
  const accented: boolean[] = [];
  let index = 0;
  for (const ch of text) {
    const decomposed = ch.normalize('NFD');
    const base = decomposed.replace(/\p{M}+/gu, '');
    const hadMark = base.length !== decomposed.length;
    let mapped = base.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
    // Odd whitespace (no-break space, tabs, line breaks) matches like a plain space.
    mapped = mapped.replace(/\s/g, ' ');
    for (const unit of mapped) {
      for (let k = 0; k < unit.length; k++) {
        origin.push(index);
        accented.push(hadMark);
      }
      folded += unit;
    }
    index += ch.length;
  }
  return { folded, origin, accented };
}

function isNegated(folded: string, start: number): boolean {
  const before = folded.slice(0, start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK_RE)) clauseStart = (m.index ?? 0) + m[0].length;
  const words = before.slice(clauseStart).trim().split(/\s+/).filter(Boolean).slice(-6);
  return NEGATION_RE.test(words.join(' '));
}

export function detectJobAsk(text: string): JobAskResult {
  const { folded, origin, accented } = fold(text);
  const candidates: Array<{ start: number; end: number; reason: JobAskReason }> = [];

  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of folded.matchAll(rule.re)) {
      const start = m.index ?? 0;
      candidates.push({ start, end: start + m[0].length, reason: rule.reason });
    }
  }
  // Any accented "resume" (résumé, resumé, résume) is the noun, whatever precedes it.
  for (const m of folded.matchAll(/\bresumes?\b/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (accented.slice(start, end).some(Boolean)) candidates.push({ start, end, reason: 'resume' });
  }

  // Keep the earliest, then longest, match; drop anything overlapping one already kept.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof candidates = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }

  const matches: JobAskMatch[] = kept
    .filter((c) => !isNegated(folded, c.start))
    .map((c) => {
      const from = origin[c.start] ?? 0;
      // End at the start of the next folded character so trailing combining marks stay.
      const to = c.end < origin.length ? (origin[c.end] ?? text.length) : text.length;
      return { phrase: text.slice(from, to), reason: c.reason };
    });

  return { flagged: matches.length > 0, matches };
}
