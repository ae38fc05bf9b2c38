import { NavLink } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";

/** Links between the console's pipeline and numbers pages (hidden when printing). */
export function ConsoleNumbersNav() {
  const t = useT();
  const links = [
    { to: "/console", label: t("console.nav.home"), end: true },
    { to: "/console/pipeline", label: t("console.nav.pipeline"), end: false },
    { to: "/console/kpis", label: t("console.nav.kpis"), end: false },
    { to: "/console/reports", label: t("console.nav.reports"), end: false },
  ];
  return (
    <nav aria-label={t("console.nav.label")} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              end={link.end}
              className={({ isActive }) =>
                `rounded px-2 py-1 ${isActive ? "font-semibold text-accent-strong" : ""}`
              }
            >
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
