-- sections.grades_version rises with every write to the section's grades, and with any change to
-- an assignment's points or section, in the same transaction: the gradebook's statistics are kept
-- against it (db/queries/grading.ts gradebookStats) and recomputed only when it has moved.
CREATE TRIGGER `grades_version_grade_inserted` AFTER INSERT ON `grades`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id = NEW.section_id;
END;
--> statement-breakpoint
CREATE TRIGGER `grades_version_grade_updated` AFTER UPDATE ON `grades`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id IN (OLD.section_id, NEW.section_id);
END;
--> statement-breakpoint
CREATE TRIGGER `grades_version_grade_deleted` AFTER DELETE ON `grades`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id = OLD.section_id;
END;
--> statement-breakpoint
CREATE TRIGGER `grades_version_assignment_changed` AFTER UPDATE OF points_possible, section_id ON `assignments`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id IN (OLD.section_id, NEW.section_id);
END;
--> statement-breakpoint
CREATE TRIGGER `grades_version_assignment_deleted` AFTER DELETE ON `assignments`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id = OLD.section_id;
END;
