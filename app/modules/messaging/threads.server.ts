/**
 * Opening threads. `openThreadForMatch` runs inside the transaction that makes a match
 * allow contact (matches.server.ts), so a match that allows contact always has its
 * thread; calling it again changes nothing.
 */
import { db, type DbClient } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { Role } from "~/modules/auth/roles";
import type { MatchSide } from "~/modules/matching/lifecycle";
import { sideInThread } from "./access.server";
import type { ThreadSide } from "./messages";
import { threadAllowed, threeWayAllowed } from "./threads";

/**
 * The match's thread, opened if the match allows contact (or `coordinatorId` opens a
 * three-way one): participants are the professional, every current member of the
 * company and, for an introduction or a three-way thread, the coordinator(s). Returns
 * the thread's id, or null when the match allows no thread yet.
 */
export async function openThreadForMatch(
  tx: DbClient,
  matchId: string,
  { coordinatorId, now = new Date() }: { coordinatorId?: string; now?: Date } = {},
): Promise<string | null> {
  const match = await tx.match.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      source: true,
      stage: true,
      professionalAcceptedAt: true,
      companyAcceptedAt: true,
      introducedById: true,
      profile: { select: { userId: true } },
      challenge: {
        select: { company: { select: { memberships: { select: { userId: true } } } } },
      },
      thread: {
        select: { id: true, withCoordinator: true, participants: { select: { userId: true } } },
      },
    },
  });
  if (!match) return null;
  const threeWay = coordinatorId !== undefined;
  if (!threeWay && !threadAllowed(match)) return match.thread?.id ?? null;

  const wanted: { userId: string; side: ThreadSide }[] = [
    { userId: match.profile.userId, side: "professional" },
    ...match.challenge.company.memberships.map((membership) => ({
      userId: membership.userId,
      side: "company" as const,
    })),
  ];
  const withCoordinator = threeWay || match.source === "INTRODUCTION";
  if (withCoordinator && match.introducedById) {
    wanted.push({ userId: match.introducedById, side: "coordinator" });
  }
  if (coordinatorId) wanted.push({ userId: coordinatorId, side: "coordinator" });

  let threadId = match.thread?.id;
  const present = new Set(match.thread?.participants.map((participant) => participant.userId));
  if (!threadId) {
    const thread = await tx.thread.create({
      data: { matchId: match.id, withCoordinator, createdAt: now },
      select: { id: true },
    });
    threadId = thread.id;
  } else if (withCoordinator && !match.thread?.withCoordinator) {
    await tx.thread.update({ where: { id: threadId }, data: { withCoordinator: true } });
  }
  const rows = new Map<string, ThreadSide>();
  for (const { userId, side } of wanted) {
    if (!present.has(userId) && !rows.has(userId)) rows.set(userId, side);
  }
  if (rows.size > 0) {
    await tx.threadParticipant.createMany({
      data: [...rows].map(([userId, side]) => ({ threadId, userId, side, joinedAt: now })),
    });
  }
  return threadId;
}

export type ThreeWayOutcome = { ok: true; threadId: string } | { ok: false };

/** A coordinator (or admin) opens the three-way thread of an introduction and joins it. */
export async function openThreeWayThread(request: {
  matchId: string;
  actor: { id: string; ipAddress?: string };
  now?: Date;
}): Promise<ThreeWayOutcome> {
  return db.$transaction(async (tx) => {
    const match = await tx.match.findUnique({
      where: { id: request.matchId },
      select: {
        source: true,
        stage: true,
        professionalAcceptedAt: true,
        companyAcceptedAt: true,
      },
    });
    if (!match || !threeWayAllowed(match)) return { ok: false } as const;
    const threadId = await openThreadForMatch(tx, request.matchId, {
      coordinatorId: request.actor.id,
      now: request.now,
    });
    if (!threadId) return { ok: false } as const;
    await recordAudit(tx, {
      action: "thread.openThreeWay",
      actorId: request.actor.id,
      targetType: "Thread",
      targetId: threadId,
      ipAddress: request.actor.ipAddress,
      metadata: { matchId: request.matchId },
    });
    return { ok: true, threadId } as const;
  });
}

/** The thread of a match, if it has one (for the match page's link). */
export async function threadOfMatch(matchId: string) {
  return db.thread.findUnique({
    where: { matchId },
    select: { id: true, withCoordinator: true },
  });
}

/**
 * The match page's messaging part for `user`: the thread's id when they take part in
 * it, and whether they (a coordinator or admin) may open a three-way thread.
 */
export async function matchThreadState(
  matchId: string,
  user: { id: string; role: Role },
  side: MatchSide,
) {
  const match = await db.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      source: true,
      stage: true,
      professionalAcceptedAt: true,
      companyAcceptedAt: true,
      thread: { select: { id: true } },
    },
  });
  const threadId =
    match.thread && (await sideInThread(user, match.thread.id)) ? match.thread.id : null;
  return {
    threadId,
    canOpenThreeWay: side === "coordinator" && threadId === null && threeWayAllowed(match),
  };
}
