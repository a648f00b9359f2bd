ALTER TABLE `section_members` ADD `found_contact` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `section_members` ADD `reached_out` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `section_members` ADD `interviewed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `section_members` ADD `thanked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `section_members` ADD `reflected` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `section_members` ADD `reviewed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `interviews_student_thank_you_idx` ON `interviews` (`student_id`,`status`,`thank_you_sent_at`,`completed_at`);