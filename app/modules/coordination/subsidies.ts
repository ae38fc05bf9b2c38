/**
 * Prefecture support schemes (e.g. travel or fee aid for matches made through the
 * centre), pure: the coverage kinds, the form's schema and which schemes are active.
 */
import { z } from "zod";
import { isCalendarDay } from "~/modules/challenges/dates";
import { prefectureCodes } from "~/modules/reference/prefectures";

export const subsidyCoverages = ["TRAVEL", "FEE", "OTHER"] as const;
export type SubsidyCoverage = (typeof subsidyCoverages)[number];

export const subsidyLimits = { name: 100, description: 1000, url: 500, maxAmountYen: 100_000_000 };

const optionalDay = z
  .string()
  .trim()
  .refine(isCalendarDay, { error: "reference.errors.date" })
  .optional();

export const subsidySchema = z
  .object({
    prefectureCode: z.enum(prefectureCodes, { error: "reference.errors.prefecture" }),
    name: z
      .string({ error: "reference.errors.required" })
      .trim()
      .min(1, { error: "reference.errors.required" })
      .max(subsidyLimits.name, { error: "reference.errors.tooLong" }),
    description: z
      .string()
      .trim()
      .max(subsidyLimits.description, { error: "reference.errors.tooLong" })
      .optional()
      .transform((value) => value ?? ""),
    coverage: z.enum(subsidyCoverages, { error: "coordination.errors.coverage" }),
    maxAmountYen: z
      .number({ error: "reference.errors.integer" })
      .int({ error: "reference.errors.integer" })
      .min(1, { error: "coordination.errors.amount" })
      .max(subsidyLimits.maxAmountYen, { error: "coordination.errors.amount" })
      .optional(),
    url: z
      .string()
      .trim()
      .max(subsidyLimits.url, { error: "reference.errors.tooLong" })
      // z.url() alone would accept "javascript:" links.
      .pipe(z.url({ protocol: /^https?$/, error: "reference.errors.url" }))
      .optional(),
    startsOn: optionalDay,
    endsOn: optionalDay,
    active: z.boolean().optional().default(false),
  })
  .refine((value) => !value.startsOn || !value.endsOn || value.startsOn <= value.endsOn, {
    path: ["endsOn"],
    error: "coordination.errors.endsBeforeStart",
  });
export type SubsidyInput = z.output<typeof subsidySchema>;

/** Recording the scheme a match used ("" = none). */
export const subsidyUseSchema = z.object({
  intent: z.literal("subsidy"),
  subsidySchemeId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || null),
});

/** Active and within its dates (days in Japan, YYYY-MM-DD) on `today`. */
export function schemeIsCurrent(
  scheme: { active: boolean; startsOn: string | null; endsOn: string | null },
  today: string,
): boolean {
  if (!scheme.active) return false;
  if (scheme.startsOn && scheme.startsOn > today) return false;
  if (scheme.endsOn && scheme.endsOn < today) return false;
  return true;
}
