/**
 * Reports for coordinators: the matches export and the printable monthly report. Same
 * region rule as the board: only matches of the viewer's prefectures (admins: all).
 */
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n/locales";
import type { SessionUser } from "~/modules/auth/session.server";
import { dateToDay } from "~/modules/challenges/dates";
import type { MatchCsvRow } from "./csv";
import { kpiReport } from "./kpis.server";
import { type KpiFilters } from "./kpis";
import { professionalForStaff, regionMatchWhere, staffProfessionalSelect } from "./pipeline.server";

/** At most this many matches per download. */
export const MATCHES_CSV_LIMIT = 5000;

/** The matches of the viewer's prefectures as CSV rows, oldest first. */
export async function matchesForCsv(
  viewer: Pick<SessionUser, "id" | "role">,
  scope: string[] | null,
  filters: { prefecture?: string; category?: string },
  locale: Locale,
): Promise<MatchCsvRow[]> {
  const rows = await db.match.findMany({
    where: regionMatchWhere(scope, filters),
    select: {
      id: true,
      source: true,
      stage: true,
      createdAt: true,
      contractedAt: true,
      completedAt: true,
      professionalAcceptedAt: true,
      challenge: {
        select: {
          title: true,
          prefectureCode: true,
          category: true,
          company: { select: { name: true } },
        },
      },
      subsidyScheme: { select: { name: true } },
      introducedBy: { select: { name: true } },
      profile: { select: staffProfessionalSelect },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MATCHES_CSV_LIMIT,
  });
  return rows.map((row) => ({
    id: row.id,
    challengeTitle: row.challenge.title,
    companyName: row.challenge.company.name,
    prefectureCode: row.challenge.prefectureCode,
    category: row.challenge.category,
    source: row.source,
    stage: row.stage,
    createdOn: dateToDay(row.createdAt),
    contractedOn: row.contractedAt ? dateToDay(row.contractedAt) : null,
    completedOn: row.completedAt ? dateToDay(row.completedAt) : null,
    subsidyScheme: row.subsidyScheme?.name ?? null,
    introducedBy: row.introducedBy?.name ?? null,
    professional: professionalForStaff(row.profile, row, viewer, locale).label,
  }));
}

/** Japan's midnight at the start of a YYYY-MM month, and of the month after. */
export function monthBounds(month: string) {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const start = new Date(Date.UTC(year, monthNumber - 1, 1) - 9 * 3_600_000);
  const end = new Date(Date.UTC(year, monthNumber, 1) - 9 * 3_600_000);
  return { start, end };
}

/** The monthly report: that month's KPIs, its categories by contracts, and its contracts. */
export async function monthlyReport(
  viewer: Pick<SessionUser, "id" | "role">,
  scope: string[] | null,
  month: string,
  locale: Locale,
) {
  const filters: KpiFilters = { from: month, to: month };
  const { start, end } = monthBounds(month);
  const [kpis, contracts] = await Promise.all([
    kpiReport(filters, scope),
    db.match.findMany({
      where: { ...regionMatchWhere(scope, {}), contractedAt: { gte: start, lt: end } },
      select: {
        id: true,
        source: true,
        stage: true,
        contractedAt: true,
        professionalAcceptedAt: true,
        challenge: {
          select: {
            title: true,
            prefectureCode: true,
            category: true,
            company: { select: { name: true } },
          },
        },
        introducedBy: { select: { name: true } },
        subsidyScheme: { select: { name: true } },
        profile: { select: staffProfessionalSelect },
      },
      orderBy: [{ contractedAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  const topCategories = kpis.categories
    .filter((row) => row.key !== "NONE")
    .filter((row) => row.counts.contracts + row.counts.published + row.counts.consultations > 0)
    .sort(
      (a, b) =>
        b.counts.contracts - a.counts.contracts ||
        b.counts.published - a.counts.published ||
        b.counts.consultations - a.counts.consultations,
    )
    .slice(0, 5);
  return {
    month,
    kpis,
    topCategories,
    contracts: contracts.map((row) => ({
      id: row.id,
      source: row.source,
      stage: row.stage,
      contractedOn: dateToDay(row.contractedAt!),
      challengeTitle: row.challenge.title,
      companyName: row.challenge.company.name,
      prefectureCode: row.challenge.prefectureCode,
      category: row.challenge.category,
      introducedBy: row.introducedBy?.name ?? null,
      subsidyScheme: row.subsidyScheme?.name ?? null,
      professional: professionalForStaff(row.profile, row, viewer, locale).label,
    })),
  };
}
