import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import type { Chip } from "./filters";

/** The active filters as links that remove them, and "clear all". */
export function ActiveFilterChips({ chips, clearHref }: { chips: Chip[]; clearHref: string }) {
  const t = useT();
  if (chips.length === 0) return null;
  return (
    <nav aria-label={t("discovery.chips.label")} className="mb-4">
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={`${chip.key}=${chip.value}`}>
            <Link
              to={chip.href}
              state={{ focusResults: true }}
              className="inline-flex min-h-9 items-center gap-1 rounded-full border border-line bg-white px-3 py-1 text-sm text-ink no-underline hover:bg-accent-soft"
              aria-label={t("discovery.chips.remove", { label: chip.label })}
            >
              <span>{chip.label}</span>
              <span aria-hidden="true" className="font-bold">
                ×
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link to={clearHref} state={{ focusResults: true }} className="text-sm">
            {t("discovery.chips.clearAll")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
