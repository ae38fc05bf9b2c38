import { getFormProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { formatDate, formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { CheckboxField, FormErrors, SelectField } from "~/ui/field";
import { StatusButton } from "~/ui/status-button";
import { transferSchema } from "./schemas";

type Member = {
  id: string;
  userId: string;
  name: string;
  email: string | null;
  role: "OWNER" | "MEMBER";
  joinedAt: Date | string;
};

/** The team: everyone sees names and roles; the owner also sees addresses and can remove. */
export function MembersTable({
  members,
  isOwner,
  viewerId,
}: {
  members: Member[];
  isOwner: boolean;
  viewerId: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-3 text-lg font-semibold">
        {t("companies.members.listTitle", { count: members.length })}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="p-3">
                {t("companies.members.name")}
              </th>
              {isOwner ? (
                <th scope="col" className="p-3">
                  {t("companies.members.email")}
                </th>
              ) : null}
              <th scope="col" className="p-3">
                {t("companies.members.role")}
              </th>
              <th scope="col" className="p-3">
                {t("companies.members.joined")}
              </th>
              {isOwner ? (
                <th scope="col" className="p-3">
                  <span className="sr-only">{t("companies.members.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-t border-line">
                <td className="p-3">
                  {member.name}
                  {member.userId === viewerId ? (
                    <span className="ml-2 text-muted">{t("companies.members.you")}</span>
                  ) : null}
                </td>
                {isOwner ? <td className="p-3">{member.email}</td> : null}
                <td className="p-3">{t(`companies.role.${member.role}`)}</td>
                <td className="p-3">{formatDate(locale, member.joinedAt)}</td>
                {isOwner ? (
                  <td className="p-3 text-right">
                    {member.userId !== viewerId ? (
                      <Form method="post">
                        <input type="hidden" name="membershipId" value={member.id} />
                        <StatusButton
                          name="intent"
                          value="remove"
                          variant="secondary"
                          aria-label={t("companies.members.removeNamed", { name: member.name })}
                        >
                          {t("companies.members.remove")}
                        </StatusButton>
                      </Form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Invitations still open, each with a button to withdraw it. */
export function PendingInvitations({
  invitations,
}: {
  invitations: Array<{ id: string; email: string; expiresAt: Date | string }>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="pending-heading" className="max-w-2xl">
      <h2 id="pending-heading" className="mb-3 text-lg font-semibold">
        {t("companies.invite.pendingTitle")}
      </h2>
      {invitations.length === 0 ? (
        <p className="text-muted">{t("companies.invite.none")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-3 p-3">
              <span className="grow break-all">{invitation.email}</span>
              <span className="text-sm text-muted">
                {t("companies.invite.expires", {
                  date: formatDateTime(locale, invitation.expiresAt),
                })}
              </span>
              <Form method="post">
                <input type="hidden" name="invitationId" value={invitation.id} />
                <StatusButton
                  name="intent"
                  value="revoke"
                  variant="secondary"
                  aria-label={t("companies.invite.revokeNamed", { email: invitation.email })}
                >
                  {t("companies.invite.revoke")}
                </StatusButton>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The owner hands the company to another member (and becomes a member). */
export function TransferForm({
  members,
  lastResult,
}: {
  members: Array<{ id: string; name: string }>;
  lastResult?: SubmissionResult<string[]>;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "transfer",
    lastResult,
    constraint: getZodConstraint(transferSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: transferSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section aria-labelledby="transfer-heading" className="card max-w-2xl space-y-4">
      <h2 id="transfer-heading" className="text-lg font-semibold">
        {t("companies.transfer.title")}
      </h2>
      {members.length === 0 ? (
        <p className="text-muted">{t("companies.transfer.noOneElse")}</p>
      ) : (
        <Form method="post" className="space-y-4" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="transfer" />
          <p className="text-sm text-muted">{t("companies.transfer.lead")}</p>
          <FormErrors id={form.errorId} errors={form.errors} />
          <SelectField
            label={t("companies.transfer.to")}
            errors={fields.membershipId.errors}
            selectProps={getSelectProps(fields.membershipId)}
          >
            <option value="">{t("companies.form.choose")}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t("companies.transfer.confirm")}
            errors={fields.confirm.errors}
            inputProps={{ name: fields.confirm.name, id: fields.confirm.id }}
          />
          <StatusButton variant="danger">{t("companies.transfer.submit")}</StatusButton>
        </Form>
      )}
    </section>
  );
}
