/**
 * The unread-message email: when a message from someone else has waited unread for ten
 * minutes, its thread's participant gets one email (through the outbox) linking straight
 * to the thread — at most one per thread and person an hour, none for a muted thread,
 * none to an unverified address.
 */
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { isLocale, type Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { errorFields, logger } from "~/lib/logger.server";
import { enqueueEmail } from "~/modules/notifications/email/outbox.server";
import { sideInThread } from "./access.server";
import { sweepOrphanedAttachments } from "./attachments.server";
import {
  excerptOf,
  sqliteTimestamp,
  UNREAD_DELAY_MS,
  UNREAD_EMAIL_INTERVAL_MS,
  unreadEmailKey,
} from "./unread-mail";

type Candidate = { threadId: string; userId: string };

/**
 * Participants due an email: not muted, not mailed for this thread in the last hour,
 * with a verified address, and with an unread message from someone else (not deleted)
 * older than ten minutes that no earlier email has told them of. One indexed pass; the details are read per candidate.
 */
function dueParticipants(now: Date, limit: number) {
  const unreadBefore = sqliteTimestamp(new Date(now.getTime() - UNREAD_DELAY_MS));
  const mailedBefore = sqliteTimestamp(new Date(now.getTime() - UNREAD_EMAIL_INTERVAL_MS));
  return db.$queryRaw<Candidate[]>`
    SELECT tp.threadId AS threadId, tp.userId AS userId
    FROM ThreadParticipant tp
    JOIN User u ON u.id = tp.userId AND u.emailVerifiedAt IS NOT NULL
    WHERE tp.mutedAt IS NULL
      AND (tp.lastEmailedAt IS NULL OR tp.lastEmailedAt <= ${mailedBefore})
      AND EXISTS (
        SELECT 1 FROM Message m
        WHERE m.threadId = tp.threadId
          AND m.deletedAt IS NULL
          AND m.authorId IS NOT NULL AND m.authorId <> tp.userId
          AND (tp.lastReadAt IS NULL OR m.createdAt > tp.lastReadAt)
          AND (tp.lastEmailedAt IS NULL OR m.createdAt > tp.lastEmailedAt)
          AND m.createdAt <= ${unreadBefore}
      )
    LIMIT ${limit}`;
}

function senderNames(
  authors: Array<{ id: string; name: string }>,
  recipientSide: string,
  thread: { professionalUserId: string; professionalAcceptedAt: Date | null },
  locale: Locale,
) {
  const names = authors.map((author) =>
    author.id === thread.professionalUserId &&
    recipientSide === "company" &&
    thread.professionalAcceptedAt === null
      ? translate(locale, "safety.email.unread.anonymous")
      : author.name,
  );
  return [...new Set(names)].join(translate(locale, "safety.email.unread.separator"));
}

/** Sends (queues) one participant's email, if still due; true when queued. */
async function mailOne(candidate: Candidate, now: Date): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: candidate.userId },
    select: { id: true, role: true, email: true, locale: true, emailVerifiedAt: true },
  });
  if (!user?.emailVerifiedAt) return false;
  // A company member who left the company keeps a participant row but not the thread.
  const access = await sideInThread(user, candidate.threadId);
  if (!access) return false;
  const locale: Locale = isLocale(user.locale) ? user.locale : "ja";
  return db.$transaction(async (tx) => {
    const participant = await tx.threadParticipant.findUnique({
      where: { threadId_userId: candidate },
      select: {
        side: true,
        lastReadAt: true,
        mutedAt: true,
        lastEmailedAt: true,
        thread: {
          select: {
            match: {
              select: {
                professionalAcceptedAt: true,
                profile: { select: { userId: true } },
                challenge: { select: { title: true } },
              },
            },
          },
        },
      },
    });
    if (!participant || participant.mutedAt) return false;
    if (
      participant.lastEmailedAt &&
      now.getTime() - participant.lastEmailedAt.getTime() < UNREAD_EMAIL_INTERVAL_MS
    ) {
      return false;
    }
    const unread = await tx.message.findMany({
      where: {
        threadId: candidate.threadId,
        deletedAt: null,
        authorId: { not: null },
        NOT: { authorId: user.id },
        ...(participant.lastReadAt ? { createdAt: { gt: participant.lastReadAt } } : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { body: true, createdAt: true, author: { select: { id: true, name: true } } },
    });
    const oldest = unread[0];
    const latest = unread.at(-1);
    if (!oldest || !latest || now.getTime() - oldest.createdAt.getTime() < UNREAD_DELAY_MS) {
      return false;
    }
    const { match } = participant.thread;
    await enqueueEmail(tx, {
      template: "thread-unread",
      to: user.email,
      locale,
      payload: {
        challengeTitle: match.challenge.title,
        senders: senderNames(
          unread.flatMap((message) => (message.author ? [message.author] : [])),
          participant.side,
          {
            professionalUserId: match.profile.userId,
            professionalAcceptedAt: match.professionalAcceptedAt,
          },
          locale,
        ),
        count: String(unread.length),
        excerpt: excerptOf(latest.body),
        url: `${getEnv().APP_URL}/messages/${candidate.threadId}`,
      },
      idempotencyKey: unreadEmailKey(candidate.threadId, user.id, now),
    });
    await tx.threadParticipant.update({
      where: { threadId_userId: candidate },
      data: { lastEmailedAt: now },
    });
    return true;
  });
}

/**
 * Queues the unread-message emails due at `now` and returns how many. Safe to run
 * again at any time (and from two processes): the hour's idempotency key and
 * lastEmailedAt keep it to one email per thread and person an hour.
 */
export async function sendUnreadMessageEmails(now: Date = new Date(), { batch = 200 } = {}) {
  let sent = 0;
  const seen = new Set<string>();
  for (;;) {
    const due = (await dueParticipants(now, batch)).filter(
      (row) => !seen.has(`${row.threadId}/${row.userId}`),
    );
    if (due.length === 0) return sent;
    for (const candidate of due) {
      seen.add(`${candidate.threadId}/${candidate.userId}`);
      if (await mailOne(candidate, now)) sent += 1;
    }
  }
}

const MINUTE_MS = 60 * 1000;
const SWEEP_EVERY_MS = 10 * MINUTE_MS;

/**
 * Every minute inside the app process: the unread-message emails, and every ten minutes
 * the sweep of attachment files no message points at. Returns the function that stops it.
 */
export function startUnreadMailJob({ intervalMs = MINUTE_MS } = {}) {
  let running = false;
  let lastSweep = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const sent = await sendUnreadMessageEmails(now);
      if (sent) logger.info("unread-message emails queued", { count: sent });
      if (now.getTime() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now.getTime();
        const removed = await sweepOrphanedAttachments(now);
        if (removed) logger.info("orphaned attachment files removed", { count: removed });
      }
    } catch (error) {
      logger.error("unread-message email job failed", errorFields(error));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
