/**
 * Renders a scoring reason (score.ts) as text in the viewer's language. Reasons carry
 * raw params; this file knows how each param name is shown: prefecture codes and skill
 * names per locale, dates in Japan time, yen as "月40万円" / "¥400,000/month", and code
 * lists through the shared reference labels. Pure; safe in the browser (type imports
 * only from score.ts, so the analyser never reaches the client bundle).
 */
import { formatDate, formatNumber, type Locale } from "~/lib/i18n/locales";
import type { MessageKey, MessageVars, Translate } from "~/lib/i18n/translate";
import { prefectureName, regionBlocks, type RegionBlock } from "~/modules/reference/prefectures";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import type { MatchReason } from "./score";

export type YenUnit = "month" | "hour";

/** "月40万円" / "時給5,000円" in Japanese, "¥400,000/month" / "¥5,000/hour" in English. */
export function formatYen(amount: number, unit: YenUnit, t: Translate, locale: Locale): string {
  const yen = Math.round(amount);
  let figure: string;
  if (locale === "ja") {
    figure =
      unit === "month" && yen >= 10_000
        ? `${formatNumber(locale, Math.round(yen / 1_000) / 10)}万円`
        : `${formatNumber(locale, yen)}円`;
  } else {
    figure = `¥${formatNumber(locale, yen)}`;
  }
  return t(unit === "month" ? "scoring.yen.month" : "scoring.yen.hour", { amount: figure });
}

/** "A と B" / "A、B と C" in Japanese; "A and B" / "A, B and C" in English. */
export function joinNames(names: readonly string[], locale: Locale, word?: "or"): string {
  if (names.length <= 1) return names[0] ?? "";
  const conjunction = locale === "ja" ? " と " : word === "or" ? " or " : " and ";
  const separator = locale === "ja" ? "、" : ", ";
  return names.slice(0, -1).join(separator) + conjunction + names[names.length - 1]!;
}

/** "2" (the template says 月{visits}回) / "twice" (Can visit {visits} a month). */
function timesAMonth(value: number, locale: Locale): string {
  if (locale === "ja") return formatNumber(locale, value);
  if (value === 1) return "once";
  if (value === 2) return "twice";
  return `${formatNumber(locale, value)} times`;
}

function lowerFirst(text: string, locale: Locale): string {
  return locale === "en" ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function codesOf<Code extends string>(value: string | number, known: readonly Code[]): Code[] {
  const codes = String(value).split(",");
  return known.filter((code) => codes.includes(code));
}

function isBlock(value: string): value is RegionBlock {
  return (regionBlocks as readonly string[]).includes(value);
}

const LIST_SEPARATOR = "\n";
const listOf = (value: string | number) =>
  String(value)
    .split(LIST_SEPARATOR)
    .filter((item) => item.length > 0);

/** The template variables of a reason, formatted for `locale`. */
export function reasonVars(reason: MatchReason, t: Translate, locale: Locale): MessageVars {
  const params = reason.params;
  const vars: MessageVars = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith("Unit")) continue;
    if (name === "prefecture") {
      vars[name] = prefectureName(String(value), locale);
    } else if (name === "block") {
      vars[name] = isBlock(String(value))
        ? t(`scoring.block.${String(value) as RegionBlock}`)
        : String(value);
    } else if (name === "namesJa" || name === "namesEn") {
      if ((name === "namesJa") === (locale === "ja")) vars.names = joinNames(listOf(value), locale);
    } else if (name === "terms") {
      const terms = listOf(value).map((term) => (locale === "ja" ? `「${term}」` : `"${term}"`));
      vars[name] = terms.join(locale === "ja" ? "" : ", ");
    } else if (name === "more") {
      vars[name] =
        Number(value) > 0 ? t("scoring.reason.skillsMore", { count: Number(value) }) : "";
    } else if (name.endsWith("Date")) {
      const date = new Date(String(value));
      vars[name] = Number.isFinite(date.getTime()) ? formatDate(locale, date) : String(value);
    } else if (name.endsWith("Yen")) {
      const base = name.slice(0, -"Yen".length);
      const unit: YenUnit = params[`${base}Unit`] === "hour" ? "hour" : "month";
      vars[base] = formatYen(Number(value), unit, t, locale);
    } else if (name === "visits" || name === "needed") {
      vars[name] =
        reason.key.startsWith("scoring.reason.visits") && typeof value === "number"
          ? timesAMonth(value, locale)
          : typeof value === "number"
            ? formatNumber(locale, value)
            : value;
    } else if (name === "engagements" || name === "offered" || name === "wanted") {
      const labels = codesOf(value, engagementTypes).map((code) =>
        lowerFirst(t(`reference.engagement.${code}`), locale),
      );
      vars[name] =
        name === "engagements"
          ? locale === "ja"
            ? labels.join("、")
            : joinNames(labels, locale, "or")
          : labels.join(locale === "ja" ? "、" : ", ");
    } else if (name === "style" || name === "styles") {
      const labels = codesOf(value, workStyles).map((code) =>
        lowerFirst(t(`reference.workStyle.${code}`), locale),
      );
      vars[name] = locale === "ja" ? labels.join("・") : joinNames(labels, locale, "or");
    } else {
      vars[name] = typeof value === "number" ? formatNumber(locale, value) : value;
    }
  }
  return vars;
}

/** The reason as one line of text in `locale` ("必須スキル3件中3件一致", "From Nagano"). */
export function reasonText(reason: MatchReason, t: Translate, locale: Locale): string {
  return t(reason.key satisfies MessageKey, reasonVars(reason, t, locale));
}
