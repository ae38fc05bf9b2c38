import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { localeCookie } from "~/lib/i18n/locale.server";
import { localeNames, locales } from "~/lib/i18n/locales";
import { useT } from "~/lib/i18n/react";
import { redirectWithToast } from "~/lib/toast.server";
import { updateProfile } from "~/modules/auth/accounts.server";
import { requireUser } from "~/modules/auth/guards.server";
import { roleLabelKeys } from "~/modules/auth/roles";
import { profileSchema } from "~/modules/auth/schemas";
import { Field, SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "settings.profile.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return { name: user.name, email: user.email, role: user.role, locale: user.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), { schema: profileSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  await updateProfile(user.id, submission.value);
  const headers = new Headers({
    "Set-Cookie": await localeCookie.serialize(submission.value.locale),
  });
  return redirectWithToast(
    "/settings",
    { kind: "success", message: "settings.saved" },
    { headers },
  );
}

export default function ProfileSettings() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "profile",
    lastResult: actionData?.result,
    constraint: getZodConstraint(profileSchema),
    defaultValue: { name: loaderData.name, locale: loaderData.locale },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageHeader title={t("settings.profile.title")} />
      <dl className="card mb-6 grid grid-cols-[8rem_1fr] gap-2">
        <dt className="font-semibold">{t("field.email")}</dt>
        <dd>{loaderData.email}</dd>
        <dt className="font-semibold">{t("field.role")}</dt>
        <dd>{t(roleLabelKeys[loaderData.role])}</dd>
      </dl>
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <Field
          label={t("field.name")}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
        />
        <SelectField
          label={t("field.language")}
          errors={fields.locale.errors}
          selectProps={getSelectProps(fields.locale)}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </SelectField>
        <StatusButton>{t("common.save")}</StatusButton>
      </Form>
    </>
  );
}
