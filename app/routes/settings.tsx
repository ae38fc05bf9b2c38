import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { requireUser } from "~/modules/auth/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return null;
}

const sections: { to: string; label: MessageKey }[] = [
  { to: "/settings", label: "settings.profile.title" },
  { to: "/settings/email", label: "settings.email.title" },
  { to: "/settings/password", label: "settings.password.title" },
  { to: "/settings/sessions", label: "settings.sessions.title" },
  { to: "/settings/notifications", label: "notifications.settings.title" },
];

export default function SettingsLayout() {
  const t = useT();
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <nav aria-label={t("settings.nav")}>
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                end
                className={({ isActive }) =>
                  `block rounded px-3 py-2 no-underline ${isActive ? "bg-accent-soft font-semibold text-accent-strong" : "text-ink hover:bg-white"}`
                }
              >
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="max-w-xl">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
