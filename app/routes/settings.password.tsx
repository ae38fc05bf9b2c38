import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { changePassword } from "~/modules/auth/accounts.server";
import { requireSession } from "~/modules/auth/guards.server";
import { enforceAuthRateLimit, keepRetryAfter } from "~/modules/auth/rate-limit.server";
import { changePasswordSchema, PASSWORD_MIN } from "~/modules/auth/schemas";
import { Field } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "settings.password.title");

export const headers = keepRetryAfter;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context);
  return { email: user.email };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, sessionId } = await requireSession(request, context);
  enforceAuthRateLimit(context, "change-password", user.email);
  const submission = parseWithZod(await request.formData(), { schema: changePasswordSchema });
  const hideFields = ["currentPassword", "newPassword", "confirmPassword"];
  if (submission.status !== "success") return { result: submission.reply({ hideFields }) };
  const outcome = await changePassword(
    user,
    sessionId,
    submission.value,
    requestMeta(request, context),
  );
  if (!outcome.ok) {
    return {
      result: submission.reply({
        fieldErrors: { currentPassword: ["settings.password.wrong"] },
        hideFields,
      }),
    };
  }
  return redirectWithToast("/settings/password", {
    kind: "success",
    message: "settings.password.changed",
  });
}

export default function PasswordSettings() {
  const t = useT();
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(changePasswordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <PageHeader title={t("settings.password.title")} lead={t("settings.password.lead")} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="username" value={email} autoComplete="username" />
        <Field
          label={t("field.currentPassword")}
          errors={fields.currentPassword.errors}
          inputProps={{
            ...getInputProps(fields.currentPassword, { type: "password" }),
            autoComplete: "current-password",
          }}
        />
        <Field
          label={t("field.newPassword")}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
          errors={fields.newPassword.errors}
          inputProps={{
            ...getInputProps(fields.newPassword, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <Field
          label={t("field.confirmPassword")}
          errors={fields.confirmPassword.errors}
          inputProps={{
            ...getInputProps(fields.confirmPassword, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <StatusButton>{t("settings.password.submit")}</StatusButton>
      </Form>
    </>
  );
}
