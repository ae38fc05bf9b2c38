/**
 * Challenge dates (start, application deadline) are calendar days in Japan. They are
 * typed as "YYYY-MM-DD" and stored as that day's midnight in Japan time.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD ("2026-02-30" is not). */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** "2026-04-01" → the instant 2026-04-01T00:00+09:00. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

/** The calendar day in Japan of an instant, as YYYY-MM-DD. */
export function dateToDay(date: Date | string): string {
  const shifted = new Date(new Date(date).getTime() + 9 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 10);
}

/** Today in Japan, as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  return dateToDay(now);
}
