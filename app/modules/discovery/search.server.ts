/**
 * The searches behind the pages and the JSON API: parse the URL with the shared schemas,
 * apply the page's default order, call the search services, and clamp a page beyond the
 * end to the last one (pages only; the API answers the page asked for).
 */
import { redirect } from "@remix-run/node";
import { getEnv } from "~/lib/env.server";
import type { Locale } from "~/lib/i18n/locales";
import type { Viewer } from "~/modules/professionals/visibility";
import { searchChallenges, searchProfessionals } from "~/modules/search/query.server";
import { toQueryString } from "~/modules/search/params";
import {
  effectiveSort,
  HITS_PER_PAGE,
  searchPaths,
  without,
  type AnySearchParams,
  type FacetCounts,
} from "./filters";
import {
  parseChallengeSearch,
  parseProfessionalSearch,
  withLegacyNames,
  withoutEmptyValues,
} from "./parse";

type Clamp = { clamp: boolean };

/** Someone allowed to browse profiles (the guard has run). */
export type ProfessionalViewer = NonNullable<Viewer>;

/** Which facets count what which parameters select. */
type FacetSource = { facets: string[]; params: string[] };

const challengeFacetSources: FacetSource[] = [
  { facets: ["region", "prefecture"], params: ["region", "pref"] },
  { facets: ["category"], params: ["category"] },
  { facets: ["engagementTypes"], params: ["engagement"] },
  { facets: ["workStyle"], params: ["style"] },
  { facets: ["payBand"], params: ["payMin"] },
  { facets: ["remoteOk"], params: ["remote"] },
];

const professionalFacetSources: FacetSource[] = [
  { facets: ["regionBlocks", "regions", "tieRegions", "tiePrefs"], params: ["region", "pref"] },
  { facets: ["engagementTypes"], params: ["engagement"] },
  { facets: ["workStyles"], params: ["style"] },
];

function isActive(value: unknown) {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "boolean") return value;
  return value !== undefined;
}

/**
 * Facet counts as a person reads them: a facet with a selection counts what each of its
 * values would add (its own selection left out: values of one parameter are
 * alternatives), every other filter applied. One extra small search per such facet.
 */
async function disjunctiveFacets<P extends AnySearchParams>(
  params: P,
  facets: FacetCounts,
  sources: FacetSource[],
  run: (params: P) => Promise<{ facets: FacetCounts }>,
): Promise<FacetCounts> {
  const merged = { ...facets };
  const active = sources.filter((source) =>
    source.params.some((name) => isActive((params as Record<string, unknown>)[name])),
  );
  const counted = await Promise.all(
    active.map((source) =>
      run(source.params.reduce((next, name) => without(next, name), { ...params, page: 1 })),
    ),
  );
  active.forEach((source, index) => {
    for (const facet of source.facets) {
      const counts = counted[index]!.facets[facet];
      if (counts) merged[facet] = counts;
    }
  });
  return merged;
}

export async function runChallengeSearch(
  searchParams: URLSearchParams,
  locale: Locale,
  { clamp }: Clamp,
) {
  const { params, errors } = parseChallengeSearch(searchParams);
  const ordered = { ...params, sort: effectiveSort("challenges", params) };
  const options = { locale, hitsPerPage: HITS_PER_PAGE };
  let result = await searchChallenges(ordered, options);
  if (clamp && result.total > 0 && params.page > result.pageCount) {
    result = await searchChallenges({ ...ordered, page: result.pageCount }, options);
  }
  const facets = await disjunctiveFacets(ordered, result.facets, challengeFacetSources, (next) =>
    searchChallenges(next, { locale, hitsPerPage: 1 }),
  );
  return {
    params: { ...params, page: result.page },
    sort: ordered.sort,
    errors,
    result: { ...result, facets },
  };
}

export async function runProfessionalSearch(
  searchParams: URLSearchParams,
  viewer: ProfessionalViewer,
  locale: Locale,
  { clamp }: Clamp,
) {
  const { params, errors } = parseProfessionalSearch(searchParams);
  const ordered = { ...params, sort: effectiveSort("professionals", params) };
  const options = { locale, hitsPerPage: HITS_PER_PAGE };
  let result = await searchProfessionals(ordered, viewer, options);
  if (clamp && result.total > 0 && params.page > result.pageCount) {
    result = await searchProfessionals({ ...ordered, page: result.pageCount }, viewer, options);
  }
  const facets = await disjunctiveFacets(ordered, result.facets, professionalFacetSources, (next) =>
    searchProfessionals(next, viewer, { locale, hitsPerPage: 1 }),
  );
  return {
    params: { ...params, page: result.page },
    sort: ordered.sort,
    errors,
    result: { ...result, facets },
  };
}

/**
 * A plain form (without JavaScript) submits its blank fields too: send the browser to
 * the same search without them, so the address stays short and shareable.
 */
function dropBlankFields(url: URL) {
  const cleaned = withoutEmptyValues(url.searchParams);
  if (cleaned.toString() === url.searchParams.toString()) return;
  const query = cleaned.toString();
  throw redirect(`${url.pathname}${query ? `?${query}` : ""}`);
}

/** /challenges: the page's data, with its canonical address for the meta tags. */
export async function challengeSearchPage(request: Request, locale: Locale) {
  const url = new URL(request.url);
  dropBlankFields(url);
  const { params, sort, errors, result } = await runChallengeSearch(
    withLegacyNames(url.searchParams),
    locale,
    { clamp: true },
  );
  const query = toQueryString(params);
  return {
    params,
    sort,
    errors,
    items: result.items,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    facets: result.facets,
    canonicalUrl: `${getEnv().APP_URL}${searchPaths.challenges}${query ? `?${query}` : ""}`,
  };
}

/** /pros: the page's data for a viewer who may browse profiles. */
export async function professionalSearchPage(
  request: Request,
  viewer: ProfessionalViewer,
  locale: Locale,
) {
  const url = new URL(request.url);
  dropBlankFields(url);
  const { params, sort, errors, result } = await runProfessionalSearch(
    withLegacyNames(url.searchParams),
    viewer,
    locale,
    { clamp: true },
  );
  return {
    params,
    sort,
    errors,
    items: result.items,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    facets: result.facets,
  };
}
