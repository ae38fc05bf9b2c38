import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { profileSections } from "~/modules/professionals/sections";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireProfessional(request, context);
  return null;
}

const links: { to: string; label: MessageKey }[] = [
  { to: "/profile", label: "professionals.section.overview" },
  ...profileSections,
  { to: "/profile/preview", label: "professionals.section.preview" },
];

export default function ProfileLayout() {
  const t = useT();
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <nav aria-label={t("professionals.nav")}>
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {links.map((link) => (
            <li key={link.to}>
              <NavLink
                to={link.to}
                end
                className={({ isActive }) =>
                  `block rounded px-3 py-2 no-underline ${isActive ? "bg-accent-soft font-semibold text-accent-strong" : "text-ink hover:bg-white"}`
                }
              >
                {t(link.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 max-w-3xl">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
