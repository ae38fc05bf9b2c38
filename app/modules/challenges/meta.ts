import type { MetaDescriptor } from "@remix-run/node";
import { defaultLocale, isLocale, type Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";

type Match = { id: string; data: unknown };

export function localeOf(matches: Match[]): Locale {
  const rootData = matches.find((match) => match.id === "root")?.data as
    { locale?: string } | undefined;
  return isLocale(rootData?.locale) ? rootData.locale : defaultLocale;
}

/**
 * Title, description, canonical link and OpenGraph tags for a public page. Route meta
 * replaces the root's, so the description is repeated here.
 */
export function publicPageMeta(
  locale: Locale,
  page: { title: string; description: string; url: string; type: "website" | "article" },
): MetaDescriptor[] {
  const siteName = translate(locale, "app.name");
  return [
    { title: `${page.title} | ${siteName}` },
    { name: "description", content: page.description },
    { tagName: "link", rel: "canonical", href: page.url },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:type", content: page.type },
    { property: "og:url", content: page.url },
    { property: "og:site_name", content: siteName },
    { property: "og:locale", content: locale === "ja" ? "ja_JP" : "en_US" },
  ];
}
