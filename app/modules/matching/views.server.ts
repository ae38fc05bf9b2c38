/**
 * What the match pages show, read with `select`s shaped by who is looking. The one
 * rule that matters most: the company side sees the professional through staged
 * disclosure (disclosure.ts), so an anonymous professional's name, photo and contact
 * details never leave the server for a company until they have agreed.
 */
import type { MatchStage, Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import type { Role } from "~/modules/auth/roles";
import { companyIdsOf } from "~/modules/companies/access.server";
import { prefectureFilter, staffPrefectures } from "~/modules/coordination/regions.server";
import { anonymousSummary } from "~/modules/professionals/summary";
import { profileViewFor, type Viewer } from "~/modules/professionals/visibility";
import { companyContactsOpen, professionalDisclosure } from "./disclosure";
import { actionsFor, isAgreed, type MatchSide } from "./lifecycle";
import type { ApplicantSort } from "./schemas";
import { reviewsPublished, reviewVisibleTo, type ReviewSide } from "./reviews";
import { prepareChallenge, scorePair } from "./score";
import {
  challengeForScoring,
  challengeScoringSelect,
  professionalForScoring,
  profileScoringSelect,
} from "./score-input-builders";

const professionalSelect = {
  id: true,
  userId: true,
  headline: true,
  visibility: true,
  currentIndustryCode: true,
  user: { select: { name: true, email: true } },
  skills: {
    select: { years: true, level: true, skill: { select: { nameJa: true, nameEn: true } } },
    orderBy: [{ years: "desc" }, { skill: { nameEn: "asc" } }],
  },
} satisfies Prisma.ProfessionalProfileSelect;

type ProfessionalRow = Prisma.ProfessionalProfileGetPayload<{ select: typeof professionalSelect }>;

export type ProfessionalShown =
  | { disclosure: "contact"; profileId: string; name: string; email: string; headline: string }
  | { disclosure: "profile"; profileId: string; name: string; headline: string }
  | { disclosure: "anonymous"; profileId: string; summary: string; headline: string };

/**
 * The professional as `viewer` may see them in a match. Blocks need no check here: a
 * blocked company can never be in a match with the profile (startMatch refuses it).
 */
function showProfessional(
  profile: ProfessionalRow,
  match: { professionalAcceptedAt: Date | null },
  viewer: NonNullable<Viewer>,
  locale: Locale,
): ProfessionalShown {
  const view = profileViewFor(viewer, {
    userId: profile.userId,
    visibility: profile.visibility,
    blockedCompanyIds: [],
  });
  const own = viewer.userId === profile.userId;
  const disclosure = professionalDisclosure(match, own, view);
  const base = { profileId: profile.id, headline: profile.headline };
  if (disclosure === "contact") {
    return { ...base, disclosure, name: profile.user.name, email: profile.user.email };
  }
  if (disclosure === "profile") return { ...base, disclosure, name: profile.user.name };
  const summary = anonymousSummary(
    {
      currentIndustryCode: profile.currentIndustryCode,
      skills: profile.skills.map((row) => ({ ...row, ...row.skill })),
    },
    locale,
  );
  return { ...base, disclosure, summary };
}

export async function viewerFor(user: { id: string; role: Role }): Promise<NonNullable<Viewer>> {
  return { userId: user.id, role: user.role, companyIds: await companyIdsOf(user.id) };
}

const listSelect = {
  id: true,
  source: true,
  stage: true,
  professionalAcceptedAt: true,
  companyAcceptedAt: true,
  lastActivityAt: true,
  createdAt: true,
  challenge: {
    select: { id: true, title: true, companyId: true, company: { select: { name: true } } },
  },
  profile: { select: professionalSelect },
} satisfies Prisma.MatchSelect;

export const MATCHES_PAGE_SIZE = 30;

/**
 * The matches a user takes part in, newest activity first: a professional's own, a
 * company member's companies', a coordinator's prefectures' and for admins all of them.
 */
export async function listMatches(
  user: { id: string; role: Role },
  filters: { stage?: MatchStage; page: number },
  locale: Locale,
) {
  const viewer = await viewerFor(user);
  const prefectures = await staffPrefectures(user);
  const scope: Prisma.MatchWhereInput =
    user.role === "PROFESSIONAL"
      ? { profile: { userId: user.id } }
      : user.role === "COMPANY_MEMBER"
        ? { challenge: { companyId: { in: [...viewer.companyIds] } } }
        : prefectures
          ? { challenge: { prefectureCode: prefectureFilter(prefectures) } }
          : {};
  const where: Prisma.MatchWhereInput = {
    ...scope,
    ...(filters.stage ? { stage: filters.stage } : {}),
  };
  const [rows, total] = await Promise.all([
    db.match.findMany({
      where,
      select: listSelect,
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * MATCHES_PAGE_SIZE,
      take: MATCHES_PAGE_SIZE,
    }),
    db.match.count({ where }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / MATCHES_PAGE_SIZE)),
    items: rows.map((row) => ({
      id: row.id,
      source: row.source,
      stage: row.stage,
      lastActivityAt: row.lastActivityAt,
      challenge: {
        id: row.challenge.id,
        title: row.challenge.title,
        companyName: row.challenge.company.name,
      },
      professional: showProfessional(row.profile, row, viewer, locale),
      awaitsMe:
        (user.role === "PROFESSIONAL" && row.professionalAcceptedAt === null) ||
        (user.role === "COMPANY_MEMBER" && row.companyAcceptedAt === null),
    })),
  };
}

/** One match as `side` sees it: parties, stage, what they may do, timeline and reviews. */
export async function matchDetail(
  matchId: string,
  user: { id: string; role: Role },
  side: MatchSide,
  locale: Locale,
  now = new Date(),
) {
  const viewer = await viewerFor(user);
  const match = await db.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      ...listSelect,
      message: true,
      availabilityConfirmed: true,
      endReason: true,
      endNote: true,
      contractedAt: true,
      completedAt: true,
      introducedBy: { select: { name: true } },
      challenge: {
        select: {
          id: true,
          title: true,
          companyId: true,
          company: { select: { name: true } },
          hoursPerWeek: true,
          startDate: true,
        },
      },
      events: {
        select: {
          id: true,
          kind: true,
          fromStage: true,
          toStage: true,
          actorSide: true,
          note: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      reviews: {
        select: {
          authorSide: true,
          rating: true,
          comment: true,
          wouldWorkAgain: true,
          createdAt: true,
        },
      },
    },
  });
  const professional = showProfessional(match.profile, match, viewer, locale);
  const contactsOpen = companyContactsOpen(match);
  const companyContacts = contactsOpen
    ? await db.membership.findMany({
        where: { companyId: match.challenge.companyId },
        select: { user: { select: { name: true, email: true } } },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      })
    : [];
  const writtenBy = match.reviews.map((review) => review.authorSide as ReviewSide);
  const published = reviewsPublished(match.completedAt, writtenBy, now);
  const professionalHidden = professional.disclosure === "anonymous";
  return {
    id: match.id,
    side,
    source: match.source,
    stage: match.stage,
    message: match.message,
    availabilityConfirmed: match.availabilityConfirmed,
    endReason: match.endReason,
    endNote: match.endNote,
    agreed: isAgreed(match),
    professionalAccepted: match.professionalAcceptedAt !== null,
    companyAccepted: match.companyAcceptedAt !== null,
    completedAt: match.completedAt,
    introducedBy: match.introducedBy?.name ?? null,
    challenge: {
      id: match.challenge.id,
      title: match.challenge.title,
      companyId: match.challenge.companyId,
      companyName: match.challenge.company.name,
      hoursPerWeek: match.challenge.hoursPerWeek,
      startDate: match.challenge.startDate,
    },
    professional,
    companyContacts: companyContacts.map((row) => row.user),
    actions: actionsFor(match, side),
    timeline: match.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      fromStage: event.fromStage,
      toStage: event.toStage,
      actorSide: event.actorSide,
      // The professional's own acts carry their name: hide it while they are anonymous.
      actorName:
        event.actorSide === "professional" && professionalHidden
          ? null
          : (event.actor?.name ?? null),
      note: event.note,
      createdAt: event.createdAt,
    })),
    reviews: match.reviews
      .filter((review) => reviewVisibleTo(side, review.authorSide as ReviewSide, published))
      .map((review) => ({ ...review, authorSide: review.authorSide as ReviewSide })),
    reviewsPublished: published,
    canReview: match.stage === "COMPLETED" && side !== "coordinator" && !writtenBy.includes(side),
  };
}

export type MatchDetail = Awaited<ReturnType<typeof matchDetail>>;

/** The match between this challenge and this professional, if there is one. */
export async function findMatchId(challengeId: string, profileId: string) {
  const match = await db.match.findUnique({
    where: { challengeId_profileId: { challengeId, profileId } },
    select: { id: true },
  });
  return match?.id ?? null;
}

/** Whether `side` may write its review now, and the challenge's title for the page. */
export async function reviewState(matchId: string, side: ReviewSide) {
  const match = await db.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      stage: true,
      challenge: { select: { title: true } },
      reviews: { where: { authorSide: side }, select: { id: true } },
    },
  });
  const problem =
    match.stage !== "COMPLETED"
      ? ("matches.review.notCompleted" as const)
      : match.reviews.length > 0
        ? ("matches.review.exists" as const)
        : null;
  return { problem, challengeTitle: match.challenge.title };
}

/**
 * Everyone in contact about one challenge, each with the pair's score and reasons,
 * best match first (or newest activity first). Scores come from the same pure
 * function and the same anonymous-view fields as the recommendations.
 */
export async function applicantsOf(
  challengeId: string,
  user: { id: string; role: Role },
  sort: ApplicantSort,
  locale: Locale,
  now = new Date(),
) {
  const viewer = await viewerFor(user);
  const challenge = await db.challenge.findUniqueOrThrow({
    where: { id: challengeId },
    select: challengeScoringSelect,
  });
  const rows = await db.match.findMany({
    where: { challengeId },
    select: {
      ...listSelect,
      profile: {
        select: {
          ...professionalSelect,
          ...profileScoringSelect,
          skills: profileScoringSelect.skills,
        },
      },
    },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  const scored = prepareChallenge(challengeForScoring(challenge));
  const items = rows.map((row) => ({
    id: row.id,
    source: row.source,
    stage: row.stage,
    lastActivityAt: row.lastActivityAt,
    awaitsMe: user.role === "COMPANY_MEMBER" && row.companyAcceptedAt === null,
    professional: showProfessional(row.profile, row, viewer, locale),
    score: scorePair(scored, professionalForScoring(row.profile), { now }),
  }));
  if (sort === "score") {
    items.sort((a, b) => b.score.total - a.score.total || a.id.localeCompare(b.id));
  }
  return { title: challenge.title, items };
}
