/**
 * The process-wide search engine (embedded by default, Meilisearch with
 * SEARCH_ENGINE=meilisearch) and its configuration: the two indexes' settings with
 * the business synonyms plus the admins' SynonymGroup rows, and every skill's names as
 * domain terms so the segmenter keeps them whole.
 *
 * The embedded engine keeps its filter columns in memory, built from its file when it
 * opens. Another process writing the same file (`npm run search:reindex` while the app
 * runs) would leave that memory stale, so the handle watches the file's
 * `PRAGMA data_version` and reopens the engine when someone else has written to it.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import {
  BUSINESS_DOMAIN_TERMS_JA,
  BUSINESS_SYNONYMS_JA,
  createSearchEngine,
  type IndexSettings,
  type IndexStats,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from "#search/index";
import { db, type DbClient } from "~/lib/db.server";
import { getEnv, searchIndexPath } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import {
  challengeIndexSettings,
  profileIndexSettings,
  skillDomainTerms,
  type VocabularySettings,
} from "./documents";
import { mergeSynonyms, parseStoredTerms } from "./synonyms";

/**
 * A SearchEngine that delegates to the real one, reopening an embedded engine whose
 * file another process changed. Every app call goes through it.
 */
export class SearchEngineHandle implements SearchEngine {
  #inner: SearchEngine;
  readonly #open: () => SearchEngine;
  readonly #watch: Database.Database | null;
  #known = 0;
  #writing = 0;
  #closed = false;

  constructor(open: () => SearchEngine, watchPath: string | null) {
    this.#open = open;
    this.#inner = open();
    this.#watch = watchPath ? new Database(watchPath) : null;
    this.#known = this.#version();
  }

  /** Reopens the engine when another connection wrote to its file since our last look. */
  #refresh(): void {
    if (!this.#watch || this.#writing > 0 || this.#closed) return;
    const version = this.#version();
    if (version === this.#known) return;
    logger.info("search index changed by another process: reopening");
    const stale = this.#inner;
    this.#inner = this.#open();
    this.#known = this.#version();
    void stale.close();
  }

  #version(): number {
    return this.#watch ? (this.#watch.pragma("data_version", { simple: true }) as number) : 0;
  }

  async #write<T>(run: (engine: SearchEngine) => Promise<T>): Promise<T> {
    this.#refresh();
    this.#writing += 1;
    try {
      return await run(this.#inner);
    } finally {
      this.#writing -= 1;
      // Our own write changed the file too: that is not a reason to reopen.
      if (this.#writing === 0) this.#known = this.#version();
    }
  }

  configure(settings: IndexSettings): Promise<void> {
    return this.#write((engine) => engine.configure(settings));
  }
  upsert(index: string, documents: SearchDocument[]): Promise<void> {
    return this.#write((engine) => engine.upsert(index, documents));
  }
  delete(index: string, ids: (string | number)[]): Promise<void> {
    return this.#write((engine) => engine.delete(index, ids));
  }
  clear(index: string): Promise<void> {
    return this.#write((engine) => engine.clear(index));
  }
  search(index: string, query: SearchQuery): Promise<SearchResult> {
    this.#refresh();
    return this.#inner.search(index, query);
  }
  stats(index: string): Promise<IndexStats> {
    this.#refresh();
    return this.#inner.stats(index);
  }
  async close(): Promise<void> {
    this.#closed = true;
    this.#watch?.close();
    await this.#inner.close();
  }
}

type SearchState = {
  handle: SearchEngineHandle;
  /** resolves once both indexes are configured with the current vocabulary */
  ready: Promise<void> | null;
  /** serialises writers (drainer batches, reindex batches) within this process */
  lock: Promise<unknown>;
};

const globalForSearch = globalThis as unknown as { enishiSearch?: SearchState };

function openHandle(): SearchEngineHandle {
  const env = getEnv();
  if (env.SEARCH_ENGINE === "meilisearch") {
    return new SearchEngineHandle(() => createSearchEngine(env, ""), null);
  }
  const path = searchIndexPath(env);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  return new SearchEngineHandle(
    () => createSearchEngine(env, path),
    path === ":memory:" ? null : path,
  );
}

function state(): SearchState {
  globalForSearch.enishiSearch ??= { handle: openHandle(), ready: null, lock: Promise.resolve() };
  return globalForSearch.enishiSearch;
}

/** The engine, without waiting for configuration (the drainer and reindex configure first). */
export function searchEngine(): SearchEngine {
  return state().handle;
}

/** The synonyms and domain terms both indexes are configured with, from the database. */
export async function loadVocabulary(client: DbClient = db): Promise<VocabularySettings> {
  const [groups, skills] = await Promise.all([
    client.synonymGroup.findMany({ select: { terms: true }, orderBy: { createdAt: "asc" } }),
    client.skill.findMany({ select: { nameJa: true, nameEn: true, aliases: true } }),
  ]);
  return {
    synonyms: mergeSynonyms(
      BUSINESS_SYNONYMS_JA,
      groups.map((group) => parseStoredTerms(group.terms)),
    ),
    domainTerms: [...new Set([...BUSINESS_DOMAIN_TERMS_JA, ...skillDomainTerms(skills)])],
  };
}

/** Configures both indexes on `engine` (creating them, or updating their vocabulary). */
export async function configureIndexes(engine: SearchEngine = searchEngine(), client?: DbClient) {
  const vocabulary = await loadVocabulary(client);
  await engine.configure(challengeIndexSettings(vocabulary));
  await engine.configure(profileIndexSettings(vocabulary));
}

/** The configured engine: configures it on first use in this process. */
export async function readySearchEngine(): Promise<SearchEngine> {
  const current = state();
  current.ready ??= configureIndexes(current.handle).catch((error: unknown) => {
    current.ready = null;
    throw error;
  });
  await current.ready;
  return current.handle;
}

/** After the vocabulary changed (synonyms, skills): configures both indexes again. */
export async function reconfigureSearch(): Promise<void> {
  const current = state();
  const next = withSearchWriteLock(() => configureIndexes(current.handle));
  current.ready = next.catch((error: unknown) => {
    current.ready = null;
    throw error;
  });
  await current.ready;
}

/**
 * Runs `work` alone among this process's index writers, so "read the database, write
 * the index" pairs never interleave (a reindex batch read before a change must not be
 * written after the drainer applied that change).
 */
export function withSearchWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const current = state();
  const run = current.lock.then(work, work);
  current.lock = run.catch(() => undefined);
  return run;
}

/** Closes the engine (tests and CLIs); the next call opens it again. */
export async function closeSearchEngine() {
  const current = globalForSearch.enishiSearch;
  if (!current) return;
  globalForSearch.enishiSearch = undefined;
  await current.handle.close();
}
