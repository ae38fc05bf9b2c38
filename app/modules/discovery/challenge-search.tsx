import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { challengeSorts, type ChallengeSearchParams } from "~/modules/search/params";
import { ErrorList } from "~/ui/field";
import { ChallengeResult, type ChallengeHit } from "./challenge-result";
import { FacetGroup } from "./facet-group";
import {
  facetGroups,
  payOptionCounts,
  payThresholds,
  trueCount,
  type FacetCounts,
} from "./filters";
import { useSearchForm } from "./instant";
import { parseChallengeSearch, type FieldErrors } from "./parse";
import { SearchLayout } from "./search-layout";

export type ChallengeSearchData = {
  params: ChallengeSearchParams;
  sort: ChallengeSearchParams["sort"];
  errors: FieldErrors;
  items: ChallengeHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: FacetCounts;
};

/** /challenges: keyword, facets, sort, highlighted results. */
export function ChallengeSearchView({ data }: { data: ChallengeSearchData }) {
  const t = useT();
  const locale = useLocale();
  const search = useSearchForm("challenges", data.params, parseChallengeSearch);
  const { params, formId } = search;
  const payCounts = payOptionCounts(data.facets);
  const remoteCount = trueCount(data.facets, "remoteOk");
  const count = (value: number | null | undefined) =>
    value === null || value === undefined
      ? ""
      : ` (${t("discovery.filters.count", { count: formatNumber(locale, value) })})`;
  return (
    <SearchLayout
      kind="challenges"
      title="discovery.challenges.title"
      lead="discovery.challenges.lead"
      empty="discovery.challenges.empty"
      loadedParams={data.params}
      errors={data.errors}
      total={data.total}
      page={data.page}
      pageCount={data.pageCount}
      search={search}
      sortOptions={challengeSorts}
      filters={
        <>
          {facetGroups("challenges", params, data.facets, t, locale).map((group) => (
            <FacetGroup
              key={group.name}
              group={group}
              form={formId}
              errors={data.errors[group.name]}
              onToggle={search.now}
            />
          ))}
          <div>
            <label htmlFor={`${formId}-pay`} className="mb-1 block font-semibold">
              {t("discovery.filters.pay")}
            </label>
            <select
              id={`${formId}-pay`}
              name="payMin"
              form={formId}
              className="input"
              value={params.payMin === undefined ? "" : String(params.payMin)}
              onChange={search.now}
              aria-invalid={data.errors.payMin ? true : undefined}
              aria-describedby={data.errors.payMin ? `${formId}-pay-error` : undefined}
            >
              <option value="">{t("discovery.filters.payAny")}</option>
              {params.payMin !== undefined &&
              !payThresholds.some((threshold) => threshold.yen === params.payMin) ? (
                <option value={String(params.payMin)}>
                  {t("discovery.filters.payAtLeast", {
                    amount: formatNumber(locale, params.payMin),
                  })}
                </option>
              ) : null}
              {payThresholds.map((threshold) => (
                <option key={threshold.yen} value={String(threshold.yen)}>
                  {t("discovery.filters.payAtLeast", {
                    amount: formatNumber(locale, threshold.yen),
                  })}
                  {count(payCounts?.get(threshold.yen))}
                </option>
              ))}
            </select>
            <ErrorList id={`${formId}-pay-error`} errors={data.errors.payMin} />
          </div>
          <fieldset>
            <legend className="mb-1 font-semibold">{t("discovery.filters.other")}</legend>
            <div className="flex items-start gap-2">
              <input
                id={`${formId}-remote`}
                type="checkbox"
                name="remote"
                value="1"
                form={formId}
                checked={params.remote}
                onChange={search.now}
                className="mt-1 size-5 shrink-0 accent-accent"
                aria-describedby={data.errors.remote ? `${formId}-remote-error` : undefined}
              />
              <label htmlFor={`${formId}-remote`}>
                {t("discovery.filters.remote")}
                {remoteCount === null ? null : (
                  <span className="text-sm text-muted">{count(remoteCount)}</span>
                )}
              </label>
            </div>
            <ErrorList id={`${formId}-remote-error`} errors={data.errors.remote} />
          </fieldset>
        </>
      }
    >
      <ul className="grid gap-4 lg:grid-cols-2">
        {data.items.map((hit) => (
          <li key={hit.id} className="flex">
            <ChallengeResult hit={hit} />
          </li>
        ))}
      </ul>
    </SearchLayout>
  );
}
