import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { DefaultSubmit, RowFieldset } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readSkills, saveSkills } from "~/modules/professionals/profile.server";
import { MAX_SKILLS, skillLevels, skillsSchema } from "~/modules/professionals/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors, SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.skills");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, locale } = await requireProfessional(request, context);
  return { skills: await readSkills(user.id, locale) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, locale } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: skillsSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const outcome = await saveSkills(user.id, submission.value, locale);
  if (!outcome.ok) {
    const fieldErrors = Object.fromEntries(
      Object.entries(outcome.rowErrors).map(([index, message]) => [
        `skills[${index}].name`,
        [message],
      ]),
    );
    return { result: submission.reply({ fieldErrors }) };
  }
  return redirectWithToast("/profile/skills", { kind: "success", message: "professionals.saved" });
}

export default function ProfileSkills() {
  const t = useT();
  const { skills } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-skills",
    lastResult: actionData?.result,
    constraint: getZodConstraint(skillsSchema),
    defaultValue: { skills },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: skillsSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const rows = fields.skills.getFieldList();
  return (
    <>
      <PageHeader title={t("professionals.section.skills")} lead={t("professionals.skills.lead")} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <DefaultSubmit />
        <FormErrors id={form.errorId} errors={form.errors} />
        <ErrorList errors={fields.skills.errors} />
        {rows.length === 0 ? <p className="text-muted">{t("professionals.skills.empty")}</p> : null}
        {rows.map((row, index) => {
          const cells = row.getFieldset();
          const legend = t("professionals.skills.row", { number: index + 1 });
          return (
            <RowFieldset
              key={row.key}
              legend={legend}
              removeButton={
                <button
                  className="btn-secondary"
                  {...form.remove.getButtonProps({ name: fields.skills.name, index })}
                >
                  {t("professionals.rows.remove", { item: legend })}
                </button>
              }
            >
              <Field
                className="md:col-span-2"
                label={t("professionals.field.skillName")}
                errors={cells.name.errors}
                inputProps={getInputProps(cells.name, { type: "text" })}
              />
              <Field
                label={t("professionals.field.years")}
                errors={cells.years.errors}
                inputProps={{
                  ...getInputProps(cells.years, { type: "number" }),
                  inputMode: "numeric",
                }}
              />
              <SelectField
                label={t("professionals.field.level")}
                errors={cells.level.errors}
                selectProps={getSelectProps(cells.level)}
              >
                <option value="">{t("reference.choose")}</option>
                {skillLevels.map((level) => (
                  <option key={level} value={level}>
                    {t(`reference.level.${level}`)}
                  </option>
                ))}
              </SelectField>
            </RowFieldset>
          );
        })}
        <div className="flex flex-wrap gap-3">
          {rows.length < MAX_SKILLS ? (
            <button
              className="btn-secondary"
              {...form.insert.getButtonProps({
                name: fields.skills.name,
                defaultValue: { years: 1, level: "INTERMEDIATE" },
              })}
            >
              {t("professionals.skills.add")}
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
