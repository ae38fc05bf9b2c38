import { getCollectionProps, getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { findCompaniesByName } from "~/modules/companies/access.server";
import { BlockedCompanies } from "~/modules/professionals/blocked-companies";
import { ChoiceGroup } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import {
  blockCompany,
  readPrivacy,
  setVisibility,
  unblockCompany,
} from "~/modules/professionals/profile.server";
import {
  companySearchSchema,
  privacyActionSchema,
  visibilitySchema,
} from "~/modules/professionals/schemas";
import { profileVisibilities } from "~/modules/professionals/visibility";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.privacy");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const privacy = await readPrivacy(user.id);
  const search = companySearchSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const query = search.success ? (search.data.q ?? "") : "";
  const blocked = new Set(privacy.blocks.map((block) => block.companyId));
  const results = query ? await findCompaniesByName(query) : [];
  // The current employer is the company people most often need to block.
  const suggestions = privacy.currentEmployer
    ? (await findCompaniesByName(privacy.currentEmployer, 5)).filter(
        (company) => !blocked.has(company.id),
      )
    : [];
  return {
    visibility: privacy.visibility,
    currentEmployer: privacy.currentEmployer,
    blocks: privacy.blocks,
    query,
    results: results.map((company) => ({ ...company, blocked: blocked.has(company.id) })),
    suggestions,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: privacyActionSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const meta = requestMeta(request, context);
  const input = submission.value;
  if (input.intent === "visibility") {
    await setVisibility(user.id, input.visibility, meta);
    return redirectWithToast("/profile/privacy", {
      kind: "success",
      message: "professionals.privacy.saved",
    });
  }
  if (input.intent === "block") {
    const blocked = await blockCompany(user.id, input.companyId, meta);
    if (!blocked) {
      return { result: submission.reply({ formErrors: ["professionals.blocks.notFound"] }) };
    }
    return redirectWithToast("/profile/privacy", {
      kind: "success",
      message: "professionals.blocks.blockedToast",
    });
  }
  await unblockCompany(user.id, input.companyId, meta);
  return redirectWithToast("/profile/privacy", {
    kind: "success",
    message: "professionals.blocks.unblockedToast",
  });
}

export default function ProfilePrivacy() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-visibility",
    lastResult: actionData?.result,
    constraint: getZodConstraint(visibilitySchema),
    defaultValue: { visibility: loaderData.visibility },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: privacyActionSchema }),
  });
  return (
    <>
      <PageHeader
        title={t("professionals.section.privacy")}
        lead={t("professionals.privacy.lead")}
      />
      <FormErrors errors={form.errors} />
      <Form method="post" className="card mb-8 space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="visibility" />
        <ChoiceGroup
          legend={t("professionals.privacy.legend")}
          errors={fields.visibility.errors}
          options={getCollectionProps(fields.visibility, {
            type: "radio",
            options: [...profileVisibilities],
          }).map((props) => {
            const visibility = props.value as (typeof profileVisibilities)[number];
            return {
              label: (
                <span className="font-semibold">{t(`reference.visibility.${visibility}`)}</span>
              ),
              hint: t(`professionals.privacy.explain.${visibility}`),
              inputProps: props,
            };
          })}
        />
        <div className="flex flex-wrap items-center gap-4">
          <StatusButton>{t("professionals.privacy.submit")}</StatusButton>
          <Link to="/profile/preview">{t("professionals.privacy.preview")}</Link>
        </div>
      </Form>

      <BlockedCompanies
        blocks={loaderData.blocks}
        suggestions={loaderData.suggestions}
        currentEmployer={loaderData.currentEmployer}
        query={loaderData.query}
        results={loaderData.results}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
