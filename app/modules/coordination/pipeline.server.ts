/**
 * The pipeline board's data and moves. Region rule: a coordinator sees and moves only the
 * matches whose challenge lies in one of their prefectures (admins: all); anything else is
 * answered as if it did not exist.
 */
import type { MatchStage, Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import type { Locale } from "~/lib/i18n/locales";
import type { SessionUser } from "~/modules/auth/session.server";
import { professionalDisclosure } from "~/modules/matching/disclosure";
import { movesFor } from "~/modules/matching/lifecycle";
import { actOnMatch } from "~/modules/matching/matches.server";
import { anonymousSummary } from "~/modules/professionals/summary";
import { profileViewFor } from "~/modules/professionals/visibility";
import { effectivePrefectures } from "./kpis";
import {
  activityBefore,
  ageInDays,
  endedColumns,
  isStale,
  pipelineColumns,
  type PipelineFilters,
} from "./pipeline";

/** What a staff member's display of a professional needs. */
export const staffProfessionalSelect = {
  id: true,
  userId: true,
  headline: true,
  visibility: true,
  currentIndustryCode: true,
  user: { select: { name: true } },
  skills: {
    select: { years: true, level: true, skill: { select: { nameJa: true, nameEn: true } } },
    orderBy: [{ years: "desc" }, { skill: { nameEn: "asc" } }],
    take: 5,
  },
} satisfies Prisma.ProfessionalProfileSelect;

type StaffProfessional = Prisma.ProfessionalProfileGetPayload<{
  select: typeof staffProfessionalSelect;
}>;

/**
 * The professional of a match as a coordinator (or admin) may name them: the name once
 * they agreed to the match or when their profile is visible to the viewer in full,
 * otherwise the anonymous summary (matching's staged-disclosure rule).
 */
export function professionalForStaff(
  profile: StaffProfessional,
  match: { professionalAcceptedAt: Date | null },
  viewer: Pick<SessionUser, "id" | "role">,
  locale: Locale,
): { disclosed: boolean; label: string } {
  const view = profileViewFor(
    { userId: viewer.id, role: viewer.role, companyIds: [] },
    { userId: profile.userId, visibility: profile.visibility, blockedCompanyIds: [] },
  );
  if (professionalDisclosure(match, false, view) !== "anonymous") {
    return { disclosed: true, label: profile.user.name };
  }
  const skills = profile.skills.map((row) => ({ ...row, ...row.skill }));
  return {
    disclosed: false,
    label: anonymousSummary({ currentIndustryCode: profile.currentIndustryCode, skills }, locale),
  };
}

/** The Prisma `where` of the matches a viewer's prefectures (null: all) and filters allow. */
export function regionMatchWhere(
  scope: string[] | null,
  filters: { prefecture?: string; category?: string },
): Prisma.MatchWhereInput {
  const prefectures = effectivePrefectures(scope, filters.prefecture);
  return {
    challenge: {
      ...(prefectures === null ? {} : { prefectureCode: { in: prefectures } }),
      ...(filters.category ? { category: filters.category as never } : {}),
    },
  };
}

const BOARD_LIMIT = 400;
const ENDED_LIMIT = 60;

const cardSelect = {
  id: true,
  source: true,
  stage: true,
  professionalAcceptedAt: true,
  companyAcceptedAt: true,
  lastActivityAt: true,
  challenge: {
    select: {
      id: true,
      title: true,
      prefectureCode: true,
      category: true,
      company: { select: { name: true } },
    },
  },
  introducedBy: { select: { name: true } },
  profile: { select: staffProfessionalSelect },
} satisfies Prisma.MatchSelect;

/** The board: open and completed matches by stage, the ended ones apart (newest first). */
export async function pipelineBoard(
  viewer: Pick<SessionUser, "id" | "role">,
  scope: string[] | null,
  filters: PipelineFilters,
  locale: Locale,
  now = new Date(),
) {
  const before = activityBefore(filters.age, now);
  const where: Prisma.MatchWhereInput = {
    ...regionMatchWhere(scope, filters),
    ...(filters.coordinator ? { introducedById: filters.coordinator } : {}),
    ...(before ? { lastActivityAt: { lt: before } } : {}),
  };
  const [open, ended] = await Promise.all([
    db.match.findMany({
      where: { ...where, stage: { in: [...pipelineColumns] } },
      select: cardSelect,
      orderBy: [{ lastActivityAt: "asc" }, { id: "asc" }],
      take: BOARD_LIMIT,
    }),
    db.match.findMany({
      where: { ...where, stage: { in: [...endedColumns] } },
      select: cardSelect,
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      take: ENDED_LIMIT,
    }),
  ]);
  const card = (row: (typeof open)[number]) => {
    const age = ageInDays(row.lastActivityAt, now);
    return {
      id: row.id,
      stage: row.stage,
      source: row.source,
      lastActivityAt: row.lastActivityAt,
      ageDays: age,
      stale: isStale(row.stage, age),
      challengeTitle: row.challenge.title,
      companyName: row.challenge.company.name,
      prefectureCode: row.challenge.prefectureCode,
      introducedBy: row.introducedBy?.name ?? null,
      professional: professionalForStaff(row.profile, row, viewer, locale),
      moves: movesFor(row, "coordinator"),
      awaitingAgreement: row.professionalAcceptedAt === null || row.companyAcceptedAt === null,
    };
  };
  return { cards: open.map(card), ended: ended.map(card), truncated: open.length >= BOARD_LIMIT };
}

export type PipelineCard = Awaited<ReturnType<typeof pipelineBoard>>["cards"][number];

/** Coordinators covering any of these prefectures (null: every coordinator), for the filter. */
export async function coordinatorOptions(scope: string[] | null) {
  return db.user.findMany({
    where: {
      role: "COORDINATOR",
      ...(scope === null
        ? {}
        : { coordinatorRegions: { some: { prefectureCode: { in: scope } } } }),
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/**
 * Moves a match on the board for a coordinator (or admin), through the matching state
 * machine (which also writes the timeline, notifications and the audit row). 404 when
 * the match is not in the viewer's prefectures.
 */
export async function moveOnBoard(
  user: Pick<SessionUser, "id">,
  scope: string[] | null,
  move: { matchId: string; to: MatchStage },
  ipAddress?: string,
) {
  const match = await db.match.findFirst({
    where: { id: move.matchId, ...regionMatchWhere(scope, {}) },
    select: { id: true },
  });
  if (!match) notFound();
  return actOnMatch({
    matchId: match.id,
    side: "coordinator",
    action: { kind: "move", to: move.to },
    actor: { id: user.id, ipAddress },
  });
}
