import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requireProfileBrowser } from "~/modules/professionals/guards.server";
import { prosFiltersSchema } from "~/modules/professionals/schemas";
import { listProfilesForViewer } from "~/modules/professionals/views.server";
import { prefectureName, prefectures } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "professionals.pros.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer, locale } = await requireProfileBrowser(request, context);
  const filters = prosFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = await listProfilesForViewer(viewer, filters, locale);
  return { filters, ...list };
}

export default function ProsList() {
  const t = useT();
  const locale = useLocale();
  const { filters, rows, total, page, pageCount, unknownSkill } = useLoaderData<typeof loader>();
  const pageLink = (target: number) => {
    const params = new URLSearchParams();
    if (filters.prefecture) params.set("prefecture", filters.prefecture);
    if (filters.skill) params.set("skill", filters.skill);
    if (filters.engagement) params.set("engagement", filters.engagement);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `/pros?${search}` : "/pros";
  };
  return (
    <>
      <PageHeader title={t("professionals.pros.title")} lead={t("professionals.pros.lead")} />
      <Form
        method="get"
        className="card mb-6 grid gap-4 md:grid-cols-4 md:items-end"
        role="search"
        aria-label={t("professionals.pros.filters")}
      >
        <div>
          <label htmlFor="filter-prefecture" className="mb-1 block font-semibold">
            {t("professionals.pros.prefecture")}
          </label>
          <select
            id="filter-prefecture"
            name="prefecture"
            className="input"
            defaultValue={filters.prefecture ?? ""}
          >
            <option value="">{t("professionals.pros.any")}</option>
            {prefectures.map((prefecture) => (
              <option key={prefecture.code} value={prefecture.code}>
                {prefecture[locale]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-skill" className="mb-1 block font-semibold">
            {t("professionals.pros.skill")}
          </label>
          <input
            id="filter-skill"
            name="skill"
            type="search"
            className="input"
            defaultValue={filters.skill ?? ""}
            maxLength={80}
          />
        </div>
        <div>
          <label htmlFor="filter-engagement" className="mb-1 block font-semibold">
            {t("professionals.pros.engagement")}
          </label>
          <select
            id="filter-engagement"
            name="engagement"
            className="input"
            defaultValue={filters.engagement ?? ""}
          >
            <option value="">{t("professionals.pros.any")}</option>
            {engagementTypes.map((code) => (
              <option key={code} value={code}>
                {t(`reference.engagement.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="btn-primary">
            {t("professionals.pros.apply")}
          </button>
          <Link to="/pros" className="btn-secondary">
            {t("professionals.pros.clear")}
          </Link>
        </div>
      </Form>

      {unknownSkill ? (
        <p role="status" className="mb-4 text-danger">
          {t("professionals.pros.unknownSkill", { skill: filters.skill ?? "" })}
        </p>
      ) : null}
      <p className="mb-3 text-muted" role="status">
        {t("professionals.pros.count", { count: formatNumber(locale, total) })}
      </p>
      {rows.length === 0 ? (
        <p className="card">{t("professionals.pros.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" data-testid="pros-list">
          {rows.map((row) => (
            <li key={row.id} className="card space-y-2">
              <h2 className="text-lg font-semibold">
                <Link to={`/pros/${row.id}`}>{row.view === "full" ? row.name : row.summary}</Link>
              </h2>
              {row.view === "anonymous" ? (
                <p className="text-sm">
                  <span className="rounded bg-paper px-2 py-0.5 text-muted">
                    {t("professionals.pros.anonymousBadge")}
                  </span>
                </p>
              ) : null}
              {row.headline ? <p>{row.headline}</p> : null}
              {row.skills.length > 0 ? (
                <p className="text-sm text-muted">
                  {row.skills
                    .map((skill) =>
                      t("professionals.pros.skillYears", { skill: skill.name, years: skill.years }),
                    )
                    .join(" · ")}
                </p>
              ) : null}
              {row.regions.length > 0 ? (
                <p className="text-sm text-muted">
                  {t("professionals.pros.regions", {
                    regions: row.regions.map((code) => prefectureName(code, locale)).join("、"),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav
          aria-label={t("professionals.pros.pagination")}
          className="mt-6 flex items-center gap-4"
        >
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t("professionals.pros.prev")}
            </Link>
          ) : null}
          <span>{t("professionals.pros.page", { page, pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t("professionals.pros.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
