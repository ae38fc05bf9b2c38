import type { AppLoadContext } from "@remix-run/node";
import { db, type DbClient } from "~/lib/db.server";
import { requireRole } from "~/modules/auth/guards.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { SessionUser } from "~/modules/auth/session.server";
import { inPrefectures, type RegionAssignment } from "./regions";

export { inPrefectures, prefectureFilter } from "./regions";

/** The prefecture codes a coordinator covers (sorted; empty when none are assigned). */
export async function regionsOf(userId: string, client: DbClient = db): Promise<string[]> {
  const rows = await client.coordinatorRegion.findMany({
    where: { userId },
    select: { prefectureCode: true },
    orderBy: { prefectureCode: "asc" },
  });
  return rows.map((row) => row.prefectureCode);
}

/**
 * The prefectures a staff member may see: a coordinator's own (empty → nothing),
 * null for an admin (everything), undefined for anyone else.
 */
export async function staffPrefectures(
  user: Pick<SessionUser, "id" | "role">,
  client: DbClient = db,
): Promise<string[] | null | undefined> {
  if (user.role === "ADMIN") return null;
  if (user.role === "COORDINATOR") return regionsOf(user.id, client);
  return undefined;
}

/**
 * Guard for the console: coordinators get their prefectures (an empty list means they see
 * nothing), admins null (= all), other roles 403, anonymous visitors the login redirect.
 */
export async function requireCoordinator(
  request: Request,
  context: AppLoadContext,
): Promise<{ user: SessionUser; prefectures: string[] | null }> {
  const user = await requireRole(request, context, ["COORDINATOR", "ADMIN"]);
  const prefectures = user.role === "ADMIN" ? null : await regionsOf(user.id);
  return { user, prefectures };
}

/** Whether a coordinator (or admin: always) covers the prefecture. */
export async function coversPrefecture(
  user: Pick<SessionUser, "id" | "role">,
  prefectureCode: string,
  client: DbClient = db,
) {
  const prefectures = await staffPrefectures(user, client);
  if (prefectures === undefined) return false;
  return inPrefectures(prefectures)(prefectureCode);
}

/** Every coordinator with the prefectures they cover, for the admin's assignment page. */
export async function listCoordinatorRegions() {
  const users = await db.user.findMany({
    where: { role: "COORDINATOR" },
    select: {
      id: true,
      name: true,
      email: true,
      coordinatorRegions: { select: { prefectureCode: true }, orderBy: { prefectureCode: "asc" } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    prefectures: user.coordinatorRegions.map((row) => row.prefectureCode),
  }));
}

/**
 * Replaces a coordinator's prefectures with `assignment.prefectures`, audited. False when
 * the user is not a coordinator (the page shows nothing to assign to anyone else).
 */
export async function assignRegions(
  admin: { id: string },
  assignment: RegionAssignment,
  meta: { ipAddress?: string } = {},
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: assignment.userId },
      select: { role: true },
    });
    if (user?.role !== "COORDINATOR") return false;
    const before = await regionsOf(assignment.userId, tx);
    await tx.coordinatorRegion.deleteMany({ where: { userId: assignment.userId } });
    if (assignment.prefectures.length > 0) {
      await tx.coordinatorRegion.createMany({
        data: assignment.prefectures.map((prefectureCode) => ({
          userId: assignment.userId,
          prefectureCode,
        })),
      });
    }
    await recordAudit(tx, {
      action: "coordinator.regions",
      actorId: admin.id,
      targetType: "User",
      targetId: assignment.userId,
      ipAddress: meta.ipAddress,
      metadata: { before, after: assignment.prefectures },
    });
    return true;
  });
}
