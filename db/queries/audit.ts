import { getDb, type DB, type Tx } from '../client';
import { auditLog } from '../schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  subjectType?: string;
  subjectId?: number;
  details?: Record<string, unknown>;
};

/** Records who did what. Pass the transaction when the change it describes is in one. */
export function logAudit(entry: AuditEntry, tx: DB | Tx = getDb()): void {
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      details: entry.details ?? null,
    })
    .run();
}
