/**
 * Safety in threads: muting a thread's emails, blocking another participant (who then
 * cannot post in any thread the blocker is in) and what the safety page shows.
 * Callers check thread participation first (requireThreadParticipant).
 */
import { db, type DbClient } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";

/**
 * Whether `userId` may post in the thread: false when another participant of the
 * thread blocks them.
 */
export async function canPost(client: DbClient, threadId: string, userId: string) {
  const blocks = await client.userBlock.count({
    where: {
      blockedId: userId,
      blockerId: { not: userId },
      blocker: { threadParticipants: { some: { threadId } } },
    },
  });
  return blocks === 0;
}

export type ParticipantSide = "professional" | "company" | "coordinator";

/** Turns the thread's unread-message emails off (muted) or on for this participant. */
export async function setThreadMuted(
  thread: { id: string },
  user: { id: string },
  side: ParticipantSide,
  muted: boolean,
) {
  const mutedAt = muted ? new Date() : null;
  await db.threadParticipant.upsert({
    where: { threadId_userId: { threadId: thread.id, userId: user.id } },
    create: { threadId: thread.id, userId: user.id, side, mutedAt },
    update: { mutedAt },
  });
}

export type BlockOutcome = { ok: true } | { ok: false; reason: "notParticipant" | "self" };

async function otherParticipant(threadId: string, actorId: string, userId: string) {
  if (userId === actorId) return "self" as const;
  const row = await db.threadParticipant.findUnique({
    where: { threadId_userId: { threadId, userId } },
    select: { userId: true },
  });
  return row ? ("ok" as const) : ("notParticipant" as const);
}

/** Blocks another participant of the thread (idempotent), with an audit row. */
export async function blockParticipant(input: {
  threadId: string;
  actor: { id: string; ipAddress?: string };
  userId: string;
}): Promise<BlockOutcome> {
  const check = await otherParticipant(input.threadId, input.actor.id, input.userId);
  if (check !== "ok") return { ok: false, reason: check };
  await db.$transaction(async (tx) => {
    const key = { blockerId: input.actor.id, blockedId: input.userId };
    const existing = await tx.userBlock.findUnique({ where: { blockerId_blockedId: key } });
    if (existing) return;
    await tx.userBlock.create({ data: key });
    await recordAudit(tx, {
      action: "messaging.block",
      actorId: input.actor.id,
      targetType: "User",
      targetId: input.userId,
      ipAddress: input.actor.ipAddress,
      metadata: { threadId: input.threadId },
    });
  });
  return { ok: true };
}

/** Lifts the actor's block of a participant of the thread (idempotent), with an audit row. */
export async function unblockParticipant(input: {
  threadId: string;
  actor: { id: string; ipAddress?: string };
  userId: string;
}): Promise<BlockOutcome> {
  const check = await otherParticipant(input.threadId, input.actor.id, input.userId);
  if (check !== "ok") return { ok: false, reason: check };
  await db.$transaction(async (tx) => {
    const removed = await tx.userBlock.deleteMany({
      where: { blockerId: input.actor.id, blockedId: input.userId },
    });
    if (removed.count === 0) return;
    await recordAudit(tx, {
      action: "messaging.unblock",
      actorId: input.actor.id,
      targetType: "User",
      targetId: input.userId,
      ipAddress: input.actor.ipAddress,
      metadata: { threadId: input.threadId },
    });
  });
  return { ok: true };
}

/**
 * A participant's display name as `viewerSide` may see it: a company-side viewer sees
 * the professional's name only once the professional accepted the match (staged
 * disclosure); null means "anonymous professional".
 */
export function disclosedName(
  participant: { side: string; name: string },
  viewerSide: string,
  match: { professionalAcceptedAt: Date | null },
): string | null {
  if (
    participant.side === "professional" &&
    viewerSide === "company" &&
    match.professionalAcceptedAt === null
  ) {
    return null;
  }
  return participant.name;
}

/**
 * What the safety page shows the viewer: the thread's challenge, whether they muted it,
 * the other participants (names per disclosure) with whether the viewer blocks each, and
 * whether someone in the thread blocks the viewer.
 */
export async function threadSafetyView(threadId: string, viewer: { id: string; side: string }) {
  const thread = await db.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: {
      id: true,
      match: {
        select: {
          professionalAcceptedAt: true,
          challenge: { select: { title: true, company: { select: { name: true } } } },
        },
      },
      participants: {
        orderBy: { joinedAt: "asc" },
        select: { userId: true, side: true, mutedAt: true, user: { select: { name: true } } },
      },
    },
  });
  const others = thread.participants.filter((row) => row.userId !== viewer.id);
  const blocks = await db.userBlock.findMany({
    where: { blockerId: viewer.id, blockedId: { in: others.map((row) => row.userId) } },
    select: { blockedId: true },
  });
  const blocked = new Set(blocks.map((row) => row.blockedId));
  const me = thread.participants.find((row) => row.userId === viewer.id);
  return {
    threadId: thread.id,
    challengeTitle: thread.match.challenge.title,
    companyName: thread.match.challenge.company.name,
    muted: Boolean(me?.mutedAt),
    canPost: await canPost(db, thread.id, viewer.id),
    participants: others.map((row) => ({
      userId: row.userId,
      side: row.side,
      name: disclosedName({ side: row.side, name: row.user.name }, viewer.side, thread.match),
      blockedByMe: blocked.has(row.userId),
    })),
  };
}
