import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { forbidden, notFound } from "~/lib/http.server";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireMatchSide } from "~/modules/matching/access.server";
import { matchThreadState, openThreeWayThread } from "~/modules/messaging/threads.server";

/** The match's thread, for those who take part in it; 404 for everyone else. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, side, matchId } = await requireMatchSide(request, context, params.matchId ?? "");
  const { threadId } = await matchThreadState(matchId, user, side);
  if (!threadId) notFound();
  return redirect(`/messages/${threadId}`);
}

/** A coordinator (or admin) opens the three-way thread of an introduction and joins it. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, side, matchId } = await requireMatchSide(request, context, params.matchId ?? "");
  if (side !== "coordinator") forbidden();
  const outcome = await openThreeWayThread({
    matchId,
    actor: { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
  });
  if (!outcome.ok) {
    return redirectWithToast(`/matches/${matchId}`, {
      kind: "error",
      message: "messaging.toast.threeWayFailed",
    });
  }
  return redirectWithToast(`/messages/${outcome.threadId}`, {
    kind: "success",
    message: "messaging.toast.threeWay",
  });
}
