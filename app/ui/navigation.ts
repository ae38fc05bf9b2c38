import type { MessageKey } from "~/lib/i18n/translate";
import type { Role } from "~/modules/auth/roles";

export type NavItem = { to: string; label: MessageKey };

/** The header's links for each kind of visitor; features add theirs here. */
export function navigationFor(
  role: Role | null,
  { devMailbox }: { devMailbox: boolean },
): NavItem[] {
  const items: NavItem[] = [
    { to: "/", label: "nav.home" },
    { to: "/challenges", label: "nav.challenges" },
  ];
  if (role === "PROFESSIONAL") items.push({ to: "/profile", label: "nav.profile" });
  if (role === "PROFESSIONAL") items.push({ to: "/recommended", label: "recommendations.nav" });
  if (role === "COMPANY_MEMBER") {
    items.push({ to: "/company", label: "nav.company" });
    items.push({ to: "/pros", label: "nav.professionals" });
  }
  if (role === "COORDINATOR" || role === "ADMIN") {
    items.push({ to: "/console", label: "coordination.nav.console" });
    items.push({ to: "/companies", label: "nav.companies" });
    items.push({ to: "/pros", label: "nav.professionals" });
    items.push({ to: "/import", label: "nav.import" });
  }
  if (role === "ADMIN") {
    items.push({ to: "/admin/users", label: "nav.adminUsers" });
    items.push({ to: "/admin/skills", label: "nav.adminSkills" });
    items.push({ to: "/admin/synonyms", label: "nav.adminSynonyms" });
    items.push({ to: "/admin/audit", label: "nav.adminAudit" });
    items.push({ to: "/admin/regions", label: "coordination.nav.regions" });
    items.push({ to: "/admin/reports", label: "safety.nav" });
  }
  if (devMailbox || role === "ADMIN") items.push({ to: "/dev/mailbox", label: "nav.devMailbox" });
  if (role) items.push({ to: "/matches", label: "nav.matches" });
  if (role) items.push({ to: "/messages", label: "messaging.nav" });
  if (role) items.push({ to: "/searches", label: "nav.savedSearches" });
  if (role) items.push({ to: "/settings", label: "nav.settings" });
  return items;
}
