import { useEffect, useState, type ReactNode } from "react";
import { useT } from "~/lib/i18n/react";

/** A print button once JavaScript runs; before that (or without it), how to print instead. */
export function PrintButton() {
  const t = useT();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated) return <p className="text-sm text-muted">{t("console.reports.printHint")}</p>;
  return (
    <button type="button" className="btn-primary" onClick={() => window.print()}>
      {t("console.reports.print")}
    </button>
  );
}

/**
 * A horizontally scrollable box for a wide table. It takes the keyboard focus so that
 * keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable), and
 * is a named region so the focus lands somewhere that says what it is.
 */
export function ScrollRegion({
  label,
  labelledBy,
  className = "overflow-x-auto rounded-lg border border-line bg-white",
  children,
}: {
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
    >
      {children}
    </div>
  );
}
