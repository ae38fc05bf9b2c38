import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { PASSWORD_MIN } from "~/modules/auth/schemas";
import { CheckboxField, Field, FormErrors } from "~/ui/field";
import { HoneypotField } from "~/ui/honeypot";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";
import { invitationSignupSchema } from "./schemas";

type Props =
  | { view: "invalid" }
  | { view: "expired" | "used" | "revoked" | "wrong-role"; company: { name: string } }
  | { view: "already-member"; company: { id: string; name: string } }
  | { view: "login"; company: { name: string }; email: string; loginTo: string };

const titles: Record<Props["view"], MessageKey> = {
  invalid: "companies.invitation.invalidTitle",
  expired: "companies.invitation.expiredTitle",
  used: "companies.invitation.usedTitle",
  revoked: "companies.invitation.revokedTitle",
  "wrong-role": "companies.invitation.wrongRoleTitle",
  "already-member": "companies.invitation.alreadyMemberTitle",
  login: "companies.invitation.loginTitle",
};

const bodies: Record<Props["view"], MessageKey> = {
  invalid: "companies.invitation.invalidBody",
  expired: "companies.invitation.expiredBody",
  used: "companies.invitation.usedBody",
  revoked: "companies.invitation.revokedBody",
  "wrong-role": "companies.invitation.wrongRole",
  "already-member": "companies.invitation.alreadyMemberBody",
  login: "companies.invitation.loginBody",
};

/** Every invitation page that is an explanation rather than a form. */
export function InvitationMessage(props: Props) {
  const t = useT();
  const company = "company" in props ? props.company.name : "";
  return (
    <FormPage>
      <PageHeader title={t(titles[props.view], { company })} />
      <div className="card space-y-4">
        <p>{t(bodies[props.view], { company, email: "email" in props ? props.email : "" })}</p>
        {props.view === "login" ? (
          <p>
            <Link to={props.loginTo} className="btn-primary">
              {t("companies.invitation.loginAction")}
            </Link>
          </p>
        ) : props.view === "already-member" ? (
          <p>
            <Link to={`/companies/${props.company.id}`} className="btn-primary">
              {t("companies.invitation.openCompany")}
            </Link>
          </p>
        ) : (
          <p>
            <Link to="/" className="btn-secondary">
              {t("error.backHome")}
            </Link>
          </p>
        )}
      </div>
    </FormPage>
  );
}

/** The short sign-up form on an invitation: the address is the invited one, fixed. */
export function InvitationSignupForm({
  email,
  lastResult,
}: {
  email: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "invitation-signup",
    lastResult,
    constraint: getZodConstraint(invitationSignupSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: invitationSignupSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="card space-y-5" {...getFormProps(form)}>
      <HoneypotField />
      <input type="hidden" name="intent" value="signup" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field
        label={t("field.email")}
        hint={t("companies.invitation.emailFixed")}
        inputProps={{ id: "invited-email", type: "email", value: email, readOnly: true }}
      />
      <Field
        label={t("field.name")}
        errors={fields.name.errors}
        inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
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
      <StatusButton className="w-full">{t("companies.invitation.signupSubmit")}</StatusButton>
    </Form>
  );
}
