/**
 * Search parameters (params.ts, read from the URL) → engine queries. Pure, so the
 * translation of every parameter, and the visibility rules applied inside the query,
 * are unit-tested without an engine.
 *
 * Semantics: values of one parameter are alternatives (category=A&category=B: either);
 * different parameters must all hold; region blocks and prefectures together are one
 * place condition (either the region or the prefecture).
 */
import {
  and,
  anyOf,
  eq,
  not,
  or,
  range,
  type Filter,
  type SearchQuery,
  type SortClause,
} from "#search/index";
import { visibilitiesSeenBy, type Viewer } from "~/modules/professionals/visibility";
import {
  challengeFacets,
  profileFacets,
  type ChallengeFacet,
  type ProfileFacet,
} from "./documents";
import type { ChallengeSearchParams, ProfessionalSearchParams } from "./params";

export const DEFAULT_HITS_PER_PAGE = 20;
export const MAX_HITS_PER_PAGE = 100;

/** Highlight crop length, in characters, for summaries and snippets. */
const CROP_LENGTH = 120;

function all(filters: Array<Filter | null>): Filter | undefined {
  const present = filters.filter((filter): filter is Filter => filter !== null);
  if (present.length === 0) return undefined;
  return present.length === 1 ? present[0] : and(...present);
}

function either(filters: Array<Filter | null>): Filter | null {
  const present = filters.filter((filter): filter is Filter => filter !== null);
  if (present.length === 0) return null;
  return present.length === 1 ? present[0]! : or(...present);
}

function oneOf(field: string, values: readonly string[]): Filter | null {
  if (values.length === 0) return null;
  return values.length === 1 ? eq(field, values[0]!) : anyOf(field, [...values]);
}

/** Strictly after `since` (dates are epoch milliseconds in the index). */
function after(field: string, since: Date | undefined): Filter | null {
  return since ? range(field, { gte: since.getTime() + 1 }) : null;
}

function hitsPerPageOf(value: number | undefined) {
  return Math.min(Math.max(Math.trunc(value ?? DEFAULT_HITS_PER_PAGE), 1), MAX_HITS_PER_PAGE);
}

export type QueryOptions = { since?: Date; hitsPerPage?: number };

export function challengeFilter(params: ChallengeSearchParams, since?: Date): Filter | undefined {
  return all([
    either([oneOf("region", params.region), oneOf("prefecture", params.pref)]),
    oneOf("category", params.category),
    oneOf("engagementTypes", params.engagement),
    oneOf("workStyle", params.style),
    params.remote ? eq("remoteOk", true) : null,
    params.payMin !== undefined && params.payMin > 0
      ? range("payMonthlyMax", { gte: params.payMin })
      : null,
    after("publishedAt", since),
  ]);
}

export function challengeSort(sort: ChallengeSearchParams["sort"]): SortClause[] | undefined {
  switch (sort) {
    case "newest":
      return [{ field: "publishedAt", direction: "desc" }];
    case "deadline":
      return [{ field: "deadline", direction: "asc" }];
    case "relevance":
      return undefined;
  }
}

export function challengeQuery(
  params: ChallengeSearchParams,
  options: QueryOptions = {},
): SearchQuery {
  // Without keywords there is no relevance: newest first reads best.
  const sort = challengeSort(!params.q && params.sort === "relevance" ? "newest" : params.sort);
  return {
    q: params.q,
    filter: challengeFilter(params, options.since),
    facets: [...challengeFacets] satisfies ChallengeFacet[],
    sort,
    page: params.page,
    hitsPerPage: hitsPerPageOf(options.hitsPerPage),
    highlight: ["title", "summary"],
    cropLength: CROP_LENGTH,
  };
}

/**
 * Who may see which profile documents, as an engine filter: the same rules as
 * visibleProfilesWhere (app/modules/professionals/visibility.ts). Admins see every
 * indexed profile; everyone else sees their own, and the others whose visibility they
 * may see unless one of their companies is blocked. HIDDEN profiles are not indexed.
 */
export function visibilityFilter(viewer: Viewer): Filter | null {
  const visibilities = visibilitiesSeenBy(viewer);
  if (visibilities === null) return null;
  const companyIds = viewer ? [...viewer.companyIds] : [];
  const others = all([
    oneOf("visibility", visibilities),
    companyIds.length > 0 ? not(anyOf("blockedCompanyIds", companyIds)) : null,
  ])!;
  return viewer ? or(eq("userId", viewer.userId), others) : others;
}

export function professionalFilter(
  params: ProfessionalSearchParams,
  viewer: Viewer,
  since?: Date,
): Filter | undefined {
  const place = params.tie
    ? (either([oneOf("tieRegions", params.region), oneOf("tiePrefs", params.pref)]) ??
      eq("hasTie", true))
    : either([
        oneOf("regionBlocks", params.region),
        oneOf("tieRegions", params.region),
        oneOf("regions", params.pref),
        oneOf("tiePrefs", params.pref),
      ]);
  return all([
    visibilityFilter(viewer),
    place,
    oneOf("engagementTypes", params.engagement),
    oneOf("workStyles", params.style),
    params.hoursMin !== undefined && params.hoursMin > 0
      ? range("hoursPerWeek", { gte: params.hoursMin })
      : null,
    after("updatedAt", since),
  ]);
}

export function professionalSort(sort: ProfessionalSearchParams["sort"]): SortClause[] | undefined {
  switch (sort) {
    case "updated":
      return [{ field: "updatedAt", direction: "desc" }];
    case "available":
      return [{ field: "availableFrom", direction: "asc" }];
    case "relevance":
      return undefined;
  }
}

export function professionalQuery(
  params: ProfessionalSearchParams,
  viewer: Viewer,
  options: QueryOptions = {},
): SearchQuery {
  const sort = professionalSort(!params.q && params.sort === "relevance" ? "updated" : params.sort);
  return {
    q: params.q,
    filter: professionalFilter(params, viewer, options.since),
    facets: [...profileFacets] satisfies ProfileFacet[],
    sort,
    page: params.page,
    hitsPerPage: hitsPerPageOf(options.hitsPerPage),
    highlight: ["headline", "details"],
    cropLength: CROP_LENGTH,
  };
}

/** Engine facet counts → lists of { value, count }, most frequent first. */
export function facetLists<Facet extends string>(
  facets: readonly Facet[],
  counts: Record<string, Record<string, number>>,
): Record<Facet, Array<{ value: string; count: number }>> {
  const lists = {} as Record<Facet, Array<{ value: string; count: number }>>;
  for (const facet of facets) {
    lists[facet] = Object.entries(counts[facet] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return lists;
}

export function pageCountOf(total: number, hitsPerPage: number) {
  return Math.max(1, Math.ceil(total / hitsPerPage));
}
