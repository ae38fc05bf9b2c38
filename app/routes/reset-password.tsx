import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { findUsableToken, resetPassword } from "~/modules/auth/accounts.server";
import { allowAnyone } from "~/modules/auth/guards.server";
import { enforceAuthRateLimit, keepRetryAfter } from "~/modules/auth/rate-limit.server";
import { PASSWORD_MIN, resetPasswordSchema, tokenSchema } from "~/modules/auth/schemas";
import { serializeBlankSessionCookie } from "~/modules/auth/session.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.reset.title");

export const headers = keepRetryAfter;

// Public: the single-use token from the mail is the permission.
export async function loader({ request }: LoaderFunctionArgs) {
  allowAnyone();
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const row = token.success
    ? await findUsableToken(token.data, ["RESET_PASSWORD", "INVITE"])
    : null;
  if (!row || !token.success) return { valid: false as const };
  return {
    valid: true as const,
    token: token.data,
    email: row.email,
    invite: row.purpose === "INVITE",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  allowAnyone();
  enforceAuthRateLimit(context, "reset-password");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: resetPasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password", "confirmPassword"] }) });
  }
  const outcome = await resetPassword(
    submission.value.token,
    submission.value.password,
    requestMeta(request, context),
  );
  if (!outcome.ok) {
    return data({
      result: submission.reply({
        formErrors: ["auth.token.invalid"],
        hideFields: ["password", "confirmPassword"],
      }),
    });
  }
  // Every session of the account has ended, this browser's included.
  return redirectWithToast(
    "/login",
    {
      kind: "success",
      message: outcome.purpose === "INVITE" ? "auth.reset.inviteDone" : "auth.reset.done",
    },
    { headers: { "Set-Cookie": serializeBlankSessionCookie() } },
  );
}

export default function ResetPasswordPage() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(resetPasswordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!loaderData.valid) {
    return (
      <FormPage>
        <PageHeader title={t("auth.reset.invalidTitle")} lead={t("auth.token.invalid")} />
        <p>
          <Link to="/forgot-password" className="btn-primary">
            {t("auth.reset.requestAgain")}
          </Link>
        </p>
      </FormPage>
    );
  }
  return (
    <FormPage>
      <PageHeader
        title={t(loaderData.invite ? "auth.reset.inviteTitle" : "auth.reset.title")}
        lead={t("auth.reset.lead", { email: loaderData.email })}
      />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="token" value={loaderData.token} />
        <input type="hidden" name="username" value={loaderData.email} autoComplete="username" />
        <Field
          label={t("field.newPassword")}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
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
        <StatusButton className="w-full">{t("auth.reset.submit")}</StatusButton>
      </Form>
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
