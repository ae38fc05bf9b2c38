import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { forbidden, notFound } from "~/lib/http.server";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { useT } from "~/lib/i18n/react";
import { requireCompanyMember } from "~/modules/companies/access.server";
import { getCompanyName } from "~/modules/companies/companies.server";
import {
  inviteMember,
  listPendingInvitations,
  revokeInvitation,
} from "~/modules/companies/invitations.server";
import { MembersTable, PendingInvitations, TransferForm } from "~/modules/companies/members-view";
import {
  leaveCompany,
  listMembers,
  removeMember,
  transferOwnership,
} from "~/modules/companies/members.server";
import { inviteSchema, memberActionSchema } from "~/modules/companies/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.members.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user, membership } = await requireCompanyMember(request, context, companyId);
  const company = await getCompanyName(companyId);
  if (!company) notFound();
  const isOwner = membership.role === "OWNER";
  const members = await listMembers(companyId);
  return {
    company,
    isOwner,
    viewerId: user.id,
    // Addresses are for the owner, who manages the team.
    members: members.map(({ email, ...member }) => ({ ...member, email: isOwner ? email : null })),
    invitations: isOwner ? await listPendingInvitations(companyId) : [],
    ownerCount: members.filter((member) => member.role === "OWNER").length,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user, membership } = await requireCompanyMember(request, context, companyId);
  const submission = parseWithZod(await request.formData(), { schema: memberActionSchema });
  if (submission.status !== "success") {
    return data({ intent: submission.payload.intent, result: submission.reply() }, { status: 400 });
  }
  const { value } = submission;
  if (value.intent !== "leave" && membership.role !== "OWNER") forbidden();
  const meta = requestMeta(request, context);
  const here = `/companies/${companyId}/members`;
  const outcome =
    value.intent === "invite"
      ? await inviteMember(user, companyId, value.email, meta)
      : value.intent === "revoke"
        ? await revokeInvitation(user, companyId, value.invitationId, meta)
        : value.intent === "remove"
          ? await removeMember(user, companyId, value.membershipId, meta)
          : value.intent === "transfer"
            ? await transferOwnership(user, companyId, value.membershipId, meta)
            : await leaveCompany(user, companyId, meta);
  if (!outcome.ok) {
    return data(
      { intent: value.intent, result: submission.reply({ formErrors: [outcome.error] }) },
      { status: 400 },
    );
  }
  const toasts = {
    invite: "companies.invite.sent",
    revoke: "companies.invite.revoked",
    remove: "companies.members.removed",
    transfer: "companies.transfer.done",
    leave: "companies.members.left",
  } as const;
  return redirectWithToast(value.intent === "leave" ? "/company" : here, {
    kind: "success",
    message: toasts[value.intent],
  });
}

export default function CompanyMembersPage() {
  const t = useT();
  const { company, isOwner, viewerId, members, invitations, ownerCount } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [inviteForm, inviteFields] = useForm({
    id: "invite",
    lastResult: actionData?.intent === "invite" ? actionData.result : undefined,
    constraint: getZodConstraint(inviteSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
    shouldValidate: "onBlur",
  });
  const otherErrors =
    actionData && actionData.intent !== "invite" && actionData.intent !== "transfer"
      ? actionData.result.error?.[""]
      : undefined;
  const viewerIsLastOwner =
    members.some((member) => member.userId === viewerId && member.role === "OWNER") &&
    ownerCount <= 1;
  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2 text-sm">
          <Link to={`/companies/${company.id}`}>{company.name}</Link>
        </p>
        <PageHeader title={t("companies.members.title")} lead={t("companies.members.lead")} />
      </div>
      <FormErrors errors={otherErrors} />
      <MembersTable members={members} isOwner={isOwner} viewerId={viewerId} />
      {isOwner ? (
        <>
          <section aria-labelledby="invite-heading" className="card max-w-2xl space-y-4">
            <h2 id="invite-heading" className="text-lg font-semibold">
              {t("companies.invite.title")}
            </h2>
            <p className="text-sm text-muted">{t("companies.invite.lead")}</p>
            <Form method="post" className="space-y-4" {...getFormProps(inviteForm)}>
              <input type="hidden" name="intent" value="invite" />
              <FormErrors id={inviteForm.errorId} errors={inviteForm.errors} />
              <Field
                label={t("companies.invite.email")}
                errors={inviteFields.email.errors}
                inputProps={{ ...getInputProps(inviteFields.email, { type: "email" }) }}
              />
              <StatusButton>{t("companies.invite.submit")}</StatusButton>
            </Form>
          </section>
          <PendingInvitations invitations={invitations} />
          <TransferForm
            members={members.filter((member) => member.userId !== viewerId)}
            lastResult={actionData?.intent === "transfer" ? actionData.result : undefined}
          />
        </>
      ) : null}
      <section aria-labelledby="leave-heading" className="max-w-2xl space-y-3">
        <h2 id="leave-heading" className="text-lg font-semibold">
          {t("companies.leave.title")}
        </h2>
        {viewerIsLastOwner ? (
          <p className="text-sm text-muted">{t("companies.leave.transferFirst")}</p>
        ) : (
          <Form method="post">
            <StatusButton name="intent" value="leave" variant="danger">
              {t("companies.leave.submit", { name: company.name })}
            </StatusButton>
          </Form>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
