/**
 * Applies the search outbox to the engine. Each claimed row names an entity; the
 * drainer reads that entity's CURRENT state and upserts its document (or deletes it
 * when the entity must not be found), then marks the row SENT — only after the engine
 * call resolved. A failure puts the row back with exponential backoff, FAILED after
 * MAX_ATTEMPTS. Applying a row twice is harmless, so a crash between the engine call
 * and the SENT mark only repeats work: rows a dead drainer claimed come back when
 * their claim (CLAIM_MS) runs out.
 */
import type { SearchEngine } from "#search/index";
import { db } from "~/lib/db.server";
import { errorFields, logger } from "~/lib/logger.server";
import {
  buildChallengeDocument,
  buildProfileDocument,
  indexOfEntity,
  searchEntities,
  type SearchEntity,
} from "./documents";
import { readySearchEngine, withSearchWriteLock } from "./engine.server";
import { searchOutboxSignal } from "./outbox.server";
import { challengeSources, profileSources } from "./sources.server";

export const MAX_ATTEMPTS = 8;
export const BATCH_SIZE = 200;
/** How long a claimed row stays ours; a crashed drainer's rows come back after this. */
export const CLAIM_MS = 60_000;
/** SENT rows are kept this long (for inspection), then purged. */
export const KEEP_SENT_MS = 7 * 24 * 60 * 60 * 1000;

/** Exponential backoff from 2 s, capped at ten minutes, with ±20 % jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random) {
  const base = Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

function isEntity(value: string): value is SearchEntity {
  return (searchEntities as readonly string[]).includes(value);
}

/** Builds the documents of `ids` from the database and writes them (or their absence). */
export async function applyEntities(engine: SearchEngine, entity: SearchEntity, ids: string[]) {
  const index = indexOfEntity[entity];
  const documents =
    entity === "challenge"
      ? (await challengeSources(ids)).map((source) => ({
          id: source.id,
          document: buildChallengeDocument(source),
        }))
      : (await profileSources(ids)).map((source) => ({
          id: source.id,
          document: buildProfileDocument(source),
        }));
  const present = documents.flatMap((row) => (row.document ? [row.document] : []));
  const kept = new Set(documents.filter((row) => row.document).map((row) => row.id));
  const absent = ids.filter((id) => !kept.has(id));
  if (present.length > 0) await engine.upsert(index, present);
  if (absent.length > 0) await engine.delete(index, absent);
  return { upserted: present.length, deleted: absent.length };
}

export type DrainOptions = {
  /** defaults to the app's engine, configured */
  engine?: SearchEngine;
  now?: Date;
  batchSize?: number;
};

export type DrainResult = { claimed: number; applied: number; failed: number };

let leaseCounter = 0;

/**
 * Claims one batch of due rows and applies them. Returns what happened; `claimed: 0`
 * means nothing was due.
 */
export async function drainSearchOutbox(options: DrainOptions = {}): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const startedAt = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - startedAt));
  const free = { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  const due = await db.searchOutbox.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now }, ...free },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.batchSize ?? BATCH_SIZE,
    select: { id: true },
  });
  if (due.length === 0) return { claimed: 0, applied: 0, failed: 0 };
  const engine = options.engine ?? (await readySearchEngine());
  // A lease only this call uses: the rows still carrying it after the update are ours
  // (another drainer claiming the same rows at once would have set its own).
  leaseCounter = (leaseCounter + 1) % 1000;
  const lease = new Date(clock().getTime() + CLAIM_MS + leaseCounter);
  const ids = due.map((row) => row.id);
  await db.searchOutbox.updateMany({
    where: { id: { in: ids }, status: "PENDING", ...free },
    data: { lockedUntil: lease, attempts: { increment: 1 } },
  });
  const claimed = await db.searchOutbox.findMany({
    where: { id: { in: ids }, status: "PENDING", lockedUntil: lease },
    select: { id: true, entity: true, entityId: true, attempts: true },
  });
  let applied = 0;
  let failed = 0;
  const byEntity = new Map<string, typeof claimed>();
  for (const row of claimed) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row]);
  for (const [entity, rows] of byEntity) {
    try {
      if (!isEntity(entity)) throw new PermanentError(`unknown search entity "${entity}"`);
      const entityIds = [...new Set(rows.map((row) => row.entityId))];
      await withSearchWriteLock(() => applyEntities(engine, entity, entityIds));
      await db.searchOutbox.updateMany({
        where: { id: { in: rows.map((row) => row.id) } },
        data: { status: "SENT", processedAt: clock(), lockedUntil: null, lastError: null },
      });
      applied += rows.length;
    } catch (error) {
      failed += rows.length;
      await recordFailures(rows, error, clock());
    }
  }
  return { claimed: claimed.length, applied, failed };
}

class PermanentError extends Error {}

async function recordFailures(
  rows: Array<{ id: string; entity: string; entityId: string; attempts: number }>,
  error: unknown,
  now: Date,
) {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const permanent = error instanceof PermanentError;
  for (const row of rows) {
    const giveUp = permanent || row.attempts >= MAX_ATTEMPTS;
    await db.searchOutbox.update({
      where: { id: row.id },
      data: {
        status: giveUp ? "FAILED" : "PENDING",
        lockedUntil: null,
        lastError: message,
        nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
      },
    });
  }
  logger.warn("search sync failed", {
    rows: rows.length,
    entity: rows[0]?.entity,
    attempts: rows[0]?.attempts,
    error: message,
  });
}

/** Drains batch after batch until nothing is due. Returns the totals. */
export async function drainAll(options: DrainOptions = {}): Promise<DrainResult> {
  const total: DrainResult = { claimed: 0, applied: 0, failed: 0 };
  for (;;) {
    const result = await drainSearchOutbox(options);
    total.claimed += result.claimed;
    total.applied += result.applied;
    total.failed += result.failed;
    if (result.claimed === 0 || result.applied === 0) return total;
  }
}

/** Deletes SENT rows older than KEEP_SENT_MS. */
export async function purgeSentRows(now = new Date()) {
  const { count } = await db.searchOutbox.deleteMany({
    where: { status: "SENT", processedAt: { lt: new Date(now.getTime() - KEEP_SENT_MS) } },
  });
  return count;
}

/**
 * Runs the drainer inside the app until stopped: every `pollMs`, and at once when this
 * process queues a row. Purges old SENT rows once an hour.
 */
export function startSearchDrainer({ pollMs = 1_000 } = {}) {
  let running = false;
  let again = false;
  let stopped = false;
  let lastPurge = 0;
  const tick = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const result = await drainAll();
        if (result.applied > 0) logger.debug("search index synced", { ...result });
      } while (again && !stopped);
      if (Date.now() - lastPurge > 60 * 60 * 1000) {
        lastPurge = Date.now();
        await purgeSentRows();
      }
    } catch (error) {
      logger.error("search drainer failed", errorFields(error));
    } finally {
      running = false;
    }
  };
  const unsubscribe = searchOutboxSignal.subscribe(() => void tick());
  const timer = setInterval(() => void tick(), pollMs);
  timer.unref();
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };
}
