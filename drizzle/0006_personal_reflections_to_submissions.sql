-- Personal reflections (one JSON blob per interview) become submissions without an assignment,
-- with one submission_answers row per answered question, so that every written answer lives
-- in one model: shown on the interview, pre-filling an assignment about the same interview,
-- and exported. Nothing written is dropped: every non-blank answer to a known question moves.
INSERT INTO submissions (student_id, assignment_id, section_id, interview_id, status, version, attempt, created_at, updated_at)
SELECT r.student_id, NULL, NULL, r.interview_id, 'draft', 1, 0, r.created_at, coalesce(r.updated_at, r.created_at)
FROM reflections r
WHERE EXISTS (SELECT 1 FROM json_each(r.answers) j WHERE trim(j.value) <> '');
--> statement-breakpoint
INSERT INTO submission_answers (submission_id, student_id, question_id, text, updated_at)
SELECT s.id, r.student_id, CAST(j.key AS INTEGER), j.value, coalesce(r.updated_at, r.created_at)
FROM reflections r
JOIN submissions s ON s.assignment_id IS NULL AND s.student_id = r.student_id AND s.interview_id = r.interview_id
JOIN json_each(r.answers) j
WHERE trim(j.value) <> '' AND CAST(j.key AS INTEGER) IN (SELECT id FROM questions);
