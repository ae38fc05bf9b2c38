import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { redirectWithToast } from "~/lib/toast.server";
import { requireChallengeMember } from "~/modules/challenges/access.server";
import { challengeHistory, getChallenge } from "~/modules/challenges/challenges.server";
import { ChecklistView, StatusBadge, StatusHistory } from "~/modules/challenges/challenge-view";
import { problemMessageKey } from "~/modules/challenges/checklist";
import { readiness } from "~/modules/challenges/detail.server";
import { changeChallengeStatus } from "~/modules/challenges/lifecycle.server";
import { statusChangeSchema } from "~/modules/challenges/schema";
import { StatusControls } from "~/modules/challenges/status-controls";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "challenges.status.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { challenge } = await requireChallengeMember(request, context, params.challengeId ?? "");
  const record = (await getChallenge(challenge.id))!;
  return {
    challenge: { id: record.id, title: record.title, status: record.status },
    ...readiness(record),
    history: await challengeHistory(record.id),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, challenge } = await requireChallengeMember(
    request,
    context,
    params.challengeId ?? "",
  );
  const formData = await request.formData();
  const redirectTo = safeRedirectPath(formData.get("redirectTo"), `/challenges/${challenge.id}`);
  const submission = parseWithZod(formData, { schema: statusChangeSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const value = submission.value;
  const outcome = await changeChallengeStatus({
    challengeId: challenge.id,
    actor: { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    action: value.intent,
    ...(value.intent === "close" ? { closeReason: value.closeReason, note: value.note } : {}),
  });
  if (!outcome.ok) {
    const formErrors =
      outcome.reason === "incomplete"
        ? ["challenges.status.incomplete", ...outcome.problems.map(problemMessageKey)]
        : ["challenges.status.notAllowed"];
    return { result: submission.reply({ formErrors }) };
  }
  return redirectWithToast(redirectTo, {
    kind: "success",
    message: `challenges.status.done.${value.intent}`,
  });
}

export default function ChallengeStatusPage() {
  const t = useT();
  const { challenge, checklist, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.result.error;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("challenges.status.title")} lead={challenge.title} />
      <p className="flex items-center gap-3">
        {t("challenges.status.current")} <StatusBadge status={challenge.status} />
      </p>
      <section className="card space-y-4" aria-labelledby="controls-heading">
        <h2 id="controls-heading" className="text-lg font-semibold">
          {t("challenges.status.change")}
        </h2>
        <StatusControls
          challengeId={challenge.id}
          status={challenge.status}
          redirectTo={`/challenges/${challenge.id}`}
          errors={{
            form: [...(errors?.[""] ?? []), ...(errors?.intent ?? [])],
            closeReason: errors?.closeReason ?? undefined,
            note: errors?.note ?? undefined,
          }}
        />
      </section>
      <section className="card space-y-3" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" className="text-lg font-semibold">
          {t("challenges.checklist.title")}
        </h2>
        <ChecklistView items={checklist} />
      </section>
      <section className="card space-y-3" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("challenges.history.title")}
        </h2>
        <StatusHistory entries={history} />
      </section>
      <p className="flex flex-wrap gap-4">
        <Link to={`/challenges/${challenge.id}`}>{t("challenges.status.backToChallenge")}</Link>
        <Link to={`/challenges/${challenge.id}/edit`}>{t("challenges.detail.edit")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
