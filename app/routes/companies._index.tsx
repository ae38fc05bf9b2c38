import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { listCompanyDirectory } from "~/modules/companies/companies.server";
import { DirectoryFilters, DirectoryTable } from "~/modules/companies/directory-view";
import { parseDirectoryQuery } from "~/modules/companies/schemas";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.directory.title");

// Staff only: coordinators take their prefectures' companies in, admins oversee all.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  const query = parseDirectoryQuery(new URL(request.url).searchParams);
  return { query, directory: await listCompanyDirectory(query, prefectures) };
}

export default function CompanyDirectoryPage() {
  const t = useT();
  const locale = useLocale();
  const { query, directory } = useLoaderData<typeof loader>();
  const pageLink = (page: number) => {
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.prefecture) params.set("prefecture", query.prefecture);
    if (query.industry) params.set("industry", query.industry);
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return search ? `/companies?${search}` : "/companies";
  };
  return (
    <>
      <PageHeader title={t("companies.directory.title")} lead={t("companies.directory.lead")} />
      <DirectoryFilters query={query} />
      <p className="mb-3 text-sm text-muted" aria-live="polite">
        {t("companies.directory.count", { count: formatNumber(locale, directory.total) })}
      </p>
      <DirectoryTable items={directory.items} />
      {directory.pageCount > 1 ? (
        <nav aria-label={t("companies.directory.pagination")} className="mt-6">
          <ul className="flex flex-wrap items-center gap-3">
            {directory.page > 1 ? (
              <li>
                <Link to={pageLink(directory.page - 1)} rel="prev">
                  {t("companies.directory.previous")}
                </Link>
              </li>
            ) : null}
            <li aria-current="page">
              {t("companies.directory.pageOf", {
                page: directory.page,
                pageCount: directory.pageCount,
              })}
            </li>
            {directory.page < directory.pageCount ? (
              <li>
                <Link to={pageLink(directory.page + 1)} rel="next">
                  {t("companies.directory.next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
