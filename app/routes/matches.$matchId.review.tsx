import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/lib/http.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireMatchSide } from "~/modules/matching/access.server";
import { ReviewForm } from "~/modules/matching/match-forms";
import { writeReview } from "~/modules/matching/matches.server";
import { reviewSchema } from "~/modules/matching/schemas";
import { reviewState } from "~/modules/matching/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.review.write");

/** Only the two parties review; a match not completed, or already reviewed by this side, goes back to the match. */
async function reviewer(args: LoaderFunctionArgs) {
  const { user, side, matchId } = await requireMatchSide(
    args.request,
    args.context,
    args.params.matchId ?? "",
  );
  if (side === "coordinator") forbidden();
  const state = await reviewState(matchId, side);
  if (state.problem) {
    throw await redirectWithToast(`/matches/${matchId}`, { kind: "info", message: state.problem });
  }
  return { user, side, matchId, challengeTitle: state.challengeTitle };
}

export async function loader(args: LoaderFunctionArgs) {
  const { side, matchId, challengeTitle } = await reviewer(args);
  return { side, matchId, challengeTitle };
}

export async function action(args: ActionFunctionArgs) {
  const { user, side, matchId } = await reviewer(args);
  const submission = parseWithZod(await args.request.formData(), { schema: reviewSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const outcome = await writeReview({
    matchId,
    side,
    rating: submission.value.rating,
    comment: submission.value.comment,
    wouldWorkAgain: submission.value.wouldWorkAgain === "yes",
    actor: { id: user.id, ipAddress: requestMeta(args.request, args.context).ipAddress },
  });
  return redirectWithToast(`/matches/${matchId}`, {
    kind: outcome.ok ? "success" : "info",
    message: outcome.ok ? "matches.review.done" : `matches.review.${outcome.reason}`,
  });
}

export default function ReviewPage() {
  const t = useT();
  const { side, matchId, challengeTitle } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title={t("matches.review.write")}
        lead={<Link to={`/matches/${matchId}`}>{challengeTitle}</Link>}
      />
      <p>{t("matches.review.lead")}</p>
      <ReviewForm lastResult={actionData?.result} side={side} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
