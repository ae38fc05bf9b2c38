import Database from "better-sqlite3";
import { Analyzer, SYNONYM_PREFIX, isLatinWord } from "../analysis/analyzer";
import {
  DEFAULT_CROP_LENGTH,
  type HighlightNeedles,
  LIST_SEPARATOR,
  matchSpans,
  segmentsFromSpans,
} from "../analysis/highlight";
import { LatinVocabulary } from "../analysis/typo";
import {
  type HighlightSegment,
  type IndexSettings,
  type IndexStats,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  SearchConfigurationError,
  attributeValue,
  textValue,
  validateSettings,
} from "../engine";
import { BUSINESS_DOMAIN_TERMS_JA, BUSINESS_SYNONYMS_JA } from "../synonyms/business-ja";
import { AttributeColumns } from "./columns";
import {
  DEFAULT_WARM_UP,
  type SlotChanges,
  TierPostings,
  type WarmUpOptions,
  createTierTable,
  tierTable,
} from "./postings";

/**
 * The embedded engine: its own SQLite file, FTS5 for retrieval (which documents hold a
 * term, per ranking tier), and typed-array columns in memory for filters, facets and
 * the Meilisearch-like ranking: fewer typos, then better tiers, then the sort, then
 * exact words over prefixes, then the fit attribute. Every query word must match (a
 * synonym, a typo correction or, for the last word, a prefix counts).
 */

export interface EmbeddedEngineOptions {
  /** A file path, or ":memory:" for tests. */
  path: string;
  /**
   * Reading the longest posting lists ahead after an index is opened or configured, in
   * the background (defaults: lists of ≥ 2,000 documents, ≤ 12 M slots, i.e. ≤ 48 MB
   * per index); `false` turns it off. Nothing needs to wait for it: see `warmed`.
   */
  warmUp?: Partial<WarmUpOptions> | false;
}

/** A warm-up step runs for at most about this long before yielding to the event loop. */
const WARM_UP_SLICE_MS = 3;

const DEFAULT_HITS_PER_PAGE = 20;
const MAX_TIERS = 250;

interface QueryTerm {
  exact: string[];
  prefix: string | null;
  typos: string[];
}

/** Typos are counted above this many bits of summed tiers in a rank. */
const TIER_BITS = 16;

interface Scratch {
  generation: number;
  /** The generation of the term that last reached each slot. */
  mark: Int32Array;
  candidates: Int32Array;
  matches: Int32Array;
  rank: Int32Array;
  prefixes: Uint8Array;
  termRank: Int32Array;
  termPrefix: Uint8Array;
}

function nextGeneration(scratch: Scratch): number {
  if (scratch.generation === 0x7fffffff) {
    scratch.mark.fill(0);
    scratch.generation = 0;
  }
  return ++scratch.generation;
}

interface IndexState {
  settings: IndexSettings;
  analyzer: Analyzer;
  postings: TierPostings;
  columns: AttributeColumns;
  fit: Float64Array;
  ids: (string | undefined)[];
  slotOf: Map<string, number>;
  vocabulary: LatinVocabulary;
  corrections: Map<string, string[]>;
  scratch?: Scratch;
  /** Settles when this state's warm-up has finished or stopped. */
  warmed: Promise<void>;
}

interface StoredDocument {
  id: string;
  texts: Record<string, string>;
  attributes: Record<string, unknown>;
  termsByTier: string[][];
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly #db: Database.Database;
  readonly #indexes = new Map<string, IndexState>();
  readonly #warmUp: WarmUpOptions | null;

  constructor(options: EmbeddedEngineOptions) {
    this.#warmUp = options.warmUp === false ? null : { ...DEFAULT_WARM_UP, ...options.warmUp };
    this.#db = new Database(options.path);
    if (options.path !== ":memory:") this.#db.pragma("journal_mode = WAL");
    this.#db.pragma("synchronous = NORMAL");
    this.#db.exec(
      "CREATE TABLE IF NOT EXISTS search_settings (name TEXT PRIMARY KEY, settings TEXT NOT NULL)",
    );
    const rows = this.#db.prepare("SELECT settings FROM search_settings").pluck().all();
    for (const json of rows as string[]) this.#load(JSON.parse(json) as IndexSettings);
  }

  async configure(settings: IndexSettings): Promise<void> {
    validateSettings(settings);
    if (settings.searchableAttributes.length > MAX_TIERS) {
      throw new SearchConfigurationError("too many searchable attributes");
    }
    const current = this.#indexes.get(settings.name);
    if (current && JSON.stringify(current.settings) === JSON.stringify(settings)) return;
    const rebuild = this.#db.transaction(() => {
      this.#db
        .prepare("INSERT OR REPLACE INTO search_settings (name, settings) VALUES (?, ?)")
        .run(settings.name, JSON.stringify(settings));
      this.#db.exec(
        `CREATE TABLE IF NOT EXISTS ${settings.name}_docs (slot INTEGER PRIMARY KEY, ` +
          `id TEXT NOT NULL UNIQUE, texts TEXT NOT NULL, attributes TEXT NOT NULL)`,
      );
      this.#dropTierTables(settings.name);
      const state = this.#load(settings);
      // New settings change what is indexed: re-analyse the stored originals.
      const rows = this.#db
        .prepare(`SELECT slot, texts FROM ${settings.name}_docs`)
        .raw()
        .all() as [number, string][];
      for (const [slot, texts] of rows) {
        const parsed = JSON.parse(texts) as Record<string, string>;
        state.postings.write(slot, this.#termsByTier(state, parsed), false);
      }
      this.#loadVocabulary(state);
    });
    rebuild();
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const state = this.#state(index);
    const prepared = documents.map((document) => this.#prepare(state, document));
    const db = this.#db;
    const insert = db.prepare(
      `INSERT INTO ${index}_docs (id, texts, attributes) VALUES (?, ?, ?) ` +
        `ON CONFLICT (id) DO UPDATE SET texts = excluded.texts, attributes = excluded.attributes ` +
        `RETURNING slot`,
    );
    const written: Array<[number, StoredDocument]> = [];
    const writtenSlots = new Map<string, number>();
    const changes: SlotChanges = new Map();
    db.transaction(() => {
      for (const document of prepared) {
        const existing = state.slotOf.get(document.id) ?? writtenSlots.get(document.id);
        const slot = (
          insert.get(
            document.id,
            JSON.stringify(document.texts),
            JSON.stringify(document.attributes),
          ) as { slot: number }
        ).slot;
        state.postings.write(slot, document.termsByTier, existing !== undefined);
        changes.set(slot, document.termsByTier);
        written.push([slot, document]);
        writtenSlots.set(document.id, slot);
      }
    })();
    for (const [slot, document] of written) this.#remember(state, slot, document);
    state.postings.patch(changes);
  }

  async delete(index: string, ids: (string | number)[]): Promise<void> {
    const state = this.#state(index);
    const remove = this.#db.prepare(`DELETE FROM ${index}_docs WHERE slot = ?`);
    const removed = new Set<number>();
    this.#db.transaction(() => {
      for (const id of ids) {
        const slot = state.slotOf.get(String(id));
        if (slot === undefined || removed.has(slot)) continue;
        remove.run(slot);
        state.postings.remove(slot);
        removed.add(slot);
      }
    })();
    for (const slot of removed) this.#forget(state, slot);
    state.postings.patch(new Map([...removed].map((slot) => [slot, null])));
  }

  /**
   * Settles when the background warm-up of every index has finished (or stopped, after a
   * `configure`, `clear` or `close`). Queries never need it; benchmarks await it.
   */
  get warmed(): Promise<void> {
    return Promise.all([...this.#indexes.values()].map((state) => state.warmed)).then(() => {});
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    return this.searchSync(index, query);
  }

  /** The same as `search`, without a promise (the benchmark measures this). */
  searchSync(index: string, query: SearchQuery): SearchResult {
    const started = performance.now();
    const state = this.#state(index);
    const page = Math.max(1, Math.floor(query.page ?? 1));
    const hitsPerPage = Math.max(0, Math.floor(query.hitsPerPage ?? DEFAULT_HITS_PER_PAGE));
    const terms = this.#queryTerms(state, query);
    const scratch = this.#scratch(state);
    const candidateCount =
      terms.length === 0 ? this.#allSlots(state, scratch) : this.#retrieve(state, terms, scratch);

    // Filter, then count facets over what remains.
    let matches = scratch.candidates;
    let total = candidateCount;
    if (query.filter) {
      const mask = state.columns.mask(query.filter);
      matches = scratch.matches;
      total = 0;
      for (let i = 0; i < candidateCount; i++) {
        const slot = scratch.candidates[i]!;
        if (mask[slot] === 1) matches[total++] = slot;
      }
    }
    const facets: Record<string, Record<string, number>> = {};
    for (const field of query.facets ?? []) {
      if (!(state.settings.facetAttributes ?? []).includes(field)) {
        throw new SearchConfigurationError(`attribute ${field} is not a facet`);
      }
      const counts = [...state.columns.count(field, matches, total)];
      counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      facets[field] = Object.fromEntries(counts);
    }

    // Rank only as many documents as the page needs.
    const compare = this.#comparator(state, query, terms.length > 0, scratch);
    const ranked = topK(matches, total, page * hitsPerPage, compare);
    const pageSlots = ranked.slice((page - 1) * hitsPerPage);
    const tiers = state.postings.tiers;
    const hits = this.#hits(state, query, terms, pageSlots, (slot) => {
      if (terms.length === 0) return 1;
      const rank = scratch.rank[slot]!;
      const typos = rank >>> TIER_BITS;
      const tierSum = rank & ((1 << TIER_BITS) - 1);
      return Math.max(0, 1 - (typos + tierSum / tiers) / terms.length);
    });
    return { hits, total, facets, page, hitsPerPage, tookMs: performance.now() - started };
  }

  /**
   * Retrieval: every term must match. For each document keeps its best match per term
   * (no typo before typo, then the best tier, then whole word before prefix), summed
   * into `rank` (typos, then tiers) and `prefixes`. Returns the candidate count.
   */
  #retrieve(state: IndexState, terms: QueryTerm[], scratch: Scratch): number {
    const tiers = state.postings.tiers;
    let count = 0;
    terms.forEach((term, termIndex) => {
      const generation = nextGeneration(scratch);
      const variants: Array<{ terms: string[]; prefix: string | null; typo: number }> = [
        { terms: term.exact, prefix: null, typo: 0 },
      ];
      if (term.prefix) variants.push({ terms: [], prefix: term.prefix, typo: 0 });
      if (term.typos.length > 0) variants.push({ terms: term.typos, prefix: null, typo: 1 });
      const first = termIndex === 0;
      for (const typo of [0, 1]) {
        for (let tier = 0; tier < tiers; tier++) {
          for (const variant of variants) {
            if (variant.typo !== typo) continue;
            const slots = state.postings.slots(tier, variant.terms, variant.prefix);
            const rank = (typo << TIER_BITS) + tier;
            const isPrefix = variant.prefix ? 1 : 0;
            for (let i = 0; i < slots.length; i++) {
              const slot = slots[i]!;
              if (scratch.mark[slot] === generation) continue;
              scratch.mark[slot] = generation;
              if (first) {
                scratch.candidates[count++] = slot;
                scratch.rank[slot] = rank;
                scratch.prefixes[slot] = isPrefix;
              } else {
                scratch.termRank[slot] = rank;
                scratch.termPrefix[slot] = isPrefix;
              }
            }
          }
        }
      }
      if (first) return;
      // Keep the candidates this term also matched.
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const slot = scratch.candidates[i]!;
        if (scratch.mark[slot] !== generation) continue;
        scratch.rank[slot]! += scratch.termRank[slot]!;
        scratch.prefixes[slot]! += scratch.termPrefix[slot]!;
        scratch.candidates[kept++] = slot;
      }
      count = kept;
    });
    return count;
  }

  #allSlots(state: IndexState, scratch: Scratch): number {
    let count = 0;
    for (let slot = 0; slot < state.ids.length; slot++) {
      if (state.ids[slot] !== undefined) scratch.candidates[count++] = slot;
    }
    return count;
  }

  /** Per-index buffers reused by every search, so a query allocates almost nothing. */
  #scratch(state: IndexState): Scratch {
    const capacity = state.ids.length;
    if (!state.scratch || state.scratch.mark.length < capacity) {
      const size = Math.max(capacity, 1024) * 2;
      state.scratch = {
        generation: 0,
        mark: new Int32Array(size),
        candidates: new Int32Array(size),
        matches: new Int32Array(size),
        rank: new Int32Array(size),
        prefixes: new Uint8Array(size),
        termRank: new Int32Array(size),
        termPrefix: new Uint8Array(size),
      };
    }
    return state.scratch;
  }

  async stats(index: string): Promise<IndexStats> {
    const state = this.#state(index);
    const tables = [`${index}_docs`, `sqlite_autoindex_${index}_docs_1`];
    for (let tier = 0; tier < state.postings.tiers; tier++) {
      for (const suffix of ["", "_data", "_idx", "_config", "_docsize", "_content"]) {
        tables.push(tierTable(index, tier) + suffix);
      }
    }
    const size = this.#db
      .prepare(
        "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN (SELECT value FROM json_each(?))",
      )
      .pluck()
      .get(JSON.stringify(tables)) as number;
    return { documentCount: state.slotOf.size, sizeBytes: size };
  }

  async clear(index: string): Promise<void> {
    const state = this.#state(index);
    this.#db.transaction(() => {
      this.#db.exec(`DELETE FROM ${index}_docs`);
      this.#dropTierTables(index);
      this.#load(state.settings);
    })();
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  #state(index: string): IndexState {
    const state = this.#indexes.get(index);
    if (!state) throw new SearchConfigurationError(`index ${index} is not configured`);
    return state;
  }

  #dropTierTables(index: string): void {
    const tables = this.#db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ?")
      .pluck()
      .all(`${index}_t[0-9]*`) as string[];
    for (const table of tables) {
      if (/^.+_t\d+$/.test(table)) this.#db.exec(`DROP TABLE IF EXISTS ${table}`);
    }
  }

  /** Builds the in-memory state of an index from its stored rows. */
  #load(settings: IndexSettings): IndexState {
    const name = settings.name;
    this.#db.exec(
      `CREATE TABLE IF NOT EXISTS ${name}_docs (slot INTEGER PRIMARY KEY, ` +
        `id TEXT NOT NULL UNIQUE, texts TEXT NOT NULL, attributes TEXT NOT NULL)`,
    );
    const tables = settings.searchableAttributes.map((_, tier) => tierTable(name, tier));
    for (const table of tables) createTierTable(this.#db, table);
    const state: IndexState = {
      settings,
      analyzer: new Analyzer({
        synonyms: settings.synonyms ?? BUSINESS_SYNONYMS_JA,
        domainTerms: [...BUSINESS_DOMAIN_TERMS_JA, ...(settings.domainTerms ?? [])],
      }),
      postings: new TierPostings(this.#db, tables),
      columns: new AttributeColumns(settings.filterableAttributes),
      fit: new Float64Array(0),
      ids: [],
      slotOf: new Map(),
      vocabulary: new LatinVocabulary(),
      corrections: new Map(),
      warmed: Promise.resolve(),
    };
    const rows = this.#db
      .prepare(`SELECT slot, id, attributes FROM ${name}_docs`)
      .raw()
      .iterate() as IterableIterator<[number, string, string]>;
    for (const [slot, id, attributes] of rows) {
      this.#remember(state, slot, {
        id,
        attributes: JSON.parse(attributes),
        texts: {},
        termsByTier: [],
      });
    }
    this.#loadVocabulary(state);
    this.#indexes.set(name, state);
    state.warmed = this.#startWarmUp(state);
    return state;
  }

  /** The postings warm-up, then one query per sort to build buffers, sort keys and code. */
  *#warmUpSteps(
    state: IndexState,
    vocabularyTables: string[],
    options: WarmUpOptions,
  ): Generator<void, void> {
    yield* state.postings.warmUp(vocabularyTables, options);
    const facets = state.settings.facetAttributes ?? [];
    for (const field of [undefined, ...(state.settings.sortableAttributes ?? [])]) {
      this.searchSync(state.settings.name, {
        facets,
        sort: field ? [{ field, direction: "desc" }] : undefined,
        hitsPerPage: 1,
      });
      yield;
    }
  }

  /**
   * Runs the postings warm-up in slices of a few milliseconds between event-loop turns,
   * until it is done or the state is replaced or the file closed. Writes in between
   * patch the lists (also the one being read), so results never depend on it.
   */
  #startWarmUp(state: IndexState): Promise<void> {
    const options = this.#warmUp;
    if (!options) return Promise.resolve();
    const vocabularyTables = state.settings.searchableAttributes.map(
      (_, tier) => `${tierTable(state.settings.name, tier)}_vocabulary`,
    );
    return new Promise((resolve) => {
      let steps: Generator<void, void> | null = null;
      const slice = () => {
        if (!this.#db.open || this.#indexes.get(state.settings.name) !== state) {
          steps?.return();
          resolve();
          return;
        }
        const started = performance.now();
        try {
          steps ??= this.#warmUpSteps(state, vocabularyTables, options);
          while (performance.now() - started < WARM_UP_SLICE_MS) {
            if (steps.next().done) {
              resolve();
              return;
            }
          }
        } catch {
          // Only an optimisation: queries read what is missing themselves.
          steps?.return();
          resolve();
          return;
        }
        setImmediate(slice);
      };
      setImmediate(slice);
    });
  }

  #loadVocabulary(state: IndexState): void {
    state.vocabulary = new LatinVocabulary();
    state.corrections.clear();
    state.settings.searchableAttributes.forEach((_, tier) => {
      const vocabularyTable = `${tierTable(state.settings.name, tier)}_vocabulary`;
      this.#db.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocabularyTable} USING ` +
          `fts5vocab(main, ${tierTable(state.settings.name, tier)}, 'row')`,
      );
      const terms = this.#db
        .prepare(`SELECT term FROM temp.${vocabularyTable} WHERE term GLOB '[a-z]*'`)
        .pluck()
        .all() as string[];
      for (const term of terms) if (isLatinWord(term)) state.vocabulary.add(term);
    });
  }

  #prepare(state: IndexState, document: SearchDocument): StoredDocument {
    const { settings } = state;
    const rawId = document[settings.primaryKey];
    if (typeof rawId !== "string" && typeof rawId !== "number") {
      throw new SearchConfigurationError(
        `a ${settings.name} document lacks ${settings.primaryKey}`,
      );
    }
    const texts: Record<string, string> = {};
    for (const field of settings.searchableAttributes) {
      const raw = document[field];
      const text = Array.isArray(raw) ? raw.map(textValue).join(LIST_SEPARATOR) : textValue(raw);
      if (text) texts[field] = text;
    }
    const attributes: Record<string, unknown> = {};
    for (const [field, kind] of Object.entries(settings.filterableAttributes)) {
      const value = attributeValue(kind, document[field]);
      if (value !== null) attributes[field] = value;
    }
    if (settings.fitAttribute) {
      const fit = attributeValue("number", document[settings.fitAttribute]);
      if (fit !== null) attributes[settings.fitAttribute] = fit;
    }
    return { id: String(rawId), texts, attributes, termsByTier: this.#termsByTier(state, texts) };
  }

  #termsByTier(state: IndexState, texts: Record<string, string>): string[][] {
    return state.settings.searchableAttributes.map((field) =>
      texts[field] ? [...new Set(state.analyzer.indexTerms(texts[field]))] : [],
    );
  }

  #remember(state: IndexState, slot: number, document: StoredDocument): void {
    const previousId = state.ids[slot];
    if (previousId !== undefined && previousId !== document.id) state.slotOf.delete(previousId);
    while (state.ids.length <= slot) state.ids.push(undefined);
    state.ids[slot] = document.id;
    state.slotOf.set(document.id, slot);
    state.columns.set(slot, document.attributes);
    if (state.fit.length <= slot) {
      const grown = new Float64Array(Math.max(slot + 1, state.fit.length * 2, 1024)).fill(NaN);
      grown.set(state.fit);
      state.fit = grown;
    }
    const fitAttribute = state.settings.fitAttribute;
    const fit = fitAttribute ? document.attributes[fitAttribute] : undefined;
    state.fit[slot] = typeof fit === "number" ? fit : NaN;
    let grew = false;
    for (const terms of document.termsByTier) {
      for (const term of terms) {
        if (isLatinWord(term) && !state.vocabulary.has(term)) {
          state.vocabulary.add(term);
          grew = true;
        }
      }
    }
    if (grew) state.corrections.clear();
  }

  #forget(state: IndexState, slot: number): void {
    const id = state.ids[slot];
    if (id !== undefined) state.slotOf.delete(id);
    state.ids[slot] = undefined;
    state.columns.clear(slot);
    state.fit[slot] = NaN;
  }

  #queryTerms(state: IndexState, query: SearchQuery): QueryTerm[] {
    const text = query.q ?? "";
    const tokens = state.analyzer.queryTokens(text);
    const prefixLast = query.prefix === true && !/\s$/.test(text);
    const terms: QueryTerm[] = [];
    const seen = new Set<string>();
    tokens.forEach((token, index) => {
      const key = token.synonym ?? token.term;
      const isPrefix = prefixLast && index === tokens.length - 1;
      if (seen.has(key) && !isPrefix) return;
      seen.add(key);
      terms.push({
        exact: [key],
        prefix: isPrefix ? token.term : null,
        typos: token.synonym ? [] : this.#corrections(state, token.term),
      });
    });
    return terms;
  }

  /** The spellings whose occurrences a hit highlights. */
  #needles(state: IndexState, terms: QueryTerm[]): HighlightNeedles {
    const words = terms.flatMap((term) => [
      ...term.exact.flatMap((word) =>
        word.startsWith(SYNONYM_PREFIX) ? state.analyzer.synonymSpellings(word) : [word],
      ),
      ...term.typos,
    ]);
    const prefixes = terms.flatMap((term) => (term.prefix ? [term.prefix] : []));
    return { words: [...new Set(words)], prefixes };
  }

  #corrections(state: IndexState, term: string): string[] {
    if (!isLatinWord(term)) return [];
    let corrections = state.corrections.get(term);
    if (!corrections) {
      corrections = state.vocabulary.corrections(term).filter((word) => word !== term);
      state.corrections.set(term, corrections);
    }
    return corrections;
  }

  #comparator(
    state: IndexState,
    query: SearchQuery,
    textual: boolean,
    scratch: Scratch,
  ): (a: number, b: number) => number {
    const sortKeys = (query.sort ?? []).map((clause) => {
      if (!(state.settings.sortableAttributes ?? []).includes(clause.field)) {
        throw new SearchConfigurationError(`attribute ${clause.field} is not sortable`);
      }
      return {
        keys: state.columns.sortKeys(clause.field),
        sign: clause.direction === "asc" ? 1 : -1,
      };
    });
    const { rank, prefixes } = scratch;
    const fit = state.fit;
    return (a, b) => {
      if (textual) {
        const byRank = rank[a]! - rank[b]!;
        if (byRank !== 0) return byRank;
      }
      for (const { keys, sign } of sortKeys) {
        const order = compareMissingLast(keys[a]!, keys[b]!, sign);
        if (order !== 0) return order;
      }
      if (textual) {
        const byPrefix = prefixes[a]! - prefixes[b]!;
        if (byPrefix !== 0) return byPrefix;
      }
      const byFit = compareMissingLast(fit[a]!, fit[b]!, -1);
      return byFit !== 0 ? byFit : a - b;
    };
  }

  #hits(
    state: IndexState,
    query: SearchQuery,
    terms: QueryTerm[],
    slots: number[],
    score: (slot: number) => number,
  ): SearchHit[] {
    const fields = query.highlight ?? [];
    for (const field of fields) {
      if (!state.settings.searchableAttributes.includes(field)) {
        throw new SearchConfigurationError(
          `attribute ${field} is not searchable, so not highlightable`,
        );
      }
    }
    const texts = new Map<number, Record<string, string>>();
    if (fields.length > 0 && slots.length > 0) {
      const rows = this.#db
        .prepare(
          `SELECT slot, texts FROM ${state.settings.name}_docs ` +
            `WHERE slot IN (SELECT value FROM json_each(?))`,
        )
        .raw()
        .all(JSON.stringify(slots)) as [number, string][];
      for (const [slot, json] of rows) texts.set(slot, JSON.parse(json));
    }
    const needles = this.#needles(state, terms);
    return slots.map((slot) => {
      const highlights: Record<string, HighlightSegment[]> = {};
      for (const field of fields) {
        const original = texts.get(slot)?.[field] ?? "";
        highlights[field] = segmentsFromSpans(
          original,
          matchSpans(original, needles),
          query.cropLength ?? DEFAULT_CROP_LENGTH,
        );
      }
      return { id: state.ids[slot]!, score: score(slot), highlights };
    });
  }
}

function compareMissingLast(a: number, b: number, sign: number): number {
  const aMissing = Number.isNaN(a);
  const bMissing = Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return a === b ? 0 : (a < b ? -1 : 1) * sign;
}

/** The best `k` of the first `length` slots, in order, with a bounded max-heap. */
function topK(
  slots: Int32Array,
  length: number,
  k: number,
  compare: (a: number, b: number) => number,
): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const siftDown = (start: number) => {
    let parent = start;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && compare(heap[left]!, heap[worst]!) > 0) worst = left;
      if (right < heap.length && compare(heap[right]!, heap[worst]!) > 0) worst = right;
      if (worst === parent) return;
      [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
      parent = worst;
    }
  };
  for (let i = 0; i < length; i++) {
    const slot = slots[i]!;
    if (heap.length < k) {
      heap.push(slot);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (compare(heap[child]!, heap[parent]!) <= 0) break;
        [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
        child = parent;
      }
    } else if (compare(slot, heap[0]!) < 0) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
