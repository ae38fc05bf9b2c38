/**
 * Lists of codes (engagement types, work styles, industries) are stored in one
 * text column, comma-separated and in the order of their definition, so equal sets
 * are equal strings. See docs/decisions/007-market-data.md.
 */
export function encodeCodeList<Code extends string>(
  codes: readonly Code[],
  order: readonly Code[],
): string {
  const chosen = new Set(codes);
  return order.filter((code) => chosen.has(code)).join(",");
}

/** Reads a stored list back, dropping anything not in `order` (a retired code). */
export function decodeCodeList<Code extends string>(
  stored: string,
  order: readonly Code[],
): Code[] {
  const present = new Set(stored.split(",").map((code) => code.trim()));
  return order.filter((code) => present.has(code));
}
