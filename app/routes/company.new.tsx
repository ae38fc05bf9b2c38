import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireRole } from "~/modules/auth/guards.server";
import { createCompany } from "~/modules/companies/companies.server";
import { CompanyForm } from "~/modules/companies/company-form";
import { companyFormSchema } from "~/modules/companies/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.new.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["COMPANY_MEMBER"]);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, ["COMPANY_MEMBER"]);
  const submission = parseWithZod(await request.formData(), { schema: companyFormSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const company = await createCompany(user, submission.value, requestMeta(request, context));
  return redirectWithToast(`/companies/${company.id}`, {
    kind: "success",
    message: "companies.new.created",
  });
}

export default function NewCompanyPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("companies.new.title")} lead={t("companies.new.lead")} />
      <CompanyForm
        id="new-company"
        lastResult={actionData?.result}
        submitLabel={t("companies.new.submit")}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
