import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { isHoneypotFilled } from "~/lib/honeypot";
import { notFound } from "~/lib/http.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { allowAnyone, getOptionalUser, requireUser } from "~/modules/auth/guards.server";
import { enforceAuthRateLimit, keepRetryAfter } from "~/modules/auth/rate-limit.server";
import { serializeSessionCookie } from "~/modules/auth/session.server";
import { isCompanyMember } from "~/modules/companies/access.server";
import {
  acceptInvitation,
  findInvitation,
  signUpFromInvitation,
} from "~/modules/companies/invitations.server";
import { InvitationMessage, InvitationSignupForm } from "~/modules/companies/invitation-view";
import { invitationActionSchema, invitationTokenSchema } from "~/modules/companies/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { FormPage, PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.invitation.title");

export const headers = keepRetryAfter;

// Public: the token in the link is the permission. Opening it changes nothing.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  allowAnyone();
  const token = invitationTokenSchema.safeParse(params.token);
  const invitation = token.success ? await findInvitation(token.data) : null;
  if (!invitation) return data({ view: "invalid" as const }, { status: 404 });
  const { company, inviterName, email } = invitation;
  if (invitation.state !== "valid") {
    return data({ view: invitation.state, company }, { status: 410 });
  }
  const user = await getOptionalUser(request, context);
  if (user) {
    if (user.role !== "COMPANY_MEMBER") {
      return data({ view: "wrong-role" as const, company }, { status: 403 });
    }
    if (await isCompanyMember(company.id, user.id)) {
      return data({ view: "already-member" as const, company });
    }
    return data({ view: "accept" as const, company, inviterName, email });
  }
  const loginTo = `/login?${new URLSearchParams({ redirectTo: `/invitations/${token.data}` })}`;
  if (invitation.hasAccount) {
    return data({ view: "login" as const, company, inviterName, email, loginTo });
  }
  return data({ view: "signup" as const, company, inviterName, email, loginTo });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  allowAnyone();
  const token = invitationTokenSchema.safeParse(params.token);
  if (!token.success) notFound();
  const formData = await request.formData();
  if (isHoneypotFilled(formData)) throw data("Bad Request", { status: 400 });
  const submission = parseWithZod(formData, { schema: invitationActionSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const meta = requestMeta(request, context);
  if (submission.value.intent === "accept") {
    const user = await requireUser(request, context);
    const outcome = await acceptInvitation(user, token.data, meta);
    if (!outcome.ok) {
      return data({ result: submission.reply({ formErrors: [outcome.error] }) }, { status: 400 });
    }
    return redirectWithToast(`/companies/${outcome.companyId}`, {
      kind: "success",
      message: "companies.invitation.joined",
    });
  }
  // Signing up is for visitors without a session.
  if (await getOptionalUser(request, context)) throw redirect(`/invitations/${token.data}`);
  enforceAuthRateLimit(context, "invitation-signup");
  const locale = await resolveLocale(request);
  const outcome = await signUpFromInvitation(token.data, submission.value, locale, meta);
  if (!outcome.ok) {
    return data(
      { result: submission.reply({ formErrors: [outcome.error], hideFields: ["password"] }) },
      { status: 400 },
    );
  }
  return redirectWithToast(
    `/companies/${outcome.companyId}`,
    { kind: "success", message: "companies.invitation.joined" },
    { headers: { "Set-Cookie": serializeSessionCookie(outcome.token, outcome.expiresAt) } },
  );
}

export default function InvitationPage() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (loaded.view !== "signup" && loaded.view !== "accept") {
    return <InvitationMessage {...loaded} />;
  }
  return (
    <FormPage>
      <PageHeader
        title={t("companies.invitation.heading", { company: loaded.company.name })}
        lead={
          loaded.inviterName
            ? t("companies.invitation.leadFrom", { inviter: loaded.inviterName })
            : t("companies.invitation.lead")
        }
      />
      {loaded.view === "accept" ? (
        <Form method="post" className="card space-y-4">
          <FormErrors errors={actionData?.result.error?.[""]} />
          <p>{t("companies.invitation.acceptBody", { company: loaded.company.name })}</p>
          <StatusButton name="intent" value="accept" className="w-full">
            {t("companies.invitation.acceptSubmit")}
          </StatusButton>
        </Form>
      ) : (
        <>
          <p className="mb-4">{t("companies.invitation.signupBody")}</p>
          <InvitationSignupForm email={loaded.email} lastResult={actionData?.result} />
          <p className="mt-4 text-sm">
            <Link to={loaded.loginTo}>{t("companies.invitation.haveAccount")}</Link>
          </p>
        </>
      )}
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
