ALTER TABLE `section_members` ADD `name` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `section_members_section_name_idx` ON `section_members` (`section_id`,`role`,`name`,`user_id`);