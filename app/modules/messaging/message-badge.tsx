import { useT } from "~/lib/i18n/react";
import { badgeText } from "~/modules/notifications/in-app/text";
import { HeaderIconLink } from "~/ui/header-icon-link";
import { useUnreadMessages } from "./use-message-stream";

/**
 * The header's messages icon: a link to /messages whose name says how many messages
 * are unread ("メッセージ 未読3件"), kept current by the message stream.
 */
export function MessagesBadge({ unread: loaded }: { unread: number }) {
  const t = useT();
  const unread = useUnreadMessages(loaded);
  const badge = badgeText(unread);
  return (
    <HeaderIconLink
      to="/messages"
      label={
        badge ? t("messaging.badge.labelUnread", { count: unread }) : t("messaging.badge.label")
      }
      badge={badge}
      badgeTestId="messages-badge"
      labelTestId="messages-badge-label"
    >
      <path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" />
    </HeaderIconLink>
  );
}
