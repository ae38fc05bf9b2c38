import type { MetaDescriptor } from "@remix-run/node";
import { defaultLocale, isLocale } from "~/lib/i18n/locales";
import { translate, type MessageKey } from "~/lib/i18n/translate";

type Match = { id: string; data: unknown };

/** "<page> | Enishi" in the language the root loader chose. */
export function pageTitle(matches: Match[], key: MessageKey): MetaDescriptor[] {
  const rootData = matches.find((match) => match.id === "root")?.data as
    { locale?: string } | undefined;
  const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale;
  return [{ title: `${translate(locale, key)} | ${translate(locale, "app.name")}` }];
}
