/**
 * Writes on matches. Each one runs in a transaction that changes the match, adds its
 * timeline event, notifies the people it concerns (bell and email outbox) and, for
 * acts of coordinators and admins, writes the audit log — so none of these can exist
 * without the others.
 */
import type { MatchSource, MatchStage } from "~/generated/prisma/enums";
import { db, type DbClient } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { NotificationKind, NotificationParams } from "~/modules/notifications/kinds";
import { openThreadForMatch } from "~/modules/messaging/threads.server";
import { notify } from "~/modules/notifications/in-app/notify.server";
import { initialAcceptance, transition, type MatchAction, type MatchSide } from "./lifecycle";
import type { ReviewSide } from "./reviews";

export type MatchActor = { id: string; ipAddress?: string };

export type StartMatchOutcome =
  | { ok: true; matchId: string }
  | { ok: false; reason: "exists"; matchId: string }
  | { ok: false; reason: "notOpen" | "noProfile" | "blocked" };

type StartMatch = {
  challengeId: string;
  profileId: string;
  source: MatchSource;
  message: string;
  availabilityConfirmed?: boolean;
  actor: MatchActor;
  now?: Date;
};

/**
 * Opens a match: an application or casual-talk request by the professional, a scout
 * by the company, or an introduction by a coordinator. One match per pair: a second
 * attempt answers with the existing one. Callers check who may start which kind.
 */
export async function startMatch(request: StartMatch): Promise<StartMatchOutcome> {
  const now = request.now ?? new Date();
  return db.$transaction(async (tx) => {
    const challenge = await tx.challenge.findUnique({
      where: { id: request.challengeId },
      select: {
        id: true,
        status: true,
        companyId: true,
        title: true,
        company: { select: { name: true } },
      },
    });
    if (!challenge || challenge.status !== "OPEN") return { ok: false, reason: "notOpen" } as const;
    const profile = await tx.professionalProfile.findUnique({
      where: { id: request.profileId },
      select: {
        id: true,
        userId: true,
        headline: true,
        user: { select: { name: true } },
        blocks: { where: { companyId: challenge.companyId }, select: { companyId: true } },
      },
    });
    if (!profile) return { ok: false, reason: "noProfile" } as const;
    if (profile.blocks.length > 0) return { ok: false, reason: "blocked" } as const;
    const existing = await tx.match.findUnique({
      where: { challengeId_profileId: { challengeId: challenge.id, profileId: profile.id } },
      select: { id: true },
    });
    if (existing) return { ok: false, reason: "exists", matchId: existing.id } as const;

    const match = await tx.match.create({
      data: {
        challengeId: challenge.id,
        profileId: profile.id,
        source: request.source,
        message: request.message,
        availabilityConfirmed: request.availabilityConfirmed ?? false,
        initiatedById: request.actor.id,
        introducedById: request.source === "INTRODUCTION" ? request.actor.id : null,
        ...initialAcceptance(request.source, now),
        lastActivityAt: now,
        createdAt: now,
      },
      select: { id: true },
    });
    await openThreadForMatch(tx, match.id, { now });
    const actorSide: MatchSide =
      request.source === "SCOUT"
        ? "company"
        : request.source === "INTRODUCTION"
          ? "coordinator"
          : "professional";
    const event = await tx.matchEvent.create({
      data: {
        matchId: match.id,
        kind: "created",
        toStage: "INTERESTED",
        actorSide,
        actorId: request.actor.id,
        note: request.message || null,
        createdAt: now,
      },
      select: { id: true },
    });
    const members = await companyMemberIds(tx, challenge.companyId);
    const href = `/matches/${match.id}`;
    const base = { matchId: match.id, href, eventId: event.id };
    const professionalName =
      request.source === "APPLICATION" || request.source === "CASUAL_TALK"
        ? profile.user.name
        : profile.headline;
    switch (request.source) {
      case "APPLICATION":
      case "CASUAL_TALK":
        await notify(tx, {
          ...base,
          kind: request.source === "APPLICATION" ? "match.applied" : "match.casualTalk",
          recipientIds: members,
          params: { challengeTitle: challenge.title, partyName: professionalName },
        });
        break;
      case "SCOUT":
        await notify(tx, {
          ...base,
          kind: "match.scouted",
          recipientIds: [profile.userId],
          params: { challengeTitle: challenge.title, partyName: challenge.company.name },
        });
        break;
      case "INTRODUCTION":
        await notify(tx, {
          ...base,
          kind: "match.introduced",
          recipientIds: [profile.userId],
          params: { challengeTitle: challenge.title, partyName: challenge.company.name },
        });
        await notify(tx, {
          ...base,
          kind: "match.introduced",
          recipientIds: members,
          params: { challengeTitle: challenge.title, partyName: professionalName },
        });
        await recordAudit(tx, {
          action: "match.introduce",
          actorId: request.actor.id,
          targetType: "Match",
          targetId: match.id,
          ipAddress: request.actor.ipAddress,
          metadata: { challengeId: challenge.id, profileId: profile.id },
        });
        break;
    }
    return { ok: true, matchId: match.id } as const;
  });
}

export type MatchActOutcome = { ok: true; stage: MatchStage } | { ok: false; reason: "notAllowed" };

/**
 * Accepts, ends or moves a match for `side`, checked against the state machine on the
 * match as it is inside the transaction, so two people acting at once cannot both win.
 */
export async function actOnMatch(request: {
  matchId: string;
  side: MatchSide;
  action: MatchAction;
  note?: string;
  actor: MatchActor;
  now?: Date;
}): Promise<MatchActOutcome> {
  const now = request.now ?? new Date();
  return db.$transaction(async (tx) => {
    const match = await tx.match.findUniqueOrThrow({
      where: { id: request.matchId },
      select: matchForActSelect,
    });
    const result = transition(match, request.side, request.action, now);
    if (!result.ok) return { ok: false, reason: "notAllowed" } as const;
    const { endReason, ...patch } = result.patch;
    await tx.match.update({
      where: { id: match.id },
      data: {
        ...patch,
        ...(endReason ? { endReason, endNote: request.note || null } : {}),
        lastActivityAt: now,
      },
    });
    if (request.action.kind === "accept") await openThreadForMatch(tx, match.id, { now });
    const kind =
      request.action.kind === "accept"
        ? "accepted"
        : request.action.kind === "end"
          ? "ended"
          : "stage";
    const event = await tx.matchEvent.create({
      data: {
        matchId: match.id,
        kind,
        fromStage: result.fromStage,
        toStage: result.fromStage === null ? null : patch.stage,
        actorSide: request.side,
        actorId: request.actor.id,
        note: request.note || null,
        createdAt: now,
      },
      select: { id: true },
    });
    const notification: { kind: NotificationKind; params: NotificationParams } =
      request.action.kind === "accept"
        ? { kind: "match.accepted", params: {} }
        : request.action.kind === "end"
          ? { kind: "match.ended", params: { outcome: patch.stage } }
          : { kind: "match.stage", params: { stage: patch.stage } };
    await notifyParties(tx, match, request.side, request.actor.id, {
      ...notification,
      eventId: event.id,
      accepted: request.side === "professional" && request.action.kind === "accept",
    });
    if (request.side === "coordinator") {
      await recordAudit(tx, {
        action: `match.${kind}`,
        actorId: request.actor.id,
        targetType: "Match",
        targetId: match.id,
        ipAddress: request.actor.ipAddress,
        metadata: { from: match.stage, to: patch.stage },
      });
    }
    return { ok: true, stage: patch.stage } as const;
  });
}

export type ReviewOutcome = { ok: true } | { ok: false; reason: "notCompleted" | "exists" };

/** One review per side, once the match is completed. */
export async function writeReview(request: {
  matchId: string;
  side: ReviewSide;
  rating: number;
  comment: string;
  wouldWorkAgain?: boolean;
  actor: MatchActor;
  now?: Date;
}): Promise<ReviewOutcome> {
  const now = request.now ?? new Date();
  return db.$transaction(async (tx) => {
    const match = await tx.match.findUniqueOrThrow({
      where: { id: request.matchId },
      select: { ...matchForActSelect, reviews: { select: { authorSide: true } } },
    });
    if (match.stage !== "COMPLETED") return { ok: false, reason: "notCompleted" } as const;
    if (match.reviews.some((review) => review.authorSide === request.side)) {
      return { ok: false, reason: "exists" } as const;
    }
    await tx.matchReview.create({
      data: {
        matchId: match.id,
        authorSide: request.side,
        authorId: request.actor.id,
        rating: request.rating,
        comment: request.comment,
        wouldWorkAgain: request.side === "company" ? (request.wouldWorkAgain ?? false) : null,
        createdAt: now,
      },
    });
    await tx.match.update({ where: { id: match.id }, data: { lastActivityAt: now } });
    const event = await tx.matchEvent.create({
      data: {
        matchId: match.id,
        kind: "reviewed",
        actorSide: request.side,
        actorId: request.actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await notifyParties(tx, match, request.side, request.actor.id, {
      kind: "match.review",
      params: {},
      eventId: event.id,
      accepted: false,
    });
    return { ok: true } as const;
  });
}

const matchForActSelect = {
  id: true,
  source: true,
  stage: true,
  professionalAcceptedAt: true,
  companyAcceptedAt: true,
  introducedById: true,
  challenge: { select: { title: true, companyId: true, company: { select: { name: true } } } },
  profile: { select: { userId: true, headline: true, user: { select: { name: true } } } },
} as const;

type MatchForAct = {
  id: string;
  professionalAcceptedAt: Date | null;
  introducedById: string | null;
  challenge: { title: string; companyId: string; company: { name: string } };
  profile: { userId: string; headline: string; user: { name: string } };
};

/**
 * Tells the other parties of a match what `side` did: the professional hears of the
 * company's acts and the other way round, and the introducing coordinator of both.
 * Names follow staged disclosure: the company learns the professional's name only
 * once they have agreed (or agree with this very act).
 */
async function notifyParties(
  tx: DbClient,
  match: MatchForAct,
  side: MatchSide,
  actorId: string,
  event: { kind: NotificationKind; params: NotificationParams; eventId: string; accepted: boolean },
) {
  const href = `/matches/${match.id}`;
  const base = { kind: event.kind, matchId: match.id, href, eventId: event.eventId };
  const challengeTitle = match.challenge.title;
  const disclosed = match.professionalAcceptedAt !== null || event.accepted;
  const professionalName = disclosed ? match.profile.user.name : match.profile.headline;
  const members = await companyMemberIds(tx, match.challenge.companyId);
  if (side !== "professional") {
    await notify(tx, {
      ...base,
      recipientIds: [match.profile.userId].filter((id) => id !== actorId),
      params: { ...event.params, challengeTitle, partyName: match.challenge.company.name },
    });
  }
  await notify(tx, {
    ...base,
    recipientIds: members.filter((id) => id !== actorId),
    params: { ...event.params, challengeTitle, partyName: professionalName },
  });
  if (match.introducedById && match.introducedById !== actorId) {
    await notify(tx, {
      ...base,
      recipientIds: [match.introducedById],
      params: { ...event.params, challengeTitle, partyName: match.profile.user.name },
    });
  }
}

async function companyMemberIds(tx: DbClient, companyId: string) {
  const members = await tx.membership.findMany({ where: { companyId }, select: { userId: true } });
  return members.map((member) => member.userId);
}
