import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { ApplicationForm } from "~/modules/matching/match-forms";
import { applicationTarget } from "~/modules/matching/targets.server";
import { startMatch } from "~/modules/matching/matches.server";
import { applicationSchema } from "~/modules/matching/schemas";
import { requestMeta } from "~/lib/request-meta.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.apply.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, ["PROFESSIONAL"]);
  const target = await applicationTarget(user.id, params.challengeId ?? "");
  const kind =
    new URL(request.url).searchParams.get("kind") === "casual" ? "CASUAL_TALK" : "APPLICATION";
  return { challenge: target.challenge, kind } as const;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ["PROFESSIONAL"]);
  const target = await applicationTarget(user.id, params.challengeId ?? "");
  const submission = parseWithZod(await request.formData(), { schema: applicationSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const value = submission.value;
  const outcome = await startMatch({
    challengeId: target.challenge.id,
    profileId: target.profileId,
    source: value.kind,
    message: value.message,
    availabilityConfirmed: value.kind === "APPLICATION",
    actor: { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
  });
  if (outcome.ok) {
    return redirectWithToast(`/matches/${outcome.matchId}`, {
      kind: "success",
      message: "matches.apply.done",
    });
  }
  if (outcome.reason === "exists") {
    return redirectWithToast(`/matches/${outcome.matchId}`, {
      kind: "info",
      message: "matches.apply.exists",
    });
  }
  return {
    result: submission.reply({
      formErrors: [
        outcome.reason === "blocked" ? "matches.errors.blocked" : "matches.errors.notOpen",
      ],
    }),
  };
}

export default function ApplyPage() {
  const t = useT();
  const locale = useLocale();
  const { challenge, kind } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirmLabel = challenge.startDate
    ? t("matches.apply.confirm", {
        hours: challenge.hoursPerWeek,
        start: formatDate(locale, challenge.startDate),
      })
    : t("matches.apply.confirmNoStart", { hours: challenge.hoursPerWeek });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("matches.apply.title")}
        lead={<Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>}
      />
      <p className="text-muted">{challenge.companyName}</p>
      <ApplicationForm
        lastResult={actionData?.result}
        initialKind={kind}
        confirmLabel={confirmLabel}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
