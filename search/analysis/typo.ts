/**
 * Typo tolerance for Latin-script words, as Meilisearch does it: a query word of five
 * or more letters that is not in the vocabulary also matches vocabulary words within
 * one edit (two from eight letters); a swap of neighbours counts as one edit.
 */

export const MIN_LENGTH_ONE_TYPO = 5;
export const MIN_LENGTH_TWO_TYPOS = 8;

export function allowedTypos(word: string): number {
  if (word.length >= MIN_LENGTH_TWO_TYPOS) return 2;
  return word.length >= MIN_LENGTH_ONE_TYPO ? 1 : 0;
}

/** Optimal string alignment distance, giving up (returning max + 1) beyond `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let previousPrevious = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length]!;
}

/** The Latin words of an index, bucketed by length so a lookup reads few of them. */
export class LatinVocabulary {
  readonly #byLength = new Map<number, Set<string>>();

  add(word: string): void {
    let bucket = this.#byLength.get(word.length);
    if (!bucket) this.#byLength.set(word.length, (bucket = new Set()));
    bucket.add(word);
  }

  has(word: string): boolean {
    return this.#byLength.get(word.length)?.has(word) ?? false;
  }

  /** Vocabulary words within the typo budget of `word`, when `word` itself is unknown. */
  corrections(word: string): string[] {
    const budget = allowedTypos(word);
    if (budget === 0 || this.has(word)) return [];
    const found: string[] = [];
    for (let length = word.length - budget; length <= word.length + budget; length++) {
      for (const candidate of this.#byLength.get(length) ?? []) {
        if (boundedEditDistance(word, candidate, budget) <= budget) found.push(candidate);
      }
    }
    return found;
  }

  get size(): number {
    let total = 0;
    for (const bucket of this.#byLength.values()) total += bucket.size;
    return total;
  }
}
