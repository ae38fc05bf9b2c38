import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import type { Locale } from "~/lib/i18n/locales";
import { decodeCodeList } from "~/modules/reference/code-lists";
import { prefectureName } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";
import { skillName } from "./challenges.server";
import { toCsv } from "./csv";
import { dateToDay } from "./dates";

/** Every challenge of a company in every state, with skills and history: the export. */
async function exportRows(companyId: string) {
  return db.challenge.findMany({
    where: { companyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      closeReason: true,
      title: true,
      summary: true,
      background: true,
      successCriteria: true,
      deliverables: true,
      category: true,
      engagementTypes: true,
      workStyle: true,
      onsiteVisitsPerMonth: true,
      hoursPerWeek: true,
      durationMonths: true,
      compensationType: true,
      compensationMin: true,
      compensationMax: true,
      startDate: true,
      applicationDeadline: true,
      prefectureCode: true,
      municipality: true,
      publishedAt: true,
      statusChangedAt: true,
      createdAt: true,
      updatedAt: true,
      skills: {
        select: { required: true, skill: { select: { slug: true, nameJa: true, nameEn: true } } },
        orderBy: { skill: { slug: "asc" } },
      },
      statusChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          fromStatus: true,
          toStatus: true,
          closeReason: true,
          note: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
}

export const csvColumns = [
  "id",
  "url",
  "status",
  "closeReason",
  "title",
  "summary",
  "background",
  "successCriteria",
  "deliverables",
  "category",
  "engagementTypes",
  "workStyle",
  "onsiteVisitsPerMonth",
  "hoursPerWeek",
  "durationMonths",
  "compensationType",
  "compensationMin",
  "compensationMax",
  "startDate",
  "applicationDeadline",
  "prefectureCode",
  "prefecture",
  "municipality",
  "requiredSkills",
  "niceToHaveSkills",
  "publishedAt",
  "statusChangedAt",
  "createdAt",
  "updatedAt",
] as const;

type Row = Awaited<ReturnType<typeof exportRows>>[number];

function iso(date: Date | null) {
  return date ? date.toISOString() : null;
}

function day(date: Date | null) {
  return date ? dateToDay(date) : null;
}

function describe(row: Row, locale: Locale) {
  const names = (required: boolean) =>
    row.skills
      .filter((link) => link.required === required)
      .map((link) => skillName(link.skill, locale));
  return {
    id: row.id,
    url: `${getEnv().APP_URL}/challenges/${row.id}`,
    status: row.status,
    closeReason: row.closeReason,
    title: row.title,
    summary: row.summary,
    background: row.background,
    successCriteria: row.successCriteria,
    deliverables: row.deliverables,
    category: row.category,
    engagementTypes: decodeCodeList(row.engagementTypes, engagementTypes),
    workStyle: row.workStyle,
    onsiteVisitsPerMonth: row.onsiteVisitsPerMonth,
    hoursPerWeek: row.hoursPerWeek,
    durationMonths: row.durationMonths,
    compensationType: row.compensationType,
    compensationMin: row.compensationMin,
    compensationMax: row.compensationMax,
    startDate: day(row.startDate),
    applicationDeadline: day(row.applicationDeadline),
    prefectureCode: row.prefectureCode,
    prefecture: prefectureName(row.prefectureCode, locale),
    municipality: row.municipality,
    requiredSkills: names(true),
    niceToHaveSkills: names(false),
    publishedAt: iso(row.publishedAt),
    statusChangedAt: iso(row.statusChangedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** CSV: one row per challenge; lists (engagement types, skills) are joined with "; ". */
export async function exportChallengesCsv(companyId: string, locale: Locale) {
  const rows = (await exportRows(companyId)).map((row) => {
    const described = describe(row, locale);
    return csvColumns.map((column) => {
      const value = described[column];
      return Array.isArray(value) ? value.join("; ") : value;
    });
  });
  return toCsv(csvColumns, rows);
}

/** JSON: the same fields, lists as arrays, skills with their slugs, and each status change. */
export async function exportChallengesJson(
  company: { id: string; name: string },
  locale: Locale,
  now = new Date(),
) {
  const rows = await exportRows(company.id);
  return {
    exportedAt: now.toISOString(),
    company,
    challenges: rows.map((row) => ({
      ...describe(row, locale),
      requiredSkills: row.skills.filter((link) => link.required).map((link) => link.skill),
      niceToHaveSkills: row.skills.filter((link) => !link.required).map((link) => link.skill),
      statusHistory: row.statusChanges.map((change) => ({
        from: change.fromStatus,
        to: change.toStatus,
        closeReason: change.closeReason,
        note: change.note,
        at: change.createdAt.toISOString(),
        by: change.actor?.name ?? null,
      })),
    })),
  };
}
