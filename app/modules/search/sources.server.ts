/**
 * Reads what the documents are built from: the current state of challenges and
 * profiles, by id or in id order (for the reindex). One query per kind and batch.
 */
import type { Prisma } from "~/generated/prisma/client";
import { db, type DbClient } from "~/lib/db.server";
import type { ChallengeSource, ProfileSource } from "./documents";

const skillNames = { select: { nameJa: true, nameEn: true, aliases: true } } as const;

export const challengeSourceSelect = {
  id: true,
  companyId: true,
  status: true,
  title: true,
  summary: true,
  background: true,
  successCriteria: true,
  deliverables: true,
  category: true,
  engagementTypes: true,
  workStyle: true,
  hoursPerWeek: true,
  compensationType: true,
  compensationMin: true,
  compensationMax: true,
  startDate: true,
  applicationDeadline: true,
  publishedAt: true,
  prefectureCode: true,
  municipality: true,
  company: { select: { name: true } },
  skills: {
    select: { required: true, skill: skillNames },
    orderBy: { skill: { nameJa: "asc" } },
  },
} satisfies Prisma.ChallengeSelect;

export const profileSourceSelect = {
  id: true,
  userId: true,
  visibility: true,
  headline: true,
  bio: true,
  photoId: true,
  currentEmployer: true,
  currentIndustryCode: true,
  industryCodes: true,
  certificates: true,
  engagementTypes: true,
  workStyles: true,
  hoursPerWeek: true,
  availableFrom: true,
  expectedMonthlyYen: true,
  expectedHourlyYen: true,
  updatedAt: true,
  user: { select: { name: true } },
  skills: { select: { years: true, level: true, skill: skillNames } },
  careers: {
    select: { organisation: true, title: true, description: true },
    orderBy: { position: "asc" },
  },
  regions: { select: { prefectureCode: true } },
  ties: { select: { prefectureCode: true } },
  blocks: { select: { companyId: true } },
} satisfies Prisma.ProfessionalProfileSelect;

export async function challengeSources(
  ids: readonly string[],
  client: DbClient = db,
): Promise<ChallengeSource[]> {
  if (ids.length === 0) return [];
  return client.challenge.findMany({
    where: { id: { in: [...ids] } },
    select: challengeSourceSelect,
  });
}

export async function profileSources(
  ids: readonly string[],
  client: DbClient = db,
): Promise<ProfileSource[]> {
  if (ids.length === 0) return [];
  return client.professionalProfile.findMany({
    where: { id: { in: [...ids] } },
    select: profileSourceSelect,
  });
}

/** The next `take` OPEN challenges after `cursor` (by id), for the reindex. */
export function openChallengeBatch(cursor: string | null, take: number) {
  return db.challenge.findMany({
    where: { status: "OPEN", ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: challengeSourceSelect,
  });
}

/** The next `take` indexable (not HIDDEN) profiles after `cursor` (by id). */
export function indexableProfileBatch(cursor: string | null, take: number) {
  return db.professionalProfile.findMany({
    where: { visibility: { not: "HIDDEN" }, ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: profileSourceSelect,
  });
}

export function countIndexable() {
  return Promise.all([
    db.challenge.count({ where: { status: "OPEN" } }),
    db.professionalProfile.count({ where: { visibility: { not: "HIDDEN" } } }),
  ]).then(([challenges, profiles]) => ({ challenges, profiles }));
}
