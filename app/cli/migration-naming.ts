/** Naming of Prisma migration directories: `<yyyymmddHHMMSS UTC>_<snake_name>`. */

export const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

/** A valid name close to `name`: "addCompany-Table" → "add_company_table". */
export function suggestName(name: string) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "");
}

/** yyyymmddHHMMSS in UTC, as Prisma names migrations. */
export function migrationTimestamp(date: Date) {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Now, or one second after the newest existing migration if that is later (clock skew). */
export function nextMigrationTimestamp(existing: string[], now = new Date()) {
  const latest = existing
    .map((name) => /^(\d{14})_/.exec(name)?.[1])
    .filter((stamp): stamp is string => Boolean(stamp))
    .sort()
    .at(-1);
  const candidate = migrationTimestamp(now);
  if (!latest || candidate > latest) return candidate;
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(latest) ?? [];
  const next = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s! + 1));
  return migrationTimestamp(next);
}
