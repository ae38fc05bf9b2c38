/**
 * A saved search's filters in words ("「DX」・長野県・DX・IT導入・リモート可"), in the
 * reader's language. Pure: used for the default name, the /searches list and the digest.
 */
import type { Locale } from "~/lib/i18n/locales";
import { translate, type MessageKey } from "~/lib/i18n/translate";
import { prefectureName } from "~/modules/reference/prefectures";
import {
  challengeSearchSchema,
  professionalSearchSchema,
  searchParamsObject,
  type ChallengeSearchParams,
  type ProfessionalSearchParams,
} from "~/modules/search/params";
import type { SearchKind } from "./kinds";

export type ParsedSearch =
  | { kind: "challenges"; params: ChallengeSearchParams }
  | { kind: "professionals"; params: ProfessionalSearchParams };

/** Reads a stored or submitted query string with its kind's search schema; null when invalid. */
export function parseSearchQuery(kind: SearchKind, query: string): ParsedSearch | null {
  const raw = searchParamsObject(new URLSearchParams(query));
  if (kind === "challenges") {
    const parsed = challengeSearchSchema.safeParse(raw);
    return parsed.success ? { kind, params: parsed.data } : null;
  }
  const parsed = professionalSearchSchema.safeParse(raw);
  return parsed.success ? { kind, params: parsed.data } : null;
}

const separator: Record<Locale, string> = { ja: "・", en: " · " };

export function summaryParts(search: ParsedSearch, locale: Locale): string[] {
  const t = (key: MessageKey, vars?: Record<string, string | number>) =>
    translate(locale, key, vars);
  const number = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US");
  const { params } = search;
  const parts: string[] = [];
  if (params.q) parts.push(t("alerts.summary.keywords", { q: params.q }));
  for (const region of params.region) parts.push(t(`alerts.region.${region}`));
  for (const code of params.pref) parts.push(prefectureName(code, locale));
  if (search.kind === "challenges") {
    for (const category of search.params.category) parts.push(t(`reference.category.${category}`));
  }
  for (const engagement of params.engagement) parts.push(t(`reference.engagement.${engagement}`));
  for (const style of params.style) parts.push(t(`reference.workStyle.${style}`));
  if (search.kind === "challenges") {
    if (search.params.remote) parts.push(t("alerts.summary.remote"));
    if (search.params.payMin !== undefined) {
      parts.push(t("alerts.summary.payMin", { amount: number.format(search.params.payMin) }));
    }
    if (search.params.sort !== "relevance")
      parts.push(t(`alerts.summary.sort.${search.params.sort}`));
  } else {
    if (search.params.tie) parts.push(t("alerts.summary.tie"));
    if (search.params.hoursMin !== undefined) {
      parts.push(t("alerts.summary.hoursMin", { hours: search.params.hoursMin }));
    }
    if (search.params.sort !== "relevance")
      parts.push(t(`alerts.summary.sort.${search.params.sort}`));
  }
  return parts;
}

/** The filters in words; "すべての課題" when there are none, or the query is unreadable. */
export function summarizeSearch(kind: SearchKind, query: string, locale: Locale): string {
  const parsed = parseSearchQuery(kind, query);
  const parts = parsed ? summaryParts(parsed, locale) : [];
  if (parts.length === 0) {
    return translate(
      locale,
      kind === "challenges" ? "alerts.summary.allChallenges" : "alerts.summary.allProfessionals",
    );
  }
  return parts.join(separator[locale]);
}

/** A default name for a new saved search: the summary, cut to fit the name's 80 characters. */
export function defaultSearchName(kind: SearchKind, query: string, locale: Locale): string {
  const summary = summarizeSearch(kind, query, locale);
  return summary.length <= 80 ? summary : `${summary.slice(0, 79)}…`;
}
