/**
 * What the search pages show about a search, computed from its parameters alone: the
 * links (canonical, page N, one filter removed), the active-filter chips, the facet
 * options in display order. Pure, so the page, the API and the tests agree.
 */
import { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import type { Locale } from "~/lib/i18n/locales";
import { formatNumber } from "~/lib/i18n/locales";
import type { MessageKey, Translate } from "~/lib/i18n/translate";
import { prefectureName, prefectures, regionBlocks } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";
import {
  toQueryString,
  type ChallengeSearchParams,
  type ProfessionalSearchParams,
} from "~/modules/search/params";

export type SearchKind = "challenges" | "professionals";
export type AnySearchParams = ChallengeSearchParams | ProfessionalSearchParams;

export const searchPaths: Record<SearchKind, string> = {
  challenges: "/challenges",
  professionals: "/pros",
};

export const HITS_PER_PAGE = 20;

/** `/challenges?…` for these parameters (canonical order, defaults left out). */
export function searchHref(kind: SearchKind, params: AnySearchParams) {
  const query = toQueryString(params);
  return query ? `${searchPaths[kind]}?${query}` : searchPaths[kind];
}

export function withPage<T extends AnySearchParams>(params: T, page: number): T {
  return { ...params, page };
}

/** The parameters with one filter value (or the whole parameter) removed, back on page 1. */
export function without<T extends AnySearchParams>(params: T, key: string, value?: string): T {
  const next: Record<string, unknown> = { ...params, page: 1 };
  const current = next[key];
  if (Array.isArray(current) && value !== undefined) {
    next[key] = current.filter((item) => item !== value);
  } else if (Array.isArray(current)) {
    next[key] = [];
  } else if (typeof current === "boolean") {
    next[key] = false;
  } else {
    next[key] = undefined;
  }
  return next as T;
}

/** Only the keyword and the sort kept: "clear all filters". */
export function withoutFilters<T extends AnySearchParams>(params: T): T {
  let next = params;
  for (const key of Object.keys(params)) {
    if (key === "q" || key === "sort" || key === "page") continue;
    next = without(next, key);
  }
  return { ...next, page: 1 };
}

/**
 * The order a page shows: "relevance" means nothing without keywords, so then the
 * newest come first (challenges by publication, profiles by update).
 */
export function effectiveSort<T extends AnySearchParams>(kind: SearchKind, params: T): T["sort"] {
  if (params.sort !== "relevance" || params.q) return params.sort;
  return (kind === "challenges" ? "newest" : "updated") as T["sort"];
}

export type Chip = { key: string; value: string; label: string; href: string };

const regionKey = (code: string) => `professionals.area.${code}` as MessageKey;

/** One removable chip per active filter value, then the keyword. */
export function activeFilterChips(
  kind: SearchKind,
  params: AnySearchParams,
  t: Translate,
  locale: Locale,
): Chip[] {
  const chips: Chip[] = [];
  const add = (key: string, value: string, label: string) =>
    chips.push({ key, value, label, href: searchHref(kind, without(params, key, value)) });
  if (params.q) add("q", params.q, t("discovery.chips.q", { q: params.q }));
  for (const code of params.region) add("region", code, t(regionKey(code)));
  for (const code of params.pref) add("pref", code, prefectureName(code, locale));
  if ("category" in params) {
    for (const code of params.category) add("category", code, t(`reference.category.${code}`));
  }
  for (const code of params.engagement) {
    add("engagement", code, t(`reference.engagement.${code}`));
  }
  for (const code of params.style) add("style", code, t(`reference.workStyle.${code}`));
  if ("remote" in params && params.remote) add("remote", "1", t("discovery.chips.remote"));
  if ("payMin" in params && params.payMin !== undefined) {
    add(
      "payMin",
      String(params.payMin),
      t("discovery.filters.payAtLeast", { amount: formatNumber(locale, params.payMin) }),
    );
  }
  if ("tie" in params && params.tie) add("tie", "1", t("discovery.chips.tie"));
  if ("hoursMin" in params && params.hoursMin !== undefined) {
    add(
      "hoursMin",
      String(params.hoursMin),
      t("discovery.filters.hoursAtLeast", {
        hours: params.hoursMin,
      }),
    );
  }
  return chips;
}

export type FacetCounts = Record<string, Array<{ value: string; count: number }>>;

export type FacetOption = { value: string; label: string; count: number | null; checked: boolean };

/** A facet's counts by value; null when the search did not count that facet. */
function countsOf(facets: FacetCounts, name: string): Map<string, number> | null {
  const entries = facets[name];
  return entries ? new Map(entries.map((entry) => [entry.value, entry.count])) : null;
}

/**
 * A facet's checkbox options in the reference order, each with its count. With
 * `onlyCounted`, values without matches are left out unless checked (47 prefectures).
 */
export function facetOptions(
  values: readonly string[],
  selected: readonly string[],
  counts: Map<string, number> | null,
  label: (value: string) => string,
  { onlyCounted = false }: { onlyCounted?: boolean } = {},
): FacetOption[] {
  return values
    .map((value) => ({
      value,
      label: label(value),
      count: counts ? (counts.get(value) ?? 0) : null,
      checked: selected.includes(value),
    }))
    .filter((option) => !onlyCounted || option.checked || option.count !== 0);
}

export type FacetGroupModel = {
  name: string;
  legend: MessageKey;
  options: FacetOption[];
};

/**
 * Which facet counts the place checkboxes show: a challenge's own place; for profiles,
 * the places of interest, or the hometown ties when only ties are asked for.
 */
export function placeFacets(kind: SearchKind, params: AnySearchParams) {
  if (kind === "challenges") return { region: "region", pref: "prefecture" };
  return "tie" in params && params.tie
    ? { region: "tieRegions", pref: "tiePrefs" }
    : { region: "regionBlocks", pref: "regions" };
}

/** The checkbox groups of a search page, in display order. */
export function facetGroups(
  kind: SearchKind,
  params: AnySearchParams,
  facets: FacetCounts,
  t: Translate,
  locale: Locale,
): FacetGroupModel[] {
  const prefectureCodes = prefectures.map((prefecture) => prefecture.code);
  const groups: FacetGroupModel[] = [
    {
      name: "region",
      legend: "discovery.filters.region",
      options: facetOptions(
        regionBlocks,
        params.region,
        countsOf(facets, placeFacets(kind, params).region),
        (code) => t(regionKey(code)),
      ),
    },
    {
      name: "pref",
      legend: kind === "challenges" ? "discovery.filters.pref" : "discovery.filters.prefInterest",
      options: facetOptions(
        prefectureCodes,
        params.pref,
        countsOf(facets, placeFacets(kind, params).pref),
        (code) => prefectureName(code, locale),
        { onlyCounted: true },
      ),
    },
  ];
  if ("category" in params) {
    groups.push({
      name: "category",
      legend: "discovery.filters.category",
      options: facetOptions(
        Object.values(ChallengeCategory),
        params.category,
        countsOf(facets, "category"),
        (code) => t(`reference.category.${code as ChallengeCategory}`),
      ),
    });
  }
  groups.push(
    {
      name: "engagement",
      legend: "discovery.filters.engagement",
      options: facetOptions(
        engagementTypes,
        params.engagement,
        countsOf(facets, "engagementTypes"),
        (code) => t(`reference.engagement.${code as (typeof engagementTypes)[number]}`),
      ),
    },
    {
      name: "style",
      legend: "discovery.filters.style",
      options: facetOptions(
        Object.values(WorkStyle),
        params.style,
        countsOf(facets, kind === "challenges" ? "workStyle" : "workStyles"),
        (code) => t(`reference.workStyle.${code as WorkStyle}`),
      ),
    },
  );
  return groups;
}

/** Monthly pay thresholds offered by the compensation select (yen), with the pay bands at or above each. */
export const payThresholds = [
  { yen: 100_000, bands: ["100kTo300k", "300kTo500k", "500kPlus"] },
  { yen: 300_000, bands: ["300kTo500k", "500kPlus"] },
  { yen: 500_000, bands: ["500kPlus"] },
] as const;

/** How many challenges pay at least each threshold, from the payBand facet (null: not counted). */
export function payOptionCounts(facets: FacetCounts): Map<number, number> | null {
  const counts = countsOf(facets, "payBand");
  if (!counts) return null;
  return new Map(
    payThresholds.map((threshold) => [
      threshold.yen,
      threshold.bands.reduce((sum, band) => sum + (counts.get(band) ?? 0), 0),
    ]),
  );
}

/** Weekly hours thresholds offered by the professionals' hours select. */
export const hoursThresholds = [5, 10, 20, 30, 40] as const;

/** The count of a boolean facet's `true` value ("remote OK"), or null when not counted. */
export function trueCount(facets: FacetCounts, name: string): number | null {
  const entries = facets[name];
  if (!entries) return null;
  return entries.find((entry) => entry.value === "true")?.count ?? 0;
}

/** Page numbers around the current one, for the pagination links (at most `width`). */
export function pageWindow(page: number, pageCount: number, width = 5): number[] {
  const half = Math.floor(width / 2);
  const start = Math.max(1, Math.min(page - half, pageCount - width + 1));
  const end = Math.min(pageCount, start + width - 1);
  return Array.from({ length: end - start + 1 }, (_, index) => start + index);
}
