import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireCompanyInRegion } from "~/modules/coordination/access.server";
import { consultationSchema } from "~/modules/coordination/consultations";
import { companiesInRegion, recordConsultation } from "~/modules/coordination/consultations.server";
import { ConsultationForm } from "~/modules/coordination/consultations-view";
import { inPrefectures, requireCoordinator } from "~/modules/coordination/regions.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "coordination.consultations.new");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  const companies = await companiesInRegion(prefectures);
  const wanted = new URL(request.url).searchParams.get("companyId") ?? undefined;
  // A company outside the region is simply not preselected (and not listed).
  const covered = inPrefectures(prefectures);
  const companyId = companies.find(
    (company) => company.id === wanted && covered(company.prefectureCode),
  )?.id;
  return { companies, companyId };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const submission = parseWithZod(await request.formData(), { schema: consultationSchema() });
  if (submission.status !== "success") return { result: submission.reply() };
  await requireCompanyInRegion(prefectures, submission.value.companyId);
  const consultation = await recordConsultation(
    { id: user.id, ipAddress: requestMeta(request, context).ipAddress },
    submission.value,
  );
  if (submission.value.outcome === "CHALLENGE_DRAFTED") {
    return redirectWithToast(`/console/consultations/${consultation.id}/draft`, {
      kind: "success",
      message: "coordination.consultations.recordedDraft",
    });
  }
  return redirectWithToast("/console/consultations", {
    kind: "success",
    message: "coordination.consultations.recorded",
  });
}

export default function NewConsultationPage() {
  const t = useT();
  const { companies, companyId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-4">
        <Link to="/console/consultations">{t("coordination.consultations.back")}</Link>
      </p>
      <PageHeader
        title={t("coordination.consultations.new")}
        lead={t("coordination.consultations.newLead")}
      />
      <ConsultationForm
        companies={companies}
        companyId={companyId}
        lastResult={actionData?.result}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
