/**
 * Intake: the new companies and the newly published challenges of a coordinator's
 * prefectures, and what they do with them (mark reviewed, send back with comments,
 * take a company in). Callers check the region first (access.server.ts).
 */
import { STALE_DAYS } from "./pipeline";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/in-app/notify.server";
import { prefectureFilter } from "./regions";

type Actor = { id: string; ipAddress?: string };
const QUEUE_LIMIT = 100;

function challengeScope(prefectures: string[] | null): Prisma.ChallengeWhereInput {
  const prefectureCode = prefectureFilter(prefectures);
  return { status: { not: "DRAFT" }, ...(prefectureCode ? { prefectureCode } : {}) };
}

function companyScope(prefectures: string[] | null): Prisma.CompanyWhereInput {
  const prefectureCode = prefectureFilter(prefectures);
  return { intakeReviewedAt: null, ...(prefectureCode ? { prefectureCode } : {}) };
}

/** The queue: challenges waiting (PENDING), those sent back (RETURNED), new companies. */
export async function intakeQueue(prefectures: string[] | null) {
  const challengeSelect = {
    id: true,
    title: true,
    status: true,
    prefectureCode: true,
    publishedAt: true,
    intakeComment: true,
    intakeReviewedAt: true,
    company: { select: { id: true, name: true } },
  } satisfies Prisma.ChallengeSelect;
  const [pending, returned, companies] = await Promise.all([
    db.challenge.findMany({
      where: { ...challengeScope(prefectures), intakeStatus: "PENDING" },
      select: challengeSelect,
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
    }),
    db.challenge.findMany({
      where: { ...challengeScope(prefectures), intakeStatus: "RETURNED" },
      select: challengeSelect,
      orderBy: [{ intakeReviewedAt: "desc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
    }),
    db.company.findMany({
      where: companyScope(prefectures),
      select: { id: true, name: true, prefectureCode: true, municipality: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
    }),
  ]);
  return { pending, returned, companies };
}

/** How many challenges and companies wait in the queue. */
export async function intakeCounts(prefectures: string[] | null) {
  const [challenges, companies] = await Promise.all([
    db.challenge.count({ where: { ...challengeScope(prefectures), intakeStatus: "PENDING" } }),
    db.company.count({ where: companyScope(prefectures) }),
  ]);
  return { challenges, companies };
}

export type IntakeOutcome = { ok: true } | { ok: false; reason: "draft" };

/** Marks a published challenge reviewed (its comment, if any, is kept for the record). */
export async function reviewChallenge(
  actor: Actor,
  challengeId: string,
  now = new Date(),
): Promise<IntakeOutcome> {
  return db.$transaction(async (tx) => {
    const challenge = await tx.challenge.findUniqueOrThrow({
      where: { id: challengeId },
      select: { status: true, intakeStatus: true },
    });
    if (challenge.status === "DRAFT") return { ok: false, reason: "draft" };
    await tx.challenge.update({
      where: { id: challengeId },
      data: { intakeStatus: "REVIEWED", intakeReviewedAt: now },
    });
    await recordAudit(tx, {
      action: "challenge.intake.reviewed",
      actorId: actor.id,
      targetType: "Challenge",
      targetId: challengeId,
      ipAddress: actor.ipAddress,
      metadata: { from: challenge.intakeStatus },
    });
    return { ok: true };
  });
}

/**
 * Sends a published challenge back to its company with comments: RETURNED, the comment
 * shown to its members on the challenge page, and each member notified.
 */
export async function returnChallenge(
  actor: Actor,
  challengeId: string,
  comment: string,
  now = new Date(),
): Promise<IntakeOutcome> {
  return db.$transaction(async (tx) => {
    const challenge = await tx.challenge.findUniqueOrThrow({
      where: { id: challengeId },
      select: {
        status: true,
        title: true,
        intakeStatus: true,
        company: { select: { memberships: { select: { userId: true } } } },
      },
    });
    if (challenge.status === "DRAFT") return { ok: false, reason: "draft" };
    await tx.challenge.update({
      where: { id: challengeId },
      data: { intakeStatus: "RETURNED", intakeComment: comment, intakeReviewedAt: now },
    });
    const coordinator = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { name: true },
    });
    const audit = await recordAudit(tx, {
      action: "challenge.intake.returned",
      actorId: actor.id,
      targetType: "Challenge",
      targetId: challengeId,
      ipAddress: actor.ipAddress,
      metadata: { from: challenge.intakeStatus },
    });
    await notify(tx, {
      kind: "challenge.returned",
      recipientIds: challenge.company.memberships
        .map((membership) => membership.userId)
        .filter((userId) => userId !== actor.id),
      href: `/challenges/${challengeId}`,
      params: { challengeTitle: challenge.title, partyName: coordinator.name },
      eventId: `challenge.returned/${audit.id}`,
    });
    return { ok: true };
  });
}

/** Marks a new company taken in by the coordinator (it leaves the queue). */
export async function takeInCompany(actor: Actor, companyId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    await tx.company.update({ where: { id: companyId }, data: { intakeReviewedAt: now } });
    await recordAudit(tx, {
      action: "company.intake.takenIn",
      actorId: actor.id,
      targetType: "Company",
      targetId: companyId,
      ipAddress: actor.ipAddress,
    });
  });
}

/** What the company's members see of the intake on their challenge: a returned comment. */
export async function intakeNoteFor(challengeId: string) {
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: { intakeStatus: true, intakeComment: true, intakeReviewedAt: true },
  });
  if (challenge?.intakeStatus !== "RETURNED" || !challenge.intakeComment) return null;
  return { comment: challenge.intakeComment, at: challenge.intakeReviewedAt };
}

const activeStages = ["INTERESTED", "TALKING", "PROPOSAL", "CONTRACTED", "WORKING"] as const;

/** The console home's numbers for the coordinator's prefectures. */
export async function consoleOverview(
  prefectures: string[] | null,
  monthStart: Date,
  now = new Date(),
) {
  const prefectureCode = prefectureFilter(prefectures);
  const matchScope: Prisma.MatchWhereInput = prefectureCode
    ? { challenge: { prefectureCode } }
    : {};
  const staleBefore = new Date(now.getTime() - STALE_DAYS * 24 * 60 * 60 * 1000);
  const [intake, consultations, byStage, stale] = await Promise.all([
    intakeCounts(prefectures),
    db.consultation.count({
      where: {
        heldOn: { gte: monthStart },
        ...(prefectureCode ? { company: { prefectureCode } } : {}),
      },
    }),
    db.match.groupBy({ by: ["stage"], where: matchScope, _count: { _all: true } }),
    db.match.count({
      where: {
        ...matchScope,
        stage: { in: [...activeStages] },
        lastActivityAt: { lt: staleBefore },
      },
    }),
  ]);
  return {
    intake,
    consultations,
    byStage: Object.fromEntries(byStage.map((row) => [row.stage, row._count._all])) as Record<
      string,
      number
    >,
    stale,
  };
}
