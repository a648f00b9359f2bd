-- section_members.name: the member's name, copied from users by triggers in the same transaction
-- as the membership's insert and every rename, so a section's students are walked in name order
-- from section_members_section_name_idx (the grader's previous, next and "3 of 2,000").
-- db/queries/grading.test.ts compares it with users.name after each kind of write.
CREATE TRIGGER `member_name_member_added` AFTER INSERT ON `section_members`
BEGIN
  UPDATE section_members SET name = (SELECT u.name FROM users u WHERE u.id = NEW.user_id)
  WHERE section_id = NEW.section_id AND user_id = NEW.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `member_name_user_renamed` AFTER UPDATE OF name ON `users`
BEGIN
  UPDATE section_members SET name = NEW.name WHERE user_id = NEW.id;
END;
--> statement-breakpoint
-- What the accounts already say.
UPDATE section_members SET name = (SELECT u.name FROM users u WHERE u.id = section_members.user_id);
