/**
 * Skill names as people type them: "Python、Salesforce", "ｗｅｂマーケティング",
 * "データ分析 / BI". Pure, shared by forms, imports and the taxonomy.
 */

/** Splits a typed list on commas, 読点, slashes, pipes and new lines. */
export function splitSkillList(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.normalize("NFKC").split(/[,、，|\n;/／]+/)) {
    const name = part.trim();
    const key = skillNameKey(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/**
 * The key two spellings of a skill share: NFKC, lower case, hiragana as katakana,
 * without spaces, dots or hyphens ("Web マーケティング" = "webまーけてぃんぐ").
 */
export function skillNameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60))
    .replace(/[\s・·.\-_ー－]/g, "");
}

/** Reads a skill's stored aliases (a JSON array of strings); anything else is none. */
export function parseAliases(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  } catch {
    return [];
  }
}
