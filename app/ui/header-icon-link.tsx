import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * A round icon link in the header with an optional count badge (the notification bell,
 * the messages icon). Its accessible name is `label`, which carries the count; the
 * visible badge is decoration for sighted users.
 */
export function HeaderIconLink({
  to,
  end,
  label,
  badge,
  badgeTestId,
  labelTestId,
  children,
}: {
  to: string;
  end?: boolean;
  label: string;
  badge: string | null;
  badgeTestId: string;
  labelTestId?: string;
  /** the icon's SVG paths, drawn on a 24×24 stroke grid */
  children: ReactNode;
}) {
  return (
    <NavLink
      to={to}
      end={end}
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
        {children}
      </svg>
      <span className="sr-only" data-testid={labelTestId}>
        {label}
      </span>
      {badge ? (
        <span
          aria-hidden="true"
          data-testid={badgeTestId}
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-danger px-1 text-center text-xs font-bold leading-5 text-white"
        >
          {badge}
        </span>
      ) : null}
    </NavLink>
  );
}
