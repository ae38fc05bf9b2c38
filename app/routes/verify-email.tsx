import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { isHoneypotFilled } from "~/lib/honeypot";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import {
  confirmEmailToken,
  findUsableToken,
  resendVerification,
} from "~/modules/auth/accounts.server";
import { allowAnyone, getOptionalUser } from "~/modules/auth/guards.server";
import {
  accountKeyFrom,
  enforceAuthRateLimit,
  keepRetryAfter,
} from "~/modules/auth/rate-limit.server";
import { tokenSchema, verifyEmailActionSchema } from "~/modules/auth/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors } from "~/ui/field";
import { HoneypotField } from "~/ui/honeypot";
import { pageTitle } from "~/ui/meta";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.verify.title");

export const headers = keepRetryAfter;

// Public: the token in the link is the permission. Opening the link changes nothing;
// the button below does (mail scanners follow links).
export async function loader({ request }: LoaderFunctionArgs) {
  allowAnyone();
  const url = new URL(request.url);
  const rawToken = url.searchParams.get("token");
  if (rawToken === null)
    return { state: "check-inbox" as const, sent: url.searchParams.has("sent") };
  const token = tokenSchema.safeParse(rawToken);
  const row = token.success
    ? await findUsableToken(token.data, ["VERIFY_EMAIL", "CHANGE_EMAIL"])
    : null;
  if (!row) return { state: "invalid" as const };
  return { state: "confirm" as const, token: rawToken, email: row.email, purpose: row.purpose };
}

export async function action({ request, context }: ActionFunctionArgs) {
  allowAnyone();
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) throw data("Bad Request", { status: 400 });
  enforceAuthRateLimit(context, "verify-email", accountKeyFrom(formData));
  const submission = parseWithZod(formData, { schema: verifyEmailActionSchema });
  if (submission.status !== "success") return { result: submission.reply(), resent: false };
  if (submission.value.intent === "resend") {
    await resendVerification(submission.value.email);
    return { result: submission.reply({ resetForm: true }), resent: true };
  }
  const outcome = await confirmEmailToken(submission.value.token, requestMeta(request, context));
  if (!outcome.ok) {
    const error =
      outcome.reason === "email-taken" ? "auth.verify.emailTaken" : "auth.token.invalid";
    return { result: submission.reply({ formErrors: [error] }), resent: false };
  }
  const signedIn = await getOptionalUser(request, context);
  return redirectWithToast(signedIn ? "/settings/email" : "/login", {
    kind: "success",
    message: outcome.purpose === "CHANGE_EMAIL" ? "auth.verify.emailChanged" : "auth.verify.done",
  });
}

function ResendForm() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "resend-verification",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: verifyEmailActionSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)}>
      <HoneypotField />
      <h2 className="text-lg font-semibold">{t("auth.verify.resendTitle")}</h2>
      {actionData?.resent ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-success">
          {t("auth.verify.resent")}
        </p>
      ) : null}
      <Field
        label={t("field.email")}
        errors={fields.email.errors}
        inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
      />
      <StatusButton name="intent" value="resend" variant="secondary">
        {t("auth.verify.resend")}
      </StatusButton>
    </Form>
  );
}

export default function VerifyEmailPage() {
  const t = useT();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (loaderData.state === "confirm") {
    return (
      <FormPage>
        <PageHeader title={t("auth.verify.confirmTitle")} />
        <Form method="post" className="card space-y-5">
          <FormErrors errors={actionData?.result.error?.[""]} />
          <input type="hidden" name="token" value={loaderData.token} />
          <p>{t("auth.verify.confirmBody", { email: loaderData.email })}</p>
          <StatusButton name="intent" value="confirm" className="w-full">
            {t("auth.verify.confirm")}
          </StatusButton>
        </Form>
      </FormPage>
    );
  }
  return (
    <FormPage>
      <PageHeader
        title={t(loaderData.state === "invalid" ? "auth.verify.invalidTitle" : "auth.verify.title")}
        lead={t(loaderData.state === "invalid" ? "auth.token.invalid" : "auth.verify.checkInbox")}
      />
      <div className="card space-y-6">
        {loaderData.state === "check-inbox" && loaderData.sent ? (
          <p role="status" className="rounded-md bg-green-50 p-3 text-success">
            {t("auth.verify.sent")}
          </p>
        ) : null}
        <ResendForm />
        <p className="text-sm">
          <Link to="/login">{t("auth.backToLogin")}</Link>
        </p>
      </div>
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
