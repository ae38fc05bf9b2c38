/**
 * Reports of messages: a participant reports a message of someone else in their thread;
 * admins work through the queue (resolve with a note, or dismiss). Every step is audited.
 */
import { db, isUniqueViolation } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { disclosedName } from "./safety.server";
import type { ModerationInput, ReportInput, ReportStatus } from "./safety-schemas";

export type ReportOutcome =
  | { ok: true; reportId: string }
  | { ok: false; reason: "notFound" | "ownMessage" | "alreadyReported" };

/**
 * Files a report of a message in `threadId` (not deleted, not the reporter's own), once
 * per reporter and message.
 */
export async function reportMessage(input: {
  threadId: string;
  reporter: { id: string; ipAddress?: string };
  report: Pick<ReportInput, "messageId" | "reason" | "note">;
}): Promise<ReportOutcome> {
  const message = await db.message.findFirst({
    where: { id: input.report.messageId, threadId: input.threadId, deletedAt: null },
    select: { id: true, authorId: true },
  });
  if (!message) return { ok: false, reason: "notFound" };
  if (message.authorId === input.reporter.id) return { ok: false, reason: "ownMessage" };
  try {
    const reportId = await db.$transaction(async (tx) => {
      const report = await tx.messageReport.create({
        data: {
          messageId: message.id,
          reporterId: input.reporter.id,
          reason: input.report.reason,
          note: input.report.note,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        action: "messaging.report",
        actorId: input.reporter.id,
        targetType: "MessageReport",
        targetId: report.id,
        ipAddress: input.reporter.ipAddress,
        metadata: { messageId: message.id, threadId: input.threadId, reason: input.report.reason },
      });
      return report.id;
    });
    return { ok: true, reportId };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, reason: "alreadyReported" };
    }
    throw error;
  }
}

/** The ids of the messages in the thread that `userId` has already reported. */
export async function reportedMessageIds(threadId: string, userId: string) {
  const rows = await db.messageReport.findMany({
    where: { reporterId: userId, message: { threadId } },
    select: { messageId: true },
  });
  return rows.map((row) => row.messageId);
}

export const REPORTS_PER_PAGE = 20;

/** The moderation queue: reports in `status`, newest first, with counts for each status. */
export async function listReports({ status, page }: { status: ReportStatus; page: number }) {
  const [reports, counts] = await Promise.all([
    db.messageReport.findMany({
      where: { status },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * REPORTS_PER_PAGE,
      take: REPORTS_PER_PAGE,
      select: {
        id: true,
        reason: true,
        note: true,
        status: true,
        createdAt: true,
        resolvedAt: true,
        reporter: { select: { name: true } },
        message: {
          select: {
            body: true,
            deletedAt: true,
            author: { select: { name: true } },
            thread: { select: { match: { select: { challenge: { select: { title: true } } } } } },
          },
        },
      },
    }),
    db.messageReport.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const countOf = (value: ReportStatus) =>
    counts.find((row) => row.status === value)?._count._all ?? 0;
  return {
    reports: reports.map((report) => ({
      id: report.id,
      reason: report.reason,
      note: report.note,
      status: report.status,
      createdAt: report.createdAt,
      resolvedAt: report.resolvedAt,
      reporterName: report.reporter?.name ?? null,
      authorName: report.message.author?.name ?? null,
      body: report.message.deletedAt ? null : report.message.body,
      challengeTitle: report.message.thread.match.challenge.title,
    })),
    counts: {
      OPEN: countOf("OPEN"),
      RESOLVED: countOf("RESOLVED"),
      DISMISSED: countOf("DISMISSED"),
    },
  };
}

/** Messages shown around the reported one, before and after. */
export const CONTEXT_MESSAGES = 5;

type ContextMessage = {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { name: string } | null;
};

const contextSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { name: true } },
} as const;

const asView = (message: ContextMessage) => ({
  id: message.id,
  authorName: message.author?.name ?? null,
  body: message.deletedAt ? null : message.body,
  createdAt: message.createdAt,
  edited: message.editedAt !== null,
});

/**
 * One report for the moderation page: the report, the reported message (its current
 * body, or null once deleted), its author, the reporter, the thread's challenge and
 * company, and the five messages before and after it in the thread. Null if unknown.
 */
export async function reportDetail(reportId: string) {
  const report = await db.messageReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      reason: true,
      note: true,
      status: true,
      resolution: true,
      createdAt: true,
      resolvedAt: true,
      reporter: { select: { name: true, email: true } },
      resolvedBy: { select: { name: true } },
      message: {
        select: {
          ...contextSelect,
          threadId: true,
          author: { select: { name: true, email: true } },
          thread: {
            select: {
              match: {
                select: {
                  id: true,
                  challenge: { select: { title: true, company: { select: { name: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!report) return null;
  const { message } = report;
  // Ties on createdAt are ordered by id, the same way on both sides of the reported message.
  const [before, after] = await Promise.all([
    db.message.findMany({
      where: {
        threadId: message.threadId,
        OR: [
          { createdAt: { lt: message.createdAt } },
          { createdAt: message.createdAt, id: { lt: message.id } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CONTEXT_MESSAGES,
      select: contextSelect,
    }),
    db.message.findMany({
      where: {
        threadId: message.threadId,
        OR: [
          { createdAt: { gt: message.createdAt } },
          { createdAt: message.createdAt, id: { gt: message.id } },
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: CONTEXT_MESSAGES,
      select: contextSelect,
    }),
  ]);
  return {
    id: report.id,
    reason: report.reason,
    note: report.note,
    status: report.status,
    resolution: report.resolution,
    createdAt: report.createdAt,
    resolvedAt: report.resolvedAt,
    reporter: report.reporter,
    resolvedByName: report.resolvedBy?.name ?? null,
    matchId: message.thread.match.id,
    challengeTitle: message.thread.match.challenge.title,
    companyName: message.thread.match.challenge.company.name,
    message: { ...asView(message), authorEmail: message.author?.email ?? null },
    before: before.reverse().map(asView),
    after: after.map(asView),
  };
}

export type ModerationOutcome = { ok: true } | { ok: false; reason: "notFound" | "closed" };

/** Resolves or dismisses an open report, with an audit row. */
export async function moderateReport(input: {
  reportId: string;
  admin: { id: string; ipAddress?: string };
  decision: ModerationInput;
  now?: Date;
}): Promise<ModerationOutcome> {
  return db.$transaction(async (tx) => {
    const report = await tx.messageReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, status: true, messageId: true },
    });
    if (!report) return { ok: false, reason: "notFound" } as const;
    if (report.status !== "OPEN") return { ok: false, reason: "closed" } as const;
    const status = input.decision.intent === "resolve" ? "RESOLVED" : "DISMISSED";
    await tx.messageReport.update({
      where: { id: report.id },
      data: {
        status,
        resolution: input.decision.resolution,
        resolvedById: input.admin.id,
        resolvedAt: input.now ?? new Date(),
      },
    });
    await recordAudit(tx, {
      action:
        input.decision.intent === "resolve"
          ? "messaging.report.resolve"
          : "messaging.report.dismiss",
      actorId: input.admin.id,
      targetType: "MessageReport",
      targetId: report.id,
      ipAddress: input.admin.ipAddress,
      metadata: { messageId: report.messageId },
    });
    return { ok: true } as const;
  });
}

export type ReportableMessage =
  | {
      state: "ok";
      message: { id: string; authorName: string | null; body: string; createdAt: Date };
    }
  | { state: "own" | "already" | "unavailable" };

/**
 * The message a participant is about to report, for the report form: its author (named
 * per the thread's disclosure, null when anonymous) and body — or why it can't be reported.
 */
export async function reportableMessage(
  threadId: string,
  messageId: string,
  viewer: { id: string; side: string },
): Promise<ReportableMessage> {
  const message = await db.message.findFirst({
    where: { id: messageId, threadId, deletedAt: null },
    select: {
      id: true,
      body: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true } },
      thread: {
        select: {
          match: {
            select: { professionalAcceptedAt: true, profile: { select: { userId: true } } },
          },
        },
      },
      reports: { where: { reporterId: viewer.id }, select: { id: true } },
    },
  });
  if (!message) return { state: "unavailable" };
  if (message.authorId === viewer.id) return { state: "own" };
  if (message.reports.length > 0) return { state: "already" };
  const { match } = message.thread;
  const authorSide = message.authorId === match.profile.userId ? "professional" : "other";
  return {
    state: "ok",
    message: {
      id: message.id,
      authorName: message.author
        ? disclosedName({ side: authorSide, name: message.author.name }, viewer.side, match)
        : null,
      body: message.body,
      createdAt: message.createdAt,
    },
  };
}
