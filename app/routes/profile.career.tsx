import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { DefaultSubmit, RowFieldset } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readCareers, saveCareers } from "~/modules/professionals/profile.server";
import { careerSchema, MAX_CAREERS } from "~/modules/professionals/schemas";
import { industries } from "~/modules/reference/industries";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors, SelectField, TextareaField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.career");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  return { careers: await readCareers(user.id) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: careerSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  await saveCareers(user.id, submission.value);
  return redirectWithToast("/profile/career", { kind: "success", message: "professionals.saved" });
}

export default function ProfileCareer() {
  const t = useT();
  const locale = useLocale();
  const { careers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-career",
    lastResult: actionData?.result,
    constraint: getZodConstraint(careerSchema),
    defaultValue: { careers },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: careerSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const rows = fields.careers.getFieldList();
  return (
    <>
      <PageHeader title={t("professionals.section.career")} lead={t("professionals.career.lead")} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <DefaultSubmit />
        <FormErrors id={form.errorId} errors={form.errors} />
        <ErrorList errors={fields.careers.errors} />
        {rows.length === 0 ? <p className="text-muted">{t("professionals.career.empty")}</p> : null}
        {rows.map((row, index) => {
          const cells = row.getFieldset();
          const legend = t("professionals.career.row", { number: index + 1 });
          return (
            <RowFieldset
              key={row.key}
              legend={legend}
              removeButton={
                <button
                  className="btn-secondary"
                  {...form.remove.getButtonProps({ name: fields.careers.name, index })}
                >
                  {t("professionals.rows.remove", { item: legend })}
                </button>
              }
            >
              <Field
                label={t("professionals.field.organisation")}
                hint={t("professionals.field.organisationHint")}
                errors={cells.organisation.errors}
                inputProps={getInputProps(cells.organisation, { type: "text" })}
              />
              <Field
                label={t("professionals.field.title")}
                errors={cells.title.errors}
                inputProps={getInputProps(cells.title, { type: "text" })}
              />
              <SelectField
                label={t("professionals.field.industry")}
                errors={cells.industryCode.errors}
                selectProps={getSelectProps(cells.industryCode)}
              >
                <option value="">{t("professionals.field.none")}</option>
                {industries.map((industry) => (
                  <option key={industry.code} value={industry.code}>
                    {industry[locale]}
                  </option>
                ))}
              </SelectField>
              <div className="grid grid-cols-2 gap-4">
                <Field
                  label={t("professionals.field.startYear")}
                  errors={cells.startYear.errors}
                  inputProps={{
                    ...getInputProps(cells.startYear, { type: "number" }),
                    inputMode: "numeric",
                  }}
                />
                <Field
                  label={t("professionals.field.endYear")}
                  hint={t("professionals.field.endYearHint")}
                  errors={cells.endYear.errors}
                  inputProps={{
                    ...getInputProps(cells.endYear, { type: "number" }),
                    inputMode: "numeric",
                  }}
                />
              </div>
              <div className="md:col-span-2">
                <TextareaField
                  label={t("professionals.field.description")}
                  hint={t("professionals.field.descriptionHint")}
                  errors={cells.description.errors}
                  textareaProps={{ ...getTextareaProps(cells.description), rows: 3 }}
                />
              </div>
            </RowFieldset>
          );
        })}
        <div className="flex flex-wrap gap-3">
          {rows.length < MAX_CAREERS ? (
            <button
              className="btn-secondary"
              {...form.insert.getButtonProps({ name: fields.careers.name })}
            >
              {t("professionals.career.add")}
            </button>
          ) : null}
          <StatusButton>{t("common.save")}</StatusButton>
        </div>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
