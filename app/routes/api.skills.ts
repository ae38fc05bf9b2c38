import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { translate } from "~/lib/i18n/translate";
import { suggestionQuerySchema } from "~/modules/skills/schemas";
import { problem, requireApiUser, suggestSkills } from "~/modules/skills/suggest.server";

/**
 * GET /api/skills?q=&limit= → { skills: [{ slug, name, nameJa, nameEn }] } for the
 * skill names input. Signed-in users only (401 problem+json); a bad query is 400.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireApiUser(request, context);
  const locale = await resolveLocale(request, user);
  const url = new URL(request.url);
  const parsed = suggestionQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    return problem(400, translate(locale, "skills.api.badRequest"), detail);
  }
  const skills = await suggestSkills(parsed.data.q, parsed.data.limit, locale);
  return Response.json(
    { skills },
    { headers: { "Cache-Control": "private, max-age=60", Vary: "Cookie" } },
  );
}
