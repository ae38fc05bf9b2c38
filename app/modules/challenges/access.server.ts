import type { AppLoadContext } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { forbidden, notFound } from "~/lib/http.server";
import { requireUser } from "~/modules/auth/guards.server";

/**
 * A member of the company that posted the challenge. Anyone else: 404 when the
 * challenge is not public (they must not learn it exists), 403 when it is OPEN.
 */
export async function requireChallengeMember(
  request: Request,
  context: AppLoadContext,
  challengeId: string,
) {
  const user = await requireUser(request, context);
  const challenge = await db.challenge.findUnique({
    where: { id: challengeId },
    select: { id: true, companyId: true, status: true },
  });
  if (!challenge) notFound();
  const membership = await db.membership.findUnique({
    where: { companyId_userId: { companyId: challenge.companyId, userId: user.id } },
    select: { id: true },
  });
  if (!membership) {
    if (challenge.status === "OPEN") forbidden();
    notFound();
  }
  return { user, challenge };
}

/** Whether `userId` belongs to the company (false for signed-out visitors). */
export async function isMemberOf(companyId: string, userId: string | undefined) {
  if (!userId) return false;
  const count = await db.membership.count({ where: { companyId, userId } });
  return count > 0;
}
