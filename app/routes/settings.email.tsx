import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { requestEmailChange } from "~/modules/auth/accounts.server";
import { requireUser } from "~/modules/auth/guards.server";
import { enforceAuthRateLimit, keepRetryAfter } from "~/modules/auth/rate-limit.server";
import { changeEmailSchema } from "~/modules/auth/schemas";
import { Field } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "settings.email.title");

export const headers = keepRetryAfter;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return { email: user.email };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  enforceAuthRateLimit(context, "change-email", user.email);
  const submission = parseWithZod(await request.formData(), { schema: changeEmailSchema });
  if (submission.status !== "success") {
    return { result: submission.reply({ hideFields: ["currentPassword"] }), sentTo: null };
  }
  const outcome = await requestEmailChange(user, submission.value, requestMeta(request, context));
  if (!outcome.ok) {
    const fieldErrors: Record<string, string[]> =
      outcome.reason === "wrong-password"
        ? { currentPassword: ["settings.password.wrong"] }
        : { newEmail: ["settings.email.same"] };
    return {
      result: submission.reply({ fieldErrors, hideFields: ["currentPassword"] }),
      sentTo: null,
    };
  }
  return { result: submission.reply({ resetForm: true }), sentTo: submission.value.newEmail };
}

export default function EmailSettings() {
  const t = useT();
  const { email } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "change-email",
    lastResult: actionData?.result,
    constraint: getZodConstraint(changeEmailSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changeEmailSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageHeader title={t("settings.email.title")} lead={t("settings.email.current", { email })} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        {actionData?.sentTo ? (
          <p role="status" className="rounded-md bg-green-50 p-3 text-success">
            {t("settings.email.sent", { email: actionData.sentTo })}
          </p>
        ) : null}
        <input type="hidden" name="username" value={email} autoComplete="username" />
        <Field
          label={t("field.newEmail")}
          hint={t("settings.email.hint")}
          errors={fields.newEmail.errors}
          inputProps={{
            ...getInputProps(fields.newEmail, { type: "email" }),
            autoComplete: "email",
          }}
        />
        <Field
          label={t("field.currentPassword")}
          errors={fields.currentPassword.errors}
          inputProps={{
            ...getInputProps(fields.currentPassword, { type: "password" }),
            autoComplete: "current-password",
          }}
        />
        <StatusButton>{t("settings.email.submit")}</StatusButton>
      </Form>
    </>
  );
}
