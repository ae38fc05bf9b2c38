import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import {
  requireChallengeInRegion,
  requireCompanyInRegion,
} from "~/modules/coordination/access.server";
import { intakeActionSchema } from "~/modules/coordination/intake";
import {
  intakeQueue,
  returnChallenge,
  reviewChallenge,
  takeInCompany,
} from "~/modules/coordination/intake.server";
import { IntakeQueue } from "~/modules/coordination/intake-view";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "coordination.intake.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  return { queue: await intakeQueue(prefectures) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: intakeActionSchema });
  if (submission.status !== "success") {
    return { result: submission.reply(), queue: await intakeQueue(prefectures) };
  }
  const value = submission.value;
  const actor = { id: user.id, ipAddress: requestMeta(request, context).ipAddress };
  const back = safeRedirectPath(formData.get("redirectTo"), "/console/intake");
  if (value.intent === "takeIn") {
    await requireCompanyInRegion(prefectures, value.companyId);
    await takeInCompany(actor, value.companyId);
    return redirectWithToast(back, { kind: "success", message: "coordination.intake.takenIn" });
  }
  await requireChallengeInRegion(prefectures, value.challengeId);
  const outcome =
    value.intent === "review"
      ? await reviewChallenge(actor, value.challengeId)
      : await returnChallenge(actor, value.challengeId, value.comment);
  if (!outcome.ok) {
    return {
      result: submission.reply({ formErrors: ["coordination.intake.notPublished"] }),
      queue: await intakeQueue(prefectures),
    };
  }
  return redirectWithToast(back, {
    kind: "success",
    message:
      value.intent === "review" ? "coordination.intake.reviewed" : "coordination.intake.returned",
  });
}

export default function IntakePage() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const queue = actionData?.queue ?? loaderData.queue;
  const errors = Object.values(actionData?.result.error ?? {}).flatMap((list) => list ?? []);
  return (
    <div className="space-y-8">
      <PageHeader title={t("coordination.intake.title")} lead={t("coordination.intake.lead")} />
      <FormErrors errors={errors} />
      <IntakeQueue queue={queue} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
