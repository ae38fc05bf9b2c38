/**
 * The one way the app turns database rows into scoring input (score-input.ts): every
 * viewer — the company, a coordinator, the professional themself — scores a pair from
 * the same builder, so they all see the same score.
 *
 * The professional side reads only what the anonymous view shows (views.server.ts in
 * professionals): headline, skills, career titles, certificate names, regions, ties'
 * prefecture and kind, work preferences, availability and expected pay. Never the name,
 * employer, bio, links, career organisations or descriptions, certificate issuers, or a
 * tie's municipality and note: what is not read cannot leak through a score or a reason
 * quoting a matched word.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { CompensationType, SkillLevel, TieKind, WorkStyle } from "~/generated/prisma/enums";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import type { ChallengeForScoring, ProfessionalForScoring } from "./score-input";

/** The columns professionalForScoring reads (a Prisma select or an equivalent raw row). */
export type ProfileScoringSource = {
  id: string;
  headline: string;
  /** JSON [{ name, issuer?, year? }]: only the names are read */
  certificates: string;
  /** comma-separated codes */
  engagementTypes: string;
  /** comma-separated codes */
  workStyles: string;
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number | null;
  availableFrom: Date | null;
  expectedMonthlyYen: number | null;
  expectedHourlyYen: number | null;
  skills: ReadonlyArray<{
    skillId: string;
    years: number;
    level: SkillLevel;
    skill: { nameJa: string; nameEn: string };
  }>;
  /** only the titles are read */
  careers: ReadonlyArray<{ title: string }>;
  regions: ReadonlyArray<{ prefectureCode: string }>;
  ties: ReadonlyArray<{ prefectureCode: string; kind: TieKind }>;
};

/** The columns challengeForScoring reads. */
export type ChallengeScoringSource = {
  id: string;
  title: string;
  summary: string;
  background: string;
  successCriteria: string;
  deliverables: string;
  skills: ReadonlyArray<{
    skillId: string;
    required: boolean;
    skill: { nameJa: string; nameEn: string };
  }>;
  prefectureCode: string;
  /** comma-separated codes */
  engagementTypes: string;
  workStyle: WorkStyle;
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number;
  durationMonths: number;
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  startDate: Date | null;
};

/** A Prisma select giving exactly ProfileScoringSource. */
export const profileScoringSelect = {
  id: true,
  headline: true,
  certificates: true,
  engagementTypes: true,
  workStyles: true,
  onsiteVisitsPerMonth: true,
  hoursPerWeek: true,
  availableFrom: true,
  expectedMonthlyYen: true,
  expectedHourlyYen: true,
  skills: {
    select: {
      skillId: true,
      years: true,
      level: true,
      skill: { select: { nameJa: true, nameEn: true } },
    },
  },
  careers: { select: { title: true }, orderBy: { position: "asc" } },
  regions: { select: { prefectureCode: true } },
  ties: { select: { prefectureCode: true, kind: true } },
} satisfies Prisma.ProfessionalProfileSelect;

/** A Prisma select giving exactly ChallengeScoringSource. */
export const challengeScoringSelect = {
  id: true,
  title: true,
  summary: true,
  background: true,
  successCriteria: true,
  deliverables: true,
  skills: {
    select: { skillId: true, required: true, skill: { select: { nameJa: true, nameEn: true } } },
  },
  prefectureCode: true,
  engagementTypes: true,
  workStyle: true,
  onsiteVisitsPerMonth: true,
  hoursPerWeek: true,
  durationMonths: true,
  compensationType: true,
  compensationMin: true,
  compensationMax: true,
  startDate: true,
} satisfies Prisma.ChallengeSelect;

/** Certificate names from the stored JSON; anything malformed is skipped. */
function certificateNames(stored: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== "object") return [];
    const name = (item as { name?: unknown }).name;
    return typeof name === "string" && name.trim() ? [name] : [];
  });
}

function joinText(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join("\n");
}

export function professionalForScoring(profile: ProfileScoringSource): ProfessionalForScoring {
  return {
    id: profile.id,
    text: joinText([
      profile.headline,
      ...profile.careers.map((career) => career.title),
      ...certificateNames(profile.certificates),
    ]),
    skills: profile.skills.map((row) => ({
      skillId: row.skillId,
      nameJa: row.skill.nameJa,
      nameEn: row.skill.nameEn,
      level: row.level,
      years: row.years,
    })),
    regionCodes: [...new Set(profile.regions.map((region) => region.prefectureCode))],
    ties: profile.ties.map((tie) => ({ prefectureCode: tie.prefectureCode, kind: tie.kind })),
    engagementTypes: decodeCodeList(profile.engagementTypes, engagementTypes),
    workStyles: decodeCodeList(profile.workStyles, workStyles),
    onsiteVisitsPerMonth: profile.onsiteVisitsPerMonth,
    hoursPerWeek: profile.hoursPerWeek,
    availableFrom: profile.availableFrom,
    expectedMonthlyYen: profile.expectedMonthlyYen,
    expectedHourlyYen: profile.expectedHourlyYen,
  };
}

export function challengeForScoring(challenge: ChallengeScoringSource): ChallengeForScoring {
  return {
    id: challenge.id,
    text: joinText([
      challenge.title,
      challenge.summary,
      challenge.background,
      challenge.successCriteria,
      challenge.deliverables,
    ]),
    skills: challenge.skills.map((row) => ({
      skillId: row.skillId,
      nameJa: row.skill.nameJa,
      nameEn: row.skill.nameEn,
      required: row.required,
    })),
    prefectureCode: challenge.prefectureCode,
    engagementTypes: decodeCodeList(challenge.engagementTypes, engagementTypes),
    workStyle: challenge.workStyle,
    onsiteVisitsPerMonth: challenge.onsiteVisitsPerMonth,
    hoursPerWeek: challenge.hoursPerWeek,
    durationMonths: challenge.durationMonths,
    compensationType: challenge.compensationType,
    compensationMin: challenge.compensationMin,
    compensationMax: challenge.compensationMax,
    startDate: challenge.startDate,
  };
}
