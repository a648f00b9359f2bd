CREATE TABLE `assignment_extensions` (
	`assignment_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`due_at` integer NOT NULL,
	`reason` text,
	`granted_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`assignment_id`, `student_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`granted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assignment_extensions_student_idx` ON `assignment_extensions` (`student_id`);--> statement-breakpoint
CREATE TABLE `assignment_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_questions_unique` ON `assignment_questions` (`assignment_id`,`question_id`);--> statement-breakpoint
CREATE INDEX `assignment_questions_order_idx` ON `assignment_questions` (`assignment_id`,`position`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`section_id` integer NOT NULL,
	`created_by_id` integer,
	`title` text NOT NULL,
	`instructions` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`due_at` integer NOT NULL,
	`closes_at` integer,
	`requires_interview` integer DEFAULT false NOT NULL,
	`resubmissions_allowed` integer DEFAULT 1 NOT NULL,
	`points_possible` real,
	`rubric_id` integer,
	`late_penalty_per_day` real,
	`late_penalty_floor` real,
	`allow_extra_credit` integer DEFAULT false NOT NULL,
	`published_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`rubric_id`) REFERENCES `rubrics`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assignments_section_idx` ON `assignments` (`section_id`,`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `assignments_rubric_idx` ON `assignments` (`rubric_id`);--> statement-breakpoint
CREATE TABLE `grade_audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grade_id` integer,
	`assignment_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`section_id` integer NOT NULL,
	`grader_id` integer,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`grade_id`) REFERENCES `grades`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`grader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `grade_audit_section_idx` ON `grade_audit` (`section_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `grade_criteria` (
	`grade_id` integer NOT NULL,
	`criterion_id` integer NOT NULL,
	`level_id` integer,
	`points` real NOT NULL,
	PRIMARY KEY(`grade_id`, `criterion_id`),
	FOREIGN KEY (`grade_id`) REFERENCES `grades`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`criterion_id`) REFERENCES `rubric_criteria`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`level_id`) REFERENCES `rubric_levels`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `grades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`section_id` integer NOT NULL,
	`submission_id` integer,
	`grader_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`points` real,
	`late_penalty_percent` real DEFAULT 0 NOT NULL,
	`override_points` real,
	`override_reason` text,
	`final_points` real,
	`feedback` text,
	`released_at` integer,
	`released_points` real,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`grader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grades_assignment_student_unique` ON `grades` (`assignment_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `grades_section_idx` ON `grades` (`section_id`,`assignment_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`href` text NOT NULL,
	`read_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `rubric_criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rubric_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`process_rule` text,
	FOREIGN KEY (`rubric_id`) REFERENCES `rubrics`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rubric_criteria_rubric_idx` ON `rubric_criteria` (`rubric_id`,`position`);--> statement-breakpoint
CREATE TABLE `rubric_levels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`criterion_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`points` real NOT NULL,
	`description` text,
	FOREIGN KEY (`criterion_id`) REFERENCES `rubric_criteria`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rubric_levels_criterion_idx` ON `rubric_levels` (`criterion_id`,`position`);--> statement-breakpoint
CREATE TABLE `rubrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_id` integer,
	`title` text NOT NULL,
	`description` text,
	`copied_from_id` integer,
	`archived_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`copied_from_id`) REFERENCES `rubrics`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `rubrics_owner_idx` ON `rubrics` (`owner_id`,`archived_at`);--> statement-breakpoint
CREATE TABLE `submission_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submission_answers_unique` ON `submission_answers` (`submission_id`,`question_id`);--> statement-breakpoint
CREATE INDEX `submission_answers_student_idx` ON `submission_answers` (`student_id`);--> statement-breakpoint
CREATE TABLE `submission_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` integer NOT NULL,
	`version_id` integer,
	`question_id` integer,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `submission_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `submission_comments_submission_idx` ON `submission_comments` (`submission_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `submission_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`submission_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`number` integer NOT NULL,
	`interview_id` integer,
	`answers` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`late` integer DEFAULT false NOT NULL,
	`decision` text,
	`decided_at` integer,
	`decided_by_id` integer,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submission_versions_unique` ON `submission_versions` (`submission_id`,`number`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`assignment_id` integer,
	`section_id` integer,
	`interview_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`attempt` integer DEFAULT 0 NOT NULL,
	`first_submitted_at` integer,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`decided_at` integer,
	`decided_by_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`student_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_assignment_student_unique` ON `submissions` (`assignment_id`,`student_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_personal_unique` ON `submissions` (`student_id`,`interview_id`) WHERE assignment_id is null;--> statement-breakpoint
CREATE INDEX `submissions_queue_idx` ON `submissions` (`section_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `submissions_student_idx` ON `submissions` (`student_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `submissions_interview_idx` ON `submissions` (`interview_id`);--> statement-breakpoint
ALTER TABLE `questions` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `sections` ADD `time_zone` text DEFAULT 'America/Vancouver' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `student_number` text;--> statement-breakpoint
CREATE UNIQUE INDEX `users_student_number_unique` ON `users` (`student_number`);