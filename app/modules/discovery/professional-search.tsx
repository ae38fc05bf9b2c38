import { useLocale, useT } from "~/lib/i18n/react";
import { professionalSorts, type ProfessionalSearchParams } from "~/modules/search/params";
import { ErrorList } from "~/ui/field";
import { FacetGroup } from "./facet-group";
import { facetGroups, hoursThresholds, type FacetCounts } from "./filters";
import { useSearchForm } from "./instant";
import { parseProfessionalSearch, type FieldErrors } from "./parse";
import { ProfessionalResult, type ProfessionalHit } from "./professional-result";
import { SearchLayout } from "./search-layout";

export type ProfessionalSearchData = {
  params: ProfessionalSearchParams;
  errors: FieldErrors;
  items: ProfessionalHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: FacetCounts;
};

/** /pros: profiles for company members, coordinators and admins, anonymous rules applied. */
export function ProfessionalSearchView({ data }: { data: ProfessionalSearchData }) {
  const t = useT();
  const locale = useLocale();
  const search = useSearchForm("professionals", data.params, parseProfessionalSearch);
  const { params, formId } = search;
  return (
    <SearchLayout
      kind="professionals"
      title="professionals.pros.title"
      lead="discovery.pros.lead"
      empty="discovery.pros.empty"
      loadedParams={data.params}
      errors={data.errors}
      total={data.total}
      page={data.page}
      pageCount={data.pageCount}
      search={search}
      sortOptions={professionalSorts}
      filters={
        <>
          {facetGroups("professionals", params, data.facets, t, locale).map((group) => (
            <FacetGroup
              key={group.name}
              group={group}
              form={formId}
              errors={data.errors[group.name]}
              onToggle={search.now}
            />
          ))}
          <div>
            <div className="flex items-start gap-2">
              <input
                id={`${formId}-tie`}
                type="checkbox"
                name="tie"
                value="1"
                form={formId}
                checked={params.tie}
                onChange={search.now}
                className="mt-1 size-5 shrink-0 accent-accent"
                aria-describedby={data.errors.tie ? `${formId}-tie-error` : undefined}
              />
              <label htmlFor={`${formId}-tie`}>{t("discovery.filters.tie")}</label>
            </div>
            <ErrorList id={`${formId}-tie-error`} errors={data.errors.tie} />
          </div>
          <div>
            <label htmlFor={`${formId}-hours`} className="mb-1 block font-semibold">
              {t("discovery.filters.hours")}
            </label>
            <select
              id={`${formId}-hours`}
              name="hoursMin"
              form={formId}
              className="input"
              value={params.hoursMin === undefined ? "" : String(params.hoursMin)}
              onChange={search.now}
              aria-invalid={data.errors.hoursMin ? true : undefined}
              aria-describedby={data.errors.hoursMin ? `${formId}-hours-error` : undefined}
            >
              <option value="">{t("discovery.filters.hoursAny")}</option>
              {params.hoursMin !== undefined &&
              !(hoursThresholds as readonly number[]).includes(params.hoursMin) ? (
                <option value={String(params.hoursMin)}>
                  {t("discovery.filters.hoursAtLeast", { hours: params.hoursMin })}
                </option>
              ) : null}
              {hoursThresholds.map((hours) => (
                <option key={hours} value={String(hours)}>
                  {t("discovery.filters.hoursAtLeast", { hours })}
                </option>
              ))}
            </select>
            <ErrorList id={`${formId}-hours-error`} errors={data.errors.hoursMin} />
          </div>
        </>
      }
    >
      <ul className="grid gap-4 lg:grid-cols-2" data-testid="pros-list">
        {data.items.map((hit) => (
          <li key={hit.id} className="flex">
            <ProfessionalResult hit={hit} />
          </li>
        ))}
      </ul>
    </SearchLayout>
  );
}
