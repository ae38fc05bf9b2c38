import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { db } from "~/lib/db.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { ChallengeForm } from "~/modules/challenges/challenge-form";
import { resolveChallengeSkills } from "~/modules/challenges/challenges.server";
import { challengeFormSchema } from "~/modules/challenges/schema";
import {
  consultationInRegion,
  draftChallengeFor,
} from "~/modules/coordination/consultations.server";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "coordination.draft.title");

/** Drafting a challenge for a consultation's company: one draft per consultation. */
async function draftable(request: Request, context: LoaderFunctionArgs["context"], id: string) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const consultation = await consultationInRegion(prefectures, id);
  if (consultation.challengeId) {
    throw await redirectWithToast("/console/consultations", {
      kind: "info",
      message: "coordination.draft.exists",
    });
  }
  return { user, consultation };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { consultation } = await draftable(request, context, params.consultationId ?? "");
  return { consultation };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, consultation } = await draftable(request, context, params.consultationId ?? "");
  const submission = parseWithZod(await request.formData(), { schema: challengeFormSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const locale = await resolveLocale(request, user);
  const skills = await resolveChallengeSkills(db, submission.value, locale);
  if (!skills.ok) return { result: submission.reply({ fieldErrors: skills.fieldErrors }) };
  await draftChallengeFor(
    { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    consultation,
    submission.value,
    skills,
  );
  return redirectWithToast(`/companies/${consultation.company.id}`, {
    kind: "success",
    message: "coordination.draft.saved",
  });
}

export default function DraftChallengePage() {
  const t = useT();
  const { consultation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-4">
        <Link to="/console/consultations">{t("coordination.consultations.back")}</Link>
      </p>
      <PageHeader
        title={t("coordination.draft.title")}
        lead={t("coordination.draft.lead", { company: consultation.company.name })}
      />
      <p className="card mb-6">{t("coordination.draft.from", { topic: consultation.topic })}</p>
      <ChallengeForm
        id="draft-challenge"
        lastResult={actionData?.result}
        defaultValue={{
          summary: consultation.topic,
          background: consultation.note,
          prefectureCode: consultation.company.prefectureCode,
          municipality: consultation.company.municipality,
          onsiteVisitsPerMonth: "0",
        }}
        submitLabel={t("coordination.draft.submit")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
