import { toCsv } from "~/modules/imports/csv";
import { previewImport } from "~/modules/imports/jobs.server";
import { startImport, waitForImport, type RunMode } from "~/modules/imports/run.server";
import type { ImportKind } from "~/modules/imports/columns";

/** A CSV file (UTF-8 with BOM, CRLF) from a header and rows of cells. */
export function csvBytes(rows: string[][]) {
  return new TextEncoder().encode(toCsv(rows));
}

/** Previews `bytes` as `actor`, returning the job id. */
export async function preview(
  actor: { id: string; role: "COORDINATOR" | "ADMIN" },
  kind: ImportKind,
  bytes: Uint8Array,
  fileName = "upload.csv",
) {
  return previewImport(actor, { kind, fileName, bytes });
}

/** Starts a previewed job and waits for the background run to finish. */
export async function runToEnd(jobId: string, actorId: string, mode: RunMode) {
  const outcome = await startImport(jobId, actorId, mode);
  await waitForImport(jobId);
  return outcome;
}

/** The header and one valid row for `kind`, numbered `n` so names and emails differ. */
export function companyCells(n: number) {
  return [`株式会社テスト${n}`, "長野県", "松本市", "製造業", "10-49", "1990", "", "説明", ""];
}
export const companyHeader = [
  "name",
  "prefecture",
  "municipality",
  "industry",
  "employees_band",
  "founded_year",
  "website",
  "description",
  "owner_email",
];

export const professionalHeader = [
  "email",
  "name",
  "skills",
  "engagement_types",
  "work_styles",
  "regions",
  "hometown",
  "visibility",
];
export function professionalCells(n: number) {
  return [
    `pro${n}@import.example.jp`,
    `プロ ${n}`,
    "Python:5:ADVANCED|SQL:3",
    "副業・兼業",
    "リモート|ハイブリッド",
    "長野県|高知県",
    "長野県:出身地",
    "匿名",
  ];
}

export const challengeHeader = [
  "company_name",
  "title",
  "summary",
  "background",
  "success_criteria",
  "category",
  "required_skills",
  "nice_to_have_skills",
  "engagement_types",
  "work_style",
  "onsite_visits_per_month",
  "hours_per_week",
  "duration_months",
  "compensation_type",
  "compensation_min",
  "compensation_max",
  "status",
];
export function challengeCells(companyName: string, n: number, status = "OPEN") {
  return [
    companyName,
    `課題 ${n}`,
    "概要",
    "現状と課題",
    "成功の姿",
    "販路開拓",
    "Python",
    "SQL",
    "副業・兼業",
    "ハイブリッド",
    "1",
    "10",
    "6",
    "月額",
    "100000",
    "200000",
    status,
  ];
}
