-- section_members.last_activity_at: the member's latest write to their own records, kept by
-- triggers in the same transaction as every write that can change it. What counts is said once,
-- in the view last_activity (the section overview's "last activity"); every trigger copies the
-- affected member's row of it back (never only raises it), so edits, deletes and cascades all
-- leave it exact. db/queries/overview.test.ts compares it with the records after each kind of write.
CREATE VIEW `last_activity` AS
SELECT u.id AS user_id,
  nullif(max(
    coalesce((select max(coalesce(updated_at, created_at)) from occupations where student_id = u.id), 0),
    coalesce((select max(coalesce(updated_at, created_at)) from contacts where student_id = u.id), 0),
    coalesce((select max(created_at) from outreach_attempts where student_id = u.id), 0),
    coalesce((select max(coalesce(updated_at, created_at)) from interviews where student_id = u.id), 0),
    coalesce((select max(coalesce(updated_at, created_at)) from submissions where student_id = u.id), 0)), 0) AS at
FROM users u;
--> statement-breakpoint
CREATE TRIGGER `last_activity_occupation_inserted` AFTER INSERT ON `occupations`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_occupation_updated` AFTER UPDATE OF student_id, created_at, updated_at ON `occupations`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_occupation_deleted` AFTER DELETE ON `occupations`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_contact_inserted` AFTER INSERT ON `contacts`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_contact_updated` AFTER UPDATE OF student_id, created_at, updated_at ON `contacts`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_contact_deleted` AFTER DELETE ON `contacts`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_outreach_inserted` AFTER INSERT ON `outreach_attempts`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_outreach_updated` AFTER UPDATE OF student_id, created_at ON `outreach_attempts`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_outreach_deleted` AFTER DELETE ON `outreach_attempts`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_interview_inserted` AFTER INSERT ON `interviews`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_interview_updated` AFTER UPDATE OF student_id, created_at, updated_at ON `interviews`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_interview_deleted` AFTER DELETE ON `interviews`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = OLD.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_submission_inserted` AFTER INSERT ON `submissions`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = NEW.student_id;
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_submission_updated` AFTER UPDATE OF student_id, created_at, updated_at ON `submissions`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id IN (OLD.student_id, NEW.student_id);
END;
--> statement-breakpoint
CREATE TRIGGER `last_activity_submission_deleted` AFTER DELETE ON `submissions`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE user_id = OLD.student_id;
END;
--> statement-breakpoint
-- Joining a section later brings the member's activity so far.
CREATE TRIGGER `last_activity_member_added` AFTER INSERT ON `section_members`
BEGIN
  UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id)
  WHERE section_id = NEW.section_id AND user_id = NEW.user_id;
END;
--> statement-breakpoint
-- What the records already say.
UPDATE section_members SET last_activity_at = (SELECT at FROM last_activity a WHERE a.user_id = section_members.user_id);
