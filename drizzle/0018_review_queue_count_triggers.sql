-- sections.awaiting_review_submitted / _resubmitted: how much of each section's work waits for
-- review, kept by triggers in the same transaction as every write that can change it. What is
-- counted is said once, in the view review_queue_counts (lib/submissions/vocabulary
-- AWAITING_REVIEW_STATUSES); every trigger copies the affected sections' row of it back (never
-- increments), so submits, decisions, deletes and cascades all leave the counts exact.
-- db/queries/review.test.ts compares them with the submissions after each kind of write.
CREATE VIEW `review_queue_counts` AS
SELECT s.id AS section_id,
  (select count(*) from submissions q where q.section_id = s.id and q.status = 'submitted') AS submitted,
  (select count(*) from submissions q where q.section_id = s.id and q.status = 'resubmitted') AS resubmitted
FROM sections s;
--> statement-breakpoint
CREATE TRIGGER `review_queue_count_submission_inserted` AFTER INSERT ON `submissions`
WHEN NEW.status IN ('submitted', 'resubmitted')
BEGIN
  UPDATE sections SET (awaiting_review_submitted, awaiting_review_resubmitted) =
    (SELECT submitted, resubmitted FROM review_queue_counts c WHERE c.section_id = sections.id)
  WHERE id = NEW.section_id;
END;
--> statement-breakpoint
CREATE TRIGGER `review_queue_count_submission_updated` AFTER UPDATE OF status, section_id ON `submissions`
WHEN OLD.status IN ('submitted', 'resubmitted') OR NEW.status IN ('submitted', 'resubmitted')
BEGIN
  UPDATE sections SET (awaiting_review_submitted, awaiting_review_resubmitted) =
    (SELECT submitted, resubmitted FROM review_queue_counts c WHERE c.section_id = sections.id)
  WHERE id IN (OLD.section_id, NEW.section_id);
END;
--> statement-breakpoint
CREATE TRIGGER `review_queue_count_submission_deleted` AFTER DELETE ON `submissions`
WHEN OLD.status IN ('submitted', 'resubmitted')
BEGIN
  UPDATE sections SET (awaiting_review_submitted, awaiting_review_resubmitted) =
    (SELECT submitted, resubmitted FROM review_queue_counts c WHERE c.section_id = sections.id)
  WHERE id = OLD.section_id;
END;
--> statement-breakpoint
-- What the submissions already say.
UPDATE sections SET (awaiting_review_submitted, awaiting_review_resubmitted) =
    (SELECT submitted, resubmitted FROM review_queue_counts c WHERE c.section_id = sections.id);
