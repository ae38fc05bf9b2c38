/**
 * Who may see recommendations.
 *
 * /challenges/:challengeId/candidates: the members of the challenge's company, for any
 * state of the challenge (a draft's candidates help scoping it; a closed one's show who
 * would have fitted); coordinators and admins for OPEN challenges only, like every
 * other page (drafts are the company's own until published), a coordinator only in the
 * challenge's prefecture (404 elsewhere). Anyone else: 403 when the
 * challenge is public (they know it exists), 404 when it is not; signed-out visitors
 * go to the login page.
 *
 * /recommended: professionals only (their own profile's challenges).
 */
import type { AppLoadContext } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { forbidden, notFound } from "~/lib/http.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { requireUser } from "~/modules/auth/guards.server";
import { coversPrefecture } from "~/modules/coordination/regions.server";
import { viewerOf } from "~/modules/professionals/views.server";

export type CandidatesActor = "member" | "coordinator" | "admin";

export async function requireCandidatesAccess(
  request: Request,
  context: AppLoadContext,
  challengeId: string,
) {
  const user = await requireUser(request, context);
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: { id: true, title: true, status: true, companyId: true, prefectureCode: true },
  });
  if (!challenge) notFound();
  const viewer = (await viewerOf(user))!;
  const locale = await resolveLocale(request, user);
  if (viewer.companyIds.includes(challenge.companyId)) {
    return { user, viewer, locale, challenge, actor: "member" as CandidatesActor };
  }
  if (challenge.status !== "OPEN") notFound();
  if (user.role === "COORDINATOR" || user.role === "ADMIN") {
    if (!(await coversPrefecture(user, challenge.prefectureCode))) notFound();
    const actor: CandidatesActor = user.role === "ADMIN" ? "admin" : "coordinator";
    return { user, viewer, locale, challenge, actor };
  }
  forbidden();
}
