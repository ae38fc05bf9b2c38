import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "~/generated/prisma/client.ts";
import { BUSY_TIMEOUT_MS, db, ensureDatabaseReady, readPragmas, type Db } from "~/lib/db.server";

const scratchFile = resolve(
  inject("testRunDir"),
  `pragmas-${process.env.VITEST_POOL_ID ?? "0"}.db`,
);
const scratch = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: `file:${scratchFile}` }),
}) as unknown as Db;

afterAll(async () => {
  await scratch.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(scratchFile + suffix, { force: true });
});

describe("ensureDatabaseReady", () => {
  it("leaves the app's connection in WAL mode, waiting ≥ 5 s for locks, with foreign keys on", async () => {
    await ensureDatabaseReady();
    const pragmas = await readPragmas();
    expect(pragmas.journalMode).toBe("wal");
    expect(pragmas.busyTimeout).toBeGreaterThanOrEqual(5000);
    expect(pragmas.foreignKeys).toBe(true);
  });

  it("runs once per process for the app's client", () => {
    expect(ensureDatabaseReady()).toBe(ensureDatabaseReady());
  });

  it("turns a fresh database file's defaults into the required settings", async () => {
    await scratch.$queryRawUnsafe("PRAGMA journal_mode = DELETE");
    await scratch.$queryRawUnsafe("PRAGMA busy_timeout = 0");
    await scratch.$queryRawUnsafe("PRAGMA foreign_keys = OFF");
    expect(await readPragmas(scratch)).toEqual({
      journalMode: "delete",
      busyTimeout: 0,
      foreignKeys: false,
    });

    await ensureDatabaseReady(scratch);
    expect(await readPragmas(scratch)).toEqual({
      journalMode: "wal",
      busyTimeout: BUSY_TIMEOUT_MS,
      foreignKeys: true,
    });
  });

  it("makes SQLite enforce relations", async () => {
    await ensureDatabaseReady();
    await expect(
      db.session.create({ data: { id: "orphan", userId: "no-such-user", expiresAt: new Date() } }),
    ).rejects.toThrow();
    expect(await db.session.findUnique({ where: { id: "orphan" } })).toBeNull();
  });
});
