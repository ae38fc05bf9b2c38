import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n/translate";
import { SaveSearchForm } from "~/modules/alerts/save-search-form";
import { toQueryString } from "~/modules/search/params";
import { ErrorList } from "~/ui/field";
import { PageHeader } from "~/ui/page";
import { ActiveFilterChips } from "./chips";
import {
  activeFilterChips,
  searchHref,
  searchPaths,
  withoutFilters,
  withPage,
  type AnySearchParams,
  type SearchKind,
} from "./filters";
import type { SearchForm } from "./instant";
import type { FieldErrors } from "./parse";
import { Pagination } from "./pagination";
import { SearchBox } from "./search-box";

export type SearchLayoutProps = {
  kind: SearchKind;
  title: MessageKey;
  lead: MessageKey;
  empty: MessageKey;
  /** the search the results are for */
  loadedParams: AnySearchParams;
  errors: FieldErrors;
  total: number;
  page: number;
  pageCount: number;
  search: SearchForm<AnySearchParams>;
  sortOptions: readonly string[];
  /** the facet fieldsets; their controls join the form with `form={search.formId}` */
  filters: ReactNode;
  children: ReactNode;
};

/**
 * The frame both search pages share: the keyword form, the filter sidebar (a <details>
 * that starts closed on small screens), the result count, sort, active-filter chips,
 * "save this search", the results and the pagination. All state is in the URL.
 */
export function SearchLayout(props: SearchLayoutProps) {
  const { kind, loadedParams, errors, total, page, pageCount, search } = props;
  const { formId, busy } = search;
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const [enhanced, setEnhanced] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setEnhanced(true);
    if (details.current && window.matchMedia("(max-width: 767px)").matches) {
      details.current.open = false;
    }
  }, []);

  // A page link or a removed chip leaves focus nowhere: take it to the new results.
  useEffect(() => {
    if ((location.state as { focusResults?: boolean } | null)?.focusResults) {
      resultsHeading.current?.focus();
    }
  }, [location.key, location.state]);

  const chips = activeFilterChips(kind, loadedParams, t, locale);
  const count = formatNumber(locale, total);
  const hasErrors = Object.keys(errors).length > 0;
  const sortId = `${formId}-sort`;
  return (
    <>
      <PageHeader title={t(props.title)} lead={t(props.lead)} />
      <form
        id={formId}
        method="get"
        action={searchPaths[kind]}
        role="search"
        aria-label={t("discovery.search.form")}
        className="card mb-6 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          search.now();
        }}
      >
        <SearchBox
          kind={kind}
          defaultValue={loadedParams.q ?? ""}
          errors={errors.q}
          onType={search.typed}
          onChoose={search.now}
        />
        <button type="submit" className="btn-primary">
          {t("discovery.search.submit")}
        </button>
      </form>
      {hasErrors ? (
        <p role="alert" className="mb-4 rounded-md border border-danger bg-red-50 p-3 text-danger">
          {t("discovery.errors.summary")}
        </p>
      ) : null}
      <div className="grid gap-6 md:grid-cols-[17rem_minmax(0,1fr)]">
        <aside aria-label={t("discovery.filters.title")}>
          <details ref={details} open className="card p-4">
            <summary className="cursor-pointer text-lg font-semibold">
              {t("discovery.filters.title")}
            </summary>
            <div className="mt-4 space-y-6">
              {props.filters}
              {enhanced ? null : (
                <button type="submit" form={formId} className="btn-primary w-full">
                  {t("discovery.filters.apply")}
                </button>
              )}
            </div>
          </details>
        </aside>
        <section aria-labelledby={`${formId}-results`} aria-busy={busy}>
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2
              id={`${formId}-results`}
              ref={resultsHeading}
              tabIndex={-1}
              className="text-lg font-semibold"
              aria-live="polite"
            >
              {loadedParams.q
                ? t("discovery.results.countFor", { q: loadedParams.q, count })
                : t("discovery.results.count", { count })}
            </h2>
            <div>
              <label htmlFor={sortId} className="mb-1 block text-sm font-semibold">
                {t("discovery.sort.label")}
              </label>
              <select
                id={sortId}
                name="sort"
                form={formId}
                className="input"
                value={search.params.sort}
                onChange={search.now}
                aria-invalid={errors.sort ? true : undefined}
                aria-describedby={errors.sort ? `${sortId}-error` : undefined}
              >
                {props.sortOptions.map((option) => (
                  <option key={option} value={option}>
                    {option === "relevance" && !search.params.q
                      ? t(`discovery.sort.default.${kind}`)
                      : t(`discovery.sort.${option}` as MessageKey)}
                  </option>
                ))}
              </select>
              <ErrorList id={`${sortId}-error`} errors={errors.sort} />
            </div>
          </div>
          <ActiveFilterChips
            chips={chips}
            clearHref={searchHref(kind, withoutFilters(loadedParams))}
          />
          <div className="mb-4">
            <SaveSearchForm kind={kind} query={toQueryString(withPage(loadedParams, 1))} />
          </div>
          <ErrorList errors={errors.page} />
          <div className={busy ? "opacity-60 transition-opacity" : undefined}>
            {total === 0 ? <p className="card text-muted">{t(props.empty)}</p> : props.children}
          </div>
          <Pagination
            page={page}
            pageCount={pageCount}
            hrefFor={(target) => searchHref(kind, withPage(loadedParams, target))}
          />
          {busy ? (
            <p className="sr-only" role="status">
              {t("discovery.results.loading")}
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
