-- sections.grades_version also rises, in each section a student belongs to, when their e-mail or
-- student number changes: the Canvas export's student rows (SIS Login ID, SIS User ID) are kept in
-- memory per section and used only while this version stands. Only a real change counts, so a
-- sign-on that writes the same address back leaves the kept export alone.
-- lib/grading/export.test.ts checks the export after each kind of change.
CREATE TRIGGER `grades_version_user_changed` AFTER UPDATE OF email, student_number ON `users`
WHEN OLD.email IS NOT NEW.email OR OLD.student_number IS NOT NEW.student_number
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id IN (SELECT section_id FROM section_members WHERE user_id = NEW.id);
END;
