/**
 * Thread events: every write in a thread (a message sent, edited, deleted, or read)
 * adds a ThreadEvent row in the write's own transaction. The row's autoincrement id is
 * the stream's event id, so a browser that lost its connection asks for everything
 * after the last id it saw (Last-Event-ID) and misses nothing. After the commit,
 * `announce` tells the bus, which wakes the participants' open streams.
 */
import { db, type DbClient } from "~/lib/db.server";
import { errorFields, logger } from "~/lib/logger.server";
import { getMessageBus } from "./bus-memory.server";

export const threadEventKinds = ["message", "edited", "deleted", "read"] as const;
export type ThreadEventKind = (typeof threadEventKinds)[number];

export async function recordThreadEvent(
  tx: DbClient,
  event: {
    threadId: string;
    kind: ThreadEventKind;
    messageId?: string | null;
    actorId: string | null;
    now?: Date;
  },
): Promise<number> {
  const row = await tx.threadEvent.create({
    data: {
      threadId: event.threadId,
      kind: event.kind,
      messageId: event.messageId ?? null,
      actorId: event.actorId,
      createdAt: event.now ?? new Date(),
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Everyone who may follow the thread now: the professional, the company's current
 * members, and in a three-way thread the coordinators who take part. Streams check
 * again per recipient before sending anything. One query.
 */
export async function threadAudience(threadId: string, client: DbClient = db) {
  const rows = await client.$queryRaw<{ userId: string | null }[]>`
    SELECT p.userId AS userId FROM Thread t
      JOIN "Match" m ON m.id = t.matchId
      JOIN ProfessionalProfile p ON p.id = m.profileId
      WHERE t.id = ${threadId}
    UNION
    SELECT ms.userId AS userId FROM Thread t
      JOIN "Match" m ON m.id = t.matchId
      JOIN Challenge c ON c.id = m.challengeId
      JOIN Membership ms ON ms.companyId = c.companyId
      WHERE t.id = ${threadId}
    UNION
    SELECT tp.userId AS userId FROM Thread t
      JOIN ThreadParticipant tp ON tp.threadId = t.id AND tp.side = 'coordinator'
      WHERE t.id = ${threadId} AND t.withCoordinator = 1
    UNION
    SELECT m.introducedById AS userId FROM Thread t
      JOIN "Match" m ON m.id = t.matchId
      WHERE t.id = ${threadId} AND t.withCoordinator = 1 AND m.introducedById IS NOT NULL`;
  return rows.flatMap((row) => (row.userId ? [row.userId] : []));
}

/** After the commit: wakes the open streams of the thread's participants. Never throws. */
export async function announce(threadId: string, eventId: number) {
  try {
    getMessageBus().publish(await threadAudience(threadId), { threadId, eventId });
  } catch (error) {
    // The event is in the database: a stream that missed the signal catches up on its
    // next signal or reconnect.
    logger.warn("thread announce failed", { threadId, ...errorFields(error) });
  }
}
