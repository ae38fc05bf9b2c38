import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { isHoneypotFilled } from "~/lib/honeypot";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { requestPasswordReset } from "~/modules/auth/accounts.server";
import { allowAnyone } from "~/modules/auth/guards.server";
import {
  accountKeyFrom,
  enforceAuthRateLimit,
  keepRetryAfter,
} from "~/modules/auth/rate-limit.server";
import { forgotPasswordSchema } from "~/modules/auth/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field } from "~/ui/field";
import { HoneypotField } from "~/ui/honeypot";
import { pageTitle } from "~/ui/meta";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.forgot.title");

export const headers = keepRetryAfter;

export function loader(_: LoaderFunctionArgs) {
  allowAnyone();
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  allowAnyone();
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) throw data("Bad Request", { status: 400 });
  enforceAuthRateLimit(context, "forgot-password", accountKeyFrom(formData));
  const submission = parseWithZod(formData, { schema: forgotPasswordSchema });
  if (submission.status !== "success") return { result: submission.reply(), sent: false };
  await requestPasswordReset(submission.value.email, requestMeta(request, context));
  // The same answer whether or not the address has an account.
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPasswordPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(forgotPasswordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <FormPage>
      <PageHeader title={t("auth.forgot.title")} lead={t("auth.forgot.lead")} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <HoneypotField />
        {actionData?.sent ? (
          <p role="status" className="rounded-md bg-green-50 p-3 text-success">
            {t("auth.forgot.sent")}
          </p>
        ) : null}
        <Field
          label={t("field.email")}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
        />
        <StatusButton className="w-full">{t("auth.forgot.submit")}</StatusButton>
        <p className="text-sm">
          <Link to="/login">{t("auth.backToLogin")}</Link>
        </p>
      </Form>
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
