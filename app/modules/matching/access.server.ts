import type { AppLoadContext } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { requireUser } from "~/modules/auth/guards.server";
import type { Role } from "~/modules/auth/roles";
import { coversPrefecture } from "~/modules/coordination/regions.server";
import type { MatchSide } from "./lifecycle";

/**
 * The side `user` is on in a match, or null when they have no business with it:
 * the professional, a member of the challenge's company, an admin, or a coordinator
 * of the challenge's prefecture (who brokers and oversees its matches).
 */
export async function sideInMatch(
  user: { id: string; role: Role },
  match: { profile: { userId: string }; challenge: { companyId: string; prefectureCode: string } },
): Promise<MatchSide | null> {
  if (match.profile.userId === user.id) return "professional";
  if (user.role === "ADMIN") return "coordinator";
  if (user.role === "COORDINATOR") {
    return (await coversPrefecture(user, match.challenge.prefectureCode)) ? "coordinator" : null;
  }
  if (user.role !== "COMPANY_MEMBER") return null;
  const membership = await db.membership.count({
    where: { companyId: match.challenge.companyId, userId: user.id },
  });
  return membership > 0 ? "company" : null;
}

/** The signed-in user's side in the match; 404 for everyone else, so a match's existence is not revealed. */
export async function requireMatchSide(request: Request, context: AppLoadContext, matchId: string) {
  const user = await requireUser(request, context);
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      profile: { select: { userId: true } },
      challenge: { select: { companyId: true, prefectureCode: true } },
    },
  });
  if (!match) notFound();
  const side = await sideInMatch(user, match);
  if (!side) notFound();
  return { user, side, matchId: match.id };
}
