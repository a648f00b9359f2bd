ALTER TABLE `sections` ADD `awaiting_review_submitted` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sections` ADD `awaiting_review_resubmitted` integer DEFAULT 0 NOT NULL;