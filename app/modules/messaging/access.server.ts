/**
 * Who takes part in a thread: the professional of the match, the current members of
 * the challenge's company, and — in a three-way thread — the coordinator(s) who joined
 * it (the introducer). Nobody else, admins included: they get 404 like any stranger,
 * and see reported messages through the moderation queue instead.
 */
import type { AppLoadContext } from "@remix-run/node";
import { Prisma } from "~/generated/prisma/client";
import { db, type DbClient } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { requireUser } from "~/modules/auth/guards.server";
import type { Role } from "~/modules/auth/roles";
import type { ThreadSide } from "./messages";

export type ThreadRef = { id: string; matchId: string; withCoordinator: boolean };

type ThreadAccessRow = {
  id: string;
  matchId: string;
  withCoordinator: unknown;
  introducedById: string | null;
  proUserId: string;
  mySide: string | null;
  isMember: unknown;
};

const truthy = (value: unknown) => value === true || Number(value) === 1;

/**
 * The side `user` is on in the thread, or null when they are not a participant. One
 * query (it runs for every thread page, post and download).
 */
export async function sideInThread(
  user: { id: string; role: Role },
  threadId: string,
  client: DbClient = db,
): Promise<{ side: ThreadSide; thread: ThreadRef; hasRow: boolean } | null> {
  const [row] = await client.$queryRaw<ThreadAccessRow[]>`
    SELECT t.id AS id, t.matchId AS matchId, t.withCoordinator AS withCoordinator,
      m.introducedById AS introducedById, p.userId AS proUserId,
      (SELECT tp.side FROM ThreadParticipant tp
        WHERE tp.threadId = t.id AND tp.userId = ${user.id}) AS mySide,
      EXISTS (SELECT 1 FROM Membership ms
        WHERE ms.companyId = c.companyId AND ms.userId = ${user.id}) AS isMember
    FROM Thread t
    JOIN "Match" m ON m.id = t.matchId
    JOIN ProfessionalProfile p ON p.id = m.profileId
    JOIN Challenge c ON c.id = m.challengeId
    WHERE t.id = ${threadId}`;
  if (!row) return null;
  const withCoordinator = truthy(row.withCoordinator);
  const ref = { id: row.id, matchId: row.matchId, withCoordinator };
  const hasRow = row.mySide !== null;
  if (row.proUserId === user.id) return { side: "professional", thread: ref, hasRow };
  if (user.role === "COMPANY_MEMBER") {
    return truthy(row.isMember) ? { side: "company", thread: ref, hasRow } : null;
  }
  if ((user.role === "COORDINATOR" || user.role === "ADMIN") && withCoordinator) {
    if (row.introducedById === user.id || row.mySide === "coordinator") {
      return { side: "coordinator", thread: ref, hasRow };
    }
  }
  return null;
}

/**
 * The signed-in participant of the thread; 404 for everyone else, so a thread's
 * existence is not revealed. A company member who joined the company after the thread
 * opened becomes a participant (with a read state) on first visit.
 */
export async function requireThreadParticipant(
  request: Request,
  context: AppLoadContext,
  threadId: string,
) {
  const user = await requireUser(request, context);
  const found = await sideInThread(user, threadId);
  if (!found) notFound();
  if (!found.hasRow) {
    await db.threadParticipant.upsert({
      where: { threadId_userId: { threadId: found.thread.id, userId: user.id } },
      create: { threadId: found.thread.id, userId: user.id, side: found.side },
      update: {},
    });
  }
  return { user, side: found.side, thread: found.thread };
}

/**
 * The ids of the threads `userId` takes part in, as SQL for `IN (…)` or a CTE: three
 * index-friendly branches (as the professional, through a company membership, as a
 * coordinator who joined a three-way thread) — the same rules as sideInThread.
 */
export function threadIdsOfUserSql(userId: string) {
  return Prisma.sql`
    SELECT t.id AS threadId FROM ProfessionalProfile p
      JOIN "Match" m ON m.profileId = p.id
      JOIN Thread t ON t.matchId = m.id
      WHERE p.userId = ${userId}
    UNION
    SELECT t.id AS threadId FROM Membership ms
      JOIN Challenge c ON c.companyId = ms.companyId
      JOIN "Match" m ON m.challengeId = c.id
      JOIN Thread t ON t.matchId = m.id
      JOIN User u ON u.id = ms.userId AND u.role = 'COMPANY_MEMBER'
      WHERE ms.userId = ${userId}
    UNION
    SELECT tp.threadId AS threadId FROM ThreadParticipant tp
      JOIN Thread t ON t.id = tp.threadId AND t.withCoordinator = 1
      JOIN User u ON u.id = tp.userId AND u.role IN ('COORDINATOR', 'ADMIN')
      WHERE tp.userId = ${userId} AND tp.side = 'coordinator'
    UNION
    SELECT t.id AS threadId FROM "Match" m
      JOIN Thread t ON t.matchId = m.id AND t.withCoordinator = 1
      JOIN User u ON u.id = m.introducedById AND u.role IN ('COORDINATOR', 'ADMIN')
      WHERE m.introducedById = ${userId}`;
}
