import type { AppLoadContext } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate } from "~/lib/i18n/translate";
import { getOptionalUser } from "~/modules/auth/guards.server";
import { rankSkills } from "./search";

/** /api/skills: suggestions for the skill names input, for signed-in users. */

export type SkillSuggestion = { slug: string; name: string; nameJa: string; nameEn: string };

/** An RFC 9457 problem response. */
export function problem(status: number, title: string, detail?: string) {
  return new Response(
    JSON.stringify({ type: "about:blank", title, status, ...(detail ? { detail } : {}) }),
    {
      status,
      headers: {
        "Content-Type": "application/problem+json; charset=utf-8",
        "Cache-Control": "no-store",
      },
    },
  );
}

/** The signed-in user, or a 401 problem (an API answers JSON, not a login redirect). */
export async function requireApiUser(request: Request, context: AppLoadContext) {
  const user = await getOptionalUser(request, context);
  if (!user) {
    const locale = await resolveLocale(request);
    throw problem(
      401,
      translate(locale, "skills.api.unauthorized"),
      translate(locale, "skills.api.unauthorizedDetail"),
    );
  }
  return user;
}

/** Up to `limit` skills for `query`: exact and prefix matches on any spelling first. */
export async function suggestSkills(
  query: string,
  limit: number,
  locale: Locale,
): Promise<SkillSuggestion[]> {
  if (!query) return [];
  const rows = await db.skill.findMany({
    select: { slug: true, nameJa: true, nameEn: true, aliases: true },
  });
  // Within a rank, short names first: "SEO" before "ローカルSEO".
  const name = (row: (typeof rows)[number]) => (locale === "ja" ? row.nameJa : row.nameEn);
  rows.sort((a, b) => name(a).length - name(b).length || a.slug.localeCompare(b.slug));
  return rankSkills(rows, query)
    .slice(0, limit)
    .map(({ slug, nameJa, nameEn }) => ({
      slug,
      name: locale === "ja" ? nameJa : nameEn,
      nameJa,
      nameEn,
    }));
}
