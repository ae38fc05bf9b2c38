import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { db } from "~/lib/db.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireChallengeMember } from "~/modules/challenges/access.server";
import { ChallengeForm } from "~/modules/challenges/challenge-form";
import { StatusBadge } from "~/modules/challenges/challenge-view";
import {
  formDefaults,
  getChallenge,
  resolveChallengeSkills,
  updateChallenge,
} from "~/modules/challenges/challenges.server";
import { problemMessageKey } from "~/modules/challenges/checklist";
import { challengeFormSchema } from "~/modules/challenges/schema";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "challenges.edit.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, challenge } = await requireChallengeMember(
    request,
    context,
    params.challengeId ?? "",
  );
  const locale = await resolveLocale(request, user);
  const record = (await getChallenge(challenge.id))!;
  return {
    challenge: { id: record.id, title: record.title, status: record.status },
    defaults: formDefaults(record, locale),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, challenge } = await requireChallengeMember(
    request,
    context,
    params.challengeId ?? "",
  );
  const submission = parseWithZod(await request.formData(), { schema: challengeFormSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, user);
  const skills = await resolveChallengeSkills(db, submission.value, locale);
  if (!skills.ok) return { result: submission.reply({ fieldErrors: skills.fieldErrors }) };
  const outcome = await updateChallenge(
    challenge.id,
    { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    submission.value,
    skills,
  );
  if (!outcome.ok) {
    return {
      result: submission.reply({
        formErrors: [
          "challenges.edit.mustStayComplete",
          ...outcome.problems.map(problemMessageKey),
        ],
      }),
    };
  }
  return redirectWithToast(`/challenges/${challenge.id}`, {
    kind: "success",
    message: "challenges.edit.saved",
  });
}

export default function EditChallengePage() {
  const t = useT();
  const { challenge, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("challenges.edit.title")} lead={challenge.title} />
      <p className="mb-6 flex flex-wrap items-center gap-3">
        {t("challenges.status.current")} <StatusBadge status={challenge.status} />
        <Link to={`/challenges/${challenge.id}`}>{t("challenges.status.backToChallenge")}</Link>
      </p>
      <ChallengeForm
        id="edit-challenge"
        lastResult={actionData?.result}
        defaultValue={defaults}
        submitLabel={t("challenges.edit.submit")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
