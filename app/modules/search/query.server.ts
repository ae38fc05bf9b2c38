/**
 * The only way pages, the JSON API and saved-search digests search. The engine finds
 * and ranks ids (with highlights and facet counts); what is displayed is read from the
 * database, in hit order, so a document can never show more than its row allows:
 * challenges must still be OPEN, and every profile is checked again with
 * profileViewFor — an anonymous one is rendered from its summary, never its name.
 */
import type { HighlightSegment } from "#search/index";
import type { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { db } from "~/lib/db.server";
import { errorFields, logger } from "~/lib/logger.server";
import type { Locale } from "~/lib/i18n/locales";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { engagementTypes, type EngagementType } from "~/modules/reference/work";
import { anonymousSummary } from "~/modules/professionals/summary";
import { profileViewFor, type ProfileView, type Viewer } from "~/modules/professionals/visibility";
import { rankSkills } from "~/modules/skills/search";
import {
  CHALLENGE_INDEX,
  PROFILE_INDEX,
  challengeFacets,
  monthlyPayMax,
  profileFacets,
  type ChallengeFacet,
  type ProfileFacet,
} from "./documents";
import { readySearchEngine } from "./engine.server";
import { enqueueSearchSync } from "./outbox.server";
import {
  challengeQuery,
  facetLists,
  pageCountOf,
  professionalQuery,
  type QueryOptions,
} from "./filters";
import type { ChallengeSearchParams, ProfessionalSearchParams } from "./params";

export type { HighlightSegment };
export type FacetCounts<Facet extends string> = Record<
  Facet,
  Array<{ value: string; count: number }>
>;

export type SearchPage<Item, Facet extends string> = {
  items: Item[];
  /** matches in the index (an item the database no longer shows is dropped from `items`) */
  total: number;
  page: number;
  pageCount: number;
  hitsPerPage: number;
  facets: FacetCounts<Facet>;
};

type SearchOptions = QueryOptions & { locale: Locale };

/** Highlight segments that say something: at least one matched piece. */
function matched(segments: HighlightSegment[] | undefined): HighlightSegment[] | undefined {
  return segments?.some((segment) => segment.match) ? segments : undefined;
}

/** The highlight of a whole value, only when it still is the value shown. */
function sameText(segments: HighlightSegment[] | undefined, text: string) {
  const found = matched(segments);
  return found && found.map((segment) => segment.text).join("") === text ? found : undefined;
}

// ---------------------------------------------------------------------------
// Challenges
// ---------------------------------------------------------------------------

export type ChallengeSearchItem = {
  id: string;
  title: string;
  summary: string;
  category: ChallengeCategory;
  prefectureCode: string;
  workStyle: WorkStyle;
  engagementTypes: EngagementType[];
  publishedAt: Date | null;
  applicationDeadline: Date | null;
  /** the most it pays a month, in yen (0: unpaid) */
  payMonthlyMax: number;
  company: { id: string; name: string };
  highlights: { title?: HighlightSegment[]; summary?: HighlightSegment[] };
};

export type ChallengeSearchResult = SearchPage<ChallengeSearchItem, ChallengeFacet>;

export async function searchChallenges(
  params: ChallengeSearchParams,
  options: SearchOptions,
): Promise<ChallengeSearchResult> {
  const engine = await readySearchEngine();
  const query = challengeQuery(params, options);
  const result = await engine.search(CHALLENGE_INDEX, query);
  const ids = result.hits.map((hit) => hit.id);
  const rows =
    ids.length === 0
      ? []
      : await db.challenge.findMany({
          where: { id: { in: ids }, status: "OPEN" },
          select: {
            id: true,
            title: true,
            summary: true,
            category: true,
            prefectureCode: true,
            workStyle: true,
            engagementTypes: true,
            publishedAt: true,
            applicationDeadline: true,
            compensationType: true,
            compensationMin: true,
            compensationMax: true,
            hoursPerWeek: true,
            company: { select: { id: true, name: true } },
          },
        });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = result.hits.flatMap((hit): ChallengeSearchItem[] => {
    const row = byId.get(hit.id);
    if (!row) return [];
    return [
      {
        id: row.id,
        title: row.title,
        summary: row.summary,
        category: row.category,
        prefectureCode: row.prefectureCode,
        workStyle: row.workStyle,
        engagementTypes: decodeCodeList(row.engagementTypes, engagementTypes),
        publishedAt: row.publishedAt,
        applicationDeadline: row.applicationDeadline,
        payMonthlyMax: monthlyPayMax(row),
        company: row.company,
        highlights: {
          title: sameText(hit.highlights.title, row.title),
          summary: matched(hit.highlights.summary),
        },
      },
    ];
  });
  await healStale(
    "challenge",
    ids.filter((id) => !byId.has(id)),
  );
  return {
    items,
    total: result.total,
    page: result.page,
    pageCount: pageCountOf(result.total, result.hitsPerPage),
    hitsPerPage: result.hitsPerPage,
    facets: facetLists(challengeFacets, result.facets),
  };
}

// ---------------------------------------------------------------------------
// Professionals
// ---------------------------------------------------------------------------

export type ProfessionalSearchItem = {
  id: string;
  view: Exclude<ProfileView, "none">;
  /** only for profiles shown in full */
  name: string | null;
  headline: string;
  /** the anonymous summary ("IT企業勤務・マーケティング12年"), only for anonymous profiles */
  summary: string | null;
  skills: Array<{ name: string; years: number; level: string }>;
  regions: string[];
  highlights: { headline?: HighlightSegment[]; snippet?: HighlightSegment[] };
};

export type ProfessionalSearchResult = SearchPage<ProfessionalSearchItem, ProfileFacet>;

export async function searchProfessionals(
  params: ProfessionalSearchParams,
  viewer: NonNullable<Viewer> | null,
  options: SearchOptions,
): Promise<ProfessionalSearchResult> {
  const engine = await readySearchEngine();
  const query = professionalQuery(params, viewer, options);
  // The name is highlighted only to notice a document that still carries a name for a
  // profile that is now anonymous (see below); it is never returned.
  const result = await engine.search(PROFILE_INDEX, {
    ...query,
    highlight: [...(query.highlight ?? []), "name"],
  });
  const ids = result.hits.map((hit) => hit.id);
  const companyIds = viewer ? [...viewer.companyIds] : [];
  const rows =
    ids.length === 0
      ? []
      : await db.professionalProfile.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            userId: true,
            visibility: true,
            headline: true,
            currentIndustryCode: true,
            // Only which of the viewer's companies are blocked, never the whole list.
            blocks: { where: { companyId: { in: companyIds } }, select: { companyId: true } },
            skills: {
              select: {
                years: true,
                level: true,
                skill: { select: { nameJa: true, nameEn: true } },
              },
              orderBy: [{ years: "desc" }, { skill: { nameEn: "asc" } }],
            },
            regions: { select: { prefectureCode: true }, orderBy: { prefectureCode: "asc" } },
          },
        });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const stale: string[] = ids.filter((id) => !byId.has(id));
  const shown = result.hits.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const view = profileViewFor(viewer, {
      userId: row.userId,
      visibility: row.visibility,
      blockedCompanyIds: row.blocks.map((block) => block.companyId),
    });
    if (view === "none") {
      stale.push(row.id);
      return [];
    }
    // An anonymous profile whose document still has a name was found through text it
    // must not be found by: leave it out until the outbox brings the document in line.
    if (view === "anonymous" && hit.highlights.name?.some((segment) => segment.text.trim())) {
      stale.push(row.id);
      return [];
    }
    return [{ hit, row, view }];
  });
  const fullIds = shown.filter((entry) => entry.view === "full").map((entry) => entry.row.id);
  const names = new Map(
    fullIds.length === 0
      ? []
      : (
          await db.professionalProfile.findMany({
            where: { id: { in: fullIds } },
            select: { id: true, user: { select: { name: true } } },
          })
        ).map((row) => [row.id, row.user.name]),
  );
  const items = shown.map(({ hit, row, view }): ProfessionalSearchItem => {
    const summary =
      view === "anonymous"
        ? anonymousSummary(
            {
              currentIndustryCode: row.currentIndustryCode,
              skills: row.skills.map((entry) => ({ ...entry, ...entry.skill })),
            },
            options.locale,
          )
        : null;
    return {
      id: row.id,
      view,
      name: view === "full" ? (names.get(row.id) ?? null) : null,
      headline: row.headline,
      summary,
      skills: row.skills.slice(0, 5).map((entry) => ({
        name: options.locale === "ja" ? entry.skill.nameJa : entry.skill.nameEn,
        years: entry.years,
        level: entry.level,
      })),
      regions: row.regions.map((region) => region.prefectureCode),
      highlights: {
        headline: sameText(hit.highlights.headline, row.headline),
        ...(view === "full" ? { snippet: matched(hit.highlights.details) } : {}),
      },
    };
  });
  await healStale("profile", stale);
  return {
    items,
    total: result.total,
    page: result.page,
    pageCount: pageCountOf(result.total, result.hitsPerPage),
    hitsPerPage: result.hitsPerPage,
    facets: facetLists(profileFacets, result.facets),
  };
}

/**
 * A hit the database disagrees with means the document is out of date (a missed or
 * pending sync): queue its entity, so the drainer corrects it. Harmless when a sync is
 * already waiting (enqueue deduplicates).
 */
async function healStale(entity: "challenge" | "profile", ids: string[]) {
  if (ids.length === 0) return;
  try {
    await enqueueSearchSync(db, entity, ids);
  } catch (error) {
    // Housekeeping only: a search never fails because of it.
    logger.warn("could not queue stale search documents", { entity, ...errorFields(error) });
  }
}

// ---------------------------------------------------------------------------
// Autocomplete
// ---------------------------------------------------------------------------

export type Suggestion =
  { kind: "skill"; label: string } | { kind: "challenge"; label: string; id: string };

export const SUGGEST_LIMIT = { default: 8, max: 20 } as const;

/**
 * Suggestions for what is being typed: skill names (any spelling, shown in the
 * viewer's language) and, for the challenge search, titles of open challenges whose
 * words start with the prefix. The professional search suggests skill names only, so
 * a suggestion can never reveal text of a profile the viewer may not see.
 */
export async function suggest(
  index: "challenges" | "professionals",
  prefix: string,
  { locale, limit = SUGGEST_LIMIT.default }: { locale: Locale; limit?: number },
): Promise<Suggestion[]> {
  const text = prefix.trim().slice(0, 100);
  if (!text) return [];
  const max = Math.min(Math.max(1, Math.trunc(limit)), SUGGEST_LIMIT.max);
  const skillRows = await db.skill.findMany({
    select: { slug: true, nameJa: true, nameEn: true, aliases: true },
  });
  const label = (row: (typeof skillRows)[number]) => (locale === "ja" ? row.nameJa : row.nameEn);
  skillRows.sort((a, b) => label(a).length - label(b).length || a.slug.localeCompare(b.slug));
  const skills: Suggestion[] = rankSkills(skillRows, text).map((row) => ({
    kind: "skill",
    label: label(row),
  }));
  if (index === "professionals") return skills.slice(0, max);

  const engine = await readySearchEngine();
  const result = await engine.search(CHALLENGE_INDEX, {
    q: text,
    prefix: true,
    hitsPerPage: max,
  });
  const ids = result.hits.map((hit) => hit.id);
  const titles =
    ids.length === 0
      ? []
      : await db.challenge.findMany({
          where: { id: { in: ids }, status: "OPEN" },
          select: { id: true, title: true },
        });
  const titleOf = new Map(titles.map((row) => [row.id, row.title]));
  const challenges: Suggestion[] = ids.flatMap((id) => {
    const title = titleOf.get(id);
    return title ? [{ kind: "challenge" as const, label: title, id }] : [];
  });
  // Skills first (short, reusable words), then titles; at least half the room for titles.
  const skillRoom = challenges.length > 0 ? Math.ceil(max / 2) : max;
  const picked = skills.slice(0, skillRoom);
  return [...picked, ...challenges].slice(0, max);
}
