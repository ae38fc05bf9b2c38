import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useLocale, useT } from "~/lib/i18n/react";
import { industries } from "~/modules/reference/industries";
import { prefectures } from "~/modules/reference/prefectures";
import { employeesBands } from "~/modules/reference/work";
import { ErrorList, Field, FormErrors, SelectField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { DESCRIPTION_MAX, FOUNDED_YEAR_MIN, companyFormSchema } from "./schemas";

export type CompanyFormDefaults = {
  name?: string;
  prefectureCode?: string;
  municipality?: string;
  industryCode?: string;
  employeesBand?: string;
  foundedYear?: number | null;
  website?: string | null;
  description?: string;
};

/**
 * The company details form shared by "new" and "edit": a plain POST form (works without
 * JavaScript) validated by the same schema in the browser and on the server.
 * `children` go before the submit button (the edit page's logo fieldset).
 */
export function CompanyForm({
  id,
  lastResult,
  defaultValue,
  submitLabel,
  multipart = false,
  children,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: CompanyFormDefaults;
  submitLabel: string;
  multipart?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id,
    lastResult,
    constraint: getZodConstraint(companyFormSchema),
    defaultValue: {
      ...defaultValue,
      foundedYear: defaultValue?.foundedYear?.toString() ?? "",
      website: defaultValue?.website ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: companyFormSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const descriptionHintId = `${fields.description.id}-hint`;
  const descriptionErrorId = fields.description.errors?.length
    ? `${fields.description.id}-error`
    : undefined;
  return (
    <Form
      method="post"
      encType={multipart ? "multipart/form-data" : undefined}
      className="card grid gap-5 md:grid-cols-2"
      {...getFormProps(form)}
    >
      <div className="md:col-span-2">
        <FormErrors id={form.errorId} errors={form.errors} />
      </div>
      <Field
        className="md:col-span-2"
        label={t("companies.field.name")}
        errors={fields.name.errors}
        inputProps={{
          ...getInputProps(fields.name, { type: "text" }),
          autoComplete: "organization",
        }}
      />
      <SelectField
        label={t("companies.field.prefecture")}
        errors={fields.prefectureCode.errors}
        selectProps={getSelectProps(fields.prefectureCode)}
      >
        <option value="">{t("companies.form.choose")}</option>
        {prefectures.map((prefecture) => (
          <option key={prefecture.code} value={prefecture.code}>
            {prefecture[locale]}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("companies.field.municipality")}
        hint={t("companies.form.municipalityHint")}
        errors={fields.municipality.errors}
        inputProps={getInputProps(fields.municipality, { type: "text" })}
      />
      <SelectField
        label={t("companies.field.industry")}
        errors={fields.industryCode.errors}
        selectProps={getSelectProps(fields.industryCode)}
      >
        <option value="">{t("companies.form.choose")}</option>
        {industries.map((industry) => (
          <option key={industry.code} value={industry.code}>
            {industry[locale]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("companies.field.employees")}
        errors={fields.employeesBand.errors}
        selectProps={getSelectProps(fields.employeesBand)}
      >
        <option value="">{t("companies.form.choose")}</option>
        {employeesBands.map((band) => (
          <option key={band} value={band}>
            {t(`reference.employees.${band}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("companies.field.foundedYear")}
        hint={t("companies.form.optional")}
        errors={fields.foundedYear.errors}
        inputProps={{
          ...getInputProps(fields.foundedYear, { type: "number" }),
          min: FOUNDED_YEAR_MIN,
          max: new Date().getFullYear(),
          inputMode: "numeric",
        }}
      />
      <Field
        label={t("companies.field.website")}
        hint={t("companies.form.websiteHint")}
        errors={fields.website.errors}
        inputProps={{ ...getInputProps(fields.website, { type: "url" }), autoComplete: "url" }}
      />
      <div className="md:col-span-2">
        <label htmlFor={fields.description.id} className="mb-1 block font-semibold">
          {t("companies.field.description")}
        </label>
        <p id={descriptionHintId} className="mb-1 text-sm text-muted">
          {t("companies.form.descriptionHint", { max: DESCRIPTION_MAX })}
        </p>
        <textarea
          {...getTextareaProps(fields.description)}
          rows={8}
          className="input"
          aria-invalid={descriptionErrorId ? true : undefined}
          aria-describedby={[descriptionHintId, descriptionErrorId].filter(Boolean).join(" ")}
        />
        <ErrorList id={descriptionErrorId} errors={fields.description.errors} />
      </div>
      {children ? <div className="md:col-span-2">{children}</div> : null}
      <div className="md:col-span-2">
        <StatusButton>{submitLabel}</StatusButton>
      </div>
    </Form>
  );
}
