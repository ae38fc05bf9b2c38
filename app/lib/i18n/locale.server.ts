import { createCookie } from "@remix-run/node";
import { usesSecureCookies } from "../env.server";
import { defaultLocale, isLocale, negotiateLocale, type Locale } from "./locales";

export const localeCookie = createCookie("enishi_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: usesSecureCookies(),
  maxAge: 60 * 60 * 24 * 365,
});

/** The user's setting, then the cookie, then Accept-Language, then Japanese. */
export async function resolveLocale(
  request: Request,
  user?: { locale: string } | null,
): Promise<Locale> {
  if (user && isLocale(user.locale)) return user.locale;
  const fromCookie: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale(request.headers.get("Accept-Language")) ?? defaultLocale;
}
