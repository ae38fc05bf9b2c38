import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireCompanyMember } from "~/modules/companies/access.server";
import { getCompanyForEdit, updateCompany } from "~/modules/companies/companies.server";
import { CompanyForm } from "~/modules/companies/company-form";
import { CompanyLogo } from "~/modules/companies/company-logo";
import { companyFormSchema } from "~/modules/companies/schemas";
import { readImageUpload } from "~/modules/images/images.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.edit.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const companyId = params.companyId ?? "";
  await requireCompanyMember(request, context, companyId);
  const company = await getCompanyForEdit(companyId);
  if (!company) notFound();
  return { company };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user } = await requireCompanyMember(request, context, companyId);
  const upload = await readImageUpload(request, "logo");
  if (!upload.ok) {
    return data({ result: undefined, logoError: upload.error }, { status: upload.status });
  }
  const submission = parseWithZod(upload.formData, { schema: companyFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), logoError: null }, { status: 400 });
  }
  const logo = upload.image
    ? { kind: "replace" as const, image: upload.image }
    : submission.value.removeLogo
      ? { kind: "remove" as const }
      : { kind: "keep" as const };
  await updateCompany(user, companyId, submission.value, logo, requestMeta(request, context));
  return redirectWithToast(`/companies/${companyId}`, {
    kind: "success",
    message: "companies.edit.saved",
  });
}

export default function EditCompanyPage() {
  const t = useT();
  const { company } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const logoErrorId = actionData?.logoError ? "logo-error" : undefined;
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link to={`/companies/${company.id}`}>
          {t("companies.edit.back", { name: company.name })}
        </Link>
      </p>
      <PageHeader title={t("companies.edit.title")} />
      <CompanyForm
        id="edit-company"
        lastResult={actionData?.result}
        defaultValue={company}
        submitLabel={t("companies.edit.submit")}
        multipart
      >
        <fieldset className="space-y-3" aria-describedby={logoErrorId}>
          <legend className="mb-1 font-semibold">{t("companies.field.logo")}</legend>
          <div className="flex items-center gap-4">
            <CompanyLogo company={company} />
            <div className="space-y-2">
              <label htmlFor="logo" className="block text-sm">
                {t(company.logoId ? "companies.logo.replace" : "companies.logo.upload")}
              </label>
              <input
                id="logo"
                name="logo"
                type="file"
                accept="image/png,image/jpeg,image/webp"
                aria-describedby={["logo-hint", logoErrorId].filter(Boolean).join(" ")}
                aria-invalid={logoErrorId ? true : undefined}
                className="block text-sm"
              />
              <p id="logo-hint" className="text-sm text-muted">
                {t("companies.logo.hint")}
              </p>
              {company.logoId ? (
                <div className="flex items-center gap-2">
                  <input
                    id="removeLogo"
                    name="removeLogo"
                    type="checkbox"
                    className="size-5 accent-accent"
                  />
                  <label htmlFor="removeLogo">{t("companies.logo.remove")}</label>
                </div>
              ) : null}
            </div>
          </div>
          <ErrorList
            id={logoErrorId}
            errors={actionData?.logoError ? [actionData.logoError] : []}
          />
        </fieldset>
      </CompanyForm>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
