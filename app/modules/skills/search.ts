import { parseAliases, skillNameKey } from "./names";

/**
 * Finding skills by any spelling (Japanese or English name, alias, slug), ignoring
 * width, case, kana and separators. Pure: the taxonomy is a few hundred rows, so the
 * callers load it and rank in memory.
 */

export type SearchableSkill = { slug: string; nameJa: string; nameEn: string; aliases: string };

export function skillSpellings(skill: SearchableSkill): string[] {
  return [skill.nameJa, skill.nameEn, ...parseAliases(skill.aliases), skill.slug];
}

/** 0: a spelling equals the query, 1: one starts with it, 2: one contains it; null: none. */
export function matchRank(skill: SearchableSkill, query: string): number | null {
  const key = skillNameKey(query);
  if (!key) return null;
  let best: number | null = null;
  for (const spelling of skillSpellings(skill)) {
    const candidate = skillNameKey(spelling);
    const rank =
      candidate === key ? 0 : candidate.startsWith(key) ? 1 : candidate.includes(key) ? 2 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
    if (best === 0) break;
  }
  return best;
}

/**
 * The skills matching `query`: exact spellings first, then prefixes, then the rest;
 * within a rank, in the order given.
 */
export function rankSkills<T extends SearchableSkill>(skills: readonly T[], query: string): T[] {
  return skills
    .map((skill, index) => ({ skill, index, rank: matchRank(skill, query) }))
    .filter((entry): entry is { skill: T; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.skill);
}

/**
 * The term being typed in a list of names ("Python、Sales|" → "Sales"): the part
 * around the caret between separators, and where it starts and ends.
 */
export function currentTerm(value: string, caret: number = value.length) {
  const separators = /[,、，\n]/;
  let start = caret;
  while (start > 0 && !separators.test(value[start - 1]!)) start -= 1;
  let end = caret;
  while (end < value.length && !separators.test(value[end]!)) end += 1;
  return { term: value.slice(start, end).trim(), start, end };
}

/**
 * `value` with the term at [start, end) replaced by `name` and a separator, and where
 * the caret goes next.
 */
export function insertSuggestion(
  value: string,
  { start, end }: { start: number; end: number },
  name: string,
  separator: string,
) {
  const before = value.slice(0, start).replace(/\s+$/, "");
  const after = value.slice(end).replace(/^\s*[,、，]\s*/, "");
  const glue = before && separator.endsWith(" ") ? " " : "";
  const head = `${before}${glue}${name}${separator}`;
  return { value: head + after, caret: head.length };
}
