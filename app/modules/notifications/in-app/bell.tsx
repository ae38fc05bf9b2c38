import { useT } from "~/lib/i18n/react";
import { HeaderIconLink } from "~/ui/header-icon-link";
import { badgeText } from "./text";

/**
 * The header's bell: a link to /notifications whose name says how many are unread
 * ("通知 3件未読"); the visible badge ("3", "99+") is decoration for sighted users.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useT();
  const badge = badgeText(unread);
  return (
    <HeaderIconLink
      to="/notifications"
      end
      label={
        badge
          ? t("notifications.bell.labelUnread", { count: unread })
          : t("notifications.bell.label")
      }
      badge={badge}
      badgeTestId="notification-badge"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </HeaderIconLink>
  );
}
