import type { MessageKey } from "~/lib/i18n/translate";
import type { Role } from "~/modules/auth/roles";

export type NavItem = { to: string; label: MessageKey };

/** The header's links for each kind of visitor; features add theirs here. */
export function navigationFor(
  role: Role | null,
  { devMailbox }: { devMailbox: boolean },
): NavItem[] {
  const items: NavItem[] = [{ to: "/", label: "nav.home" }];
  if (role === "ADMIN") {
    items.push({ to: "/admin/users", label: "nav.adminUsers" });
    items.push({ to: "/admin/audit", label: "nav.adminAudit" });
  }
  if (devMailbox || role === "ADMIN") items.push({ to: "/dev/mailbox", label: "nav.devMailbox" });
  if (role) items.push({ to: "/settings", label: "nav.settings" });
  return items;
}
