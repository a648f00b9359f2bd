-- Method progress on section_members (found_contact … reviewed), kept by triggers in the same
-- transaction as every write that can change it. What each flag means is said once, in the view
-- method_progress (the section overview's steps, lib/overview/vocabulary METHOD_STEPS); every
-- trigger copies the affected students' row of it back (never increments), so inserts, deletes,
-- cascades and edits all leave the flags exact. db/queries/overview.test.ts compares them with the
-- records after each kind of write.
CREATE VIEW `method_progress` AS
SELECT m.section_id, m.user_id,
  exists (select 1 from contacts c where c.student_id = m.user_id) AS found_contact,
  exists (select 1 from outreach_attempts o where o.student_id = m.user_id) AS reached_out,
  exists (select 1 from interviews i where i.student_id = m.user_id and i.status = 'completed') AS interviewed,
  exists (select 1 from interviews i where i.student_id = m.user_id and i.status = 'completed' and i.thank_you_sent_at is not null) AS thanked,
  -- Work submitted in this section, or a personal reflection with every default question answered.
  (exists (select 1 from submissions s where s.student_id = m.user_id and s.section_id = m.section_id and s.attempt > 0)
    or exists (select 1 from submissions s where s.student_id = m.user_id and s.assignment_id is null
      and (select count(distinct a.question_id) from submission_answers a join questions q on q.id = a.question_id
           where a.submission_id = s.id and q.bank = 'reflection' and q.is_default = 1 and trim(a.text) <> '')
        >= (select count(*) from questions q where q.bank = 'reflection' and q.is_default = 1 and q.archived_at is null))) AS reflected,
  exists (select 1 from submissions s where s.student_id = m.user_id and s.section_id = m.section_id and s.status = 'reviewed') AS reviewed
FROM section_members m;
--> statement-breakpoint
CREATE TRIGGER `method_progress_contact_inserted` AFTER INSERT ON `contacts`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_contact_updated` AFTER UPDATE OF student_id ON `contacts`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_contact_deleted` AFTER DELETE ON `contacts`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_outreach_inserted` AFTER INSERT ON `outreach_attempts`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_outreach_updated` AFTER UPDATE OF student_id ON `outreach_attempts`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_outreach_deleted` AFTER DELETE ON `outreach_attempts`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_interview_inserted` AFTER INSERT ON `interviews`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_interview_updated` AFTER UPDATE OF student_id, status, thank_you_sent_at ON `interviews`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_interview_deleted` AFTER DELETE ON `interviews`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_submission_inserted` AFTER INSERT ON `submissions`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_submission_updated` AFTER UPDATE OF student_id, section_id, assignment_id, status, attempt ON `submissions`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_submission_deleted` AFTER DELETE ON `submissions`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = OLD.student_id;
END;
--> statement-breakpoint
-- Answers matter only to personal reflections (assignment work counts once submitted).
CREATE TRIGGER `method_progress_answer_inserted` AFTER INSERT ON `submission_answers`
  WHEN (select assignment_id from submissions where id = NEW.submission_id) is null
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_answer_updated` AFTER UPDATE OF text, question_id, submission_id, student_id ON `submission_answers`
  WHEN (select assignment_id from submissions where id = NEW.submission_id) is null or (select assignment_id from submissions where id = OLD.submission_id) is null
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_answer_deleted` AFTER DELETE ON `submission_answers`
  WHEN (select assignment_id from submissions where id = OLD.submission_id) is null
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND user_id = OLD.student_id;
END;
--> statement-breakpoint
-- A change to the default reflection questions moves the bar a personal reflection must reach.
CREATE TRIGGER `method_progress_default_question_inserted` AFTER INSERT ON `questions`
  WHEN NEW.bank = 'reflection' and NEW.is_default = 1
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND 1;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_default_question_updated` AFTER UPDATE OF bank, is_default, archived_at ON `questions`
  WHEN (NEW.bank = 'reflection' and NEW.is_default = 1) or (OLD.bank = 'reflection' and OLD.is_default = 1)
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND 1;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_default_question_deleted` AFTER DELETE ON `questions`
  WHEN OLD.bank = 'reflection' and OLD.is_default = 1
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND 1;
END;
--> statement-breakpoint
-- A student joining a section (or a member becoming one) brings what they have already done.
CREATE TRIGGER `method_progress_member_added` AFTER INSERT ON `section_members`
  WHEN NEW.role = 'student'
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND section_id = NEW.section_id AND user_id = NEW.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `method_progress_member_role_changed` AFTER UPDATE OF role ON `section_members`
BEGIN
  UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND section_id = NEW.section_id AND user_id = NEW.user_id;
END;
--> statement-breakpoint
-- What the records already say.
UPDATE section_members SET (found_contact, reached_out, interviewed, thanked, reflected, reviewed) =
    (SELECT found_contact, reached_out, interviewed, thanked, reflected, reviewed FROM method_progress p
     WHERE p.section_id = section_members.section_id AND p.user_id = section_members.user_id)
  WHERE role = 'student' AND 1;
