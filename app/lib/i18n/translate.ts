import type { Locale } from "./locales";
import { en } from "./messages/en";
import { ja } from "./messages/ja";

export type MessageKey = keyof typeof ja;
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { ja, en };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(ja, value);
}

export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export function getTranslator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}

/** Validation errors carry message keys; anything else (already text) passes through. */
export function translateError(locale: Locale, message: string): string {
  return isMessageKey(message) ? translate(locale, message) : message;
}
