CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`name` text NOT NULL,
	`job_title` text,
	`organisation` text,
	`occupation_id` integer,
	`email` text,
	`phone` text,
	`notes` text,
	`how_found` text DEFAULT 'other' NOT NULL,
	`how_found_detail` text,
	`criteria` text DEFAULT '[]' NOT NULL,
	`referred_by_contact_id` integer,
	`referred_in_interview_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`occupation_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`referred_by_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`referred_in_interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `contacts_student_name_idx` ON `contacts` (`student_id`,`name`);--> statement-breakpoint
CREATE INDEX `contacts_occupation_idx` ON `contacts` (`occupation_id`);--> statement-breakpoint
CREATE INDEX `contacts_referred_by_idx` ON `contacts` (`referred_by_contact_id`);--> statement-breakpoint
CREATE INDEX `contacts_referred_in_idx` ON `contacts` (`referred_in_interview_id`);--> statement-breakpoint
CREATE TABLE `interview_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`question_id` integer,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	`must_ask` integer DEFAULT false NOT NULL,
	`notes` text,
	`interesting` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `interview_questions_interview_idx` ON `interview_questions` (`interview_id`,`position`);--> statement-breakpoint
CREATE INDEX `interview_questions_question_idx` ON `interview_questions` (`question_id`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	`occupation_id` integer,
	`calendar_uid` text NOT NULL,
	`calendar_sequence` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`starts_at` integer,
	`duration_minutes` integer DEFAULT 30 NOT NULL,
	`mode` text DEFAULT 'in-person' NOT NULL,
	`location` text,
	`checklist` text DEFAULT '{}' NOT NULL,
	`general_notes` text,
	`completed_at` integer,
	`thank_you_channel` text,
	`thank_you_sent_at` integer,
	`thank_you_text` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`occupation_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `interviews_calendar_uid_unique` ON `interviews` (`calendar_uid`);--> statement-breakpoint
CREATE INDEX `interviews_student_status_idx` ON `interviews` (`student_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE INDEX `interviews_contact_idx` ON `interviews` (`contact_id`);--> statement-breakpoint
CREATE INDEX `interviews_occupation_idx` ON `interviews` (`occupation_id`);--> statement-breakpoint
CREATE TABLE `occupation_unknowns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occupation_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`text` text NOT NULL,
	`question_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`occupation_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `occupation_unknowns_occupation_idx` ON `occupation_unknowns` (`occupation_id`);--> statement-breakpoint
CREATE INDEX `occupation_unknowns_student_idx` ON `occupation_unknowns` (`student_id`);--> statement-breakpoint
CREATE TABLE `occupations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`title` text NOT NULL,
	`why_interested` text,
	`research_notes` text,
	`sources` text,
	`status` text DEFAULT 'exploring' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `occupations_student_idx` ON `occupations` (`student_id`,`status`,`title`);--> statement-breakpoint
CREATE TABLE `outreach_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contact_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`attempted_at` integer NOT NULL,
	`channel` text NOT NULL,
	`outcome` text NOT NULL,
	`notes` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `outreach_contact_idx` ON `outreach_attempts` (`contact_id`,`attempted_at`);--> statement-breakpoint
CREATE INDEX `outreach_student_idx` ON `outreach_attempts` (`student_id`,`channel`,`outcome`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank` text NOT NULL,
	`category` text,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`owner_id` integer,
	`archived_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `questions_bank_owner_idx` ON `questions` (`bank`,`owner_id`,`position`);--> statement-breakpoint
CREATE TABLE `reflections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`interview_id` integer NOT NULL,
	`answers` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reflections_interview_unique` ON `reflections` (`interview_id`);--> statement-breakpoint
CREATE INDEX `reflections_student_idx` ON `reflections` (`student_id`);--> statement-breakpoint
CREATE TABLE `scripts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`contact_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `scripts_student_idx` ON `scripts` (`student_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `scripts_contact_idx` ON `scripts` (`contact_id`);