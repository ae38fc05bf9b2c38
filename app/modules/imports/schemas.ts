/**
 * One zod schema per import kind. Input: a row's cells keyed by column name (strings,
 * "" for empty). Output: a normalised row ready to write, or issues whose path is the
 * column and whose message is a message key (vars in `params`). The bounds follow the
 * product forms. Lookups that need the database (company names, skills, existing
 * emails) happen afterwards in validate.server.ts.
 */
import { z } from "zod";
import { emailSchema } from "~/modules/auth/schemas";
import { findIndustryCode } from "~/modules/reference/industries";
import { findPrefectureCode, type PrefectureCode } from "~/modules/reference/prefectures";
import { employeesBands, engagementTypes, workStyles } from "~/modules/reference/work";
import type { ImportKind } from "./columns";
import type { MessageVars, RowError } from "./source";
import {
  categories,
  compensationTypes,
  findCategory,
  findCompensationType,
  findEmployeesBand,
  findEngagementType,
  findImportStatus,
  findLocale,
  findSkillLevel,
  findTieKind,
  findVisibility,
  findWorkStyle,
  importLocales,
  importStatuses,
  parseDate,
  parseInteger,
  type skillLevels,
  splitList,
  type tieKinds,
  todayInJapan,
  visibilities,
} from "./values";

export const LIMITS = {
  companyName: 100,
  municipality: 100,
  website: 500,
  description: 4000,
  title: 80,
  summary: 200,
  longText: 4000,
  headline: 120,
  personName: 100,
  listItems: 30,
  onsiteVisits: [0, 30],
  hoursPerWeek: [1, 60],
  durationMonths: [1, 36],
  monthlyYen: [10_000, 3_000_000],
  hourlyYen: [1_000, 50_000],
  skillYears: [0, 50],
  foundedYearMin: 1800,
} as const;

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string, vars?: MessageVars): never {
  ctx.addIssue({ code: "custom", message, params: vars });
  return z.NEVER;
}

const cell = z.string().default("");

/** Free text: trimmed, CRLF as LF; "" when empty and optional. */
function text(max: number, { required = false } = {}) {
  return cell.transform((raw, ctx) => {
    const value = raw.replace(/\r\n?/g, "\n").trim();
    if (!value) return required ? fail(ctx, "reference.errors.required") : "";
    if (value.length > max) return fail(ctx, "imports.errors.tooLong", { max });
    return value;
  });
}

function integer([min, max]: readonly [number, number]) {
  return cell.transform((raw, ctx): number | null => {
    if (!raw.trim()) return null;
    const value = parseInteger(raw);
    if (value === null) return fail(ctx, "reference.errors.integer");
    if (value < min || value > max) return fail(ctx, "imports.errors.range", { min, max });
    return value;
  });
}

function requiredInteger(range: readonly [number, number]) {
  return integer(range).transform((value, ctx) =>
    value === null ? fail(ctx, "reference.errors.required") : value,
  );
}

function date() {
  return cell.transform((raw, ctx): string | null => {
    if (!raw.trim()) return null;
    return parseDate(raw) ?? fail(ctx, "reference.errors.date");
  });
}

function unknownValue(ctx: Ctx, value: string, allowed: readonly string[]): never {
  return fail(ctx, "imports.errors.unknownValue", {
    value: value.trim(),
    allowed: allowed.join(", "),
  });
}

/** One code from a list; `fallback` when empty (required when there is none). */
function code<Code extends string>(
  find: (text: string) => Code | null,
  allowed: readonly string[],
  fallback?: Code,
) {
  return cell.transform((raw, ctx): Code => {
    if (!raw.trim()) return fallback ?? fail(ctx, "reference.errors.required");
    return find(raw) ?? unknownValue(ctx, raw, allowed);
  });
}

/** Several codes in one cell, kept in the list's order without repeats. */
function codeList<Code extends string>(
  find: (text: string) => Code | null,
  order: readonly Code[],
  { required = false } = {},
) {
  return cell.transform((raw, ctx): Code[] => {
    const items = splitList(raw);
    if (items.length === 0) return required ? fail(ctx, "reference.errors.required") : [];
    const found = new Set<Code>();
    for (const item of items) found.add(find(item) ?? unknownValue(ctx, item, order));
    return order.filter((value) => found.has(value));
  });
}

function prefecture({ required = false } = {}) {
  return cell.transform((raw, ctx): PrefectureCode | null => {
    if (!raw.trim()) return required ? fail(ctx, "reference.errors.required") : null;
    return findPrefectureCode(raw) ?? fail(ctx, "imports.errors.prefecture", { value: raw.trim() });
  });
}

function nameList() {
  return cell.transform((raw, ctx) => {
    const names = splitList(raw.normalize("NFKC"));
    if (names.length > LIMITS.listItems) {
      return fail(ctx, "imports.errors.tooMany", { max: LIMITS.listItems });
    }
    return [...new Set(names)];
  });
}

const optionalEmail = cell.transform((raw, ctx): string | null => {
  if (!raw.trim()) return null;
  const parsed = emailSchema.safeParse(raw);
  return parsed.success ? parsed.data : fail(ctx, "reference.errors.email");
});

const requiredEmail = cell.transform((raw, ctx): string => {
  if (!raw.trim()) return fail(ctx, "reference.errors.required");
  const parsed = emailSchema.safeParse(raw);
  return parsed.success ? parsed.data : fail(ctx, "reference.errors.email");
});

// ---------------------------------------------------------------------------
// Companies

export function companyRowSchema(now = new Date()) {
  const thisYear = Number(todayInJapan(now).slice(0, 4));
  return z
    .object({
      name: text(LIMITS.companyName, { required: true }),
      prefecture: prefecture({ required: true }),
      municipality: text(LIMITS.municipality, { required: true }),
      industry: cell.transform((raw, ctx) => {
        if (!raw.trim()) return fail(ctx, "reference.errors.required");
        return findIndustryCode(raw) ?? fail(ctx, "imports.errors.industry", { value: raw.trim() });
      }),
      employees_band: code(findEmployeesBand, employeesBands),
      founded_year: integer([LIMITS.foundedYearMin, thisYear]),
      website: cell.transform((raw, ctx): string | null => {
        const value = raw.trim();
        if (!value) return null;
        if (value.length > LIMITS.website) {
          return fail(ctx, "imports.errors.tooLong", { max: LIMITS.website });
        }
        return /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value)
          ? value
          : fail(ctx, "reference.errors.url");
      }),
      description: text(LIMITS.description),
      owner_email: optionalEmail,
    })
    .transform((row) => ({
      name: row.name,
      prefectureCode: row.prefecture!,
      municipality: row.municipality,
      industryCode: row.industry,
      employeesBand: row.employees_band,
      foundedYear: row.founded_year,
      website: row.website,
      description: row.description,
      ownerEmail: row.owner_email,
    }));
}
export type CompanyRow = z.output<ReturnType<typeof companyRowSchema>>;

// ---------------------------------------------------------------------------
// Challenges

export function challengeRowSchema(now = new Date()) {
  const today = todayInJapan(now);
  return z
    .object({
      company_name: text(LIMITS.companyName, { required: true }),
      title: text(LIMITS.title, { required: true }),
      summary: text(LIMITS.summary, { required: true }),
      background: text(LIMITS.longText, { required: true }),
      success_criteria: text(LIMITS.longText, { required: true }),
      deliverables: text(LIMITS.longText),
      category: code(findCategory, categories),
      required_skills: nameList(),
      nice_to_have_skills: nameList(),
      engagement_types: codeList(findEngagementType, engagementTypes, { required: true }),
      work_style: code(findWorkStyle, workStyles),
      onsite_visits_per_month: integer(LIMITS.onsiteVisits),
      hours_per_week: requiredInteger(LIMITS.hoursPerWeek),
      duration_months: requiredInteger(LIMITS.durationMonths),
      compensation_type: code(findCompensationType, compensationTypes),
      compensation_min: integer([0, Number.MAX_SAFE_INTEGER]),
      compensation_max: integer([0, Number.MAX_SAFE_INTEGER]),
      start_date: date(),
      application_deadline: date(),
      prefecture: prefecture(),
      municipality: text(LIMITS.municipality),
      status: code(findImportStatus, importStatuses, "DRAFT"),
    })
    .check(
      z.superRefine(
        (row, ctx) => {
          const issue = (path: string, message: string, vars?: MessageVars) =>
            ctx.addIssue({ code: "custom", path: [path], message, params: vars });
          const visits = row.onsite_visits_per_month ?? 0;
          if (typeof visits === "number") {
            if (row.work_style === "REMOTE" && visits !== 0) {
              issue("onsite_visits_per_month", "imports.errors.onsiteRemote");
            }
            if (row.work_style === "ONSITE" && visits < 1) {
              issue("onsite_visits_per_month", "imports.errors.onsiteRequired");
            }
          }
          checkCompensation(row, issue);
          const { start_date: start, application_deadline: deadline } = row;
          if (typeof start === "string" && typeof deadline === "string" && deadline > start) {
            issue("application_deadline", "imports.errors.deadlineAfterStart");
          }
          if (row.status === "OPEN" && typeof deadline === "string" && deadline < today) {
            issue("application_deadline", "imports.errors.deadlinePast");
          }
          if (Array.isArray(row.required_skills) && Array.isArray(row.nice_to_have_skills)) {
            const required = new Set(row.required_skills);
            const both = row.nice_to_have_skills.filter((name) => required.has(name));
            if (both.length > 0) {
              issue("nice_to_have_skills", "imports.errors.skillBoth", { names: both.join("、") });
            }
          }
        },
        { when: () => true },
      ),
    )
    .transform((row) => ({
      companyName: row.company_name,
      title: row.title,
      summary: row.summary,
      background: row.background,
      successCriteria: row.success_criteria,
      deliverables: row.deliverables,
      category: row.category,
      requiredSkills: row.required_skills,
      niceToHaveSkills: row.nice_to_have_skills,
      engagementTypes: row.engagement_types,
      workStyle: row.work_style,
      onsiteVisitsPerMonth: row.onsite_visits_per_month ?? 0,
      hoursPerWeek: row.hours_per_week,
      durationMonths: row.duration_months,
      compensationType: row.compensation_type,
      compensationMin: row.compensation_min,
      compensationMax: row.compensation_max,
      startDate: row.start_date,
      applicationDeadline: row.application_deadline,
      prefectureCode: row.prefecture,
      municipality: row.municipality,
      status: row.status,
    }));
}
export type ChallengeRow = z.output<ReturnType<typeof challengeRowSchema>>;

function checkCompensation(
  row: {
    compensation_type: unknown;
    compensation_min: unknown;
    compensation_max: unknown;
    engagement_types: unknown;
  },
  issue: (path: string, message: string, vars?: MessageVars) => void,
) {
  const { compensation_type: type, compensation_min: min, compensation_max: max } = row;
  if (type === "NONE") {
    if (Array.isArray(row.engagement_types) && !row.engagement_types.includes("PRO_BONO")) {
      issue("compensation_type", "imports.errors.compensationNone");
    }
    if (typeof min === "number") issue("compensation_min", "imports.errors.compensationUnpaid");
    if (typeof max === "number") issue("compensation_max", "imports.errors.compensationUnpaid");
    return;
  }
  if (type !== "MONTHLY" && type !== "HOURLY") return;
  const [low, high] = type === "MONTHLY" ? LIMITS.monthlyYen : LIMITS.hourlyYen;
  if (min === null) issue("compensation_min", "reference.errors.required");
  for (const [path, value] of [
    ["compensation_min", min],
    ["compensation_max", max],
  ] as const) {
    if (typeof value === "number" && (value < low || value > high)) {
      issue(path, "imports.errors.range", { min: low, max: high });
    }
  }
  if (typeof min === "number" && typeof max === "number" && min > max) {
    issue("compensation_max", "imports.errors.minAboveMax");
  }
}

// ---------------------------------------------------------------------------
// Professionals

export type SkillEntry = { name: string; years: number; level: (typeof skillLevels)[number] };
export type TieEntry = { prefectureCode: PrefectureCode; kind: (typeof tieKinds)[number] };

/** "Python:5:ADVANCED|SQL:3|Excel": name, then optional years (default 0) and level. */
const skillEntries = cell.transform((raw, ctx): SkillEntry[] => {
  const entries: SkillEntry[] = [];
  const seen = new Set<string>();
  const items = splitList(raw.normalize("NFKC"));
  if (items.length > LIMITS.listItems) {
    return fail(ctx, "imports.errors.tooMany", { max: LIMITS.listItems });
  }
  for (const item of items) {
    const [name = "", years = "", level = "", ...rest] = item.split(":").map((part) => part.trim());
    const parsedYears = years ? parseInteger(years) : 0;
    const parsedLevel = level ? findSkillLevel(level) : "INTERMEDIATE";
    const [minYears, maxYears] = LIMITS.skillYears;
    if (
      !name ||
      rest.length > 0 ||
      parsedYears === null ||
      parsedYears < minYears ||
      parsedYears > maxYears ||
      parsedLevel === null
    ) {
      return fail(ctx, "imports.errors.skillFormat", { value: item });
    }
    if (seen.has(name)) continue;
    seen.add(name);
    entries.push({ name, years: parsedYears, level: parsedLevel });
  }
  return entries;
});

/** "長野県:BIRTHPLACE|高知:家族": prefecture, then an optional kind (default OTHER). */
const hometownEntries = cell.transform((raw, ctx): TieEntry[] => {
  const entries: TieEntry[] = [];
  for (const item of splitList(raw)) {
    const [place = "", kind = "", ...rest] = item
      .normalize("NFKC")
      .split(":")
      .map((part) => part.trim());
    const prefectureCode = findPrefectureCode(place);
    const tieKind = kind ? findTieKind(kind) : "OTHER";
    if (!prefectureCode || !tieKind || rest.length > 0) {
      return fail(ctx, "imports.errors.hometownFormat", { value: item });
    }
    if (
      !entries.some((entry) => entry.prefectureCode === prefectureCode && entry.kind === tieKind)
    ) {
      entries.push({ prefectureCode, kind: tieKind });
    }
  }
  if (entries.length > LIMITS.listItems) {
    return fail(ctx, "imports.errors.tooMany", { max: LIMITS.listItems });
  }
  return entries;
});

const prefectureList = cell.transform((raw, ctx): PrefectureCode[] => {
  const codes = new Set<PrefectureCode>();
  for (const item of splitList(raw)) {
    codes.add(findPrefectureCode(item) ?? fail(ctx, "imports.errors.prefecture", { value: item }));
  }
  return [...codes].sort();
});

export function professionalRowSchema() {
  return z
    .object({
      email: requiredEmail,
      name: text(LIMITS.personName, { required: true }),
      locale: code(findLocale, importLocales, "ja"),
      headline: text(LIMITS.headline),
      bio: text(LIMITS.longText),
      skills: skillEntries,
      engagement_types: codeList(findEngagementType, engagementTypes),
      work_styles: codeList(findWorkStyle, workStyles),
      onsite_visits_per_month: integer(LIMITS.onsiteVisits),
      hours_per_week: integer(LIMITS.hoursPerWeek),
      available_from: date(),
      expected_monthly_yen: integer(LIMITS.monthlyYen),
      expected_hourly_yen: integer(LIMITS.hourlyYen),
      regions: prefectureList,
      hometown: hometownEntries,
      visibility: code(findVisibility, visibilities, "SIGNED_IN"),
    })
    .transform((row) => ({
      email: row.email,
      name: row.name,
      locale: row.locale,
      headline: row.headline,
      bio: row.bio,
      skills: row.skills,
      engagementTypes: row.engagement_types,
      workStyles: row.work_styles,
      onsiteVisitsPerMonth: row.onsite_visits_per_month ?? 0,
      hoursPerWeek: row.hours_per_week,
      availableFrom: row.available_from,
      expectedMonthlyYen: row.expected_monthly_yen,
      expectedHourlyYen: row.expected_hourly_yen,
      regions: row.regions,
      hometown: row.hometown,
      visibility: row.visibility,
    }));
}
export type ProfessionalRow = z.output<ReturnType<typeof professionalRowSchema>>;

export type RowSchemaOutput = {
  COMPANIES: CompanyRow;
  CHALLENGES: ChallengeRow;
  PROFESSIONALS: ProfessionalRow;
};

export function rowSchemaFor(kind: ImportKind, now = new Date()) {
  switch (kind) {
    case "COMPANIES":
      return companyRowSchema(now);
    case "CHALLENGES":
      return challengeRowSchema(now);
    case "PROFESSIONALS":
      return professionalRowSchema();
  }
}

/** zod issues of one row → `row N: field: message` errors, in column order. */
export function issuesToErrors(row: number, issues: readonly z.core.$ZodIssue[]): RowError[] {
  return issues.map((issue) => {
    const vars = (issue as { params?: MessageVars }).params;
    return {
      row,
      field: String(issue.path[0] ?? ""),
      message: issue.message,
      ...(vars ? { vars } : {}),
    };
  });
}
