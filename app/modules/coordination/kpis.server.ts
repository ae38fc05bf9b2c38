/**
 * The KPI queries (definitions in kpis.ts). SQLite aggregates: one query groups every
 * counted event by kind, month (in Japan time), prefecture, category and engagement types,
 * and the page rolls those few rows up; the funnel is one more aggregate, and the median
 * reads one number per contract of the range.
 */
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import {
  byCategory,
  byEngagement,
  byMonth,
  byPrefecture,
  effectivePrefectures,
  kpiKinds,
  median,
  totals,
  type Funnel,
  type KpiFilters,
  type KpiKind,
  type KpiRow,
} from "./kpis";

/** An instant stored by Prisma (ISO text) as its calendar month in Japan. */
function monthOf(column: Prisma.Sql) {
  return Prisma.sql`strftime('%Y-%m', ${column}, '+9 hours')`;
}

/** The WHERE conditions every event shares, on the columns of the `e` row. */
function eventConditions(filters: KpiFilters, prefectures: string[] | null) {
  const conditions = [Prisma.sql`e.month BETWEEN ${filters.from} AND ${filters.to}`];
  if (prefectures !== null) {
    conditions.push(
      prefectures.length > 0
        ? Prisma.sql`e.prefectureCode IN (${Prisma.join(prefectures)})`
        : Prisma.sql`0`,
    );
  }
  if (filters.category) conditions.push(Prisma.sql`e.category = ${filters.category}`);
  if (filters.engagement) {
    conditions.push(
      Prisma.sql`instr(',' || e.engagementTypes || ',', ${`,${filters.engagement},`}) > 0`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** The aggregated event rows of the range, for the viewer's prefectures (null: all). */
export async function kpiRows(filters: KpiFilters, scope: string[] | null): Promise<KpiRow[]> {
  const prefectures = effectivePrefectures(scope, filters.prefecture);
  if (prefectures !== null && prefectures.length === 0) return [];
  const rows = await db.$queryRaw<
    Array<{
      kind: string;
      month: string;
      prefectureCode: string;
      category: string | null;
      engagementTypes: string | null;
      n: bigint | number;
    }>
  >`
    SELECT e.kind, e.month, e.prefectureCode, e.category, e.engagementTypes, COUNT(*) AS n
    FROM (
      SELECT 'consultations' AS kind, ${monthOf(Prisma.sql`k.heldOn`)} AS month,
        co.prefectureCode AS prefectureCode, c.category AS category,
        c.engagementTypes AS engagementTypes
      FROM Consultation k
        JOIN Company co ON co.id = k.companyId
        LEFT JOIN Challenge c ON c.id = k.challengeId
      UNION ALL
      SELECT 'published', ${monthOf(Prisma.sql`c.publishedAt`)}, c.prefectureCode, c.category,
        c.engagementTypes
      FROM Challenge c WHERE c.publishedAt IS NOT NULL
      UNION ALL
      SELECT CASE m.source WHEN 'INTRODUCTION' THEN 'introductions'
          WHEN 'APPLICATION' THEN 'applications' WHEN 'CASUAL_TALK' THEN 'casualTalks'
          ELSE 'scouts' END,
        ${monthOf(Prisma.sql`m.createdAt`)}, c.prefectureCode, c.category, c.engagementTypes
      FROM Match m JOIN Challenge c ON c.id = m.challengeId
      UNION ALL
      SELECT 'contracts', ${monthOf(Prisma.sql`m.contractedAt`)}, c.prefectureCode, c.category,
        c.engagementTypes
      FROM Match m JOIN Challenge c ON c.id = m.challengeId WHERE m.contractedAt IS NOT NULL
      UNION ALL
      SELECT 'completions', ${monthOf(Prisma.sql`m.completedAt`)}, c.prefectureCode, c.category,
        c.engagementTypes
      FROM Match m JOIN Challenge c ON c.id = m.challengeId WHERE m.completedAt IS NOT NULL
      UNION ALL
      SELECT 'repeats', ${monthOf(Prisma.sql`m.contractedAt`)}, c.prefectureCode, c.category,
        c.engagementTypes
      FROM Match m JOIN Challenge c ON c.id = m.challengeId
      WHERE m.contractedAt IS NOT NULL AND EXISTS (
        SELECT 1 FROM Match m2 JOIN Challenge c2 ON c2.id = m2.challengeId
        WHERE c2.companyId = c.companyId AND m2.id <> m.id AND m2.contractedAt IS NOT NULL
          AND (julianday(m2.contractedAt) < julianday(m.contractedAt)
            OR (julianday(m2.contractedAt) = julianday(m.contractedAt) AND m2.id < m.id)))
    ) AS e
    WHERE ${eventConditions(filters, prefectures)}
    GROUP BY e.kind, e.month, e.prefectureCode, e.category, e.engagementTypes`;
  return rows
    .filter((row) => (kpiKinds as readonly string[]).includes(row.kind))
    .map((row) => ({
      kind: row.kind as KpiKind,
      month: row.month,
      prefectureCode: row.prefectureCode,
      category: row.category,
      engagementTypes: row.engagementTypes,
      count: num(row.n),
    }));
}

/** Of the matches created in the range, how many reached talking, a contract, completion. */
export async function kpiFunnel(filters: KpiFilters, scope: string[] | null): Promise<Funnel> {
  const prefectures = effectivePrefectures(scope, filters.prefecture);
  if (prefectures !== null && prefectures.length === 0) {
    return { created: 0, talking: 0, contracted: 0, completed: 0 };
  }
  const [row] = await db.$queryRaw<
    Array<{ created: unknown; talking: unknown; contracted: unknown; completed: unknown }>
  >`
    SELECT COUNT(*) AS created,
      SUM(CASE WHEN e.professionalAcceptedAt IS NOT NULL AND e.companyAcceptedAt IS NOT NULL
        THEN 1 ELSE 0 END) AS talking,
      SUM(CASE WHEN e.contractedAt IS NOT NULL THEN 1 ELSE 0 END) AS contracted,
      SUM(CASE WHEN e.completedAt IS NOT NULL THEN 1 ELSE 0 END) AS completed
    FROM (
      SELECT ${monthOf(Prisma.sql`m.createdAt`)} AS month, c.prefectureCode, c.category,
        c.engagementTypes, m.professionalAcceptedAt, m.companyAcceptedAt, m.contractedAt,
        m.completedAt
      FROM Match m JOIN Challenge c ON c.id = m.challengeId
    ) AS e
    WHERE ${eventConditions(filters, prefectures)}`;
  return {
    created: num(row?.created),
    talking: num(row?.talking),
    contracted: num(row?.contracted),
    completed: num(row?.completed),
  };
}

/** The median of the days from a challenge's publication to each contract of the range. */
export async function medianDaysToContract(
  filters: KpiFilters,
  scope: string[] | null,
): Promise<number | null> {
  const prefectures = effectivePrefectures(scope, filters.prefecture);
  if (prefectures !== null && prefectures.length === 0) return null;
  const rows = await db.$queryRaw<Array<{ days: unknown }>>`
    SELECT e.days FROM (
      SELECT ${monthOf(Prisma.sql`m.contractedAt`)} AS month, c.prefectureCode, c.category,
        c.engagementTypes, julianday(m.contractedAt) - julianday(c.publishedAt) AS days
      FROM Match m JOIN Challenge c ON c.id = m.challengeId
      WHERE m.contractedAt IS NOT NULL AND c.publishedAt IS NOT NULL
    ) AS e
    WHERE ${eventConditions(filters, prefectures)}`;
  const value = median(rows.map((row) => num(row.days)));
  return value === null ? null : Math.round(value * 10) / 10;
}

/** Everything the KPI page, its CSV and the monthly report show. */
export async function kpiReport(filters: KpiFilters, scope: string[] | null) {
  const [rows, funnel, medianDays] = await Promise.all([
    kpiRows(filters, scope),
    kpiFunnel(filters, scope),
    medianDaysToContract(filters, scope),
  ]);
  return {
    filters,
    totals: totals(rows),
    months: byMonth(rows, filters.from, filters.to),
    prefectures: byPrefecture(rows),
    categories: byCategory(rows),
    engagements: byEngagement(rows),
    funnel,
    medianDays,
  };
}

export type KpiReport = Awaited<ReturnType<typeof kpiReport>>;
