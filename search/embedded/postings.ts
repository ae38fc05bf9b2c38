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

export class TierPostings {
  readonly #select: Database.Statement[];
  readonly #insert: Database.Statement[];
  readonly #remove: Database.Statement[];
  readonly #cache = new Map<string, CachedList>();
  #cachedRows = 0;

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
    const key = `${tier}\u0000${expression}`;
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
    if (changes.size === 0 || this.#cache.size === 0) return;
    const changed = Int32Array.from(changes.keys()).sort();
    for (const [key, list] of this.#cache) {
      const keep = new Set<number>();
      for (const [slot, termsByTier] of changes) {
        const terms = termsByTier?.[list.tier];
        if (terms && terms.some((term) => listMatches(list, term))) keep.add(slot);
      }
      const patched = mergeSlots(list.slots, changed, keep);
      if (patched === list.slots) continue;
      this.#cachedRows += patched.length - list.slots.length;
      this.#cache.set(key, { ...list, slots: patched });
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
