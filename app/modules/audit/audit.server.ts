import { db, type DbClient } from "~/lib/db.server";

export type AuditEvent = {
  action: string;
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  ipAddress?: string;
  /** event details; never secrets */
  metadata?: Record<string, unknown>;
};

/** Records an auth, coordinator or admin event; pass the transaction that makes the change. */
export function recordAudit(client: DbClient, event: AuditEvent) {
  return client.auditLog.create({
    data: {
      action: event.action,
      actorId: event.actorId ?? null,
      targetType: event.targetType,
      targetId: event.targetId,
      ipAddress: event.ipAddress,
      metadata: JSON.stringify(event.metadata ?? {}),
    },
  });
}

export function listAuditLog({ take = 100 }: { take?: number } = {}) {
  return db.auditLog.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      ipAddress: true,
      metadata: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
}
