import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { isHoneypotFilled } from "~/lib/honeypot";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { logIn } from "~/modules/auth/accounts.server";
import { requireAnonymous } from "~/modules/auth/guards.server";
import {
  accountKeyFrom,
  clearAccountRateLimit,
  enforceAuthRateLimit,
  keepRetryAfter,
} from "~/modules/auth/rate-limit.server";
import { loginSchema } from "~/modules/auth/schemas";
import { serializeSessionCookie } from "~/modules/auth/session.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors } from "~/ui/field";
import { HoneypotField } from "~/ui/honeypot";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";
import { pageTitle } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.login.title");

export const headers = keepRetryAfter;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAnonymous(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request, context);
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) throw data("Bad Request", { status: 400 });
  enforceAuthRateLimit(context, "login", accountKeyFrom(formData));
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    return { result: submission.reply({ hideFields: ["password"] }), unverified: false };
  }
  const result = await logIn(submission.value, requestMeta(request, context));
  if (!result.ok) {
    const unverified = result.reason === "unverified";
    return {
      result: submission.reply({
        formErrors: [unverified ? "auth.login.unverified" : "auth.login.invalid"],
        hideFields: ["password"],
      }),
      unverified,
    };
  }
  clearAccountRateLimit("login", submission.value.email);
  return redirect(safeRedirectPath(submission.value.redirectTo, "/"), {
    headers: { "Set-Cookie": serializeSessionCookie(result.token, result.expiresAt) },
  });
}

export default function LoginPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    constraint: getZodConstraint(loginSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <FormPage>
      <PageHeader title={t("auth.login.title")} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <HoneypotField />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <FormErrors id={form.errorId} errors={form.errors} />
        {actionData?.unverified ? (
          <p className="text-sm">
            <Link to="/verify-email">{t("auth.login.resendVerification")}</Link>
          </p>
        ) : null}
        <Field
          label={t("field.email")}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
        />
        <Field
          label={t("field.password")}
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
          }}
        />
        <StatusButton className="w-full">{t("auth.login.submit")}</StatusButton>
        <div className="flex flex-wrap justify-between gap-2 text-sm">
          <Link to="/forgot-password">{t("auth.login.forgot")}</Link>
          <Link to="/signup">{t("auth.login.noAccount")}</Link>
        </div>
      </Form>
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
