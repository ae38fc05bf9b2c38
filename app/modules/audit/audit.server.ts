import type { Prisma } from "~/generated/prisma/client";
import { db, type DbClient } from "~/lib/db.server";
import { dayToDate } from "~/modules/challenges/dates";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./filters";

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
    select: auditEntrySelect,
  });
}

const auditEntrySelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  ipAddress: true,
  metadata: true,
  createdAt: true,
  actor: { select: { name: true, email: true, role: true } },
} satisfies Prisma.AuditLogSelect;

/** The Prisma `where` of the filters; days are calendar days in Japan, both included. */
export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.role) {
    where.actor = {
      role: filters.role === "STAFF" ? { in: ["COORDINATOR", "ADMIN"] } : filters.role,
    };
  }
  if (filters.action) where.action = filters.action;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: dayToDate(filters.from) } : {}),
      ...(filters.to ? { lt: new Date(dayToDate(filters.to).getTime() + 86_400_000) } : {}),
    };
  }
  return where;
}

/** One page of the audit log, newest first, with the total and the actions to filter by. */
export async function searchAuditLog(filters: AuditFilters) {
  const where = auditWhere(filters);
  const [total, actions] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const entries = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: auditEntrySelect,
  });
  return { entries, total, page, pages, actions: actions.map((row) => row.action) };
}
