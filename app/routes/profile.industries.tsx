import { getCollectionProps, getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { ChoiceGroup } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readIndustries, saveIndustries } from "~/modules/professionals/profile.server";
import { industriesSchema } from "~/modules/professionals/schemas";
import { industries, industryCodes } from "~/modules/reference/industries";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.industries");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  return { industryCodes: await readIndustries(user.id) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: industriesSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  await saveIndustries(user.id, submission.value.industryCodes);
  return redirectWithToast("/profile/industries", {
    kind: "success",
    message: "professionals.saved",
  });
}

export default function ProfileIndustries() {
  const t = useT();
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-industries",
    lastResult: actionData?.result,
    constraint: getZodConstraint(industriesSchema),
    defaultValue: { industryCodes: loaderData.industryCodes },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: industriesSchema }),
  });
  const names = new Map(industries.map((industry) => [industry.code as string, industry[locale]]));
  return (
    <>
      <PageHeader
        title={t("professionals.section.industries")}
        lead={t("professionals.industries.lead")}
      />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <ChoiceGroup
          legend={t("professionals.industries.legend")}
          errors={fields.industryCodes.errors}
          columns
          options={getCollectionProps(fields.industryCodes, {
            type: "checkbox",
            options: [...industryCodes],
          }).map((props) => ({ label: names.get(props.value) ?? props.value, inputProps: props }))}
        />
        <StatusButton>{t("common.save")}</StatusButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
