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
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectureName } from "~/modules/reference/prefectures";
import { CheckboxField, Field, FormErrors, SelectField, TextareaField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { subsidyCoverages, subsidySchema } from "./subsidies";

export type SubsidyFormDefaults = {
  prefectureCode?: string;
  name?: string;
  description?: string;
  coverage?: string;
  maxAmountYen?: string;
  url?: string;
  startsOn?: string;
  endsOn?: string;
  active?: string;
};

/** A support scheme's form, for creating and editing; prefectures limited to the region. */
export function SubsidyForm({
  id,
  prefectures,
  defaultValue,
  lastResult,
  submitLabel,
}: {
  id: string;
  prefectures: string[];
  defaultValue: SubsidyFormDefaults;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue,
    constraint: getZodConstraint(subsidySchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: subsidySchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="grid gap-4 md:grid-cols-2" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <div className="md:col-span-2">
        <FormErrors id={form.errorId} errors={form.errors} />
      </div>
      <SelectField
        label={t("coordination.subsidies.prefecture")}
        errors={fields.prefectureCode.errors}
        selectProps={getSelectProps(fields.prefectureCode)}
      >
        <option value="">{t("coordination.subsidies.choosePrefecture")}</option>
        {prefectures.map((code) => (
          <option key={code} value={code}>
            {prefectureName(code, locale)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("coordination.subsidies.name")}
        errors={fields.name.errors}
        inputProps={getInputProps(fields.name, { type: "text" })}
      />
      <SelectField
        label={t("coordination.subsidies.coverage")}
        errors={fields.coverage.errors}
        selectProps={getSelectProps(fields.coverage)}
      >
        {subsidyCoverages.map((coverage) => (
          <option key={coverage} value={coverage}>
            {t(`coordination.coverage.${coverage}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("coordination.subsidies.maxAmount")}
        hint={t("coordination.subsidies.maxAmountHint")}
        errors={fields.maxAmountYen.errors}
        inputProps={{ ...getInputProps(fields.maxAmountYen, { type: "number" }), min: 1 }}
      />
      <Field
        label={t("coordination.subsidies.url")}
        errors={fields.url.errors}
        inputProps={getInputProps(fields.url, { type: "url" })}
      />
      <div className="grid grid-cols-2 gap-4">
        <Field
          label={t("coordination.subsidies.startsOn")}
          errors={fields.startsOn.errors}
          inputProps={getInputProps(fields.startsOn, { type: "date" })}
        />
        <Field
          label={t("coordination.subsidies.endsOn")}
          errors={fields.endsOn.errors}
          inputProps={getInputProps(fields.endsOn, { type: "date" })}
        />
      </div>
      <div className="md:col-span-2">
        <TextareaField
          label={t("coordination.subsidies.description")}
          errors={fields.description.errors}
          textareaProps={{ ...getTextareaProps(fields.description), rows: 3 }}
        />
      </div>
      <div className="md:col-span-2">
        <CheckboxField
          label={t("coordination.subsidies.active")}
          errors={fields.active.errors}
          inputProps={getInputProps(fields.active, { type: "checkbox" })}
        />
      </div>
      <div className="md:col-span-2">
        <StatusButton>{submitLabel}</StatusButton>
      </div>
    </Form>
  );
}
