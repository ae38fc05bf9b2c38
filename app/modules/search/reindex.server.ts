/**
 * Rebuilds both indexes from the database: `npm run search:reindex` (clear, then
 * rebuild) and the background refresh after an admin edits synonyms (rewrite every
 * document in place, then drop documents the database no longer has, so search keeps
 * answering throughout).
 */
import type { SearchDocument, SearchEngine } from "#search/index";
import { errorFields, logger } from "~/lib/logger.server";
import {
  CHALLENGE_INDEX,
  PROFILE_INDEX,
  buildChallengeDocument,
  buildProfileDocument,
  type IndexName,
} from "./documents";
import { configureIndexes, readySearchEngine, withSearchWriteLock } from "./engine.server";
import { countIndexable, indexableProfileBatch, openChallengeBatch } from "./sources.server";

export const REINDEX_BATCH = 500;

export type ReindexProgress = {
  index: IndexName;
  /** documents written so far, both indexes together */
  done: number;
  /** documents to write, both indexes together */
  total: number;
};

export type ReindexOptions = {
  engine?: SearchEngine;
  /** empty both indexes first (default); false rewrites in place and removes leftovers */
  clear?: boolean;
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
};

export type ReindexResult = {
  challenges: number;
  profiles: number;
  /** documents removed because the database no longer has them (refresh only) */
  removed: number;
  milliseconds: number;
};

function present(documents: Array<SearchDocument | null>): SearchDocument[] {
  return documents.filter((document): document is SearchDocument => document !== null);
}

async function indexedIds(engine: SearchEngine, index: IndexName): Promise<string[]> {
  const { documentCount } = await engine.stats(index);
  if (documentCount === 0) return [];
  const result = await engine.search(index, { hitsPerPage: documentCount + 100 });
  return result.hits.map((hit) => hit.id);
}

export async function reindexAll(options: ReindexOptions = {}): Promise<ReindexResult> {
  const started = performance.now();
  const engine = options.engine ?? (await readySearchEngine());
  const batchSize = options.batchSize ?? REINDEX_BATCH;
  const clear = options.clear ?? true;
  // Skills may have changed since the engine was configured: refresh the vocabulary.
  await withSearchWriteLock(() => configureIndexes(engine));
  const counts = await countIndexable();
  const total = counts.challenges + counts.profiles;
  let done = 0;
  const before = clear
    ? null
    : {
        [CHALLENGE_INDEX]: new Set(await indexedIds(engine, CHALLENGE_INDEX)),
        [PROFILE_INDEX]: new Set(await indexedIds(engine, PROFILE_INDEX)),
      };
  if (clear) {
    await withSearchWriteLock(async () => {
      await engine.clear(CHALLENGE_INDEX);
      await engine.clear(PROFILE_INDEX);
    });
  }
  options.onProgress?.({ index: CHALLENGE_INDEX, done, total });

  const written = { challenges: 0, profiles: 0 };
  const runs: Array<{
    index: IndexName;
    next: (
      cursor: string | null,
    ) => Promise<{ rows: { id: string }[]; documents: SearchDocument[] }>;
  }> = [
    {
      index: CHALLENGE_INDEX,
      next: async (cursor: string | null) => {
        const rows = await openChallengeBatch(cursor, batchSize);
        return { rows, documents: present(rows.map(buildChallengeDocument)) };
      },
    },
    {
      index: PROFILE_INDEX,
      next: async (cursor: string | null) => {
        const rows = await indexableProfileBatch(cursor, batchSize);
        return { rows, documents: present(rows.map(buildProfileDocument)) };
      },
    },
  ];
  for (const run of runs) {
    let cursor: string | null = null;
    for (;;) {
      // Read and write under the lock, so the drainer cannot apply a newer state of one
      // of these rows in between (it would then be overwritten with the older one).
      const batch = await withSearchWriteLock(async () => {
        const { rows, documents } = await run.next(cursor);
        if (documents.length > 0) await engine.upsert(run.index, documents);
        return { rows, written: documents.length };
      });
      if (batch.rows.length === 0) break;
      cursor = batch.rows[batch.rows.length - 1]!.id;
      for (const row of batch.rows) before?.[run.index].delete(row.id);
      if (run.index === CHALLENGE_INDEX) written.challenges += batch.written;
      else written.profiles += batch.written;
      done += batch.rows.length;
      options.onProgress?.({ index: run.index, done: Math.min(done, total), total });
      if (batch.rows.length < batchSize) break;
    }
  }
  let removed = 0;
  if (before) {
    // Left in `before`: documents whose entity is gone or no longer indexable.
    await withSearchWriteLock(async () => {
      for (const index of [CHALLENGE_INDEX, PROFILE_INDEX] as const) {
        const stale = [...before[index]];
        if (stale.length > 0) await engine.delete(index, stale);
        removed += stale.length;
      }
    });
  }
  return { ...written, removed, milliseconds: Math.round(performance.now() - started) };
}

// ---------------------------------------------------------------------------
// The background refresh the synonyms page starts and shows
// ---------------------------------------------------------------------------

export type ReindexStatus =
  | { state: "idle" }
  | { state: "running"; done: number; total: number; startedAt: string }
  | { state: "done"; finishedAt: string; documents: number; milliseconds: number }
  | { state: "failed"; finishedAt: string; error: string };

type Job = { status: ReindexStatus; rerun: boolean; running: Promise<void> | null };
const globalForReindex = globalThis as unknown as { enishiReindex?: Job };

function job(): Job {
  globalForReindex.enishiReindex ??= { status: { state: "idle" }, rerun: false, running: null };
  return globalForReindex.enishiReindex;
}

export function reindexStatus(): ReindexStatus {
  return job().status;
}

/** The percentage a running refresh has reached (0–100). */
export function reindexPercent(status: ReindexStatus): number {
  if (status.state !== "running") return status.state === "done" ? 100 : 0;
  return status.total === 0 ? 0 : Math.min(100, Math.floor((status.done / status.total) * 100));
}

/**
 * Starts a refresh of both indexes in the background (one at a time: asked again while
 * one runs, it runs once more afterwards). Returns the run's promise (tests await it).
 */
export function startBackgroundReindex(): Promise<void> {
  const current = job();
  if (current.running) {
    current.rerun = true;
    return current.running;
  }
  const run = async () => {
    do {
      current.rerun = false;
      const startedAt = new Date().toISOString();
      current.status = { state: "running", done: 0, total: 0, startedAt };
      try {
        const result = await reindexAll({
          clear: false,
          onProgress: ({ done, total }) => {
            current.status = { state: "running", done, total, startedAt };
          },
        });
        current.status = {
          state: "done",
          finishedAt: new Date().toISOString(),
          documents: result.challenges + result.profiles,
          milliseconds: result.milliseconds,
        };
        logger.info("search reindexed", { ...result });
      } catch (error) {
        current.status = {
          state: "failed",
          finishedAt: new Date().toISOString(),
          error: error instanceof Error ? error.message : String(error),
        };
        logger.error("search reindex failed", errorFields(error));
      }
    } while (current.rerun);
  };
  current.running = run().finally(() => {
    current.running = null;
  });
  return current.running;
}
