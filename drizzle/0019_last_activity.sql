DROP INDEX `section_members_section_role_idx`;--> statement-breakpoint
ALTER TABLE `section_members` ADD `last_activity_at` integer;--> statement-breakpoint
CREATE INDEX `section_members_section_role_idx` ON `section_members` (`section_id`,`role`,`user_id`,`found_contact`,`reached_out`,`interviewed`,`thanked`,`reflected`,`reviewed`,`last_activity_at`);