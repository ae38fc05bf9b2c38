import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";

const statusMessages: Record<number, { title: MessageKey; body: MessageKey }> = {
  400: { title: "error.400.title", body: "error.400.body" },
  403: { title: "error.403.title", body: "error.403.body" },
  404: { title: "error.404.title", body: "error.404.body" },
  405: { title: "error.400.title", body: "error.400.body" },
  429: { title: "error.429.title", body: "error.429.body" },
};

/**
 * The one error view every route uses: a localised message per status, never a stack
 * trace or server detail.
 */
export function GeneralErrorBoundary({
  statusHandlers,
}: {
  statusHandlers?: Record<number, () => ReactNode>;
}) {
  const error = useRouteError();
  const t = useT();
  if (typeof document !== "undefined" && !isRouteErrorResponse(error)) console.error(error);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const custom = statusHandlers?.[status];
  if (custom) return <>{custom()}</>;
  const messages = statusMessages[status] ?? { title: "error.500.title", body: "error.500.body" };
  return (
    <section className="mx-auto max-w-xl py-16 text-center" aria-labelledby="error-title">
      <p className="text-sm font-semibold text-muted">{status}</p>
      <h1 id="error-title" className="mt-2 text-2xl font-bold">
        {t(messages.title)}
      </h1>
      <p className="mt-4">{t(messages.body)}</p>
      <p className="mt-8">
        <Link to="/" className="btn-secondary">
          {t("error.backHome")}
        </Link>
      </p>
    </section>
  );
}
