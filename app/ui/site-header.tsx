import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { localeNames, locales, type Locale } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { Role } from "~/modules/auth/roles";
import { roleLabelKeys } from "~/modules/auth/roles";
import { MessagesBadge } from "~/modules/messaging/message-badge";
import { NotificationBell } from "~/modules/notifications/in-app/bell";
import { navigationFor } from "./navigation";

type HeaderUser = {
  name: string;
  role: Role;
  unreadNotifications?: number;
  unreadMessages?: number;
} | null;

function LanguageSwitcher() {
  const t = useT();
  const current = useLocale();
  const location = useLocation();
  return (
    <Form
      method="post"
      action="/language"
      className="flex items-center gap-1"
      aria-label={t("nav.language")}
    >
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {locales.map((locale: Locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-2 py-1 text-sm ${locale === current ? "bg-accent text-white" : "text-ink underline hover:bg-accent-soft"}`}
        >
          {localeNames[locale]}
        </button>
      ))}
    </Form>
  );
}

function NavLinks({ user, devMailbox }: { user: HeaderUser; devMailbox: boolean }) {
  const t = useT();
  return (
    <>
      {navigationFor(user?.role ?? null, { devMailbox }).map((item) => (
        <NavLink
          key={item.to}
          to={item.to}
          end={item.to === "/"}
          className={({ isActive }) =>
            `rounded px-2 py-1 font-medium no-underline hover:bg-accent-soft ${isActive ? "text-accent-strong underline" : "text-ink"}`
          }
        >
          {t(item.label)}
        </NavLink>
      ))}
    </>
  );
}

function AccountActions({ user }: { user: HeaderUser }) {
  const t = useT();
  if (!user) {
    return (
      <div className="flex items-center gap-2">
        <Link to="/login" className="btn-secondary">
          {t("nav.login")}
        </Link>
        <Link to="/signup" className="btn-primary">
          {t("nav.signup")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-3">
      <span className="text-sm">
        <span className="font-semibold">{user.name}</span>
        <span className="ml-1 text-muted">({t(roleLabelKeys[user.role])})</span>
      </span>
      <Form method="post" action="/logout">
        <button type="submit" className="btn-secondary">
          {t("nav.logout")}
        </button>
      </Form>
    </div>
  );
}

/** Site header: logo, navigation by role, language switch and account actions. */
export function SiteHeader({ user, devMailbox }: { user: HeaderUser; devMailbox: boolean }) {
  const t = useT();
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span className="text-2xl font-bold text-accent" aria-hidden="true">
            縁
          </span>
          <span className="text-lg font-bold">{t("app.name")}</span>
        </Link>
        <div className="flex items-center gap-3">
          {user ? <MessagesBadge unread={user.unreadMessages ?? 0} /> : null}
          {user ? <NotificationBell unread={user.unreadNotifications ?? 0} /> : null}
          <div className="hidden items-center gap-4 md:flex">
            <LanguageSwitcher />
            <AccountActions user={user} />
          </div>
          <details className="md:hidden">
            <summary className="btn-secondary cursor-pointer list-none">{t("nav.menu")}</summary>
            <div className="absolute inset-x-0 z-40 mt-3 space-y-4 border-b border-line bg-white px-4 py-4 shadow-md">
              <nav aria-label={t("nav.main")} className="flex flex-col items-start gap-1">
                <NavLinks user={user} devMailbox={devMailbox} />
              </nav>
              <LanguageSwitcher />
              <AccountActions user={user} />
            </div>
          </details>
        </div>
      </div>
      {/* Its own row, wrapping, so staff with many links never overflow the header. */}
      <nav
        aria-label={t("nav.main")}
        className="mx-auto hidden max-w-6xl flex-wrap items-center gap-1 px-4 pb-2 md:flex"
      >
        <NavLinks user={user} devMailbox={devMailbox} />
      </nav>
    </header>
  );
}
