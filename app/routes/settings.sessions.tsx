import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requestMeta } from "~/lib/request-meta.server";
import { redirectWithToast } from "~/lib/toast.server";
import { logOutEverywhere } from "~/modules/auth/accounts.server";
import { requireSession } from "~/modules/auth/guards.server";
import { listUserSessions, serializeBlankSessionCookie } from "~/modules/auth/session.server";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";
import { StatusButton } from "~/ui/status-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "settings.sessions.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, sessionId } = await requireSession(request, context);
  const sessions = await listUserSessions(user.id);
  return {
    sessions: sessions.map((session) => ({
      // The id is the token hash: the page needs only a key for the list.
      ...session,
      id: session.id.slice(0, 12),
      current: session.id === sessionId,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireSession(request, context);
  await logOutEverywhere(user.id, requestMeta(request, context));
  return redirectWithToast(
    "/login",
    { kind: "success", message: "settings.sessions.loggedOutEverywhere" },
    { headers: { "Set-Cookie": serializeBlankSessionCookie() } },
  );
}

export default function SessionsSettings() {
  const t = useT();
  const locale = useLocale();
  const { sessions } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("settings.sessions.title")} lead={t("settings.sessions.lead")} />
      <ul className="mb-6 space-y-3">
        {sessions.map((session) => (
          <li key={session.id} className="card">
            <p className="font-semibold">
              {session.userAgent ?? t("settings.sessions.unknownDevice")}
              {session.current ? (
                <span className="ml-2 rounded bg-accent-soft px-2 py-0.5 text-sm text-accent-strong">
                  {t("settings.sessions.current")}
                </span>
              ) : null}
            </p>
            <p className="text-sm text-muted">
              {t("settings.sessions.signedIn", { date: formatDateTime(locale, session.createdAt) })}{" "}
              ·{" "}
              {t("settings.sessions.lastSeen", {
                date: formatDateTime(locale, session.lastSeenAt),
              })}
              {session.ipAddress ? ` · ${session.ipAddress}` : ""}
            </p>
          </li>
        ))}
      </ul>
      <Form method="post">
        <StatusButton variant="danger">{t("settings.sessions.logoutEverywhere")}</StatusButton>
      </Form>
    </>
  );
}
