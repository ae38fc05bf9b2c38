import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { ChallengeForm } from "~/modules/challenges/challenge-form";
import {
  companySummary,
  createChallenge,
  resolveChallengeSkills,
} from "~/modules/challenges/challenges.server";
import { challengeFormSchema } from "~/modules/challenges/schema";
import { db } from "~/lib/db.server";
import { requireCompanyMember } from "~/modules/companies/access.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "challenges.new.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const companyId = params.companyId ?? "";
  await requireCompanyMember(request, context, companyId);
  const company = (await companySummary(companyId))!;
  return { company };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user } = await requireCompanyMember(request, context, companyId);
  const submission = parseWithZod(await request.formData(), { schema: challengeFormSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, user);
  const skills = await resolveChallengeSkills(db, submission.value, locale);
  if (!skills.ok) return { result: submission.reply({ fieldErrors: skills.fieldErrors }) };
  const challenge = await createChallenge(
    companyId,
    { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    submission.value,
    skills,
  );
  return redirectWithToast(`/challenges/${challenge.id}`, {
    kind: "success",
    message: "challenges.new.saved",
  });
}

export default function NewChallengePage() {
  const t = useT();
  const { company } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("challenges.new.title")} lead={t("challenges.new.lead")} />
      <p className="mb-6">
        {t("challenges.new.wizardPrompt")}{" "}
        <Link to={`/companies/${company.id}/challenges/wizard`}>
          {t("challenges.new.wizardLink")}
        </Link>
      </p>
      <ChallengeForm
        id="new-challenge"
        lastResult={actionData?.result}
        defaultValue={{
          prefectureCode: company.prefectureCode,
          municipality: company.municipality,
          onsiteVisitsPerMonth: "0",
        }}
        submitLabel={t("challenges.new.submit")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
