import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { requireUser } from "~/modules/auth/guards.server";
import {
  getNotificationPreferences,
  saveNotificationPreferences,
} from "~/modules/notifications/in-app/notifications.server";
import {
  notificationChannels,
  notificationPreferencesSchema,
} from "~/modules/notifications/in-app/preferences";
import { kindDescriptionKey, kindLabelKey } from "~/modules/notifications/in-app/text";
import { FormErrors } from "~/ui/field";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "notifications.settings.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return { preferences: await getNotificationPreferences(user) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), {
    schema: notificationPreferencesSchema,
  });
  if (submission.status !== "success") return { result: submission.reply() };
  await saveNotificationPreferences(user, submission.value, requestMeta(request, context));
  return redirectWithToast("/settings/notifications", {
    kind: "success",
    message: "notifications.toast.settingsSaved",
  });
}

const channelLabel = {
  inApp: "notifications.settings.inApp",
  email: "notifications.settings.email",
} as const;

export default function NotificationSettings() {
  const t = useT();
  const { preferences } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "notification-settings",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: notificationPreferencesSchema }),
  });
  const errors = [
    ...(form.errors ?? []),
    ...(fields.inApp.errors ?? []),
    ...(fields.email.errors ?? []),
  ];
  return (
    <>
      <PageHeader
        title={t("notifications.settings.title")}
        lead={t("notifications.settings.lead")}
      />
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={errors} />
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("notifications.settings.caption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">
                {t("notifications.settings.kind")}
              </th>
              {notificationChannels.map((channel) => (
                <th key={channel} scope="col" className="w-24 px-2 py-2 text-center">
                  {t(channelLabel[channel])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preferences.map((preference) => {
              const kind = t(kindLabelKey(preference.kind));
              const descriptionId = `notification-kind-${preference.kind.replace(".", "-")}`;
              return (
                <tr key={preference.kind} className="border-b border-line last:border-b-0">
                  <th scope="row" className="py-3 pr-3 align-top font-normal">
                    <span className="block font-semibold">{kind}</span>
                    <span id={descriptionId} className="block text-sm text-muted">
                      {t(kindDescriptionKey(preference.kind))}
                    </span>
                  </th>
                  {notificationChannels.map((channel) => (
                    <td key={channel} className="px-2 py-3 text-center align-top">
                      <label className="inline-flex cursor-pointer p-2">
                        <input
                          type="checkbox"
                          name={channel}
                          value={preference.kind}
                          defaultChecked={preference[channel]}
                          aria-describedby={descriptionId}
                          className="size-5 accent-accent"
                        />
                        <span className="sr-only">
                          {t("notifications.settings.checkbox", {
                            kind,
                            channel: t(channelLabel[channel]),
                          })}
                        </span>
                      </label>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        <StatusButton>{t("notifications.settings.submit")}</StatusButton>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
