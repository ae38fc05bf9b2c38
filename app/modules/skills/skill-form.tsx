import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { Field, FormErrors, SelectField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { createSkillSchema, updateSkillSchema } from "./schemas";
import { skillGroups } from "./taxonomy";

export type SkillFormDefaults = {
  slug?: string;
  nameJa?: string;
  nameEn?: string;
  aliases?: string;
  group?: string;
};

/**
 * The admin's skill form, for "new" (with a slug) and "edit" (the slug is fixed and
 * shown as text). A plain POST form; the same schema checks it here and on the server.
 */
export function SkillForm({
  mode,
  lastResult,
  defaultValue,
}: {
  mode: "create" | "edit";
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue?: SkillFormDefaults;
}) {
  const t = useT();
  const schema = mode === "create" ? createSkillSchema : updateSkillSchema;
  const [form, fields] = useForm({
    id: `skill-${mode}`,
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const slug = (fields as Partial<typeof fields & { slug: typeof fields.nameJa }>).slug;
  return (
    <Form method="post" className="card grid gap-5 md:grid-cols-2" {...getFormProps(form)}>
      <div className="md:col-span-2">
        <FormErrors id={form.errorId} errors={form.errors} />
      </div>
      {mode === "create" && slug ? (
        <Field
          className="md:col-span-2"
          label={t("skills.field.slug")}
          hint={t("skills.field.slugHint")}
          errors={slug.errors}
          inputProps={{
            ...getInputProps(slug, { type: "text" }),
            autoCapitalize: "none",
            autoComplete: "off",
            spellCheck: false,
          }}
        />
      ) : (
        <div className="md:col-span-2">
          <p className="mb-1 font-semibold">{t("skills.field.slug")}</p>
          <p>
            <code className="rounded bg-paper px-2 py-1">{defaultValue?.slug}</code>{" "}
            <span className="text-sm text-muted">{t("skills.edit.slugFixed")}</span>
          </p>
        </div>
      )}
      <Field
        label={t("skills.field.nameJa")}
        errors={fields.nameJa.errors}
        inputProps={{ ...getInputProps(fields.nameJa, { type: "text" }), lang: "ja" }}
      />
      <Field
        label={t("skills.field.nameEn")}
        errors={fields.nameEn.errors}
        inputProps={{ ...getInputProps(fields.nameEn, { type: "text" }), lang: "en" }}
      />
      <Field
        className="md:col-span-2"
        label={t("skills.field.aliases")}
        hint={t("skills.field.aliasesHint")}
        errors={fields.aliases.errors}
        inputProps={getInputProps(fields.aliases, { type: "text" })}
      />
      <SelectField
        label={t("skills.field.group")}
        errors={fields.group.errors}
        selectProps={getSelectProps(fields.group)}
      >
        <option value="">{t("reference.choose")}</option>
        {skillGroups.map((group) => (
          <option key={group} value={group}>
            {t(`skills.group.${group}`)}
          </option>
        ))}
      </SelectField>
      <div className="md:col-span-2">
        <StatusButton>
          {t(mode === "create" ? "skills.new.submit" : "skills.edit.submit")}
        </StatusButton>
      </div>
    </Form>
  );
}
