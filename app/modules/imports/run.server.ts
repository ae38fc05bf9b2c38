/**
 * Writing a previewed import. The POST only marks the job RUNNING and returns; the rows
 * are written here in the background, in the app process:
 * - "valid": the good rows in batches of BATCH_SIZE, one transaction per batch, with
 *   `processed` and `imported` updated in each, so the job page can show progress;
 * - "all" (all-or-nothing): nothing when the dry run found any error; otherwise every
 *   row in ONE transaction, so a failure leaves nothing behind.
 * Each batch checks again what may have changed since the preview (a name or email
 * taken, a company or skill deleted); such rows are skipped with an error in "valid"
 * mode and fail the whole import in "all" mode.
 */
import { randomBytes } from "node:crypto";
import { db, type DbClient } from "~/lib/db.server";
import { errorFields, logger } from "~/lib/logger.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import type { ImportKind } from "./columns";
import { parseErrors } from "./jobs.server";
import type { RowError } from "./source";
import type { ValidRow } from "./validate.server";

export const BATCH_SIZE = 100;
/** The all-or-nothing transaction may take this long (10,000 rows take a few seconds). */
const ALL_OR_NOTHING_TIMEOUT_MS = 120_000;
const TRANSACTION_MAX_WAIT_MS = 10_000;

export type RunMode = "valid" | "all";

let sequence = 0;
/** A cuid-shaped id ("c" + 24 base-36 characters), made here so batches use createMany. */
export function newId() {
  sequence = (sequence + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${time}${sequence.toString(36).padStart(4, "0")}${random}`;
}

// Runs in this process, by job id: a job RUNNING in the database but not here was cut
// off by a restart (see markInterrupted).
const globalForImports = globalThis as unknown as { enishiImportRuns?: Map<string, Promise<void>> };
const running = (globalForImports.enishiImportRuns ??= new Map());

export function isRunningHere(jobId: string) {
  return running.has(jobId);
}

/** Resolves when the job's background run (if any) has finished. For tests and the bench. */
export async function waitForImport(jobId: string) {
  while (running.has(jobId)) await running.get(jobId);
}

type StartOutcome = { ok: true } | { ok: false; reason: "notRunnable" };

/**
 * Starts a PREVIEWED job (any other state is refused: a job runs once). Returns once
 * the job is RUNNING (or, when there is nothing to write, DONE).
 */
export async function startImport(
  jobId: string,
  actorId: string,
  mode: RunMode,
  meta: { ipAddress?: string } = {},
): Promise<StartOutcome> {
  if (running.has(jobId)) return { ok: false, reason: "notRunnable" };
  // Claimed before the transaction, so the job page never takes a starting run for a
  // run cut off by a restart.
  let release = () => {};
  running.set(jobId, new Promise<void>((resolve) => (release = resolve)));
  try {
    const next = await db.$transaction(async (tx) => {
      const job = await tx.importJob.findUnique({
        where: { id: jobId },
        select: { status: true, kind: true, totalRows: true, validRows: true, errors: true },
      });
      if (!job || job.status !== "PREVIEWED") return null;
      const errorRows = new Set(parseErrors(job.errors).map((error) => error.row)).size;
      const audit = {
        kind: job.kind,
        mode,
        total: job.totalRows,
        valid: job.validRows,
        invalidRows: errorRows,
      };
      const nothingToWrite = job.validRows === 0 || (mode === "all" && errorRows > 0);
      await tx.importJob.update({
        where: { id: jobId },
        data: nothingToWrite
          ? { status: "DONE", allOrNothing: mode === "all", imported: 0, finishedAt: new Date() }
          : { status: "RUNNING", allOrNothing: mode === "all" },
      });
      await recordAudit(tx, {
        action: "import.run",
        actorId,
        targetType: "ImportJob",
        targetId: jobId,
        ipAddress: meta.ipAddress,
        metadata: nothingToWrite ? { ...audit, imported: 0 } : audit,
      });
      return nothingToWrite ? "done" : "run";
    });
    if (next !== "run") {
      running.delete(jobId);
      return next === null ? { ok: false, reason: "notRunnable" } : { ok: true };
    }
    const work = executeImport(jobId).finally(() => running.delete(jobId));
    running.set(jobId, work);
    return { ok: true };
  } catch (error) {
    running.delete(jobId);
    throw error;
  } finally {
    release();
  }
}

/** A job left RUNNING by a process that stopped: FAILED, so nobody waits forever. */
export async function markInterrupted(jobId: string) {
  if (running.has(jobId)) return false;
  const { count } = await db.importJob.updateMany({
    where: { id: jobId, status: "RUNNING" },
    data: { status: "FAILED", failure: "imports.failure.interrupted", finishedAt: new Date() },
  });
  return count > 0;
}

class RowsChanged extends Error {
  constructor(readonly rows: RowError[]) {
    super(`${rows.length} rows changed since the preview`);
  }
}

type Written = { written: number; skipped: RowError[] };
type Writer = (tx: DbClient, rows: ValidRow[], actorId: string | null) => Promise<Written>;

function batches<T>(items: T[]) {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    result.push(items.slice(start, start + BATCH_SIZE));
  }
  return result;
}

async function executeImport(jobId: string) {
  const job = await db.importJob.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      kind: true,
      rows: true,
      errors: true,
      allOrNothing: true,
      createdById: true,
      totalRows: true,
      validRows: true,
    },
  });
  const rows = JSON.parse(job.rows) as ValidRow[];
  // The rows live in memory from here on. Dropping them from the job keeps its row small
  // (SQLite rewrites a whole row on every progress update) and keeps no personal data
  // once the import is under way.
  await db.importJob.update({ where: { id: jobId }, data: { rows: "[]" } });
  const write = writers[job.kind];
  const actorId = job.createdById;
  const earlierErrors = parseErrors(job.errors);
  const summary = {
    kind: job.kind,
    mode: job.allOrNothing ? "all" : "valid",
    total: job.totalRows,
    valid: job.validRows,
  };
  const finish = async (tx: DbClient, imported: number, skipped: RowError[]) => {
    await tx.importJob.update({
      where: { id: jobId },
      data: {
        status: "DONE",
        processed: rows.length,
        imported,
        finishedAt: new Date(),
        ...(skipped.length > 0
          ? { errors: JSON.stringify([...earlierErrors, ...skipped].sort((a, b) => a.row - b.row)) }
          : {}),
      },
    });
    await recordAudit(tx, {
      action: "import.finished",
      actorId,
      targetType: "ImportJob",
      targetId: jobId,
      metadata: { ...summary, imported, skipped: skipped.length },
    });
  };
  try {
    if (job.allOrNothing) {
      await db.$transaction(
        async (tx) => {
          const skipped: RowError[] = [];
          for (const batch of batches(rows))
            skipped.push(...(await write(tx, batch, actorId)).skipped);
          if (skipped.length > 0) throw new RowsChanged(skipped);
          await finish(tx, rows.length, []);
        },
        { timeout: ALL_OR_NOTHING_TIMEOUT_MS, maxWait: TRANSACTION_MAX_WAIT_MS },
      );
      return;
    }
    let imported = 0;
    const skipped: RowError[] = [];
    for (const batch of batches(rows)) {
      const result = await db.$transaction(
        async (tx) => {
          const outcome = await write(tx, batch, actorId);
          await tx.importJob.update({
            where: { id: jobId },
            data: {
              processed: { increment: batch.length },
              imported: { increment: outcome.written },
            },
          });
          return outcome;
        },
        { maxWait: TRANSACTION_MAX_WAIT_MS },
      );
      imported += result.written;
      skipped.push(...result.skipped);
      // Let requests waiting on the database in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await db.$transaction((tx) => finish(tx, imported, skipped), {
      maxWait: TRANSACTION_MAX_WAIT_MS,
    });
  } catch (error) {
    const changed = error instanceof RowsChanged ? error.rows : [];
    if (!changed.length) logger.error("import failed", { jobId, ...errorFields(error) });
    await db.$transaction(async (tx) => {
      await tx.importJob.update({
        where: { id: jobId },
        data: {
          status: "FAILED",
          failure: changed.length ? "imports.failure.changed" : "imports.failure.unexpected",
          finishedAt: new Date(),
          ...(changed.length
            ? {
                errors: JSON.stringify(
                  [...earlierErrors, ...changed].sort((a, b) => a.row - b.row),
                ),
              }
            : {}),
        },
      });
      await recordAudit(tx, {
        action: "import.failed",
        actorId,
        targetType: "ImportJob",
        targetId: jobId,
        metadata: { ...summary, changed: changed.length },
      });
    });
  }
}

const utcDate = (value: string | null) => (value ? new Date(`${value}T00:00:00.000Z`) : null);

async function existingIds(
  find: (ids: string[]) => Promise<Array<{ id: string }>>,
  ids: Array<string | null>,
) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  return new Set(wanted.length ? (await find(wanted)).map((row) => row.id) : []);
}

const writeCompanies: Writer = async (tx, input) => {
  const rows = input as ValidRow<"COMPANIES">[];
  const taken = new Set(
    (
      await tx.company.findMany({
        where: { name: { in: rows.map((row) => row.data.name) } },
        select: { name: true },
      })
    ).map((company) => company.name),
  );
  const owners = await existingIds(
    (ids) =>
      tx.user.findMany({
        where: { id: { in: ids }, role: "COMPANY_MEMBER" },
        select: { id: true },
      }),
    rows.map((row) => row.data.ownerId),
  );
  const skipped: RowError[] = [];
  const companies = [];
  const memberships = [];
  const names = new Set<string>();
  for (const { row, data } of rows) {
    if (taken.has(data.name) || names.has(data.name)) {
      skipped.push({ row, field: "name", message: "imports.errors.exists" });
      continue;
    }
    if (data.ownerId && !owners.has(data.ownerId)) {
      skipped.push({ row, field: "owner_email", message: "imports.errors.ownerNotFound" });
      continue;
    }
    const id = newId();
    names.add(data.name);
    companies.push({
      id,
      name: data.name,
      prefectureCode: data.prefectureCode,
      municipality: data.municipality,
      industryCode: data.industryCode,
      employeesBand: data.employeesBand,
      foundedYear: data.foundedYear,
      website: data.website,
      description: data.description,
    });
    if (data.ownerId) {
      memberships.push({
        id: newId(),
        companyId: id,
        userId: data.ownerId,
        role: "OWNER" as const,
      });
    }
  }
  if (companies.length) await tx.company.createMany({ data: companies });
  if (memberships.length) await tx.membership.createMany({ data: memberships });
  return { written: companies.length, skipped };
};

const writeChallenges: Writer = async (tx, input, actorId) => {
  const rows = input as ValidRow<"CHALLENGES">[];
  const companies = await existingIds(
    (ids) => tx.company.findMany({ where: { id: { in: ids } }, select: { id: true } }),
    rows.map((row) => row.data.companyId),
  );
  const skills = await existingIds(
    (ids) => tx.skill.findMany({ where: { id: { in: ids } }, select: { id: true } }),
    rows.flatMap((row) => [...row.data.requiredSkillIds, ...row.data.niceToHaveSkillIds]),
  );
  const now = new Date();
  const skipped: RowError[] = [];
  const challenges = [];
  const links = [];
  const changes = [];
  for (const { row, data } of rows) {
    if (!companies.has(data.companyId)) {
      skipped.push({ row, field: "company_name", message: "imports.errors.notFound" });
      continue;
    }
    const missing = [...data.requiredSkillIds, ...data.niceToHaveSkillIds].some(
      (id) => !skills.has(id),
    );
    if (missing) {
      skipped.push({ row, field: "required_skills", message: "imports.errors.changed" });
      continue;
    }
    const id = newId();
    challenges.push({
      id,
      companyId: data.companyId,
      title: data.title,
      summary: data.summary,
      background: data.background,
      successCriteria: data.successCriteria,
      deliverables: data.deliverables,
      category: data.category,
      engagementTypes: data.engagementTypes.join(","),
      workStyle: data.workStyle,
      onsiteVisitsPerMonth: data.onsiteVisitsPerMonth,
      hoursPerWeek: data.hoursPerWeek,
      durationMonths: data.durationMonths,
      compensationType: data.compensationType,
      compensationMin: data.compensationMin,
      compensationMax: data.compensationMax,
      startDate: utcDate(data.startDate),
      applicationDeadline: utcDate(data.applicationDeadline),
      prefectureCode: data.prefectureCode,
      municipality: data.municipality,
      status: data.status,
      publishedAt: data.status === "OPEN" ? now : null,
      statusChangedAt: now,
      createdById: actorId,
    });
    for (const skillId of data.requiredSkillIds)
      links.push({ challengeId: id, skillId, required: true });
    for (const skillId of data.niceToHaveSkillIds) {
      links.push({ challengeId: id, skillId, required: false });
    }
    changes.push({
      id: newId(),
      challengeId: id,
      fromStatus: null,
      toStatus: data.status,
      actorId,
    });
  }
  if (challenges.length) {
    await tx.challenge.createMany({ data: challenges });
    if (links.length) await tx.challengeSkill.createMany({ data: links });
    await tx.challengeStatusChange.createMany({ data: changes });
    await enqueueSearchSync(
      tx,
      "challenge",
      challenges.map((challenge) => challenge.id),
    );
  }
  return { written: challenges.length, skipped };
};

const writeProfessionals: Writer = async (tx, input) => {
  const rows = input as ValidRow<"PROFESSIONALS">[];
  const taken = new Set(
    (
      await tx.user.findMany({
        where: { email: { in: rows.map((row) => row.data.email) } },
        select: { email: true },
      })
    ).map((user) => user.email),
  );
  const skills = await existingIds(
    (ids) => tx.skill.findMany({ where: { id: { in: ids } }, select: { id: true } }),
    rows.flatMap((row) => row.data.skills.map((skill) => skill.skillId)),
  );
  const skipped: RowError[] = [];
  const users = [];
  const profiles = [];
  const profileSkills = [];
  const regions = [];
  const ties = [];
  for (const { row, data } of rows) {
    if (taken.has(data.email)) {
      skipped.push({ row, field: "email", message: "imports.errors.exists" });
      continue;
    }
    if (data.skills.some((skill) => !skills.has(skill.skillId))) {
      skipped.push({ row, field: "skills", message: "imports.errors.changed" });
      continue;
    }
    taken.add(data.email);
    const userId = newId();
    const profileId = newId();
    // No password and not verified: the person claims the account through "forgot
    // password", whose link proves the address (docs/import-format.md).
    users.push({
      id: userId,
      email: data.email,
      name: data.name,
      role: "PROFESSIONAL" as const,
      locale: data.locale,
      passwordHash: null,
      emailVerifiedAt: null,
    });
    profiles.push({
      id: profileId,
      userId,
      headline: data.headline,
      bio: data.bio,
      engagementTypes: data.engagementTypes.join(","),
      workStyles: data.workStyles.join(","),
      onsiteVisitsPerMonth: data.onsiteVisitsPerMonth,
      hoursPerWeek: data.hoursPerWeek,
      availableFrom: utcDate(data.availableFrom),
      expectedMonthlyYen: data.expectedMonthlyYen,
      expectedHourlyYen: data.expectedHourlyYen,
      visibility: data.visibility,
    });
    for (const skill of data.skills) profileSkills.push({ profileId, ...skill });
    for (const prefectureCode of data.regions) regions.push({ profileId, prefectureCode });
    for (const tie of data.hometown) ties.push({ id: newId(), profileId, ...tie });
  }
  if (users.length) {
    await tx.user.createMany({ data: users });
    await tx.professionalProfile.createMany({ data: profiles });
    if (profileSkills.length) await tx.profileSkill.createMany({ data: profileSkills });
    if (regions.length) await tx.profileRegion.createMany({ data: regions });
    if (ties.length) await tx.hometownTie.createMany({ data: ties });
    await enqueueSearchSync(
      tx,
      "profile",
      profiles.map((profile) => profile.id),
    );
  }
  return { written: users.length, skipped };
};

const writers: Record<ImportKind, Writer> = {
  COMPANIES: writeCompanies,
  CHALLENGES: writeChallenges,
  PROFESSIONALS: writeProfessionals,
};
