import type Database from "better-sqlite3";
import { TERM_PUNCTUATION } from "../analysis/analyzer";

/**
 * The full-text side of an index: one contentless FTS5 table per ranking tier over
 * pre-analysed terms (space-separated; the `ascii` tokenizer with our punctuation as
 * token characters splits on spaces only and leaves every non-ASCII character alone).
 * `detail=none` keeps only which documents hold a term: ranking happens in JS.
 *
 * Reading a doclist through SQLite's virtual-table interface costs ~0.25 µs a row, so a
 * term held by 40,000 documents takes ~10 ms; long lists are cached decoded, and writes
 * patch the cached lists with the documents they changed.
 *
 * After an index is opened, `warmUp` reads the longest lists (by document count, from
 * FTS5's vocabulary) into the cache ahead of the first queries, in small steps the
 * engine runs between other work; a list being read is patched by writes like the rest.
 */

const CACHE_MIN_ROWS = 2_000;
const CACHE_MAX_ROWS = 24_000_000;

export function tierTable(index: string, tier: number): string {
  return `${index}_t${tier}`;
}

export function createTierTable(db: Database.Database, table: string): void {
  const tokenChars = TERM_PUNCTUATION.replace(/'/g, "''");
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5(terms, content='', ` +
      `contentless_delete=1, detail=none, prefix='1 2 3', ` +
      `tokenize="ascii tokenchars '${tokenChars}'")`,
  );
}

/** An FTS5 expression matching any of the terms exactly. */
export function anyTermExpression(terms: string[]): string {
  return terms.map((term) => `"${term}"`).join(" OR ");
}

export function prefixExpression(prefix: string): string {
  return `"${prefix}"*`;
}

interface CachedList {
  tier: number;
  slots: Int32Array;
  terms: string[];
  prefix: string | null;
}

/** A written document's terms per tier, or null when it was deleted. */
export type SlotChanges = Map<number, string[][] | null>;

export interface WarmUpOptions {
  /** Lists of at least this many documents are read ahead. */
  minDocuments: number;
  /** At most this many slots are read ahead, per index (4 bytes each). */
  maxRows: number;
  /** Slots read per step (8,192 rows take ~2 ms). */
  chunkRows: number;
}

export const DEFAULT_WARM_UP: WarmUpOptions = {
  minDocuments: CACHE_MIN_ROWS,
  maxRows: CACHE_MAX_ROWS / 2,
  chunkRows: 8_192,
};

/** Vocabulary rows read per step (a document count decodes the term's whole list). */
const VOCABULARY_PAGE = 8;

/** A list being read ahead: its slots up to `last`, patched by writes meanwhile. */
interface PartialList {
  key: string;
  list: CachedList;
  last: number;
}

export class TierPostings {
  readonly #select: Database.Statement[];
  readonly #insert: Database.Statement[];
  readonly #remove: Database.Statement[];
  readonly #cache = new Map<string, CachedList>();
  #cachedRows = 0;
  #partial: PartialList | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly tables: string[],
  ) {
    this.#select = tables.map((table) =>
      db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck(),
    );
    this.#insert = tables.map((table) =>
      db.prepare(`INSERT INTO ${table} (rowid, terms) VALUES (?, ?)`),
    );
    this.#remove = tables.map((table) => db.prepare(`DELETE FROM ${table} WHERE rowid = ?`));
  }

  get tiers(): number {
    return this.tables.length;
  }

  /** Slots whose tier holds any of `terms` (or a word starting with `prefix`). */
  slots(tier: number, terms: string[], prefix: string | null): Int32Array {
    const expression = prefix ? prefixExpression(prefix) : anyTermExpression(terms);
    const key = cacheKey(tier, expression);
    const cached = this.#cache.get(key);
    if (cached) {
      this.#cache.delete(key); // re-insert: the Map's order is the LRU order
      this.#cache.set(key, cached);
      return cached.slots;
    }
    const slots = Int32Array.from(this.#select[tier]!.all(expression) as number[]);
    if (slots.length >= CACHE_MIN_ROWS) this.#remember(key, { tier, slots, terms, prefix });
    return slots;
  }

  /** Writes a document's terms per tier (call inside the caller's transaction). */
  write(slot: number, termsByTier: string[][], replacing: boolean): void {
    for (let tier = 0; tier < this.tables.length; tier++) {
      if (replacing) this.#remove[tier]!.run(slot);
      const terms = termsByTier[tier]!;
      if (terms.length > 0) this.#insert[tier]!.run(slot, terms.join(" "));
    }
  }

  remove(slot: number): void {
    for (const statement of this.#remove) statement.run(slot);
  }

  /** Brings cached lists up to date with written and deleted documents. */
  patch(changes: SlotChanges): void {
    if (changes.size === 0) return;
    const partial = this.#partial;
    if (partial) {
      // Slots after `last` are still to be read, and SQLite already holds their change.
      const before: SlotChanges = new Map([...changes].filter(([slot]) => slot <= partial.last));
      if (before.size > 0) {
        const changed = Int32Array.from(before.keys()).sort();
        partial.list = { ...partial.list, slots: patchedSlots(partial.list, before, changed) };
      }
    }
    if (this.#cache.size === 0) return;
    const changed = Int32Array.from(changes.keys()).sort();
    for (const [key, list] of this.#cache) {
      const patched = patchedSlots(list, changes, changed);
      if (patched === list.slots) continue;
      this.#cachedRows += patched.length - list.slots.length;
      this.#cache.set(key, { ...list, slots: patched });
    }
  }

  /**
   * Reads the longest lists into the cache, longest first, within the options' budget;
   * each `yield` is a point where the caller may let other work run (queries, writes).
   * A query that needs a list first reads it itself, as without warm-up.
   */
  *warmUp(vocabularyTables: string[], options: WarmUpOptions): Generator<void, void> {
    const wanted: Array<{ tier: number; term: string; documents: number }> = [];
    for (let tier = 0; tier < this.tables.length; tier++) {
      const page = this.db.prepare(
        `SELECT term, doc FROM temp.${vocabularyTables[tier]} WHERE term > ? ORDER BY term LIMIT ?`,
      );
      let after = "";
      for (;;) {
        const rows = page.raw().all(after, VOCABULARY_PAGE) as [string, number][];
        for (const [term, documents] of rows) {
          if (documents >= options.minDocuments && !term.includes('"')) {
            wanted.push({ tier, term, documents });
          }
        }
        if (rows.length < VOCABULARY_PAGE) break;
        after = rows[rows.length - 1]![0];
        yield;
      }
    }
    wanted.sort((a, b) => b.documents - a.documents);
    let budget = options.maxRows;
    for (const { tier, term, documents } of wanted) {
      if (documents > budget) continue;
      const expression = anyTermExpression([term]);
      const key = cacheKey(tier, expression);
      if (this.#cache.has(key)) continue;
      budget -= documents;
      const chunk = this.db
        .prepare(
          `SELECT rowid FROM ${this.tables[tier]} WHERE ${this.tables[tier]} MATCH ? ` +
            `AND rowid > ? ORDER BY rowid LIMIT ?`,
        )
        .pluck();
      const partial: PartialList = {
        key,
        list: { tier, slots: new Int32Array(0), terms: [term], prefix: null },
        last: -Number.MAX_SAFE_INTEGER,
      };
      this.#partial = partial;
      try {
        for (;;) {
          const rows = chunk.all(expression, partial.last, options.chunkRows) as number[];
          const slots = new Int32Array(partial.list.slots.length + rows.length);
          slots.set(partial.list.slots);
          slots.set(rows, partial.list.slots.length);
          partial.list = { ...partial.list, slots };
          if (rows.length < options.chunkRows) break;
          partial.last = rows[rows.length - 1]!;
          yield;
          if (this.#cache.has(key)) break; // a query read it meanwhile
        }
      } finally {
        this.#partial = null;
      }
      if (!this.#cache.has(key)) this.#remember(key, partial.list);
      yield;
    }
  }

  #remember(key: string, list: CachedList): void {
    this.#cache.set(key, list);
    this.#cachedRows += list.slots.length;
    for (const [oldKey, oldList] of this.#cache) {
      if (this.#cachedRows <= CACHE_MAX_ROWS) break;
      this.#forget(oldKey, oldList);
    }
  }

  #forget(key: string, list: CachedList): void {
    this.#cache.delete(key);
    this.#cachedRows -= list.slots.length;
  }
}

function cacheKey(tier: number, expression: string): string {
  return `${tier}\u0000${expression}`;
}

/** The list's slots after `changes` (whose slots, sorted, are `changed`). */
function patchedSlots(list: CachedList, changes: SlotChanges, changed: Int32Array): Int32Array {
  const keep = new Set<number>();
  for (const [slot, termsByTier] of changes) {
    const terms = termsByTier?.[list.tier];
    if (terms && terms.some((term) => listMatches(list, term))) keep.add(slot);
  }
  return mergeSlots(list.slots, changed, keep);
}

function listMatches(list: CachedList, term: string): boolean {
  return list.prefix === null ? list.terms.includes(term) : term.startsWith(list.prefix);
}

/**
 * The sorted list with every changed slot removed, then those in `keep` put back; the
 * same array when nothing changes. Copies runs between changed slots, so a patch costs
 * one memory copy of the list.
 */
function mergeSlots(sorted: Int32Array, changed: Int32Array, keep: Set<number>): Int32Array {
  const positions = Int32Array.from(changed, (slot) => lowerBound(sorted, slot));
  let present = 0;
  changed.forEach((slot, index) => {
    if (sorted[positions[index]!] === slot) present++;
  });
  let alreadyKept = 0;
  changed.forEach((slot, index) => {
    if (keep.has(slot) && sorted[positions[index]!] === slot) alreadyKept++;
  });
  if (present === alreadyKept && keep.size === alreadyKept) return sorted;
  const merged = new Int32Array(sorted.length - present + keep.size);
  let length = 0;
  let from = 0;
  changed.forEach((slot, index) => {
    const position = positions[index]!;
    merged.set(sorted.subarray(from, position), length);
    length += position - from;
    from = sorted[position] === slot ? position + 1 : position;
    if (keep.has(slot)) merged[length++] = slot;
  });
  merged.set(sorted.subarray(from), length);
  return merged;
}

function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
