import { NavLink } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { badgeText } from "./text";

/**
 * The header's bell: a link to /notifications whose name says how many are unread
 * ("通知 3件未読"); the visible badge ("3", "99+") is decoration for sighted users.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useT();
  const badge = badgeText(unread);
  const label = badge
    ? t("notifications.bell.labelUnread", { count: unread })
    : t("notifications.bell.label");
  return (
    <NavLink
      to="/notifications"
      end
      title={label}
      className={({ isActive }) =>
        `relative inline-flex size-10 items-center justify-center rounded-full no-underline hover:bg-accent-soft ${isActive ? "bg-accent-soft text-accent-strong" : "text-ink"}`
      }
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="sr-only">{label}</span>
      {badge ? (
        <span
          aria-hidden="true"
          data-testid="notification-badge"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-danger px-1 text-center text-xs font-bold leading-5 text-white"
        >
          {badge}
        </span>
      ) : null}
    </NavLink>
  );
}
