/**
 * Admin-edited synonym groups: the form's schema (shared by the browser and the
 * server) and the rule that keeps the table unambiguous — a term, after the same
 * folding the search analyser applies (NFKC, lower case, hiragana → katakana, the
 * final long-vowel mark), belongs to one group only, built-in or edited.
 */
import { z } from "zod";
import { foldKana, foldLongVowel, normalizeText } from "#search/analysis/normalize";

export const MIN_TERMS = 2;
export const MAX_TERMS = 20;
export const MAX_TERM_LENGTH = 40;

/** Splits what an admin typed on new lines, commas, 読点 and "=". */
export function parseTermsText(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const part of text.split(/[\n,、，=＝]+/)) {
    const term = part.trim().replace(/\s+/g, " ");
    if (!term || seen.has(term)) continue;
    seen.add(term);
    terms.push(term);
  }
  return terms;
}

export function formatTermsText(terms: readonly string[]): string {
  return terms.join("\n");
}

/** The form: one textarea of terms. */
export const synonymGroupSchema = z.object({
  terms: z
    .string({ error: "search.synonyms.errors.terms.required" })
    .max(2_000, "search.synonyms.errors.terms.tooMany")
    .transform(parseTermsText)
    .pipe(
      z
        .array(
          z
            .string()
            .min(1, "search.synonyms.errors.terms.required")
            .max(MAX_TERM_LENGTH, "search.synonyms.errors.terms.tooLong"),
        )
        .min(MIN_TERMS, "search.synonyms.errors.terms.tooFew")
        .max(MAX_TERMS, "search.synonyms.errors.terms.tooMany"),
    ),
});
export type SynonymGroupInput = z.output<typeof synonymGroupSchema>;

export const deleteSynonymGroupSchema = z.object({
  intent: z.literal("delete"),
});

/** The key two spellings of one term share in the search analyser. */
export function foldTerm(term: string): string {
  return foldLongVowel(foldKana(normalizeText(term.trim())));
}

export type ExistingGroup = { id: string | null; terms: readonly string[] };

export type TermProblem =
  /** the same term twice in the group typed */
  | { kind: "repeated"; term: string }
  /** the term already belongs to another group */
  | { kind: "taken"; term: string; group: readonly string[]; builtIn: boolean };

/**
 * What stops `terms` from becoming a group: terms repeated within it (after folding),
 * and terms already in another group. `groups` are the built-in groups (id null) and
 * the edited ones; the group being edited (`editingId`) does not count.
 */
export function termProblems(
  terms: readonly string[],
  groups: readonly ExistingGroup[],
  editingId: string | null = null,
): TermProblem[] {
  const problems: TermProblem[] = [];
  const owner = new Map<string, ExistingGroup>();
  for (const group of groups) {
    if (editingId !== null && group.id === editingId) continue;
    for (const term of group.terms) {
      const key = foldTerm(term);
      if (!owner.has(key)) owner.set(key, group);
    }
  }
  const seen = new Set<string>();
  for (const term of terms) {
    const key = foldTerm(term);
    if (seen.has(key)) {
      problems.push({ kind: "repeated", term });
      continue;
    }
    seen.add(key);
    const group = owner.get(key);
    if (group)
      problems.push({ kind: "taken", term, group: group.terms, builtIn: group.id === null });
  }
  return problems;
}

/** Reads a stored group (a JSON array of strings); anything else is an empty group. */
export function parseStoredTerms(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === "string")
      : [];
  } catch {
    return [];
  }
}

/**
 * The table both engines get: the built-in groups, then the edited ones, skipping any
 * edited term that (through a later built-in change) already has a group, so one term
 * never names two groups.
 */
export function mergeSynonyms(
  builtIn: readonly (readonly string[])[],
  edited: readonly (readonly string[])[],
): string[][] {
  const taken = new Set<string>();
  const merged: string[][] = [];
  for (const group of [...builtIn, ...edited]) {
    const terms = group.filter((term) => {
      const key = foldTerm(term);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    if (terms.length >= MIN_TERMS) merged.push(terms);
  }
  return merged;
}
