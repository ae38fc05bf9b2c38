import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { getTranslator, translateError } from "./translate";

/** The locale the root loader chose; falls back to the page's lang when the root failed. */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: string }>("root");
  if (isLocale(data?.locale)) return data.locale;
  if (typeof document !== "undefined" && isLocale(document.documentElement.lang)) {
    return document.documentElement.lang;
  }
  return defaultLocale;
}

export function useT() {
  const locale = useLocale();
  return useMemo(() => getTranslator(locale), [locale]);
}

export function useTranslateError() {
  const locale = useLocale();
  return (message: string) => translateError(locale, message);
}
