ALTER TABLE `interviews` ADD `notes_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `thank_you_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `interviews` ADD `plan_version` integer DEFAULT 1 NOT NULL;