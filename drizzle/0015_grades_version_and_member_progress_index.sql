DROP INDEX `section_members_section_role_idx`;--> statement-breakpoint
CREATE INDEX `section_members_section_role_idx` ON `section_members` (`section_id`,`role`,`user_id`,`found_contact`,`reached_out`,`interviewed`,`thanked`,`reflected`,`reviewed`);--> statement-breakpoint
ALTER TABLE `sections` ADD `grades_version` integer DEFAULT 0 NOT NULL;