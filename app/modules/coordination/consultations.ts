/**
 * Consultations (相談): what a coordinator records after meeting a company. Pure: the
 * outcomes, the form's schema (shared by the browser and the server) and the list's
 * filters.
 */
import { z } from "zod";
import { isCalendarDay, todayInJapan } from "~/modules/challenges/dates";

export const consultationOutcomes = [
  "CHALLENGE_DRAFTED",
  "FOLLOW_UP",
  "REFERRED",
  "NO_NEED",
] as const;
export type ConsultationOutcome = (typeof consultationOutcomes)[number];

export const consultationLimits = { topic: 200, note: 2000 } as const;

/** The consultation form; `today` is injectable for tests (the day is Japan's). */
export function consultationSchema(today: () => string = () => todayInJapan()) {
  return z.object({
    companyId: z
      .string({ error: "coordination.errors.company" })
      .trim()
      .min(1, { error: "coordination.errors.company" }),
    heldOn: z
      .string({ error: "reference.errors.required" })
      .trim()
      .refine(isCalendarDay, { error: "reference.errors.date" })
      .refine((day) => day <= today(), { error: "coordination.errors.future" }),
    topic: z
      .string({ error: "reference.errors.required" })
      .trim()
      .min(1, { error: "reference.errors.required" })
      .max(consultationLimits.topic, { error: "reference.errors.tooLong" }),
    outcome: z.enum(consultationOutcomes, { error: "coordination.errors.outcome" }),
    note: z
      .string()
      .trim()
      .max(consultationLimits.note, { error: "reference.errors.tooLong" })
      .optional()
      .transform((value) => value ?? ""),
  });
}

export type ConsultationInput = z.output<ReturnType<typeof consultationSchema>>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The list's filters from the query string; anything malformed is dropped. */
export const consultationFiltersSchema = z.object({
  month: z.string().regex(MONTH).optional().catch(undefined),
  companyId: z.string().trim().min(1).max(100).optional().catch(undefined),
});
export type ConsultationFilters = z.output<typeof consultationFiltersSchema>;

/** "2026-04" → the instants bounding that month in Japan time: [start, end). */
export function monthRange(month: string): { gte: Date; lt: Date } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next =
    monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
  return {
    gte: new Date(`${month}-01T00:00:00+09:00`),
    lt: new Date(`${next}-01T00:00:00+09:00`),
  };
}

/** The current month in Japan as YYYY-MM. */
export function currentMonth(now: Date = new Date()): string {
  return todayInJapan(now).slice(0, 7);
}
