import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import type { Locale } from "~/lib/i18n/locales";
import { isMessageKey, translate } from "~/lib/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import type { SessionUser } from "~/modules/auth/session.server";
import type { ImportKind } from "./columns";
import { toCsv } from "./csv";
import { readUpload, type RowError } from "./source";
import { validateRows } from "./validate.server";

type Actor = Pick<SessionUser, "id" | "role">;

/** A file's name as shown back: its last path segment, without control characters. */
export function cleanFileName(name: string) {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.slice(0, 200) || "upload";
}

/**
 * The dry run of an upload: reads and checks every row and stores the outcome as a
 * PREVIEWED job (the good rows, normalised, and every error). Nothing else is written.
 */
export async function previewImport(
  actor: Actor,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array },
  meta: { ipAddress?: string } = {},
  now = new Date(),
) {
  const fileName = cleanFileName(input.fileName);
  const read = readUpload(input.bytes, fileName, input.kind);
  let total = 0;
  let rows: unknown[] = [];
  let errors: RowError[];
  if (!read.ok) {
    errors = read.errors;
  } else {
    const validation = await validateRows(db, input.kind, read.rows, now);
    total = read.total;
    rows = validation.valid;
    errors = [...read.errors, ...validation.errors].sort((a, b) => a.row - b.row);
  }
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.create({
      data: {
        kind: input.kind,
        fileName,
        rows: JSON.stringify(rows),
        errors: JSON.stringify(errors),
        totalRows: total,
        validRows: rows.length,
        createdById: actor.id,
      },
      select: { id: true, totalRows: true, validRows: true },
    });
    await recordAudit(tx, {
      action: "import.preview",
      actorId: actor.id,
      targetType: "ImportJob",
      targetId: job.id,
      ipAddress: meta.ipAddress,
      metadata: {
        kind: input.kind,
        fileName,
        total,
        valid: rows.length,
        errors: errors.length,
      },
    });
    return { ...job, errorCount: errors.length };
  });
}

const jobSummary = {
  id: true,
  kind: true,
  fileName: true,
  status: true,
  totalRows: true,
  validRows: true,
  processed: true,
  imported: true,
  allOrNothing: true,
  createdAt: true,
  finishedAt: true,
} as const;

/** The user's own recent jobs, newest first. */
export function listRecentJobs(userId: string, take = 20) {
  return db.importJob.findMany({
    where: { createdById: userId },
    orderBy: { createdAt: "desc" },
    take,
    select: jobSummary,
  });
}

/** Whether `actor` may see a job: its creator, or an admin. */
export function canSeeJob(actor: Actor, job: { createdById: string | null }) {
  return actor.role === "ADMIN" || job.createdById === actor.id;
}

/** A job for its creator or an admin; 404 for everyone else (they need not know it exists). */
export async function requireJob(actor: Actor, jobId: string) {
  const job = await db.importJob.findUnique({
    where: { id: jobId },
    select: { ...jobSummary, createdById: true, failure: true, errors: true },
  });
  if (!job || !canSeeJob(actor, job)) notFound();
  const { errors, ...rest } = job;
  return { ...rest, errors: parseErrors(errors) };
}

export function parseErrors(stored: string): RowError[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? (value as RowError[]) : [];
  } catch {
    return [];
  }
}

/** An error's message in `locale`: keys are translated (with their vars), text passes through. */
export function errorMessage(locale: Locale, error: Pick<RowError, "message" | "vars">) {
  if (!isMessageKey(error.message)) return error.message;
  const vars = error.vars
    ? Object.fromEntries(
        Object.entries(error.vars).map(([name, value]) => [
          name,
          // A row number inside a message reads as "row 12" in the reader's language.
          name === "row" ? translate(locale, "imports.errors.rowRef", { row: value }) : value,
        ]),
      )
    : undefined;
  return translate(locale, error.message, vars);
}

/** "row 12: email: message" (or "file: message" for the whole file), in `locale`. */
export function errorLine(locale: Locale, error: RowError) {
  const where =
    error.row === 0
      ? translate(locale, "imports.errors.fileRow")
      : translate(locale, "imports.errors.rowRef", { row: error.row });
  const parts = [where, ...(error.field ? [error.field] : []), errorMessage(locale, error)];
  return parts.join(": ");
}

/** The errors as a text file, one `row N: field: message` line each. */
export function errorsAsText(locale: Locale, errors: RowError[]) {
  return `${errors.map((error) => errorLine(locale, error)).join("\r\n")}\r\n`;
}

/** The errors as CSV (row, column, message), UTF-8 with a BOM for Excel. */
export function errorsAsCsv(locale: Locale, errors: RowError[]) {
  const header = [
    translate(locale, "imports.errors.column.row"),
    translate(locale, "imports.errors.column.field"),
    translate(locale, "imports.errors.column.message"),
  ];
  return toCsv([
    header,
    ...errors.map((error) => [String(error.row), error.field, errorMessage(locale, error)]),
  ]);
}
