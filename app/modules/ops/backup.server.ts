import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import Database from "better-sqlite3";

/**
 * Online backup and restore of the SQLite database through SQLite's backup API
 * (better-sqlite3 `db.backup()`): the copy is taken through a connection, so committed
 * data still in the WAL is included and concurrent writers are never torn. A plain
 * file copy of a live WAL database can miss or corrupt data; nothing here does one.
 *
 * Functions take file paths (no app environment) so scripts and tests can call them.
 */

export class BackupError extends Error {
  override name = "BackupError";
}

export type IntegrityResult = { ok: true } | { ok: false; problems: string[] };

export type TableCount = { table: string; rows: number };

export type DatabaseSummary = {
  path: string;
  bytes: number;
  tables: TableCount[];
};

const BUSY_TIMEOUT_MS = 5000;
/** Pages copied per backup step; other work on the source runs between steps. */
const PAGES_PER_STEP = 1000;

/** The file behind a `file:` SQLite URL, resolved against `cwd` as Prisma does. */
export function sqlitePathFromUrl(url: string, cwd = process.cwd()) {
  if (!url.startsWith("file:")) {
    throw new BackupError(`DATABASE_URL must be a SQLite URL starting with "file:" (got "${url}")`);
  }
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (!path || path === ":memory:") {
    throw new BackupError("an in-memory database cannot be backed up or restored");
  }
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** `enishi-20261125T190934Z.db` (UTC), sortable by name. */
export function backupFileName(now = new Date(), prefix = "enishi") {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${prefix}-${stamp}.db`;
}

/** Backups live in `backups/` beside the database (prisma/data/backups by default). */
export function defaultBackupPath(databasePath: string, now = new Date(), prefix = "enishi") {
  return join(dirname(databasePath), "backups", backupFileName(now, prefix));
}

function openReadOnly(path: string) {
  if (!existsSync(path)) throw new BackupError(`no such file: ${path}`);
  return new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
}

/**
 * Runs `PRAGMA integrity_check` on a database file. A file that is not a SQLite
 * database at all is reported as a problem, not thrown.
 */
export function checkIntegrity(path: string): IntegrityResult {
  let connection: Database.Database | undefined;
  try {
    connection = openReadOnly(path);
    const rows = connection.pragma("integrity_check") as { integrity_check: string }[];
    const messages = rows.map((row) => String(row.integrity_check));
    return messages.length === 1 && messages[0] === "ok"
      ? { ok: true }
      : { ok: false, problems: messages };
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  } finally {
    connection?.close();
  }
}

/** Row counts of every table (SQLite's own tables excepted), by name. */
export function countRows(path: string): TableCount[] {
  const connection = openReadOnly(path);
  try {
    const tables = connection
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return tables.map((table) => ({
      table,
      rows: Number(
        connection
          .prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`)
          .pluck()
          .get(),
      ),
    }));
  } finally {
    connection.close();
  }
}

export function summarize(path: string): DatabaseSummary {
  return { path, bytes: statSync(path).size, tables: countRows(path) };
}

function formatBytes(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Lines for the command line about a database that passed the integrity check. */
export function formatSummary(summary: DatabaseSummary) {
  const width = Math.max(5, ...summary.tables.map((entry) => entry.table.length));
  return (
    [
      `  path:            ${summary.path}`,
      `  size:            ${formatBytes(summary.bytes)} (${summary.bytes} bytes)`,
      "  integrity_check: ok",
      "  rows:",
      ...summary.tables.map((entry) => `    ${entry.table.padEnd(width)}  ${entry.rows}`),
    ].join("\n") + "\n"
  );
}

function assertIntact(path: string, what: string) {
  const result = checkIntegrity(path);
  if (!result.ok) {
    throw new BackupError(
      `${what} failed the integrity check (${path}):\n  ${result.problems.slice(0, 10).join("\n  ")}`,
    );
  }
}

function removeDatabaseFiles(path: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
}

/**
 * Copies the live database at `sourcePath` into a new file at `destinationPath` with the
 * online backup API, makes the copy a single self-contained file (rollback journal,
 * no WAL beside it) and checks its integrity. Never overwrites an existing file.
 */
export async function backupDatabase(
  sourcePath: string,
  destinationPath: string,
): Promise<DatabaseSummary> {
  const source = resolve(sourcePath);
  const destination = resolve(destinationPath);
  if (source === destination) throw new BackupError("the backup must go to another file");
  if (existsSync(destination)) {
    throw new BackupError(`${destination} already exists; choose another --out`);
  }
  if (!existsSync(source)) throw new BackupError(`no database at ${source}`);
  // Backups hold password hashes and personal data: readable by the owner only.
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });

  // Written beside the destination and renamed at the end, so a half-made backup never
  // carries the final name.
  const partial = `${destination}.partial`;
  removeDatabaseFiles(partial);
  // Read-write (not readonly) so the connection can use the WAL index like the app does.
  const connection = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await connection.backup(partial, { progress: () => PAGES_PER_STEP });
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  } finally {
    connection.close();
  }

  try {
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    chmodSync(partial, 0o600);
    assertIntact(partial, "the new backup");
    renameSync(partial, destination);
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  }
  return summarize(destination);
}

/**
 * Replaces the database at `targetPath` with the contents of `backupPath`. The backup is
 * checked first and refused when damaged. The copy goes through the backup API on a
 * connection to the target, so an existing WAL there is overwritten consistently and a
 * failure part-way leaves the target as it was. Other connections see the restored data
 * once it commits, but stop the app first: its writes meanwhile would be lost and
 * requests in flight would see data change under them.
 */
export async function restoreDatabase(
  backupPath: string,
  targetPath: string,
): Promise<DatabaseSummary> {
  const backup = resolve(backupPath);
  const target = resolve(targetPath);
  if (backup === target) throw new BackupError("the backup and the target are the same file");
  assertIntact(backup, "the backup");
  mkdirSync(dirname(target), { recursive: true });

  const source = openReadOnly(backup);
  try {
    await source.backup(target, { progress: () => PAGES_PER_STEP });
  } finally {
    source.close();
  }

  const restored = new Database(target, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    restored.pragma("journal_mode = WAL");
    restored.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    restored.close();
  }
  assertIntact(target, "the restored database");
  return summarize(target);
}
