import { z } from "zod";
import { industryCodes } from "~/modules/reference/industries";
import { prefectureCodes } from "~/modules/reference/prefectures";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { profileVisibilities } from "./visibility";

/**
 * One schema per section of the profile, shared by the form in the browser and the
 * action on the server. Error messages are message keys (see app/modules/auth/schemas.ts).
 */

export const skillLevels = ["BASIC", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const;
export type SkillLevel = (typeof skillLevels)[number];

export const tieKinds = ["BIRTHPLACE", "PAST_RESIDENCE", "FAMILY", "OTHER"] as const;
export type TieKind = (typeof tieKinds)[number];

export const languageLevels = ["NATIVE", "FLUENT", "BUSINESS", "CONVERSATIONAL", "BASIC"] as const;
export type LanguageLevel = (typeof languageLevels)[number];

export const MAX_SKILLS = 30;
export const MAX_CAREERS = 20;
export const MAX_TIES = 10;
export const MAX_CREDENTIAL_ROWS = 20;
export const MAX_LINKS = 10;
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

function requiredText(max: number) {
  return z
    .string({ error: "reference.errors.required" })
    .trim()
    .min(1, { error: "reference.errors.required" })
    .max(max, { error: "reference.errors.tooLong" });
}

function optionalText(max: number) {
  return z.string().trim().max(max, { error: "reference.errors.tooLong" }).optional();
}

function integer(min: number, max: number) {
  return z
    .number({ error: "reference.errors.integer" })
    .int({ error: "reference.errors.integer" })
    .min(min, { error: "professionals.errors.range" })
    .max(max, { error: "professionals.errors.range" });
}

const year = integer(MIN_YEAR, MAX_YEAR);

export const basicsSchema = z.object({
  headline: optionalText(120),
  bio: optionalText(4000),
  currentEmployer: optionalText(120),
  currentIndustryCode: z.enum(industryCodes, { error: "reference.errors.industry" }).optional(),
});
export type BasicsInput = z.infer<typeof basicsSchema>;

export const skillRowSchema = z.object({
  name: requiredText(80),
  years: integer(0, 50),
  level: z.enum(skillLevels, { error: "professionals.errors.level" }),
});

export const skillsSchema = z.object({
  skills: z.array(skillRowSchema).max(MAX_SKILLS, { error: "professionals.errors.tooMany" }),
});
export type SkillsInput = z.infer<typeof skillsSchema>;

export const careerRowSchema = z
  .object({
    organisation: requiredText(120),
    industryCode: z.enum(industryCodes, { error: "reference.errors.industry" }).optional(),
    title: requiredText(120),
    startYear: year,
    /** empty while it is the current job */
    endYear: year.optional(),
    description: optionalText(2000),
  })
  .refine((row) => row.endYear === undefined || row.endYear >= row.startYear, {
    path: ["endYear"],
    error: "professionals.errors.endBeforeStart",
  });

export const careerSchema = z.object({
  careers: z.array(careerRowSchema).max(MAX_CAREERS, { error: "professionals.errors.tooMany" }),
});
export type CareerInput = z.infer<typeof careerSchema>;

export const industriesSchema = z.object({
  industryCodes: z.array(z.enum(industryCodes, { error: "reference.errors.industry" })),
});

export const certificateSchema = z.object({
  name: requiredText(120),
  issuer: optionalText(120),
  year: year.optional(),
});
export const languageSchema = z.object({
  language: requiredText(40),
  level: z.enum(languageLevels, { error: "professionals.errors.level" }),
});
export const linkSchema = z.object({
  label: requiredText(60),
  url: z
    .string({ error: "reference.errors.required" })
    .trim()
    .max(500, { error: "reference.errors.tooLong" })
    .refine(isWebUrl, { error: "reference.errors.url" }),
});
export type Certificate = z.infer<typeof certificateSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Link = z.infer<typeof linkSchema>;

function isWebUrl(value: string) {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export const credentialsSchema = z.object({
  certificates: z
    .array(certificateSchema)
    .max(MAX_CREDENTIAL_ROWS, { error: "professionals.errors.tooMany" }),
  languages: z
    .array(languageSchema)
    .max(MAX_CREDENTIAL_ROWS, { error: "professionals.errors.tooMany" }),
  links: z.array(linkSchema).max(MAX_LINKS, { error: "professionals.errors.tooMany" }),
});
export type CredentialsInput = z.infer<typeof credentialsSchema>;

export const preferencesSchema = z.object({
  engagementTypes: z.array(z.enum(engagementTypes, { error: "professionals.errors.choice" })),
  workStyles: z.array(z.enum(workStyles, { error: "professionals.errors.choice" })),
  onsiteVisitsPerMonth: integer(0, 30).optional(),
  hoursPerWeek: integer(1, 80).optional(),
  availableFrom: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "reference.errors.date" })
    .refine(isCalendarDate, { error: "reference.errors.date" })
    .optional(),
  expectedMonthlyYen: integer(0, 100_000_000).optional(),
  expectedHourlyYen: integer(0, 1_000_000).optional(),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;

function isCalendarDate(value: string) {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const tieRowSchema = z.object({
  prefectureCode: z.enum(prefectureCodes, { error: "reference.errors.prefecture" }),
  municipality: optionalText(60),
  kind: z.enum(tieKinds, { error: "professionals.errors.choice" }),
  note: optionalText(200),
});

export const regionsSchema = z.object({
  regions: z.array(z.enum(prefectureCodes, { error: "reference.errors.prefecture" })),
  ties: z.array(tieRowSchema).max(MAX_TIES, { error: "professionals.errors.tooMany" }),
});
export type RegionsInput = z.infer<typeof regionsSchema>;

export const visibilitySchema = z.object({
  intent: z.literal("visibility"),
  visibility: z.enum(profileVisibilities, { error: "professionals.errors.choice" }),
});

export const blockSchema = z.object({
  intent: z.enum(["block", "unblock"]),
  companyId: z.string({ error: "reference.errors.required" }).min(1).max(40),
});

export const privacyActionSchema = z.discriminatedUnion("intent", [visibilitySchema, blockSchema]);

export const companySearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
});

/** Filters of /pros, read from the query string. */
export const prosFiltersSchema = z.object({
  prefecture: z.enum(prefectureCodes).optional().catch(undefined),
  skill: z.string().trim().max(80).optional().catch(undefined),
  engagement: z.enum(engagementTypes).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ProsFilters = z.infer<typeof prosFiltersSchema>;

/** Japan's calendar day of a date, as the YYYY-MM-DD a date input shows. */
export function toDateInput(date: Date | string | null | undefined): string | undefined {
  if (!date) return undefined;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date(date));
}

/** A date input's YYYY-MM-DD as midnight in Japan. */
export function fromDateInput(value: string): Date {
  return new Date(`${value}T00:00:00+09:00`);
}

// The JSON text columns: validated on the way in (above) and on the way out (here), so a
// row written by hand or by an older version never reaches a page in a shape it cannot show.
const storedCertificates = z.array(certificateSchema);
const storedLanguages = z.array(languageSchema);
const storedLinks = z.array(linkSchema);

function readJsonList<T>(stored: string, schema: z.ZodType<T[]>): T[] {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  // Keep the rows that are still valid rather than losing them all.
  return value.flatMap((item: unknown) => {
    const one = schema.safeParse([item]);
    return one.success ? one.data : [];
  });
}

export const readCertificates = (stored: string) => readJsonList(stored, storedCertificates);
export const readLanguages = (stored: string) => readJsonList(stored, storedLanguages);
export const readLinks = (stored: string) => readJsonList(stored, storedLinks);

export function writeCertificates(rows: Certificate[]) {
  return JSON.stringify(storedCertificates.parse(rows));
}
export function writeLanguages(rows: Language[]) {
  return JSON.stringify(storedLanguages.parse(rows));
}
export function writeLinks(rows: Link[]) {
  return JSON.stringify(storedLinks.parse(rows));
}
