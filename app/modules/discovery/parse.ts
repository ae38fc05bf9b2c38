/**
 * Reading a search from the URL without ever failing the page: a parameter that does not
 * parse is reported (as a message key, next to its control) and left out, and the search
 * runs with the rest. The JSON API uses the same reading and answers 400 instead.
 */
import { z } from "zod";
import { isMessageKey } from "~/lib/i18n/translate";
import {
  challengeSearchSchema,
  professionalSearchSchema,
  searchParamsObject,
  type ChallengeSearchParams,
  type ProfessionalSearchParams,
} from "~/modules/search/params";

export type FieldErrors = Record<string, string[]>;

/** Every rule in the schemas carries a message key; anything else is a schema-level rule. */
function messageOf(message: string) {
  return isMessageKey(message) ? message : "discovery.errors.invalid";
}

export type Parsed<T> = {
  params: T;
  /** message keys per URL parameter (`pref`, `payMin`…) */
  errors: FieldErrors;
};

function parseWith<S extends z.ZodObject>(
  schema: S,
  searchParams: URLSearchParams,
): Parsed<z.output<S>> {
  const raw = searchParamsObject(withoutEmptyValues(searchParams));
  const first = schema.safeParse(raw);
  if (first.success) return { params: first.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of first.error.issues) {
    const name = String(issue.path[0] ?? "");
    const list = (errors[name] ??= []);
    const message = messageOf(issue.message);
    if (!list.includes(message)) list.push(message);
  }
  const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in errors)));
  const second = schema.safeParse(rest);
  // Every parameter left parsed on its own; the fallback is only for a schema-level rule.
  return { params: second.success ? second.data : schema.parse({}), errors };
}

export function parseChallengeSearch(searchParams: URLSearchParams) {
  return parseWith(challengeSearchSchema, searchParams) as Parsed<ChallengeSearchParams>;
}

export function parseProfessionalSearch(searchParams: URLSearchParams) {
  return parseWith(professionalSearchSchema, searchParams) as Parsed<ProfessionalSearchParams>;
}

/** The parameters every search page and API endpoint reads, in the schemas' order. */
export const challengeParameterNames = Object.keys(challengeSearchSchema.shape) as Array<
  keyof ChallengeSearchParams
>;
export const professionalParameterNames = Object.keys(professionalSearchSchema.shape) as Array<
  keyof ProfessionalSearchParams
>;

/** GET /api/v1/suggest: which index, the text typed so far, how many suggestions. */
export const suggestQuerySchema = z.object({
  index: z.enum(["challenges", "professionals"], "discovery.api.unknownIndex"),
  q: z.string().trim().max(100, "discovery.api.prefixTooLong").default(""),
  limit: z.coerce
    .number("discovery.api.limit")
    .int("discovery.api.limit")
    .min(1, "discovery.api.limit")
    .max(20, "discovery.api.limit")
    .default(8),
});

export function parseSuggestQuery(searchParams: URLSearchParams) {
  const result = suggestQuerySchema.safeParse(Object.fromEntries(searchParams));
  if (result.success) return { params: result.data, errors: {} as FieldErrors };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "");
    (errors[name] ??= []).push(messageOf(issue.message));
  }
  return { params: null, errors };
}

/** Parameter names of the lists these pages replaced, so old links keep their meaning. */
const legacyNames: Record<string, string> = { prefecture: "pref", skill: "q" };

export function withLegacyNames(searchParams: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of searchParams) {
    const renamed = legacyNames[key];
    if (renamed && searchParams.has(renamed)) continue;
    if (renamed && !value) continue;
    next.append(renamed ?? key, value);
  }
  return next;
}

/**
 * The query without empty values ("q=&payMin=" from a plain form's blank fields) and
 * without the default order, as the search form submits it with JavaScript.
 */
export function withoutEmptyValues(searchParams: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of searchParams) {
    if (value.trim() === "" || (key === "sort" && value === "relevance")) continue;
    next.append(key, value);
  }
  return next;
}
