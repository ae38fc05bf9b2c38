import { z } from "zod";
import {
  ChallengeCategory,
  CloseReason,
  CompensationType,
  WorkStyle,
} from "~/generated/prisma/enums";
import { prefectureCodes } from "~/modules/reference/prefectures";
import { engagementTypes, type EngagementType } from "~/modules/reference/work";
import { isCalendarDay } from "./dates";

/**
 * The challenge form's rules, shared by the plain form, every wizard step, the edit
 * page and the server. Messages are i18n keys.
 */

export const challengeCategories = Object.values(ChallengeCategory) as [
  ChallengeCategory,
  ...ChallengeCategory[],
];
export const workStyleCodes = Object.values(WorkStyle) as [WorkStyle, ...WorkStyle[]];
export const compensationTypes = Object.values(CompensationType) as [
  CompensationType,
  ...CompensationType[],
];
export const closeReasons = Object.values(CloseReason) as [CloseReason, ...CloseReason[]];

export const limits = {
  title: 80,
  summary: 200,
  longText: 4000,
  municipality: 60,
  skills: 1000,
  note: 500,
  onsiteVisits: { min: 0, max: 30 },
  hoursPerWeek: { min: 1, max: 60 },
  durationMonths: { min: 1, max: 36 },
  monthlyYen: { min: 10_000, max: 3_000_000 },
  hourlyYen: { min: 1_000, max: 50_000 },
} as const;

function text(max: number) {
  return z
    .string({ error: "reference.errors.required" })
    .trim()
    .min(1, { error: "reference.errors.required" })
    .max(max, { error: "reference.errors.tooLong" });
}

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: "reference.errors.tooLong" })
    .optional()
    .transform((value) => value ?? "");
}

function integer(min: number, max: number, outOfRange: string) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? "reference.errors.required" : "reference.errors.integer",
    })
    .int({ error: "reference.errors.integer" })
    .min(min, { error: outOfRange })
    .max(max, { error: outOfRange });
}

const day = z.string().trim().refine(isCalendarDay, { error: "reference.errors.date" }).optional();

export const fields = {
  title: text(limits.title),
  summary: text(limits.summary),
  background: text(limits.longText),
  successCriteria: text(limits.longText),
  deliverables: optionalText(limits.longText),
  category: z.enum(challengeCategories, { error: "challenges.errors.category" }),
  requiredSkills: optionalText(limits.skills),
  niceToHaveSkills: optionalText(limits.skills),
  engagementTypes: z
    .array(z.enum(engagementTypes, { error: "reference.errors.chooseOne" }), {
      error: "reference.errors.chooseOne",
    })
    .min(1, { error: "reference.errors.chooseOne" }),
  workStyle: z.enum(workStyleCodes, { error: "challenges.errors.workStyle" }),
  onsiteVisitsPerMonth: integer(
    limits.onsiteVisits.min,
    limits.onsiteVisits.max,
    "challenges.errors.onsiteRange",
  )
    .optional()
    .transform((value) => value ?? 0),
  hoursPerWeek: integer(
    limits.hoursPerWeek.min,
    limits.hoursPerWeek.max,
    "challenges.errors.hoursRange",
  ),
  durationMonths: integer(
    limits.durationMonths.min,
    limits.durationMonths.max,
    "challenges.errors.durationRange",
  ),
  compensationType: z.enum(compensationTypes, { error: "challenges.errors.compensationType" }),
  compensationMin: integer(0, 100_000_000, "challenges.errors.compensationRange").optional(),
  compensationMax: integer(0, 100_000_000, "challenges.errors.compensationRange").optional(),
  startDate: day,
  applicationDeadline: day,
  prefectureCode: z.enum(prefectureCodes, { error: "reference.errors.prefecture" }),
  municipality: optionalText(limits.municipality),
};

type Issue = { path: string; message: string };

/** REMOTE means no visits; ONSITE means at least one a month. */
export function workStyleIssues(value: {
  workStyle: WorkStyle;
  onsiteVisitsPerMonth: number;
}): Issue[] {
  if (value.workStyle === "REMOTE" && value.onsiteVisitsPerMonth !== 0) {
    return [{ path: "onsiteVisitsPerMonth", message: "challenges.errors.onsiteRemote" }];
  }
  if (value.workStyle === "ONSITE" && value.onsiteVisitsPerMonth < 1) {
    return [{ path: "onsiteVisitsPerMonth", message: "challenges.errors.onsiteRequired" }];
  }
  return [];
}

/**
 * Paid work names a yen amount in its range (monthly or hourly, max ≥ min); unpaid
 * work is only offered as pro bono, where no amount makes sense.
 */
export function compensationIssues(value: {
  compensationType: CompensationType;
  compensationMin?: number | null;
  compensationMax?: number | null;
  engagementTypes: readonly EngagementType[];
}): Issue[] {
  // Object rules also run when a field failed on its own: judge only what parsed.
  if (!compensationTypes.includes(value.compensationType)) return [];
  const min = value.compensationMin ?? undefined;
  const max = value.compensationMax ?? undefined;
  if (value.compensationType === "NONE") {
    const issues: Issue[] = [];
    if (!(value.engagementTypes ?? []).includes("PRO_BONO")) {
      issues.push({ path: "compensationType", message: "challenges.errors.unpaidNeedsProBono" });
    }
    if (min !== undefined || max !== undefined) {
      issues.push({ path: "compensationMin", message: "challenges.errors.unpaidNoAmount" });
    }
    return issues;
  }
  const range = value.compensationType === "MONTHLY" ? limits.monthlyYen : limits.hourlyYen;
  const rangeMessage =
    value.compensationType === "MONTHLY"
      ? "challenges.errors.monthlyRange"
      : "challenges.errors.hourlyRange";
  const issues: Issue[] = [];
  if (min === undefined) {
    issues.push({ path: "compensationMin", message: "challenges.errors.compensationRequired" });
  } else if (min < range.min || min > range.max) {
    issues.push({ path: "compensationMin", message: rangeMessage });
  }
  if (max !== undefined) {
    if (max < range.min || max > range.max) {
      issues.push({ path: "compensationMax", message: rangeMessage });
    } else if (min !== undefined && max < min) {
      issues.push({ path: "compensationMax", message: "challenges.errors.maxBelowMin" });
    }
  }
  return issues;
}

/** The application deadline comes no later than the start date. */
export function dateIssues(value: { startDate?: string; applicationDeadline?: string }): Issue[] {
  const { startDate, applicationDeadline } = value;
  if (!startDate || !applicationDeadline) return [];
  if (!isCalendarDay(startDate) || !isCalendarDay(applicationDeadline)) return [];
  if (applicationDeadline > startDate) {
    return [{ path: "applicationDeadline", message: "challenges.errors.deadlineAfterStart" }];
  }
  return [];
}

function addIssues(ctx: z.RefinementCtx, issues: Issue[]) {
  for (const issue of issues) {
    ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  }
}

/** The whole challenge: the plain form and the edit page. */
export const challengeFormSchema = z.object(fields).superRefine((value, ctx) => {
  addIssues(ctx, [...workStyleIssues(value), ...compensationIssues(value), ...dateIssues(value)]);
});
export type ChallengeFormValue = z.output<typeof challengeFormSchema>;
export type ChallengeFormInput = z.input<typeof challengeFormSchema>;

// ---------------------------------------------------------------------------
// The scoping wizard: one schema per step; each step saves what it asks for.
// ---------------------------------------------------------------------------

export const wizardSteps = [1, 2, 3, 4, 5, 6] as const;
export type WizardStep = (typeof wizardSteps)[number];

export const wizardStep1Schema = z.object({ category: fields.category, title: fields.title });
export const wizardStep2Schema = z.object({
  summary: fields.summary,
  background: fields.background,
});
export const wizardStep3Schema = z.object({
  successCriteria: fields.successCriteria,
  deliverables: fields.deliverables,
});
export const wizardStep4Schema = z
  .object({
    requiredSkills: fields.requiredSkills,
    niceToHaveSkills: fields.niceToHaveSkills,
    engagementTypes: fields.engagementTypes,
    workStyle: fields.workStyle,
    onsiteVisitsPerMonth: fields.onsiteVisitsPerMonth,
  })
  .superRefine((value, ctx) => addIssues(ctx, workStyleIssues(value)));

/** Step 5 checks the pay against the engagement types saved at step 4. */
export function wizardStep5Schema(savedEngagementTypes: readonly EngagementType[]) {
  return z
    .object({
      hoursPerWeek: fields.hoursPerWeek,
      durationMonths: fields.durationMonths,
      compensationType: fields.compensationType,
      compensationMin: fields.compensationMin,
      compensationMax: fields.compensationMax,
      startDate: fields.startDate,
      applicationDeadline: fields.applicationDeadline,
      prefectureCode: fields.prefectureCode,
      municipality: fields.municipality,
    })
    .superRefine((value, ctx) => {
      addIssues(ctx, [
        ...compensationIssues({ ...value, engagementTypes: savedEngagementTypes }),
        ...dateIssues(value),
      ]);
    });
}

export const wizardStep6Schema = z.object({
  intent: z.enum(["publish", "draft"], { error: "reference.errors.required" }),
});

/** The schema of one wizard step (step 5 needs the engagement types saved at step 4). */
export function wizardStepSchema(
  step: WizardStep,
  savedEngagementTypes: readonly EngagementType[],
) {
  switch (step) {
    case 1:
      return wizardStep1Schema;
    case 2:
      return wizardStep2Schema;
    case 3:
      return wizardStep3Schema;
    case 4:
      return wizardStep4Schema;
    case 5:
      return wizardStep5Schema(savedEngagementTypes);
    case 6:
      return wizardStep6Schema;
  }
}

// ---------------------------------------------------------------------------
// Lifecycle and lists
// ---------------------------------------------------------------------------

export const statusChangeSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("publish") }),
    z.object({ intent: z.literal("pause") }),
    z.object({ intent: z.literal("resume") }),
    z.object({
      intent: z.literal("close"),
      closeReason: z.enum(closeReasons, { error: "challenges.errors.closeReason" }),
      note: optionalText(limits.note),
    }),
  ],
  { error: "challenges.errors.statusIntent" },
);
export type StatusChangeValue = z.output<typeof statusChangeSchema>;

/** /challenges?category=&prefecture=&page= — anything invalid is simply ignored. */
export function parseListQuery(params: URLSearchParams) {
  const category = z.enum(challengeCategories).safeParse(params.get("category"));
  const prefecture = z.enum(prefectureCodes).safeParse(params.get("prefecture"));
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    category: category.success ? category.data : undefined,
    prefectureCode: prefecture.success ? prefecture.data : undefined,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

export const challengeStatuses = ["DRAFT", "OPEN", "PAUSED", "CLOSED"] as const;
