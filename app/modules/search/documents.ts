/**
 * What the search indexes hold: their settings and the documents built from database
 * rows. Pure (no I/O): the drainer and the reindex load rows and call these.
 *
 * The rule the whole file serves: a document holds only what may be shown to someone
 * who finds it. Only OPEN challenges have a document. A HIDDEN profile has none; an
 * ANONYMOUS one holds what the anonymous view shows (summary, headline, skills, career
 * titles, certificate names) and never the name, employer, career organisations,
 * links or bio. Blocks and visibility travel as filterable keywords so every query can
 * apply them (app/modules/search/filters.ts).
 */
import type { IndexSettings, SearchDocument } from "#search/index";
import type {
  ChallengeCategory,
  ChallengeStatus,
  CompensationType,
  WorkStyle,
} from "~/generated/prisma/enums";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { industryCodes } from "~/modules/reference/industries";
import { prefectureName, regionOf } from "~/modules/reference/prefectures";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { profileCompleteness } from "~/modules/professionals/completeness";
import { anonymousSummary } from "~/modules/professionals/summary";
import type { ProfileVisibility } from "~/modules/professionals/visibility";
import { parseAliases } from "~/modules/skills/names";

export const CHALLENGE_INDEX = "challenges";
export const PROFILE_INDEX = "profiles";
export type IndexName = typeof CHALLENGE_INDEX | typeof PROFILE_INDEX;

/** The two kinds of SearchOutbox rows and the index each one feeds. */
export const searchEntities = ["challenge", "profile"] as const;
export type SearchEntity = (typeof searchEntities)[number];
export const indexOfEntity: Record<SearchEntity, IndexName> = {
  challenge: CHALLENGE_INDEX,
  profile: PROFILE_INDEX,
};

// ---------------------------------------------------------------------------
// Compensation: one monthly-equivalent figure and a band for facets
// ---------------------------------------------------------------------------

/** Weeks in an average month (52 / 12). */
export const WEEKS_PER_MONTH = 4.33;

/**
 * The most a challenge pays a month, in yen: a monthly maximum as it is, an hourly one
 * times hours a week times 4.33; unpaid (NONE) or unknown is 0.
 */
export function monthlyPayMax(challenge: {
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  hoursPerWeek: number;
}): number {
  const amount = challenge.compensationMax ?? challenge.compensationMin;
  if (challenge.compensationType === "NONE" || amount === null || amount <= 0) return 0;
  if (challenge.compensationType === "MONTHLY") return amount;
  return Math.round(amount * Math.max(0, challenge.hoursPerWeek) * WEEKS_PER_MONTH);
}

/** Facet buckets of the monthly-equivalent pay, lowest first. */
export const payBands = ["none", "under100k", "100kTo300k", "300kTo500k", "500kPlus"] as const;
export type PayBand = (typeof payBands)[number];

export function payBandOf(monthlyYen: number): PayBand {
  if (monthlyYen <= 0) return "none";
  if (monthlyYen < 100_000) return "under100k";
  if (monthlyYen < 300_000) return "100kTo300k";
  if (monthlyYen < 500_000) return "300kTo500k";
  return "500kPlus";
}

// ---------------------------------------------------------------------------
// Challenges
// ---------------------------------------------------------------------------

type SkillNames = { nameJa: string; nameEn: string; aliases: string };

/** Every spelling of a skill: both names and the aliases. */
export function skillTerms(skill: SkillNames): string[] {
  return [...new Set([skill.nameJa, skill.nameEn, ...parseAliases(skill.aliases)])];
}

/** The columns a challenge document is built from (see sources.server.ts). */
export type ChallengeSource = {
  id: string;
  companyId: string;
  status: ChallengeStatus;
  title: string;
  summary: string;
  background: string;
  successCriteria: string;
  deliverables: string;
  category: ChallengeCategory;
  engagementTypes: string;
  workStyle: WorkStyle;
  hoursPerWeek: number;
  compensationType: CompensationType;
  compensationMin: number | null;
  compensationMax: number | null;
  startDate: Date | null;
  applicationDeadline: Date | null;
  publishedAt: Date | null;
  prefectureCode: string;
  municipality: string;
  company: { name: string };
  skills: Array<{ required: boolean; skill: SkillNames }>;
};

export const challengeFacets = [
  "region",
  "prefecture",
  "category",
  "engagementTypes",
  "workStyle",
  "payBand",
  "remoteOk",
] as const;
export type ChallengeFacet = (typeof challengeFacets)[number];

const challengeBase = {
  name: CHALLENGE_INDEX,
  primaryKey: "id",
  // Ranking tiers, best first: a title match beats a skill match beats the summary…
  searchableAttributes: ["title", "skills", "summary", "details"],
  filterableAttributes: {
    category: "keyword",
    prefecture: "keyword",
    region: "keyword",
    engagementTypes: "keywords",
    workStyle: "keyword",
    remoteOk: "boolean",
    payMonthlyMax: "number",
    payBand: "keyword",
    publishedAt: "date",
    deadline: "date",
    companyId: "keyword",
  },
  sortableAttributes: ["publishedAt", "deadline"],
  facetAttributes: [...challengeFacets],
  fitAttribute: "fit",
} satisfies Omit<IndexSettings, "synonyms" | "domainTerms">;

/** How complete a challenge is (0–1): the last tie-breaker, so fuller posts come first. */
export function challengeFit(source: ChallengeSource): number {
  const checks = [
    source.summary.trim().length >= 40,
    source.background.trim().length >= 80,
    source.successCriteria.trim().length > 0,
    source.deliverables.trim().length > 0,
    source.skills.length >= 2,
    source.startDate !== null,
    source.applicationDeadline !== null,
    source.compensationType === "NONE" || source.compensationMax !== null,
  ];
  return checks.filter(Boolean).length / checks.length;
}

/** The challenge's document, or null when it must not be in the index (not OPEN). */
export function buildChallengeDocument(source: ChallengeSource): SearchDocument | null {
  if (source.status !== "OPEN") return null;
  const required = source.skills.filter((link) => link.required);
  const others = source.skills.filter((link) => !link.required);
  const pay = monthlyPayMax(source);
  return {
    id: source.id,
    title: source.title,
    skills: [...required, ...others].flatMap((link) => skillTerms(link.skill)),
    summary: source.summary,
    details: [
      source.background,
      source.successCriteria,
      source.deliverables,
      source.company.name,
      prefectureName(source.prefectureCode, "ja"),
      prefectureName(source.prefectureCode, "en"),
      source.municipality,
    ].filter((text) => text.trim().length > 0),
    category: source.category,
    prefecture: source.prefectureCode,
    region: regionOf(source.prefectureCode) ?? undefined,
    engagementTypes: decodeCodeList(source.engagementTypes, engagementTypes),
    workStyle: source.workStyle,
    remoteOk: source.workStyle === "REMOTE" || source.workStyle === "HYBRID",
    payMonthlyMax: pay,
    payBand: payBandOf(pay),
    publishedAt: source.publishedAt ?? undefined,
    deadline: source.applicationDeadline ?? undefined,
    companyId: source.companyId,
    fit: challengeFit(source),
  };
}

// ---------------------------------------------------------------------------
// Professional profiles
// ---------------------------------------------------------------------------

/** The columns a profile document is built from (see sources.server.ts). */
export type ProfileSource = {
  id: string;
  userId: string;
  visibility: ProfileVisibility;
  headline: string;
  bio: string;
  photoId: string | null;
  currentEmployer: string | null;
  currentIndustryCode: string | null;
  industryCodes: string;
  /** JSON [{ name, issuer?, year? }] */
  certificates: string;
  engagementTypes: string;
  workStyles: string;
  hoursPerWeek: number | null;
  availableFrom: Date | null;
  expectedMonthlyYen: number | null;
  expectedHourlyYen: number | null;
  updatedAt: Date;
  user: { name: string };
  skills: Array<{
    years: number;
    level: "BASIC" | "INTERMEDIATE" | "ADVANCED" | "EXPERT";
    skill: SkillNames;
  }>;
  careers: Array<{ organisation: string; title: string; description: string }>;
  regions: Array<{ prefectureCode: string }>;
  ties: Array<{ prefectureCode: string }>;
  blocks: Array<{ companyId: string }>;
};

export const profileFacets = [
  "regionBlocks",
  "regions",
  "tieRegions",
  "tiePrefs",
  "engagementTypes",
  "workStyles",
] as const;
export type ProfileFacet = (typeof profileFacets)[number];

const profileBase = {
  name: PROFILE_INDEX,
  primaryKey: "id",
  searchableAttributes: ["headline", "name", "skills", "details"],
  filterableAttributes: {
    userId: "keyword",
    visibility: "keyword",
    blockedCompanyIds: "keywords",
    regions: "keywords",
    regionBlocks: "keywords",
    tiePrefs: "keywords",
    tieRegions: "keywords",
    hasTie: "boolean",
    engagementTypes: "keywords",
    workStyles: "keywords",
    hoursPerWeek: "number",
    availableFrom: "date",
    updatedAt: "date",
  },
  sortableAttributes: ["updatedAt", "availableFrom"],
  facetAttributes: [...profileFacets],
  fitAttribute: "fit",
} satisfies Omit<IndexSettings, "synonyms" | "domainTerms">;

/** Certificate names (and issuers when `withIssuer`) from the stored JSON. */
function certificateTexts(stored: string, withIssuer: boolean): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item) => {
      if (!item || typeof item !== "object") return [];
      const { name, issuer } = item as { name?: unknown; issuer?: unknown };
      const texts = typeof name === "string" ? [name] : [];
      if (withIssuer && typeof issuer === "string") texts.push(issuer);
      return texts;
    });
  } catch {
    return [];
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function profileFit(source: ProfileSource): number {
  return (
    profileCompleteness({
      headline: source.headline,
      bio: source.bio,
      hasPhoto: source.photoId !== null,
      skillCount: source.skills.length,
      careerCount: source.careers.length,
      industryCount: decodeCodeList(source.industryCodes, industryCodes).length,
      engagementTypeCount: decodeCodeList(source.engagementTypes, engagementTypes).length,
      workStyleCount: decodeCodeList(source.workStyles, workStyles).length,
      hoursPerWeek: source.hoursPerWeek,
      availableFrom: source.availableFrom,
      regionCount: source.regions.length,
      tieCount: source.ties.length,
      expectedMonthlyYen: source.expectedMonthlyYen,
      expectedHourlyYen: source.expectedHourlyYen,
    }).percent / 100
  );
}

/**
 * The profile's document, or null when it must not be in the index (HIDDEN). An
 * ANONYMOUS profile's text is what the anonymous view shows, nothing more.
 */
export function buildProfileDocument(source: ProfileSource): SearchDocument | null {
  if (source.visibility === "HIDDEN") return null;
  const anonymous = source.visibility === "ANONYMOUS";
  const skills = [...source.skills]
    .sort((a, b) => b.years - a.years)
    .flatMap((row) => skillTerms(row.skill));
  const summarySkills = source.skills.map((row) => ({
    nameJa: row.skill.nameJa,
    nameEn: row.skill.nameEn,
    years: row.years,
    level: row.level,
  }));
  const details = anonymous
    ? [
        anonymousSummary(
          { currentIndustryCode: source.currentIndustryCode, skills: summarySkills },
          "ja",
        ),
        anonymousSummary(
          { currentIndustryCode: source.currentIndustryCode, skills: summarySkills },
          "en",
        ),
        ...source.careers.map((career) => career.title),
        ...certificateTexts(source.certificates, false),
      ]
    : [
        source.bio,
        source.currentEmployer ?? "",
        ...source.careers.flatMap((career) => [
          career.organisation,
          career.title,
          career.description,
        ]),
        ...certificateTexts(source.certificates, true),
      ];
  const regions = unique(source.regions.map((region) => region.prefectureCode));
  const tiePrefs = unique(source.ties.map((tie) => tie.prefectureCode));
  const blocksOf = (codes: string[]) => unique(codes.flatMap((code) => regionOf(code) ?? []));
  return {
    id: source.id,
    userId: source.userId,
    headline: source.headline,
    ...(anonymous ? {} : { name: source.user.name }),
    skills,
    details: details.filter((text) => text.trim().length > 0),
    visibility: source.visibility,
    blockedCompanyIds: unique(source.blocks.map((block) => block.companyId)),
    regions,
    regionBlocks: blocksOf(regions),
    tiePrefs,
    tieRegions: blocksOf(tiePrefs),
    hasTie: tiePrefs.length > 0,
    engagementTypes: decodeCodeList(source.engagementTypes, engagementTypes),
    workStyles: decodeCodeList(source.workStyles, workStyles),
    hoursPerWeek: source.hoursPerWeek ?? undefined,
    availableFrom: source.availableFrom ?? undefined,
    updatedAt: source.updatedAt,
    fit: profileFit(source),
  };
}

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

export type VocabularySettings = {
  synonyms: readonly (readonly string[])[];
  domainTerms: readonly string[];
};

export function challengeIndexSettings(vocabulary: VocabularySettings): IndexSettings {
  return {
    ...challengeBase,
    searchableAttributes: [...challengeBase.searchableAttributes],
    filterableAttributes: { ...challengeBase.filterableAttributes },
    sortableAttributes: [...challengeBase.sortableAttributes],
    synonyms: vocabulary.synonyms,
    domainTerms: vocabulary.domainTerms,
  };
}

export function profileIndexSettings(vocabulary: VocabularySettings): IndexSettings {
  return {
    ...profileBase,
    searchableAttributes: [...profileBase.searchableAttributes],
    filterableAttributes: { ...profileBase.filterableAttributes },
    sortableAttributes: [...profileBase.sortableAttributes],
    synonyms: vocabulary.synonyms,
    domainTerms: vocabulary.domainTerms,
  };
}

/** Skill names and aliases as domain terms, so the segmenter keeps each one whole. */
export function skillDomainTerms(skills: readonly SkillNames[]): string[] {
  const terms = new Set<string>();
  for (const skill of skills) {
    for (const spelling of skillTerms(skill)) {
      const term = spelling.trim();
      if (term.length >= 2) terms.add(term);
    }
  }
  return [...terms].sort();
}
