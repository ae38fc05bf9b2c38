import { Link } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { pageWindow } from "./filters";

/** Previous / numbered / next links; `hrefFor(page)` keeps every other parameter. */
const focus = { focusResults: true };

export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("discovery.pagination.label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} state={focus} rel="prev" className="btn-secondary">
              {t("discovery.pagination.previous")}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((number) => (
          <li key={number}>
            {number === page ? (
              <span
                aria-current="page"
                className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-ink px-3 font-semibold text-white"
              >
                <span className="sr-only">
                  {t("discovery.pagination.pageOf", { page, pages: pageCount })}
                </span>
                <span aria-hidden="true">{number}</span>
              </span>
            ) : (
              <Link
                to={hrefFor(number)}
                state={focus}
                className="btn-secondary min-w-11 px-3"
                aria-label={t("discovery.pagination.page", { page: number })}
              >
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link to={hrefFor(page + 1)} state={focus} rel="next" className="btn-secondary">
              {t("discovery.pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
