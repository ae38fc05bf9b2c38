import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { formatDate, formatNumber, localeNames, locales } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { createUserAsStaff, listUsers } from "~/modules/auth/accounts.server";
import { requireRole } from "~/modules/auth/guards.server";
import { roleLabelKeys, roles } from "~/modules/auth/roles";
import { createUserSchema } from "~/modules/auth/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField } from "~/ui/field";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.users.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  return { users: await listUsers() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, context, ["ADMIN"]);
  const submission = parseWithZod(await request.formData(), { schema: createUserSchema });
  if (submission.status !== "success") return { result: submission.reply() };
  const outcome = await createUserAsStaff(submission.value, admin, requestMeta(request, context));
  if (!outcome.ok) {
    return { result: submission.reply({ fieldErrors: { email: ["admin.users.emailTaken"] } }) };
  }
  return redirectWithToast("/admin/users", { kind: "success", message: "admin.users.invited" });
}

export default function AdminUsersPage() {
  const t = useT();
  const locale = useLocale();
  const { users } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "create-user",
    lastResult: actionData?.result,
    constraint: getZodConstraint(createUserSchema),
    defaultValue: { role: "COORDINATOR", locale: "ja" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: createUserSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <>
      <PageHeader title={t("admin.users.title")} lead={t("admin.users.lead")} />
      <section aria-labelledby="create-user-heading" className="card mb-8">
        <h2 id="create-user-heading" className="mb-4 text-lg font-semibold">
          {t("admin.users.createTitle")}
        </h2>
        <Form method="post" className="grid gap-4 md:grid-cols-2" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Field
            label={t("field.name")}
            errors={fields.name.errors}
            inputProps={getInputProps(fields.name, { type: "text" })}
          />
          <Field
            label={t("field.email")}
            errors={fields.email.errors}
            inputProps={getInputProps(fields.email, { type: "email" })}
          />
          <SelectField
            label={t("field.role")}
            errors={fields.role.errors}
            selectProps={getSelectProps(fields.role)}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(roleLabelKeys[role])}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("field.language")}
            errors={fields.locale.errors}
            selectProps={getSelectProps(fields.locale)}
          >
            {locales.map((value) => (
              <option key={value} value={value}>
                {localeNames[value]}
              </option>
            ))}
          </SelectField>
          <div className="md:col-span-2">
            <StatusButton>{t("admin.users.create")}</StatusButton>
          </div>
        </Form>
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-3 text-lg font-semibold">
          {t("admin.users.listTitle", { count: formatNumber(locale, users.length) })}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-paper">
              <tr>
                <th scope="col" className="p-3">
                  {t("field.name")}
                </th>
                <th scope="col" className="p-3">
                  {t("field.email")}
                </th>
                <th scope="col" className="p-3">
                  {t("field.role")}
                </th>
                <th scope="col" className="p-3">
                  {t("admin.users.status")}
                </th>
                <th scope="col" className="p-3">
                  {t("admin.users.created")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-line">
                  <td className="p-3">{user.name}</td>
                  <td className="p-3">{user.email}</td>
                  <td className="p-3">{t(roleLabelKeys[user.role])}</td>
                  <td className="p-3">
                    {t(user.emailVerifiedAt ? "admin.users.verified" : "admin.users.pending")}
                  </td>
                  <td className="p-3">{formatDate(locale, user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
