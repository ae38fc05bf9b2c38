import {
  type AttributeKind,
  type Filter,
  type FilterValue,
  SearchConfigurationError,
  attributeValue,
} from "../engine";

/**
 * Filterable attributes kept in memory as typed arrays indexed by document slot. A
 * filter becomes a byte mask over all slots, built by tight loops per condition (the
 * masks of single conditions are cached until the next write, like Meilisearch's
 * per-value bitmaps); facet counts and sort keys read the same arrays.
 */

type Bounds = { gte?: number; lte?: number };

abstract class Column {
  abstract set(slot: number, raw: unknown): void;
  abstract clear(slot: number): void;
  abstract grow(capacity: number): void;
  /** Sets mask[slot] = 1 for slots [0, size) holding any of `values`. */
  abstract matchAny(values: FilterValue[], mask: Uint8Array, size: number): void;
  abstract count(slots: Int32Array, length: number): Map<string, number>;
  /** A number per slot that orders slots (NaN when missing). */
  abstract sortKeys(size: number): Float64Array;

  matchRange(_bounds: Bounds, _mask: Uint8Array, _size: number): void {
    throw new SearchConfigurationError("range filters need a number or date attribute");
  }
}

function growTyped<T extends Float64Array | Int32Array | Uint8Array | Uint32Array>(
  array: T,
  capacity: number,
  fill: number,
): T {
  if (array.length >= capacity) return array;
  const grown = new (array.constructor as new (length: number) => T)(capacity);
  grown.fill(fill);
  grown.set(array);
  return grown;
}

class NumberColumn extends Column {
  values = new Float64Array(0);

  constructor(private readonly kind: "number" | "date") {
    super();
  }

  set(slot: number, raw: unknown): void {
    const value = attributeValue(this.kind, raw);
    this.values[slot] = typeof value === "number" ? value : NaN;
  }
  clear(slot: number): void {
    this.values[slot] = NaN;
  }
  grow(capacity: number): void {
    this.values = growTyped(this.values, capacity, NaN);
  }
  matchAny(values: FilterValue[], mask: Uint8Array, size: number): void {
    const targets = values.map(Number);
    const column = this.values;
    for (let slot = 0; slot < size; slot++) if (targets.includes(column[slot]!)) mask[slot] = 1;
  }
  override matchRange({ gte = -Infinity, lte = Infinity }: Bounds, mask: Uint8Array, size: number) {
    const column = this.values;
    for (let slot = 0; slot < size; slot++) {
      const value = column[slot]!;
      if (value >= gte && value <= lte) mask[slot] = 1;
    }
  }
  count(slots: Int32Array, length: number): Map<string, number> {
    const counts = new Map<number, number>();
    for (let i = 0; i < length; i++) {
      const value = this.values[slots[i]!]!;
      if (!Number.isNaN(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return new Map([...counts].map(([value, count]) => [String(value), count]));
  }
  sortKeys(): Float64Array {
    return this.values;
  }
}

const MISSING = 0;
const FALSE = 1;
const TRUE = 2;

class BooleanColumn extends Column {
  values = new Uint8Array(0);

  set(slot: number, raw: unknown): void {
    const value = attributeValue("boolean", raw);
    this.values[slot] = value === null ? MISSING : value ? TRUE : FALSE;
  }
  clear(slot: number): void {
    this.values[slot] = MISSING;
  }
  grow(capacity: number): void {
    this.values = growTyped(this.values, capacity, MISSING);
  }
  matchAny(values: FilterValue[], mask: Uint8Array, size: number): void {
    const wantTrue = values.some((value) => value === true || value === "true");
    const wantFalse = values.some((value) => value === false || value === "false");
    const column = this.values;
    for (let slot = 0; slot < size; slot++) {
      const value = column[slot];
      if ((wantTrue && value === TRUE) || (wantFalse && value === FALSE)) mask[slot] = 1;
    }
  }
  count(slots: Int32Array, length: number): Map<string, number> {
    let trues = 0;
    let falses = 0;
    for (let i = 0; i < length; i++) {
      const value = this.values[slots[i]!];
      if (value === TRUE) trues++;
      else if (value === FALSE) falses++;
    }
    const counts = new Map<string, number>();
    if (trues) counts.set("true", trues);
    if (falses) counts.set("false", falses);
    return counts;
  }
  sortKeys(size: number): Float64Array {
    return Float64Array.from(this.values.subarray(0, size), (value) =>
      value === MISSING ? NaN : value,
    );
  }
}

/** Strings as codes into a dictionary, so comparisons and counts work on integers. */
class Dictionary {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();

  code(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }
  find(value: FilterValue): number {
    return this.#codes.get(String(value)) ?? -1;
  }
  /** Rank of each code in string order. */
  ranks(): Int32Array {
    const order = this.values.map((_, index) => index);
    order.sort((a, b) => (this.values[a]! < this.values[b]! ? -1 : 1));
    const ranks = new Int32Array(order.length);
    order.forEach((code, rank) => (ranks[code] = rank));
    return ranks;
  }
}

class KeywordColumn extends Column {
  codes = new Int32Array(0);
  readonly dictionary = new Dictionary();

  set(slot: number, raw: unknown): void {
    const value = attributeValue("keyword", raw);
    this.codes[slot] = value === null ? -1 : this.dictionary.code(String(value));
  }
  clear(slot: number): void {
    this.codes[slot] = -1;
  }
  grow(capacity: number): void {
    this.codes = growTyped(this.codes, capacity, -1);
  }
  matchAny(values: FilterValue[], mask: Uint8Array, size: number): void {
    const wanted = new Uint8Array(this.dictionary.values.length);
    for (const value of values) {
      const code = this.dictionary.find(value);
      if (code >= 0) wanted[code] = 1;
    }
    const codes = this.codes;
    for (let slot = 0; slot < size; slot++) {
      const code = codes[slot]!;
      if (code >= 0 && wanted[code] === 1) mask[slot] = 1;
    }
  }
  count(slots: Int32Array, length: number): Map<string, number> {
    const counts = new Int32Array(this.dictionary.values.length);
    for (let i = 0; i < length; i++) {
      const code = this.codes[slots[i]!]!;
      if (code >= 0) counts[code]!++;
    }
    return countsByValue(counts, this.dictionary);
  }
  sortKeys(size: number): Float64Array {
    const ranks = this.dictionary.ranks();
    return Float64Array.from(this.codes.subarray(0, size), (code) =>
      code < 0 ? NaN : ranks[code]!,
    );
  }
}

/** Codes below this live in a per-slot bit set; enumerations rarely have more values. */
const BIT_CODES = 32;

class KeywordSetColumn extends Column {
  bits = new Uint32Array(0);
  /** Codes of BIT_CODES and above, for the few slots that have them. */
  readonly overflow = new Map<number, Int32Array>();
  readonly dictionary = new Dictionary();

  set(slot: number, raw: unknown): void {
    const values = attributeValue("keywords", raw) as string[] | null;
    let bits = 0;
    const extra: number[] = [];
    for (const value of values ?? []) {
      const code = this.dictionary.code(value);
      if (code < BIT_CODES) bits |= 1 << code;
      else if (!extra.includes(code)) extra.push(code);
    }
    this.bits[slot] = bits;
    if (extra.length > 0) this.overflow.set(slot, Int32Array.from(extra));
    else this.overflow.delete(slot);
  }
  clear(slot: number): void {
    this.bits[slot] = 0;
    this.overflow.delete(slot);
  }
  grow(capacity: number): void {
    this.bits = growTyped(this.bits, capacity, 0);
  }
  codesOf(slot: number): number[] {
    const codes: number[] = [];
    for (let bits = this.bits[slot]!; bits !== 0; bits &= bits - 1)
      codes.push(31 - Math.clz32(bits & -bits));
    codes.push(...(this.overflow.get(slot) ?? []));
    return codes;
  }
  matchAny(values: FilterValue[], mask: Uint8Array, size: number): void {
    let wantedBits = 0;
    const wantedExtra = new Set<number>();
    for (const value of values) {
      const code = this.dictionary.find(value);
      if (code < 0) continue;
      if (code < BIT_CODES) wantedBits |= 1 << code;
      else wantedExtra.add(code);
    }
    const bits = this.bits;
    if (wantedBits !== 0) {
      for (let slot = 0; slot < size; slot++) if ((bits[slot]! & wantedBits) !== 0) mask[slot] = 1;
    }
    if (wantedExtra.size === 0) return;
    for (const [slot, codes] of this.overflow) {
      if (slot < size && codes.some((code) => wantedExtra.has(code))) mask[slot] = 1;
    }
  }
  count(slots: Int32Array, length: number): Map<string, number> {
    const counts = new Int32Array(this.dictionary.values.length);
    const bits = this.bits;
    for (let i = 0; i < length; i++) {
      for (let set = bits[slots[i]!]!; set !== 0; set &= set - 1) {
        counts[31 - Math.clz32(set & -set)]!++;
      }
    }
    if (this.overflow.size > 0) {
      for (let i = 0; i < length; i++) {
        for (const code of this.overflow.get(slots[i]!) ?? []) counts[code]!++;
      }
    }
    return countsByValue(counts, this.dictionary);
  }
  sortKeys(size: number): Float64Array {
    const ranks = this.dictionary.ranks();
    const keys = new Float64Array(size);
    for (let slot = 0; slot < size; slot++) {
      const codes = this.codesOf(slot);
      keys[slot] = codes.length === 0 ? NaN : Math.min(...codes.map((code) => ranks[code]!));
    }
    return keys;
  }
}

function countsByValue(counts: Int32Array, dictionary: Dictionary): Map<string, number> {
  const byValue = new Map<string, number>();
  for (let code = 0; code < counts.length; code++) {
    if (counts[code]! > 0) byValue.set(dictionary.values[code]!, counts[code]!);
  }
  return byValue;
}

function makeColumn(kind: AttributeKind): Column {
  switch (kind) {
    case "number":
    case "date":
      return new NumberColumn(kind);
    case "boolean":
      return new BooleanColumn();
    case "keyword":
      return new KeywordColumn();
    case "keywords":
      return new KeywordSetColumn();
  }
}

const MAX_CACHED_MASKS = 256;

export class AttributeColumns {
  readonly #columns = new Map<string, Column>();
  #capacity = 0;
  /** One past the highest slot ever set: the length every loop runs to. */
  #size = 0;
  readonly #conditionMasks = new Map<string, Uint8Array>();
  readonly #sortKeys = new Map<string, Float64Array>();

  constructor(kinds: Record<string, AttributeKind>) {
    for (const [field, kind] of Object.entries(kinds)) this.#columns.set(field, makeColumn(kind));
  }

  ensureCapacity(slots: number): void {
    if (slots <= this.#capacity) return;
    this.#capacity = Math.max(slots, this.#capacity * 2, 1024);
    for (const column of this.#columns.values()) column.grow(this.#capacity);
  }

  set(slot: number, attributes: Record<string, unknown>): void {
    this.ensureCapacity(slot + 1);
    this.#size = Math.max(this.#size, slot + 1);
    this.#changed();
    for (const [field, column] of this.#columns) column.set(slot, attributes[field]);
  }

  clear(slot: number): void {
    this.#changed();
    if (slot < this.#capacity) for (const column of this.#columns.values()) column.clear(slot);
  }

  /** The slots a filter keeps, as a byte mask indexed by slot. */
  mask(filter: Filter): Uint8Array {
    switch (filter.op) {
      case "and":
      case "or": {
        const result = new Uint8Array(this.#size);
        if (filter.op === "and") result.fill(1);
        for (const part of filter.filters) {
          const mask = this.mask(part);
          if (filter.op === "and")
            for (let slot = 0; slot < this.#size; slot++) result[slot]! &= mask[slot]!;
          else for (let slot = 0; slot < this.#size; slot++) result[slot]! |= mask[slot]!;
        }
        return result;
      }
      case "not": {
        const inner = this.mask(filter.filter);
        const result = new Uint8Array(this.#size);
        for (let slot = 0; slot < this.#size; slot++) result[slot] = inner[slot]! ^ 1;
        return result;
      }
      default:
        return this.#conditionMask(filter);
    }
  }

  count(field: string, slots: Int32Array, length: number): Map<string, number> {
    return this.#column(field).count(slots, length);
  }

  /** Per-slot sort keys of an attribute (NaN when missing). */
  sortKeys(field: string): Float64Array {
    let keys = this.#sortKeys.get(field);
    if (!keys) {
      keys = this.#column(field).sortKeys(this.#size);
      this.#sortKeys.set(field, keys);
    }
    return keys;
  }

  #conditionMask(condition: Extract<Filter, { field: string }>): Uint8Array {
    const key = JSON.stringify(condition);
    const cached = this.#conditionMasks.get(key);
    if (cached) return cached;
    const column = this.#column(condition.field);
    const mask = new Uint8Array(this.#size);
    if (condition.op === "eq") column.matchAny([condition.value], mask, this.#size);
    else if (condition.op === "in") column.matchAny(condition.values, mask, this.#size);
    else column.matchRange(condition, mask, this.#size);
    if (this.#conditionMasks.size >= MAX_CACHED_MASKS) this.#conditionMasks.clear();
    this.#conditionMasks.set(key, mask);
    return mask;
  }

  #changed(): void {
    if (this.#conditionMasks.size > 0) this.#conditionMasks.clear();
    if (this.#sortKeys.size > 0) this.#sortKeys.clear();
  }

  #column(field: string): Column {
    const column = this.#columns.get(field);
    if (!column) throw new SearchConfigurationError(`attribute ${field} is not filterable`);
    return column;
  }
}
