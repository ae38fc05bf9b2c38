import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BackupError,
  backupDatabase,
  backupFileName,
  checkIntegrity,
  countRows,
  defaultBackupPath,
  restoreDatabase,
  sqlitePathFromUrl,
} from "~/modules/ops/backup.server";

let dir: string;
const open: Database.Database[] = [];

function connect(path: string) {
  const connection = new Database(path);
  open.push(connection);
  return connection;
}

/** A WAL database whose committed rows are still in the WAL (never checkpointed). */
function liveDatabase(path: string, rows: number) {
  const writer = connect(path);
  writer.pragma("journal_mode = WAL");
  writer.pragma("wal_autocheckpoint = 0");
  writer.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
  const insert = writer.prepare("INSERT INTO note (body) VALUES (?)");
  writer.transaction(() => {
    for (let i = 0; i < rows; i += 1) insert.run(`縁 note ${i} ${"x".repeat(200)}`);
  })();
  return writer;
}

function bodies(path: string) {
  const connection = connect(path);
  return connection.prepare("SELECT body FROM note ORDER BY id").pluck().all() as string[];
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "enishi-backup-"));
});

afterEach(() => {
  for (const connection of open.splice(0)) if (connection.open) connection.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("backupDatabase", () => {
  it("includes committed rows that are still only in the WAL, not uncommitted ones", async () => {
    const live = join(dir, "live.db");
    const writer = liveDatabase(live, 500);
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);
    const mainFileRows = new Database(live, { readonly: true });
    open.push(mainFileRows);

    // Another connection is in the middle of a write transaction during the backup.
    const other = connect(live);
    other.exec("BEGIN IMMEDIATE");
    other.prepare("INSERT INTO note (body) VALUES (?)").run("uncommitted");

    const destination = join(dir, "backups", "copy.db");
    const summary = await backupDatabase(live, destination);
    other.exec("ROLLBACK");

    // The WAL was never checkpointed: the rows reached the copy through the backup API.
    expect(statSync(`${live}-wal`).size).toBeGreaterThan(0);
    expect(summary.path).toBe(destination);
    expect(summary.bytes).toBe(statSync(destination).size);
    expect(summary.tables).toEqual([{ table: "note", rows: 500 }]);
    expect(checkIntegrity(destination)).toEqual({ ok: true });
    const copied = bodies(destination);
    expect(copied).toHaveLength(500);
    expect(copied).not.toContain("uncommitted");

    // Only the owner may read it (it holds password hashes).
    expect(statSync(destination).mode & 0o777).toBe(0o600);
    // The copy is one self-contained file, and no half-made file is left behind.
    expect(existsSync(`${destination}-wal`)).toBe(false);
    expect(existsSync(`${destination}.partial`)).toBe(false);
    const copy = connect(destination);
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(writer.open).toBe(true);
  });

  it("backs up the app's own database while its Prisma connection is open", async () => {
    const { db, ensureDatabaseReady } = await import("~/lib/db.server");
    const { getEnv } = await import("~/lib/env.server");
    const { resetDatabase } = await import("../support/database");
    await ensureDatabaseReady();
    await resetDatabase();
    await db.user.createMany({
      data: [
        { email: "a@enishi.example", name: "青木 葵", role: "PROFESSIONAL" },
        { email: "b@enishi.example", name: "馬場 文", role: "COORDINATOR" },
      ],
    });
    const destination = join(dir, "app.db");
    const summary = await backupDatabase(sqlitePathFromUrl(getEnv().DATABASE_URL), destination);
    expect(summary.tables).toContainEqual({ table: "User", rows: 2 });
    expect(summary.tables.map((entry) => entry.table)).toContain("_prisma_migrations");
    expect(checkIntegrity(destination)).toEqual({ ok: true });
    await resetDatabase();
  });

  it("never overwrites an existing file or copies a file onto itself", async () => {
    const live = join(dir, "live.db");
    liveDatabase(live, 3);
    const existing = join(dir, "existing.db");
    writeFileSync(existing, "keep me");
    await expect(backupDatabase(live, existing)).rejects.toThrow(BackupError);
    expect(statSync(existing).size).toBe("keep me".length);
    await expect(backupDatabase(live, live)).rejects.toThrow(BackupError);
    await expect(backupDatabase(join(dir, "missing.db"), join(dir, "x.db"))).rejects.toThrow(
      /no database/,
    );
  });
});

describe("restoreDatabase", () => {
  it("restores into a fresh file with the same rows", async () => {
    const live = join(dir, "live.db");
    liveDatabase(live, 120);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);

    const target = join(dir, "restored", "enishi.db");
    const summary = await restoreDatabase(backup, target);
    expect(summary.tables).toEqual([{ table: "note", rows: 120 }]);
    expect(checkIntegrity(target)).toEqual({ ok: true });
    expect(bodies(target)).toEqual(bodies(live));
    expect(connect(target).pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("replaces a live WAL database, including rows only in its WAL", async () => {
    const source = join(dir, "source.db");
    liveDatabase(source, 10);
    const backup = join(dir, "backup.db");
    await backupDatabase(source, backup);

    // The target has other data, part of it committed only to its WAL.
    const target = join(dir, "target.db");
    const targetWriter = liveDatabase(target, 40);
    targetWriter.close();
    const again = connect(target);
    again.pragma("wal_autocheckpoint = 0");
    again.prepare("INSERT INTO note (body) VALUES (?)").run("only in the WAL");
    expect(statSync(`${target}-wal`).size).toBeGreaterThan(0);
    again.close();

    const summary = await restoreDatabase(backup, target);
    expect(summary.tables).toEqual([{ table: "note", rows: 10 }]);
    expect(bodies(target)).toEqual(bodies(source));
    expect(checkIntegrity(target)).toEqual({ ok: true });
  });

  it("refuses a file that is not a database and leaves the target untouched", async () => {
    const target = join(dir, "target.db");
    liveDatabase(target, 5).close();
    const garbage = join(dir, "garbage.db");
    writeFileSync(garbage, Buffer.alloc(64 * 1024, "garbage!"));

    expect(checkIntegrity(garbage).ok).toBe(false);
    await expect(restoreDatabase(garbage, target)).rejects.toThrow(/integrity check/);
    expect(countRows(target)).toEqual([{ table: "note", rows: 5 }]);
  });

  it("refuses a database whose pages are damaged", async () => {
    const live = join(dir, "live.db");
    liveDatabase(live, 500);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);

    // Keep the header (page 1) valid; scribble over the table's b-tree pages.
    const bytes = readFileSync(backup);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 2, pageSize * 6);
    writeFileSync(backup, bytes);

    const result = checkIntegrity(backup);
    expect(result.ok).toBe(false);
    await expect(restoreDatabase(backup, join(dir, "target.db"))).rejects.toThrow(BackupError);
    expect(existsSync(join(dir, "target.db"))).toBe(false);
  });

  it("refuses a missing backup", async () => {
    await expect(restoreDatabase(join(dir, "nope.db"), join(dir, "t.db"))).rejects.toThrow(
      /no such file/,
    );
  });
});

describe("paths", () => {
  it("resolves SQLite URLs like Prisma and names backups by UTC time", () => {
    expect(sqlitePathFromUrl("file:./prisma/data/enishi.db", "/srv/app")).toBe(
      "/srv/app/prisma/data/enishi.db",
    );
    expect(sqlitePathFromUrl("file:/var/lib/enishi.db?mode=rwc", "/srv")).toBe(
      "/var/lib/enishi.db",
    );
    expect(() => sqlitePathFromUrl("file::memory:")).toThrow(BackupError);
    expect(() => sqlitePathFromUrl("postgres://x")).toThrow(BackupError);
    const now = new Date("2026-11-25T19:09:34.567Z");
    expect(backupFileName(now)).toBe("enishi-20261125T190934Z.db");
    expect(defaultBackupPath("/srv/app/prisma/data/enishi.db", now)).toBe(
      "/srv/app/prisma/data/backups/enishi-20261125T190934Z.db",
    );
  });
});
