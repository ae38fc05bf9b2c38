/** Pure parts of the unread-message email: timing, the excerpt, the idempotency key. */

/** A message waits this long unread before it is mailed about. */
export const UNREAD_DELAY_MS = 10 * 60 * 1000;
/** At most one unread-message email per thread and person in this span. */
export const UNREAD_EMAIL_INTERVAL_MS = 60 * 60 * 1000;
export const EXCERPT_MAX = 140;

/** The latest message as one line of plain text, cut to 140 characters with "…". */
export function excerptOf(body: string, max = EXCERPT_MAX): string {
  const line = body.replace(/\s+/g, " ").trim();
  const characters = [...line];
  if (characters.length <= max) return line;
  return `${characters
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** One key per thread, recipient and clock hour: a rerun within the hour sends nothing new. */
export function unreadEmailKey(threadId: string, userId: string, now: Date): string {
  return `thread-unread/${threadId}/${userId}/${Math.floor(now.getTime() / 3_600_000)}`;
}

/** SQLite keeps Prisma's DateTime as ISO text with "+00:00"; raw SQL compares against the same. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
