import { Form, useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useState } from "react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { NotificationParams } from "../kinds";
import { notificationText } from "./text";

export type NotificationListItem = {
  id: string;
  kind: string;
  params: NotificationParams;
  href: string;
  read: boolean;
  createdAt: string;
};

/** The fetcher of "mark all read", shared so every item can show itself read at once. */
export const READ_ALL_FETCHER = "notifications-read-all";

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** Once hydrated, forms ask the action for data instead of a redirect (no page jump). */
function FetchMode() {
  return useHydrated() ? <input type="hidden" name="mode" value="fetch" /> : null;
}

function useBackPath() {
  const location = useLocation();
  return location.pathname + location.search;
}

/** "Mark all read": a plain form without JavaScript, optimistic with it. */
export function MarkAllReadForm({ disabled }: { disabled: boolean }) {
  const t = useT();
  const fetcher = useFetcher({ key: READ_ALL_FETCHER });
  const back = useBackPath();
  return (
    <fetcher.Form method="post">
      <input type="hidden" name="intent" value="readAll" />
      <input type="hidden" name="redirectTo" value={back} />
      <FetchMode />
      <button
        type="submit"
        className="btn-secondary"
        disabled={disabled || fetcher.state !== "idle"}
      >
        {t("notifications.markAllRead")}
      </button>
    </fetcher.Form>
  );
}

function NotificationRow({ item }: { item: NotificationListItem }) {
  const t = useT();
  const locale = useLocale();
  const back = useBackPath();
  const readFetcher = useFetcher();
  const readAll = useFetcher({ key: READ_ALL_FETCHER });
  const read =
    item.read ||
    readFetcher.formData?.get("intent") === "read" ||
    readAll.formData?.get("intent") === "readAll";
  const text = notificationText(t, item.kind, item.params);
  return (
    <li
      className={`card flex flex-wrap items-start justify-between gap-3 border-l-4 ${read ? "border-l-line" : "border-l-accent bg-accent-soft"}`}
      data-read={read ? "true" : "false"}
    >
      <Form method="post" className="min-w-0 flex-1">
        <input type="hidden" name="intent" value="open" />
        <input type="hidden" name="id" value={item.id} />
        <button
          type="submit"
          className={`block w-full cursor-pointer text-left text-accent-strong underline underline-offset-2 hover:no-underline ${read ? "font-normal" : "font-bold"}`}
        >
          {read ? null : (
            <>
              <span
                aria-hidden="true"
                className="mr-2 inline-block size-2.5 rounded-full bg-accent align-middle"
              />
              <span className="sr-only">{t("notifications.unread")}: </span>
            </>
          )}
          {text}
        </button>
        <p className="mt-1 text-sm text-muted">
          <time dateTime={item.createdAt}>{formatDateTime(locale, item.createdAt)}</time>
        </p>
      </Form>
      {read ? null : (
        <readFetcher.Form method="post">
          <input type="hidden" name="intent" value="read" />
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="redirectTo" value={back} />
          <FetchMode />
          <button
            type="submit"
            className="btn-secondary text-sm"
            aria-label={t("notifications.markReadLabel", { text })}
          >
            {t("notifications.markRead")}
          </button>
        </readFetcher.Form>
      )}
    </li>
  );
}

/** The list itself: each entry opens its page (and is marked read) through a form. */
export function NotificationList({ items }: { items: NotificationListItem[] }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <NotificationRow key={item.id} item={item} />
      ))}
    </ul>
  );
}
