import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import { companyIdsOf } from "~/modules/companies/access.server";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { industryCodes } from "~/modules/reference/industries";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { resolveSkillNames } from "~/modules/skills/resolve.server";
import type { ProsFilters } from "./schemas";
import { readCertificates, readLanguages, readLinks } from "./schemas";
import { anonymousSummary } from "./summary";
import { profileViewFor, visibleProfilesWhere, type ProfileView, type Viewer } from "./visibility";

/**
 * Profiles as other people see them. Every read goes through profileViewFor (one profile)
 * or visibleProfilesWhere (lists), and the anonymous view is built here, from a select
 * that never reads the fields it must not show: what it leaves out cannot reach a page.
 *
 * What the anonymous view shows, and why:
 * - shown: the generated summary, headline, skills (years, level), industries worked in,
 *   career entries as title + industry + years, regions of interest, hometown ties as
 *   prefecture + kind, work preferences, availability, compensation, languages, and
 *   certificate names with their year. The headline is short, written for this purpose
 *   and the privacy page says it is shown; matching needs the rest.
 * - never: the name, photo, current employer, links, bio (long free text tends to name
 *   people and places), career organisations and descriptions, certificate issuers (an
 *   in-house certificate names the employer), a tie's municipality and note (small
 *   places identify people).
 */

export async function viewerOf(user: { id: string; role: NonNullable<Viewer>["role"] } | null) {
  if (!user) return null;
  return { userId: user.id, role: user.role, companyIds: await companyIdsOf(user.id) };
}

/** Which of the viewer's companies a profile blocks: only these, never its whole list. */
function blocksAgainst(viewer: Viewer) {
  return {
    where: { companyId: { in: viewer ? [...viewer.companyIds] : [] } },
    select: { companyId: true },
  };
}

/** How `viewer` sees one profile ("none" also for a profile that does not exist). */
export async function viewOfProfile(viewer: Viewer, profileId: string): Promise<ProfileView> {
  const facts = await db.professionalProfile.findUnique({
    where: { id: profileId },
    select: { userId: true, visibility: true, blocks: blocksAgainst(viewer) },
  });
  if (!facts) return "none";
  return profileViewFor(viewer, {
    userId: facts.userId,
    visibility: facts.visibility,
    blockedCompanyIds: facts.blocks.map((block) => block.companyId),
  });
}

const skillsSelect = {
  select: { years: true, level: true, skill: { select: { nameJa: true, nameEn: true } } },
  orderBy: [{ years: "desc" }, { skill: { nameEn: "asc" } }],
} satisfies Prisma.ProfessionalProfile$skillsArgs;

const regionsSelect = {
  select: { prefectureCode: true },
  orderBy: { prefectureCode: "asc" },
} satisfies Prisma.ProfessionalProfile$regionsArgs;

const sharedSelect = {
  id: true,
  headline: true,
  currentIndustryCode: true,
  industryCodes: true,
  languages: true,
  certificates: true,
  engagementTypes: true,
  workStyles: true,
  onsiteVisitsPerMonth: true,
  hoursPerWeek: true,
  availableFrom: true,
  expectedMonthlyYen: true,
  expectedHourlyYen: true,
  skills: skillsSelect,
  regions: regionsSelect,
} satisfies Prisma.ProfessionalProfileSelect;

type SkillRow = {
  years: number;
  level: "BASIC" | "INTERMEDIATE" | "ADVANCED" | "EXPERT";
  skill: { nameJa: string; nameEn: string };
};

function skillsFor(rows: SkillRow[], locale: Locale) {
  return rows.map((row) => ({
    name: locale === "ja" ? row.skill.nameJa : row.skill.nameEn,
    years: row.years,
    level: row.level,
  }));
}

function summaryOf(
  profile: { currentIndustryCode: string | null; skills: SkillRow[] },
  locale: Locale,
) {
  return anonymousSummary(
    {
      currentIndustryCode: profile.currentIndustryCode,
      skills: profile.skills.map((row) => ({ ...row, ...row.skill })),
    },
    locale,
  );
}

function preferencesOf(profile: {
  industryCodes: string;
  engagementTypes: string;
  workStyles: string;
  onsiteVisitsPerMonth: number;
  hoursPerWeek: number | null;
  availableFrom: Date | null;
  expectedMonthlyYen: number | null;
  expectedHourlyYen: number | null;
}) {
  return {
    industryCodes: decodeCodeList(profile.industryCodes, industryCodes),
    engagementTypes: decodeCodeList(profile.engagementTypes, engagementTypes),
    workStyles: decodeCodeList(profile.workStyles, workStyles),
    onsiteVisitsPerMonth: profile.onsiteVisitsPerMonth,
    hoursPerWeek: profile.hoursPerWeek,
    availableFrom: profile.availableFrom,
    expectedMonthlyYen: profile.expectedMonthlyYen,
    expectedHourlyYen: profile.expectedHourlyYen,
  };
}

export async function fullProfile(profileId: string, locale: Locale) {
  const profile = await db.professionalProfile.findUnique({
    where: { id: profileId },
    select: {
      ...sharedSelect,
      bio: true,
      currentEmployer: true,
      photoId: true,
      links: true,
      visibility: true,
      user: { select: { name: true } },
      careers: {
        select: {
          organisation: true,
          industryCode: true,
          title: true,
          startYear: true,
          endYear: true,
          description: true,
        },
        orderBy: { position: "asc" },
      },
      ties: {
        select: { prefectureCode: true, municipality: true, kind: true, note: true },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!profile) return null;
  return {
    view: "full" as const,
    id: profile.id,
    name: profile.user.name,
    hasPhoto: profile.photoId !== null,
    headline: profile.headline,
    bio: profile.bio,
    currentEmployer: profile.currentEmployer,
    currentIndustryCode: profile.currentIndustryCode,
    visibility: profile.visibility,
    skills: skillsFor(profile.skills, locale),
    careers: profile.careers,
    regions: profile.regions.map((region) => region.prefectureCode),
    ties: profile.ties,
    certificates: readCertificates(profile.certificates),
    languages: readLanguages(profile.languages),
    links: readLinks(profile.links),
    ...preferencesOf(profile),
  };
}

export async function anonymousProfile(profileId: string, locale: Locale) {
  const profile = await db.professionalProfile.findUnique({
    where: { id: profileId },
    select: {
      ...sharedSelect,
      careers: {
        select: { industryCode: true, title: true, startYear: true, endYear: true },
        orderBy: { position: "asc" },
      },
      ties: { select: { prefectureCode: true, kind: true }, orderBy: { id: "asc" } },
    },
  });
  if (!profile) return null;
  return {
    view: "anonymous" as const,
    id: profile.id,
    summary: summaryOf(profile, locale),
    headline: profile.headline,
    currentIndustryCode: profile.currentIndustryCode,
    skills: skillsFor(profile.skills, locale),
    careers: profile.careers,
    regions: profile.regions.map((region) => region.prefectureCode),
    ties: profile.ties,
    certificates: readCertificates(profile.certificates).map(({ name, year }) => ({ name, year })),
    languages: readLanguages(profile.languages),
    ...preferencesOf(profile),
  };
}

export type FullProfile = NonNullable<Awaited<ReturnType<typeof fullProfile>>>;
export type AnonymousProfile = NonNullable<Awaited<ReturnType<typeof anonymousProfile>>>;
export type ShownProfile = FullProfile | AnonymousProfile;

/** The profile as `viewer` may see it, or null (not found, hidden, or blocked: all alike). */
export async function profileForViewer(
  viewer: Viewer,
  profileId: string,
  locale: Locale,
): Promise<ShownProfile | null> {
  const view = await viewOfProfile(viewer, profileId);
  if (view === "full") return fullProfile(profileId, locale);
  if (view === "anonymous") return anonymousProfile(profileId, locale);
  return null;
}

/** The photo's bytes when `viewer` sees the profile in full; null otherwise. */
export async function photoForViewer(viewer: Viewer, profileId: string) {
  if ((await viewOfProfile(viewer, profileId)) !== "full") return null;
  const profile = await db.professionalProfile.findUnique({
    where: { id: profileId },
    select: { photo: { select: { bytes: true, contentType: true } } },
  });
  return profile?.photo ?? null;
}

export const PROS_PAGE_SIZE = 20;

/**
 * /pros: the profiles `viewer` may see, filtered, newest first. Each row carries only what
 * its view allows: a name for full rows, the generated summary for anonymous ones.
 */
export async function listProfilesForViewer(viewer: Viewer, filters: ProsFilters, locale: Locale) {
  const page = filters.page ?? 1;
  const conditions = [visibleProfilesWhere(viewer)];
  if (filters.prefecture) {
    conditions.push({
      OR: [
        { regions: { some: { prefectureCode: filters.prefecture } } },
        { ties: { some: { prefectureCode: filters.prefecture } } },
      ],
    });
  }
  if (filters.engagement) conditions.push({ engagementTypes: { contains: filters.engagement } });
  if (filters.skill) {
    const { skills } = await resolveSkillNames(db, [filters.skill]);
    const skill = skills[0];
    if (!skill) return { rows: [], total: 0, page: 1, pageCount: 1, unknownSkill: true };
    conditions.push({ skills: { some: { skillId: skill.id } } });
  }
  const where = { AND: conditions };
  const [total, profiles] = await Promise.all([
    db.professionalProfile.count({ where }),
    db.professionalProfile.findMany({
      where,
      select: {
        id: true,
        userId: true,
        visibility: true,
        headline: true,
        currentIndustryCode: true,
        blocks: blocksAgainst(viewer),
        skills: skillsSelect,
        regions: regionsSelect,
      },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PROS_PAGE_SIZE,
      take: PROS_PAGE_SIZE,
    }),
  ]);
  const fullIds = new Set<string>();
  const rows = profiles.flatMap((profile) => {
    const view = profileViewFor(viewer, {
      userId: profile.userId,
      visibility: profile.visibility,
      blockedCompanyIds: profile.blocks.map((block) => block.companyId),
    });
    if (view === "none") return [];
    if (view === "full") fullIds.add(profile.id);
    return [
      {
        id: profile.id,
        view,
        headline: profile.headline,
        summary: view === "anonymous" ? summaryOf(profile, locale) : null,
        skills: skillsFor(profile.skills.slice(0, 5), locale),
        regions: profile.regions.map((region) => region.prefectureCode),
      },
    ];
  });
  // Names only for the rows shown in full: a second, narrow query.
  const names = new Map(
    (
      await db.professionalProfile.findMany({
        where: { id: { in: [...fullIds] } },
        select: { id: true, user: { select: { name: true } } },
      })
    ).map((profile) => [profile.id, profile.user.name]),
  );
  return {
    rows: rows.map((row) => ({
      ...row,
      name: row.view === "full" ? (names.get(row.id) ?? null) : null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PROS_PAGE_SIZE)),
    unknownSkill: false,
  };
}
