import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { DefaultSubmit, RowFieldset } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readCredentials, saveCredentials } from "~/modules/professionals/profile.server";
import {
  credentialsSchema,
  languageLevels,
  MAX_CREDENTIAL_ROWS,
  MAX_LINKS,
} from "~/modules/professionals/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors, SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.credentials");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  return readCredentials(user.id);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: credentialsSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  await saveCredentials(user.id, submission.value);
  return redirectWithToast("/profile/credentials", {
    kind: "success",
    message: "professionals.saved",
  });
}

export default function ProfileCredentials() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-credentials",
    lastResult: actionData?.result,
    constraint: getZodConstraint(credentialsSchema),
    defaultValue: loaderData,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: credentialsSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const certificates = fields.certificates.getFieldList();
  const languages = fields.languages.getFieldList();
  const links = fields.links.getFieldList();
  const removeLabel = (legend: string) => t("professionals.rows.remove", { item: legend });
  return (
    <>
      <PageHeader
        title={t("professionals.section.credentials")}
        lead={t("professionals.credentials.lead")}
      />
      <Form method="post" className="space-y-8" {...getFormProps(form)}>
        <DefaultSubmit />
        <FormErrors id={form.errorId} errors={form.errors} />

        <section aria-labelledby="certificates-heading" className="card space-y-4">
          <h2 id="certificates-heading" className="text-lg font-semibold">
            {t("professionals.certificates.title")}
          </h2>
          <ErrorList errors={fields.certificates.errors} />
          {certificates.map((row, index) => {
            const cells = row.getFieldset();
            const legend = t("professionals.certificates.row", { number: index + 1 });
            return (
              <RowFieldset
                key={row.key}
                legend={legend}
                removeButton={
                  <button
                    className="btn-secondary"
                    {...form.remove.getButtonProps({ name: fields.certificates.name, index })}
                  >
                    {removeLabel(legend)}
                  </button>
                }
              >
                <Field
                  label={t("professionals.field.certificateName")}
                  errors={cells.name.errors}
                  inputProps={getInputProps(cells.name, { type: "text" })}
                />
                <Field
                  label={t("professionals.field.issuer")}
                  hint={t("professionals.field.hiddenWhenAnonymous")}
                  errors={cells.issuer.errors}
                  inputProps={getInputProps(cells.issuer, { type: "text" })}
                />
                <Field
                  label={t("professionals.field.year")}
                  errors={cells.year.errors}
                  inputProps={{
                    ...getInputProps(cells.year, { type: "number" }),
                    inputMode: "numeric",
                  }}
                />
              </RowFieldset>
            );
          })}
          {certificates.length < MAX_CREDENTIAL_ROWS ? (
            <button
              className="btn-secondary"
              {...form.insert.getButtonProps({ name: fields.certificates.name })}
            >
              {t("professionals.certificates.add")}
            </button>
          ) : null}
        </section>

        <section aria-labelledby="languages-heading" className="card space-y-4">
          <h2 id="languages-heading" className="text-lg font-semibold">
            {t("professionals.languages.title")}
          </h2>
          <ErrorList errors={fields.languages.errors} />
          {languages.map((row, index) => {
            const cells = row.getFieldset();
            const legend = t("professionals.languages.row", { number: index + 1 });
            return (
              <RowFieldset
                key={row.key}
                legend={legend}
                removeButton={
                  <button
                    className="btn-secondary"
                    {...form.remove.getButtonProps({ name: fields.languages.name, index })}
                  >
                    {removeLabel(legend)}
                  </button>
                }
              >
                <Field
                  label={t("professionals.field.language")}
                  errors={cells.language.errors}
                  inputProps={getInputProps(cells.language, { type: "text" })}
                />
                <SelectField
                  label={t("professionals.field.languageLevel")}
                  errors={cells.level.errors}
                  selectProps={getSelectProps(cells.level)}
                >
                  <option value="">{t("reference.choose")}</option>
                  {languageLevels.map((level) => (
                    <option key={level} value={level}>
                      {t(`professionals.languageLevel.${level}`)}
                    </option>
                  ))}
                </SelectField>
              </RowFieldset>
            );
          })}
          {languages.length < MAX_CREDENTIAL_ROWS ? (
            <button
              className="btn-secondary"
              {...form.insert.getButtonProps({ name: fields.languages.name })}
            >
              {t("professionals.languages.add")}
            </button>
          ) : null}
        </section>

        <section aria-labelledby="links-heading" className="card space-y-4">
          <h2 id="links-heading" className="text-lg font-semibold">
            {t("professionals.links.title")}
          </h2>
          <p className="text-sm text-muted">{t("professionals.field.hiddenWhenAnonymous")}</p>
          <ErrorList errors={fields.links.errors} />
          {links.map((row, index) => {
            const cells = row.getFieldset();
            const legend = t("professionals.links.row", { number: index + 1 });
            return (
              <RowFieldset
                key={row.key}
                legend={legend}
                removeButton={
                  <button
                    className="btn-secondary"
                    {...form.remove.getButtonProps({ name: fields.links.name, index })}
                  >
                    {removeLabel(legend)}
                  </button>
                }
              >
                <Field
                  label={t("professionals.field.linkLabel")}
                  errors={cells.label.errors}
                  inputProps={getInputProps(cells.label, { type: "text" })}
                />
                <Field
                  label={t("professionals.field.url")}
                  errors={cells.url.errors}
                  inputProps={getInputProps(cells.url, { type: "url" })}
                />
              </RowFieldset>
            );
          })}
          {links.length < MAX_LINKS ? (
            <button
              className="btn-secondary"
              {...form.insert.getButtonProps({ name: fields.links.name })}
            >
              {t("professionals.links.add")}
            </button>
          ) : null}
        </section>

        <StatusButton>{t("common.save")}</StatusButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
