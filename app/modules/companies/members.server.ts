import { db } from "~/lib/db.server";
import type { MessageKey } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";

type RequestMeta = { ipAddress?: string };
export type MemberResult = { ok: true } | { ok: false; error: MessageKey };

/** A company's members, owners first, then by when they joined. */
export async function listMembers(companyId: string) {
  const rows = await db.membership.findMany({
    where: { companyId },
    // "OWNER" sorts after "MEMBER": descending puts owners first.
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    joinedAt: row.createdAt,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
  }));
}

/**
 * The owner removes another member. The membership is looked up within this company
 * only, so an id from another company is "not found"; the last owner stays.
 */
export async function removeMember(
  actor: { id: string },
  companyId: string,
  membershipId: string,
  meta: RequestMeta = {},
): Promise<MemberResult> {
  return db.$transaction(async (tx) => {
    const actorMembership = await tx.membership.findUnique({
      where: { companyId_userId: { companyId, userId: actor.id } },
      select: { role: true },
    });
    if (actorMembership?.role !== "OWNER")
      return { ok: false, error: "companies.members.ownerOnly" };
    const target = await tx.membership.findFirst({
      where: { id: membershipId, companyId },
      select: { id: true, userId: true, role: true },
    });
    if (!target) return { ok: false, error: "companies.members.notFound" };
    if (target.userId === actor.id) return { ok: false, error: "companies.members.useLeave" };
    if (target.role === "OWNER") {
      const owners = await tx.membership.count({ where: { companyId, role: "OWNER" } });
      if (owners <= 1) return { ok: false, error: "companies.members.lastOwner" };
    }
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      action: "company.member_removed",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { userId: target.userId },
    });
    return { ok: true };
  });
}

/** A member leaves the company; its last owner must hand ownership over first. */
export async function leaveCompany(
  actor: { id: string },
  companyId: string,
  meta: RequestMeta = {},
): Promise<MemberResult> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { companyId_userId: { companyId, userId: actor.id } },
      select: { id: true, role: true },
    });
    if (!membership) return { ok: false, error: "companies.members.notFound" };
    if (membership.role === "OWNER") {
      const owners = await tx.membership.count({ where: { companyId, role: "OWNER" } });
      if (owners <= 1) return { ok: false, error: "companies.members.lastOwner" };
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      action: "company.member_left",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
    });
    return { ok: true };
  });
}

/**
 * Hands ownership to another member in one transaction: they become OWNER and the
 * current owner becomes a MEMBER.
 */
export async function transferOwnership(
  actor: { id: string },
  companyId: string,
  membershipId: string,
  meta: RequestMeta = {},
): Promise<MemberResult> {
  return db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: membershipId, companyId },
      select: { id: true, userId: true },
    });
    if (!target) return { ok: false, error: "companies.members.notFound" };
    if (target.userId === actor.id) return { ok: false, error: "companies.members.alreadyOwner" };
    const demoted = await tx.membership.updateMany({
      where: { companyId, userId: actor.id, role: "OWNER" },
      data: { role: "MEMBER" },
    });
    if (demoted.count !== 1) return { ok: false, error: "companies.members.ownerOnly" };
    await tx.membership.update({ where: { id: target.id }, data: { role: "OWNER" } });
    await recordAudit(tx, {
      action: "company.ownership_transferred",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: meta.ipAddress,
      metadata: { fromUserId: actor.id, toUserId: target.userId },
    });
    return { ok: true };
  });
}
