/**
 * When a saved search's digest is due, and which period a digest belongs to. Pure.
 *
 * DAILY is due once its last digest is 24 hours old, WEEKLY once it is 7 days old. The job
 * runs hourly, so a digest sent at 09:00:03 would otherwise slip to 10:00 the next day,
 * and an hour later every day after: a few minutes' grace keeps it at 09:00.
 */
import type { AlertFrequencyCode } from "./kinds";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const DUE_GRACE_MS = 10 * 60 * 1000;

export const frequencyPeriodMs: Record<Exclude<AlertFrequencyCode, "OFF">, number> = {
  DAILY: DAY_MS,
  WEEKLY: 7 * DAY_MS,
};

/** The latest lastNotifiedAt at which a digest of `frequency` is due at `now`; null for OFF. */
export function dueBefore(frequency: AlertFrequencyCode, now: Date): Date | null {
  if (frequency === "OFF") return null;
  return new Date(now.getTime() - frequencyPeriodMs[frequency] + DUE_GRACE_MS);
}

export function isDue(
  search: { frequency: AlertFrequencyCode; lastNotifiedAt: Date },
  now: Date,
): boolean {
  const before = dueBefore(search.frequency, now);
  return before !== null && search.lastNotifiedAt.getTime() <= before.getTime();
}

/** The calendar day in Japan, YYYY-MM-DD. */
function japanDay(date: Date) {
  return new Date(date.getTime() + 9 * HOUR_MS).toISOString().slice(0, 10);
}

/** The ISO week (Monday first) of the day in Japan: "2026-W48". */
function japanIsoWeek(date: Date) {
  const day = new Date(`${japanDay(date)}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The period a digest sent at `now` belongs to: a day in Japan, or an ISO week. */
export function periodKey(frequency: Exclude<AlertFrequencyCode, "OFF">, now: Date): string {
  return frequency === "DAILY" ? japanDay(now) : japanIsoWeek(now);
}

/** The outbox idempotency key of one saved search's digest for one period. */
export function digestIdempotencyKey(
  savedSearchId: string,
  frequency: Exclude<AlertFrequencyCode, "OFF">,
  now: Date,
) {
  return `saved-search-digest/${savedSearchId}/${periodKey(frequency, now)}`;
}
