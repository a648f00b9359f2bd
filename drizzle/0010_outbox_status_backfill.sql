-- Rows queued before the sender existed: any with a sent_at are 'sent'; the rest stay 'queued'.
UPDATE `outbox` SET `status` = 'sent' WHERE `sent_at` IS NOT NULL;
