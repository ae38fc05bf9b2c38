import { Link, useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { formatDateTime } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { useThreadEvents } from "./use-message-stream";
import type { InboxItem } from "./views.server";

/** Reloads the list (at most every half second) when anything happens in the user's threads. */
function useLiveInbox() {
  const revalidator = useRevalidator();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  useEffect(() => () => clearTimeout(timer.current), []);
  useThreadEvents(null, () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      revalidate.current();
    }, 500);
  });
}

export function InboxList({ items }: { items: InboxItem[] }) {
  const t = useT();
  const locale = useLocale();
  useLiveInbox();
  if (items.length === 0) return <p className="card text-muted">{t("messaging.inbox.empty")}</p>;
  return (
    <ul className="space-y-3" data-testid="inbox">
      {items.map((item) => (
        <li key={item.id} className="card space-y-1" data-testid="inbox-item">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">
              <Link to={`/messages/${item.id}`}>{item.counterpart}</Link>
            </h2>
            <span className="flex flex-wrap gap-2 text-sm">
              {item.unread > 0 ? (
                <span className="rounded-full bg-danger px-2 font-bold text-white">
                  {t("messaging.inbox.unread", { count: item.unread })}
                </span>
              ) : null}
              {item.muted ? (
                <span className="rounded-full border border-line px-2 text-muted">
                  {t("messaging.inbox.muted")}
                </span>
              ) : null}
              {item.withCoordinator ? (
                <span className="rounded-full border border-line px-2 text-muted">
                  {t("messaging.inbox.threeWay")}
                </span>
              ) : null}
            </span>
          </div>
          <p className="text-sm text-muted">
            {t("messaging.inbox.challenge", { title: item.challengeTitle })}
          </p>
          <p className={item.unread > 0 ? "font-semibold" : undefined}>
            {item.lastMessage === null
              ? t("messaging.inbox.noMessages")
              : item.lastMessage.excerpt === null
                ? t("messaging.message.deleted")
                : item.lastMessage.mine
                  ? t("messaging.inbox.you", { text: item.lastMessage.excerpt })
                  : item.lastMessage.excerpt}
          </p>
          <p className="text-sm text-muted">
            {t("messaging.inbox.lastActivity", {
              date: formatDateTime(locale, item.lastActivityAt),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
