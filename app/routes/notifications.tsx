import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { useT } from "~/lib/i18n/react";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { redirectWithToast } from "~/lib/toast.server";
import { requireUser } from "~/modules/auth/guards.server";
import {
  MarkAllReadForm,
  NotificationList,
} from "~/modules/notifications/in-app/notification-list";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "~/modules/notifications/in-app/notifications.server";
import { notificationActionSchema } from "~/modules/notifications/in-app/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const cursor = new URL(request.url).searchParams.get("cursor");
  if (cursor !== null && (cursor.length === 0 || cursor.length > 64)) notFound();
  const page = await listNotifications(user.id, { cursor });
  if (!page) notFound();
  return {
    items: page.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
    isFirstPage: cursor === null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await request.formData();
  const fetched = formData.get("mode") === "fetch";
  const submission = parseWithZod(formData, { schema: notificationActionSchema });
  if (submission.status !== "success") {
    return data({ ok: false, result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  switch (value.intent) {
    case "open": {
      const found = await markNotificationRead(user.id, value.id);
      if (!found) notFound();
      return redirect(safeRedirectPath(found.href, "/notifications"));
    }
    case "read": {
      if (!(await markNotificationRead(user.id, value.id))) notFound();
      if (fetched) return { ok: true, result: submission.reply() };
      return redirect(safeRedirectPath(value.redirectTo, "/notifications"));
    }
    case "readAll": {
      await markAllNotificationsRead(user.id);
      if (fetched) return { ok: true, result: submission.reply() };
      return redirectWithToast(safeRedirectPath(value.redirectTo, "/notifications"), {
        kind: "success",
        message: "notifications.toast.allRead",
      });
    }
  }
}

export default function NotificationsPage() {
  const t = useT();
  const { items, nextCursor, isFirstPage } = useLoaderData<typeof loader>();
  const rootData = useRouteLoaderData<{ user: { unreadNotifications?: number } | null }>("root");
  const unread = rootData?.user?.unreadNotifications ?? 0;
  return (
    <>
      <PageHeader title={t("notifications.title")} lead={t("notifications.lead")} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <p className="text-sm text-muted" data-testid="notifications-unread">
          {t("notifications.unreadCount", { count: unread })}
        </p>
        <MarkAllReadForm disabled={unread === 0} />
        <Link to="/settings/notifications" className="btn-secondary">
          {t("notifications.settingsLink")}
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="card">{t("notifications.empty")}</p>
      ) : (
        <NotificationList items={items} />
      )}
      {!isFirstPage || nextCursor ? (
        <nav aria-label={t("notifications.pages")} className="mt-6 flex flex-wrap gap-3">
          {!isFirstPage ? (
            <Link to="/notifications" className="btn-secondary">
              {t("notifications.newest")}
            </Link>
          ) : null}
          {nextCursor ? (
            <Link
              to={`/notifications?${new URLSearchParams({ cursor: nextCursor })}`}
              className="btn-secondary"
            >
              {t("notifications.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
