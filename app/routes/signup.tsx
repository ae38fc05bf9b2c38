import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { isHoneypotFilled } from "~/lib/honeypot";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { signUp } from "~/modules/auth/accounts.server";
import { requireAnonymous } from "~/modules/auth/guards.server";
import {
  accountKeyFrom,
  enforceAuthRateLimit,
  keepRetryAfter,
} from "~/modules/auth/rate-limit.server";
import { roleLabelKeys, selfServiceRoles } from "~/modules/auth/roles";
import { PASSWORD_MIN, signupSchema } from "~/modules/auth/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, ErrorList, Field, FormErrors } from "~/ui/field";
import { HoneypotField } from "~/ui/honeypot";
import { pageTitle } from "~/ui/meta";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "auth.signup.title");

export const headers = keepRetryAfter;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAnonymous(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request, context);
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) throw data("Bad Request", { status: 400 });
  enforceAuthRateLimit(context, "signup", accountKeyFrom(formData));
  const submission = parseWithZod(formData, { schema: signupSchema });
  if (submission.status !== "success") {
    return { result: submission.reply({ hideFields: ["password"] }) };
  }
  const locale = await resolveLocale(request);
  await signUp(submission.value, locale, requestMeta(request, context));
  // The same page whether or not the address already had an account.
  return redirect("/verify-email?sent=1");
}

export default function SignupPage() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "signup",
    lastResult: actionData?.result,
    constraint: getZodConstraint(signupSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { role: "PROFESSIONAL" },
  });
  const roleErrorId = fields.role.errors?.length ? `${fields.role.id}-error` : undefined;
  return (
    <FormPage>
      <PageHeader title={t("auth.signup.title")} lead={t("auth.signup.lead")} />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <HoneypotField />
        <FormErrors id={form.errorId} errors={form.errors} />
        <fieldset aria-describedby={roleErrorId}>
          <legend className="mb-2 font-semibold">{t("auth.signup.roleLegend")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {selfServiceRoles.map((role) => (
              <label
                key={role}
                className="flex cursor-pointer items-start gap-3 rounded-md border border-line p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
              >
                <input
                  type="radio"
                  name={fields.role.name}
                  value={role}
                  defaultChecked={fields.role.initialValue === role}
                  className="mt-1 size-4 accent-accent"
                />
                <span>
                  <span className="block font-semibold">{t(roleLabelKeys[role])}</span>
                  <span className="block text-sm text-muted">
                    {t(
                      role === "PROFESSIONAL"
                        ? "auth.signup.roleProfessionalHint"
                        : "auth.signup.roleCompanyHint",
                    )}
                  </span>
                </span>
              </label>
            ))}
          </div>
          <ErrorList id={roleErrorId} errors={fields.role.errors} />
        </fieldset>
        <Field
          label={t("field.name")}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
        />
        <Field
          label={t("field.email")}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
        />
        <Field
          label={t("field.password")}
          hint={t("auth.passwordHint", { min: PASSWORD_MIN })}
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <CheckboxField
          label={
            <>
              {t("auth.signup.agreePrefix")} <Link to="/terms">{t("footer.terms")}</Link>{" "}
              {t("auth.signup.agreeAnd")} <Link to="/privacy">{t("footer.privacy")}</Link>
              {t("auth.signup.agreeSuffix")}
            </>
          }
          errors={fields.agreeToTerms.errors}
          inputProps={getInputProps(fields.agreeToTerms, { type: "checkbox" })}
        />
        <StatusButton className="w-full">{t("auth.signup.submit")}</StatusButton>
        <p className="text-sm">
          <Link to="/login">{t("auth.signup.haveAccount")}</Link>
        </p>
      </Form>
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
