/**
 * The coordinator console's KPIs, pure: what is counted, the filters, and the roll-ups of
 * the aggregated rows kpis.server.ts reads. Months are calendar months in Japan time.
 *
 * Definitions (the KPI page shows the same text):
 * - consultations (相談件数): Consultation rows by the day they were held (heldOn), in the
 *   prefecture of the consulting company; under a category or engagement type only when
 *   the consultation drafted a challenge of it.
 * - challenges published: Challenge rows by publishedAt (first publication).
 * - introductions / applications / casual talks / scouts: Match rows by createdAt, by source
 *   (INTRODUCTION / APPLICATION / CASUAL_TALK / SCOUT).
 * - contracts (成約件数): matches by contractedAt; completions: by completedAt.
 * - repeat engagements: contracts of a company that had already contracted before (its
 *   second and later contracts, with any professional; an earlier contractedAt, ties by id).
 * - funnel: of the matches created in the range, how many reached TALKING (both sides
 *   agreed), CONTRACTED (contractedAt set) and COMPLETED (completedAt set).
 * - median days from publication to contract: over the contracts in the range.
 * Everything about a challenge (matches, contracts…) counts in the challenge's prefecture,
 * category and engagement types; a challenge with several engagement types counts under
 * each of them in the engagement breakdown (so that table does not add up to the total).
 */
import { z } from "zod";
import { challengeCategories } from "~/modules/challenges/schema";
import { engagementTypes, type EngagementType } from "~/modules/reference/work";

export const kpiKinds = [
  "consultations",
  "published",
  "introductions",
  "applications",
  "casualTalks",
  "scouts",
  "contracts",
  "completions",
  "repeats",
] as const;
export type KpiKind = (typeof kpiKinds)[number];
export type KpiCounts = Record<KpiKind, number>;

export type ChallengeCategoryCode = (typeof challengeCategories)[number];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** The longest range the page accepts, in months; a longer one is cut at its start. */
export const MAX_RANGE_MONTHS = 60;
export const DEFAULT_RANGE_MONTHS = 12;

const month = z.string().regex(MONTH).optional().catch(undefined);

/** The KPI page's query string (GET form); anything unknown or malformed is dropped. */
export const kpiFilterSchema = z.object({
  from: month,
  to: month,
  prefecture: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  category: z.enum(challengeCategories).optional().catch(undefined),
  engagement: z.enum(engagementTypes).optional().catch(undefined),
});
export type KpiFilterInput = z.infer<typeof kpiFilterSchema>;

export type KpiFilters = {
  from: string;
  to: string;
  prefecture?: string;
  category?: ChallengeCategoryCode;
  engagement?: EngagementType;
};

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The calendar month in Japan of an instant, as YYYY-MM. */
export function monthInJapan(date: Date): string {
  return new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
}

/** "2026-01" plus -2 months → "2025-11". */
export function addMonths(yearMonth: string, delta: number): string {
  const [year, monthNumber] = yearMonth.split("-").map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let current = from; current <= to; current = addMonths(current, 1)) months.push(current);
  return months;
}

/**
 * The range the page shows: by default the last 12 months up to this one (in Japan);
 * a reversed range is swapped, and one longer than MAX_RANGE_MONTHS is cut at its start.
 */
export function resolveKpiFilters(input: KpiFilterInput, now = new Date()): KpiFilters {
  const current = monthInJapan(now);
  let to = input.to ?? (input.from && input.from > current ? input.from : current);
  let from = input.from ?? addMonths(to, -(DEFAULT_RANGE_MONTHS - 1));
  if (from > to) [from, to] = [to, from];
  if (monthsBetween(from, to).length > MAX_RANGE_MONTHS)
    from = addMonths(to, -(MAX_RANGE_MONTHS - 1));
  return {
    from,
    to,
    ...(input.prefecture ? { prefecture: input.prefecture } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.engagement ? { engagement: input.engagement } : {}),
  };
}

/**
 * The prefectures the numbers cover: the viewer's (null = every prefecture, for admins),
 * narrowed by the prefecture filter. A prefecture outside the viewer's gives nothing.
 */
export function effectivePrefectures(
  scope: string[] | null,
  prefecture: string | undefined,
): string[] | null {
  if (!prefecture) return scope;
  if (scope === null || scope.includes(prefecture)) return [prefecture];
  return [];
}

/** The query string of `filters`, for links and the CSV downloads. */
export function kpiSearchParams(filters: KpiFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.prefecture) params.set("prefecture", filters.prefecture);
  if (filters.category) params.set("category", filters.category);
  if (filters.engagement) params.set("engagement", filters.engagement);
  return params;
}

/** One aggregated row from the database: how many `kind` events share these attributes. */
export type KpiRow = {
  kind: KpiKind;
  month: string;
  prefectureCode: string;
  category: string | null;
  engagementTypes: string | null;
  count: number;
};

export function zeroCounts(): KpiCounts {
  return Object.fromEntries(kpiKinds.map((kind) => [kind, 0])) as KpiCounts;
}

function add(counts: KpiCounts, row: KpiRow) {
  counts[row.kind] += row.count;
}

export type KpiTable<Key extends string> = Array<{ key: Key; counts: KpiCounts }>;

/** One row per month of the range (months without events show zeros). */
export function byMonth(rows: readonly KpiRow[], from: string, to: string): KpiTable<string> {
  const table = new Map(monthsBetween(from, to).map((month) => [month, zeroCounts()]));
  for (const row of rows) {
    const counts = table.get(row.month);
    if (counts) add(counts, row);
  }
  return [...table].map(([key, counts]) => ({ key, counts }));
}

/** One row per prefecture that has any event, by code. */
export function byPrefecture(rows: readonly KpiRow[]): KpiTable<string> {
  const table = new Map<string, KpiCounts>();
  for (const row of rows) {
    const counts = table.get(row.prefectureCode) ?? zeroCounts();
    add(counts, row);
    table.set(row.prefectureCode, counts);
  }
  return [...table]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, counts]) => ({ key, counts }));
}

/**
 * One row per category, in the categories' order; "NONE" collects consultations that did
 * not draft a challenge (shown only when there are some).
 */
export function byCategory(rows: readonly KpiRow[]): KpiTable<ChallengeCategoryCode | "NONE"> {
  const table = new Map<ChallengeCategoryCode | "NONE", KpiCounts>(
    challengeCategories.map((category) => [category, zeroCounts()]),
  );
  for (const row of rows) {
    const key = (row.category ?? "NONE") as ChallengeCategoryCode | "NONE";
    const counts = table.get(key) ?? zeroCounts();
    add(counts, row);
    table.set(key, counts);
  }
  return [...table]
    .filter(([key, counts]) => key !== "NONE" || total(counts) > 0)
    .map(([key, counts]) => ({ key, counts }));
}

/** One row per engagement type; a challenge with several types counts under each. */
export function byEngagement(rows: readonly KpiRow[]): KpiTable<EngagementType> {
  const table = new Map<EngagementType, KpiCounts>(
    engagementTypes.map((type) => [type, zeroCounts()]),
  );
  for (const row of rows) {
    const types = new Set((row.engagementTypes ?? "").split(",").map((type) => type.trim()));
    for (const type of types) {
      const counts = table.get(type as EngagementType);
      if (counts) add(counts, row);
    }
  }
  return [...table].map(([key, counts]) => ({ key, counts }));
}

export function totals(rows: readonly KpiRow[]): KpiCounts {
  const counts = zeroCounts();
  for (const row of rows) add(counts, row);
  return counts;
}

function total(counts: KpiCounts) {
  return kpiKinds.reduce((sum, kind) => sum + counts[kind], 0);
}

export type Funnel = { created: number; talking: number; contracted: number; completed: number };
export const funnelSteps = ["created", "talking", "contracted", "completed"] as const;

/** Each step's share of the matches created, in whole percent (0 when none were created). */
export function funnelRates(funnel: Funnel): Record<keyof Funnel, number> {
  const rate = (value: number) =>
    funnel.created === 0 ? 0 : Math.round((value / funnel.created) * 100);
  return {
    created: funnel.created === 0 ? 0 : 100,
    talking: rate(funnel.talking),
    contracted: rate(funnel.contracted),
    completed: rate(funnel.completed),
  };
}

/** The median of `values` (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
