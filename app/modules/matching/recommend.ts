/**
 * Recommendations, the pure half: which search-engine queries retrieve the candidates
 * of a pair (a challenge's professionals, a professional's challenges), how their hits
 * become one candidate pool, and how scored candidates are ranked. No I/O: the engine
 * calls, database reads and visibility re-checks are in recommend.server.ts.
 *
 * Retrieval has to be "or-ish" although the engine is AND-only (every query word must
 * match a document): one query per skill; all required skills at once; the top skill
 * in the place (a region of interest or a hometown tie); and the place alone. These
 * queries carry the pair's terms as a filter (engagement types overlap, the work style
 * is accepted, enough hours, or for challenges enough pay), because within a skill the
 * engine ranks only by text tier and completeness, and the terms are 40 of scoring's
 * 100 points. One more query for the top skill goes without the terms, so a candidate
 * with a hard mismatch still appears when few fit: mismatches are never filtered out,
 * scoring ranks them low and the list shows why.
 *
 * Measured on the bench market (60 challenges, up to 6 skills of 30 hits, against the
 * top 20 of a six times larger pool): skill and place queries alone found 20 % of those
 * 20, mean total 6.8 points lower; with the terms 36 %, 3.7 points lower, for 4 ms more
 * of queries. The limits below (4 skills of 25) keep the p95 of bench:match ≤ 30 ms.
 *
 * Filters are what a query costs: an unfiltered skill query takes 0.35 ms on 100k
 * profiles, one with a composite filter 1–2 ms, because the embedded engine caches the
 * masks of single conditions but rebuilds and/or/not over every slot on each query. So
 * the viewer's visibility filter is applied only when it narrows anything
 * (candidateFilter); whatever a query lets through, the database check in
 * recommend.server.ts decides what is shown, with the same rules as /pros
 * (profileViewFor, and blocks of the viewer's and the challenge's companies).
 */
import { and, anyOf, eq, not, or, range, type Filter, type SearchQuery } from "#search/index";
import type { Viewer } from "~/modules/professionals/visibility";
import { profileVisibilities, visibilitiesSeenBy } from "~/modules/professionals/visibility";
import { regionOf } from "~/modules/reference/prefectures";
import { visibilityFilter } from "~/modules/search/filters";

/** How many candidates are scored at most (after merging every query's hits). */
export const POOL_MAX = 200;
/** Per skill, within the terms. */
export const PER_SKILL = 25;
/** Every required skill together, within the terms. */
export const ALL_REQUIRED = 40;
/** The place with the top skill, and the place alone, within the terms. */
export const PLACE_AND_SKILL = 30;
export const PLACE_ONLY = 30;
/** The top skill whatever the terms. */
export const ANY_TERMS = 30;
/** At most this many skills are queried (required first, or the longest practised). */
export const MAX_QUERIED_SKILLS = 4;
/** A professional who offers less than this share of the hours a week still fits the terms. */
export const HOURS_SHARE = 0.75;
/** A challenge paying at least the expectation divided by this still fits the terms. */
export const PAY_RATIO = 1.5;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

export type RetrievalSkill = { nameJa: string; required?: boolean };

function query(q: string | undefined, filter: Filter | null | undefined, hitsPerPage: number) {
  const built: SearchQuery = { hitsPerPage };
  if (q) built.q = q;
  if (filter) built.filter = filter;
  return built;
}

function all(filters: Array<Filter | null>): Filter | null {
  const present = filters.filter((filter): filter is Filter => filter !== null);
  if (present.length === 0) return null;
  return present.length === 1 ? present[0]! : and(...present);
}

/** A skill name as one query (its words, if several, must all match). */
function skillText(skill: RetrievalSkill): string {
  return skill.nameJa.normalize("NFKC").trim();
}

function distinctSkills(skills: readonly RetrievalSkill[]): RetrievalSkill[] {
  const seen = new Set<string>();
  const kept: RetrievalSkill[] = [];
  for (const skill of skills) {
    const text = skillText(skill);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    kept.push(skill);
  }
  return kept;
}

/** The queries of both directions, given the skills and the filters. */
function retrievalQueries(
  skills: RetrievalSkill[],
  filters: { base: Filter | null; terms: Filter | null; place: Filter | null },
): SearchQuery[] {
  const { base, terms, place } = filters;
  const fitting = all([base, terms]);
  const near = place ? all([fitting, place]) : null;
  const queries: SearchQuery[] = [];
  const required = skills.filter((skill) => skill.required);
  if (required.length >= 2) {
    queries.push(query(required.map(skillText).join(" "), fitting, ALL_REQUIRED));
  }
  for (const skill of skills) queries.push(query(skillText(skill), fitting, PER_SKILL));
  const top = skills[0];
  if (top) {
    if (near) queries.push(query(skillText(top), near, PLACE_AND_SKILL));
    if (terms) queries.push(query(skillText(top), base, ANY_TERMS));
  }
  if (near) queries.push(query(undefined, near, top ? PLACE_ONLY : POOL_MAX));
  if (!top) queries.push(query(undefined, base, POOL_MAX));
  return queries;
}

/** The visibilities that have documents: HIDDEN profiles are never indexed. */
const indexedVisibilities = profileVisibilities.filter((visibility) => visibility !== "HIDDEN");

/**
 * The engine filter for a viewer's candidates: none when the viewer may see every
 * indexed visibility (company members, coordinators, admins; blocks are then the only
 * difference and the database check drops those few), otherwise the viewer's
 * visibility filter, the same as /pros (filters.ts visibilityFilter).
 */
export function candidateFilter(viewer: Viewer): Filter | null {
  const seen = visibilitiesSeenBy(viewer);
  if (seen === null) return null;
  if (indexedVisibilities.every((visibility) => seen.includes(visibility))) return null;
  return visibilityFilter(viewer);
}

/**
 * A challenge's place as a filter on profile documents: the prefecture among the
 * regions of interest or among the hometown ties.
 */
export function profilePlaceFilter(prefectureCode: string): Filter {
  return or(eq("regions", prefectureCode), eq("tiePrefs", prefectureCode));
}

/**
 * A challenge's terms as a filter on profile documents: an engagement type in common,
 * its work style accepted, and at least HOURS_SHARE of its hours a week.
 */
export function profileTermsFilter(challenge: {
  engagementTypes: readonly string[];
  workStyle: string;
  hoursPerWeek: number;
}): Filter | null {
  return all([
    challenge.engagementTypes.length > 0
      ? anyOf("engagementTypes", [...challenge.engagementTypes])
      : null,
    eq("workStyles", challenge.workStyle),
    challenge.hoursPerWeek > 0
      ? range("hoursPerWeek", { gte: Math.floor(challenge.hoursPerWeek * HOURS_SHARE) })
      : null,
  ]);
}

/** The engine queries that retrieve a challenge's candidates. */
export function professionalRetrieval(
  challenge: {
    prefectureCode: string;
    skills: readonly RetrievalSkill[];
    engagementTypes: readonly string[];
    workStyle: string;
    hoursPerWeek: number;
  },
  viewer: Viewer,
): SearchQuery[] {
  const skills = distinctSkills(
    [...challenge.skills].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)),
  ).slice(0, MAX_QUERIED_SKILLS);
  return retrievalQueries(skills, {
    base: candidateFilter(viewer),
    terms: profileTermsFilter(challenge),
    place: profilePlaceFilter(challenge.prefectureCode),
  });
}

/**
 * A professional's places as a filter on challenge documents: the prefectures of
 * interest and of hometown ties, or their region blocks. Null when they named none.
 */
export function challengePlaceFilter(prefectureCodes: readonly string[]): Filter | null {
  const codes = [...new Set(prefectureCodes)];
  if (codes.length === 0) return null;
  const blocks = [...new Set(codes.flatMap((code) => regionOf(code) ?? []))];
  const prefectures = anyOf("prefecture", codes);
  return blocks.length > 0 ? or(prefectures, anyOf("region", blocks)) : prefectures;
}

/**
 * A professional's terms as a filter on challenge documents: an engagement type and a
 * work style they accept (when they said), and pay within PAY_RATIO of their monthly
 * expectation (when they gave one).
 */
export function challengeTermsFilter(profile: {
  engagementTypes: readonly string[];
  workStyles: readonly string[];
  expectedMonthlyYen: number | null;
}): Filter | null {
  return all([
    profile.engagementTypes.length > 0
      ? anyOf("engagementTypes", [...profile.engagementTypes])
      : null,
    profile.workStyles.length > 0 ? anyOf("workStyle", [...profile.workStyles]) : null,
    profile.expectedMonthlyYen && profile.expectedMonthlyYen > 0
      ? range("payMonthlyMax", { gte: Math.floor(profile.expectedMonthlyYen / PAY_RATIO) })
      : null,
  ]);
}

/**
 * The engine queries that retrieve a professional's challenges (the challenge index
 * holds OPEN challenges only). Companies the professional blocks are left out: it is
 * their current employer, whose posts are not opportunities for them.
 */
export function challengeRetrieval(profile: {
  skills: ReadonlyArray<RetrievalSkill & { years?: number }>;
  placeCodes: readonly string[];
  blockedCompanyIds: readonly string[];
  engagementTypes: readonly string[];
  workStyles: readonly string[];
  expectedMonthlyYen: number | null;
}): SearchQuery[] {
  const blocked = [...new Set(profile.blockedCompanyIds)];
  const skills = distinctSkills(
    [...profile.skills].sort((a, b) => (b.years ?? 0) - (a.years ?? 0)),
  ).slice(0, MAX_QUERIED_SKILLS);
  return retrievalQueries(skills, {
    base: blocked.length > 0 ? not(anyOf("companyId", blocked)) : null,
    terms: challengeTermsFilter(profile),
    place: challengePlaceFilter(profile.placeCodes),
  });
}

/**
 * Merges the hit lists of several queries into one pool of distinct ids, taking each
 * list's best in turn (round robin), so every query contributes its top documents
 * before any contributes its tail. At most `max` ids.
 */
export function mergePool(lists: ReadonlyArray<readonly string[]>, max = POOL_MAX): string[] {
  const pool: string[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let rank = 0; rank < longest && pool.length < max; rank++) {
    for (const list of lists) {
      const id = list[rank];
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      pool.push(id);
      if (pool.length >= max) break;
    }
  }
  return pool;
}

/** Best first: by total score, then by id so equal scores always come in the same order. */
export function rankByScore<Item extends { id: string; score: { total: number } }>(
  items: readonly Item[],
  limit: number,
): Item[] {
  return [...items]
    .sort((a, b) => b.score.total - a.score.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

/** The number of items a caller may ask for: 1–MAX_LIMIT, DEFAULT_LIMIT when unsaid. */
export function limitOf(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_LIMIT;
  return Math.min(Math.max(Math.trunc(value), 1), MAX_LIMIT);
}
