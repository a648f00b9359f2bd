-- sections.grades_version also rises when the section's students change (one joins or leaves, a
-- role changes, a name changes): the gradebook's order by total, kept in memory per section and
-- audience, ranks them by name within a total, and is used only while this version stands.
-- db/queries/grading.test.ts checks the order after each kind of change.
CREATE TRIGGER `grades_version_member_added` AFTER INSERT ON `section_members`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id = NEW.section_id;
END;
--> statement-breakpoint
CREATE TRIGGER `grades_version_member_removed` AFTER DELETE ON `section_members`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id = OLD.section_id;
END;
--> statement-breakpoint
CREATE TRIGGER `grades_version_member_changed` AFTER UPDATE OF section_id, user_id, role, name ON `section_members`
BEGIN
  UPDATE sections SET grades_version = grades_version + 1 WHERE id IN (OLD.section_id, NEW.section_id);
END;
