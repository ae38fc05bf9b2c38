import type { DbClient } from "~/lib/db.server";
import { parseAliases, skillNameKey } from "./names";

export type SkillRef = { id: string; slug: string; nameJa: string; nameEn: string };

export type ResolvedSkills = {
  /** in the order typed, without repeats */
  skills: SkillRef[];
  /** names that match no skill's slug, Japanese or English name or alias */
  unknown: string[];
};

/**
 * Turns typed skill names into taxonomy skills. Matching ignores width, case, kana
 * and separators (see skillNameKey); an unknown name is reported, never created.
 */
export async function resolveSkillNames(
  client: DbClient,
  names: readonly string[],
): Promise<ResolvedSkills> {
  if (names.length === 0) return { skills: [], unknown: [] };
  const index = await skillIndex(client);
  const skills: SkillRef[] = [];
  const unknown: string[] = [];
  const taken = new Set<string>();
  for (const name of names) {
    const skill = index.get(skillNameKey(name));
    if (!skill) unknown.push(name);
    else if (!taken.has(skill.id)) {
      taken.add(skill.id);
      skills.push(skill);
    }
  }
  return { skills, unknown };
}

/** Every spelling of every skill → the skill. One query; the taxonomy is a few hundred rows. */
export async function skillIndex(client: DbClient): Promise<Map<string, SkillRef>> {
  const rows = await client.skill.findMany({
    select: { id: true, slug: true, nameJa: true, nameEn: true, aliases: true },
  });
  const index = new Map<string, SkillRef>();
  for (const { aliases, ...skill } of rows) {
    for (const name of [skill.slug, skill.nameJa, skill.nameEn, ...parseAliases(aliases)]) {
      const key = skillNameKey(name);
      if (key && !index.has(key)) index.set(key, skill);
    }
  }
  return index;
}
