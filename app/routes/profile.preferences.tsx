import { getCollectionProps, getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { ChoiceGroup } from "~/modules/professionals/form-parts";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readPreferences, savePreferences } from "~/modules/professionals/profile.server";
import { preferencesSchema, toDateInput } from "~/modules/professionals/schemas";
import { engagementTypes, workStyles } from "~/modules/reference/work";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.section.preferences");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const preferences = await readPreferences(user.id);
  return {
    ...preferences,
    availableFrom: toDateInput(preferences.availableFrom) ?? "",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const submission = parseWithZod(await request.formData(), { schema: preferencesSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  await savePreferences(user.id, submission.value);
  return redirectWithToast("/profile/preferences", {
    kind: "success",
    message: "professionals.saved",
  });
}

export default function ProfilePreferences() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile-preferences",
    lastResult: actionData?.result,
    constraint: getZodConstraint(preferencesSchema),
    defaultValue: {
      engagementTypes: loaderData.engagementTypes,
      workStyles: loaderData.workStyles,
      onsiteVisitsPerMonth: String(loaderData.onsiteVisitsPerMonth),
      hoursPerWeek: loaderData.hoursPerWeek?.toString() ?? "",
      availableFrom: loaderData.availableFrom,
      expectedMonthlyYen: loaderData.expectedMonthlyYen?.toString() ?? "",
      expectedHourlyYen: loaderData.expectedHourlyYen?.toString() ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: preferencesSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const numberProps = (field: Parameters<typeof getInputProps>[0]) => ({
    ...getInputProps(field, { type: "number" }),
    inputMode: "numeric" as const,
  });
  return (
    <>
      <PageHeader
        title={t("professionals.section.preferences")}
        lead={t("professionals.preferences.lead")}
      />
      <Form method="post" className="card space-y-6" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <ChoiceGroup
          legend={t("professionals.field.engagementTypes")}
          errors={fields.engagementTypes.errors}
          options={getCollectionProps(fields.engagementTypes, {
            type: "checkbox",
            options: [...engagementTypes],
          }).map((props) => ({
            label: t(`reference.engagement.${props.value as (typeof engagementTypes)[number]}`),
            inputProps: props,
          }))}
        />
        <ChoiceGroup
          legend={t("professionals.field.workStyles")}
          errors={fields.workStyles.errors}
          options={getCollectionProps(fields.workStyles, {
            type: "checkbox",
            options: [...workStyles],
          }).map((props) => ({
            label: t(`reference.workStyle.${props.value as (typeof workStyles)[number]}`),
            inputProps: props,
          }))}
        />
        <fieldset className="space-y-4">
          <legend className="mb-1 font-semibold">
            {t("professionals.preferences.availability")}
          </legend>
          <div className="grid gap-4 md:grid-cols-3">
            <Field
              label={t("professionals.field.hoursPerWeek")}
              errors={fields.hoursPerWeek.errors}
              inputProps={numberProps(fields.hoursPerWeek)}
            />
            <Field
              label={t("professionals.field.onsiteVisits")}
              errors={fields.onsiteVisitsPerMonth.errors}
              inputProps={numberProps(fields.onsiteVisitsPerMonth)}
            />
            <Field
              label={t("professionals.field.availableFrom")}
              errors={fields.availableFrom.errors}
              inputProps={getInputProps(fields.availableFrom, { type: "date" })}
            />
          </div>
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="mb-1 font-semibold">
            {t("professionals.preferences.compensation")}
          </legend>
          <p className="text-sm text-muted">{t("professionals.preferences.compensationHint")}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <Field
              label={t("professionals.field.expectedMonthlyYen")}
              errors={fields.expectedMonthlyYen.errors}
              inputProps={numberProps(fields.expectedMonthlyYen)}
            />
            <Field
              label={t("professionals.field.expectedHourlyYen")}
              errors={fields.expectedHourlyYen.errors}
              inputProps={numberProps(fields.expectedHourlyYen)}
            />
          </div>
        </fieldset>
        <StatusButton>{t("common.save")}</StatusButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
