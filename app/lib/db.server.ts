import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Prisma, PrismaClient } from "~/generated/prisma/client.ts";
import { getEnv } from "./env.server";
import { logger } from "./logger.server";
import { SerializedBetterSQLite3 } from "./sqlite-adapter.server";

const SLOW_QUERY_MS = 100;
export const BUSY_TIMEOUT_MS = 5000;

function createClient(databaseUrl: string) {
  const path = databaseUrl.replace(/^file:/, "");
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const client = new PrismaClient({
    adapter: new SerializedBetterSQLite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => {
    if (event.duration > SLOW_QUERY_MS) {
      logger.warn("slow query", { durationMs: event.duration, query: event.query });
    }
  });
  return client;
}

export type Db = ReturnType<typeof createClient>;
/** The client or a transaction: module functions accept either so callers can compose writes. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// One client per process, kept across dev reloads.
const globalForDb = globalThis as unknown as { enishiDb?: Db; enishiDbReady?: Promise<void> };

export const db: Db = (globalForDb.enishiDb ??= createClient(getEnv().DATABASE_URL));

/**
 * Sets the connection's pragmas (busy_timeout first, so the others can wait for a lock)
 * and fails loudly if SQLite did not take them.
 */
export function ensureDatabaseReady(client: Db = db): Promise<void> {
  if (client === db && globalForDb.enishiDbReady) return globalForDb.enishiDbReady;
  const ready = (async () => {
    await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    await client.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
    const pragmas = await readPragmas(client);
    if (pragmas.journalMode !== "wal" && !isMemoryDatabase()) {
      throw new Error(`SQLite journal_mode is ${pragmas.journalMode}, expected wal`);
    }
    if (pragmas.busyTimeout < BUSY_TIMEOUT_MS) {
      throw new Error(
        `SQLite busy_timeout is ${pragmas.busyTimeout}, expected >= ${BUSY_TIMEOUT_MS}`,
      );
    }
    if (!pragmas.foreignKeys) throw new Error("SQLite foreign_keys is off");
  })();
  if (client === db) globalForDb.enishiDbReady = ready;
  return ready;
}

function isMemoryDatabase() {
  return getEnv().DATABASE_URL === "file::memory:";
}

export async function readPragmas(client: Db = db) {
  const [journal] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [busy] =
    await client.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  const [fk] =
    await client.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  return {
    journalMode: String(journal?.journal_mode),
    busyTimeout: Number(busy?.timeout),
    foreignKeys: Number(fk?.foreign_keys) === 1,
  };
}

/** True when a write lost a race on a unique column (Prisma's P2002). */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
