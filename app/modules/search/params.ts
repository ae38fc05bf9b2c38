/**
 * What a search asks for, read from the URL. One schema per index, shared by the
 * search pages, the JSON API (/api/v1/…) and saved searches, so a saved search or an
 * API call means exactly what the page shows.
 */
import { z } from "zod";
import { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { prefectureCodes, regionBlocks } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";

/** A repeated URL parameter (?category=A&category=B) or a comma list (?category=A,B). */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => {
      if (value === undefined || value === null || value === "") return [];
      const values = Array.isArray(value) ? value : [value];
      return values
        .flatMap((entry) => String(entry).split(","))
        .map((entry) => entry.trim())
        .filter(Boolean);
    },
    z.array(item).max(50, "search.errors.tooMany"),
  );
}

const page = z.coerce
  .number("search.errors.page")
  .int("search.errors.page")
  .min(1, "search.errors.page")
  .max(500, "search.errors.page")
  .default(1);

const text = z
  .string()
  .trim()
  .max(200, "search.errors.queryTooLong")
  .optional()
  .transform((value) => value || undefined);

const flag = z
  .enum(["1", "true", "on"], "search.errors.flag")
  .optional()
  .transform((value) => value !== undefined);

export const challengeSorts = ["relevance", "newest", "deadline"] as const;

export const challengeSearchSchema = z.object({
  q: text,
  region: list(z.enum(regionBlocks, "search.errors.region")),
  pref: list(z.enum(prefectureCodes, "search.errors.prefecture")),
  category: list(z.enum(ChallengeCategory, "search.errors.category")),
  engagement: list(z.enum(engagementTypes, "search.errors.engagement")),
  style: list(z.enum(WorkStyle, "search.errors.workStyle")),
  /** remote or hybrid work is possible */
  remote: flag,
  /** monthly-equivalent pay of at least this many yen */
  payMin: z.coerce
    .number("search.errors.pay")
    .int("search.errors.pay")
    .min(0, "search.errors.pay")
    .max(10_000_000, "search.errors.pay")
    .optional(),
  sort: z.enum(challengeSorts, "search.errors.sort").default("relevance"),
  page,
});
export type ChallengeSearchParams = z.infer<typeof challengeSearchSchema>;

export const professionalSorts = ["relevance", "updated", "available"] as const;

export const professionalSearchSchema = z.object({
  q: text,
  region: list(z.enum(regionBlocks, "search.errors.region")),
  /** prefectures of interest or of a hometown tie */
  pref: list(z.enum(prefectureCodes, "search.errors.prefecture")),
  /** only professionals with a hometown tie (ふるさと) to the chosen prefectures or regions */
  tie: flag,
  engagement: list(z.enum(engagementTypes, "search.errors.engagement")),
  style: list(z.enum(WorkStyle, "search.errors.workStyle")),
  /** available at least this many hours a week */
  hoursMin: z.coerce
    .number("search.errors.hours")
    .int("search.errors.hours")
    .min(0, "search.errors.hours")
    .max(80, "search.errors.hours")
    .optional(),
  sort: z.enum(professionalSorts, "search.errors.sort").default("relevance"),
  page,
});
export type ProfessionalSearchParams = z.infer<typeof professionalSearchSchema>;

/** URLSearchParams → the plain object the schemas read (repeated keys become arrays). */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

/** The canonical query string of a search (stable key order; defaults left out). */
export function toQueryString(params: ChallengeSearchParams | ProfessionalSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params).sort(([a], [b]) => a.localeCompare(b))) {
    if (value === undefined || value === false) continue;
    if (key === "page" && value === 1) continue;
    if (key === "sort" && value === "relevance") continue;
    if (Array.isArray(value)) for (const item of value) query.append(key, String(item));
    else query.set(key, value === true ? "1" : String(value));
  }
  return query.toString();
}
