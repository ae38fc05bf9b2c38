import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { requireRole } from "~/modules/auth/guards.server";
import { listCompaniesOf } from "~/modules/companies/companies.server";
import { CompanyLogo } from "~/modules/companies/company-logo";
import { industryName } from "~/modules/reference/industries";
import { prefectureName } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "companies.mine.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, ["COMPANY_MEMBER"]);
  return { companies: await listCompaniesOf(user.id) };
}

export default function MyCompaniesPage() {
  const t = useT();
  const locale = useLocale();
  const { companies } = useLoaderData<typeof loader>();
  if (companies.length === 0) {
    return (
      <>
        <PageHeader title={t("companies.mine.title")} />
        <section className="card max-w-2xl space-y-4" aria-labelledby="no-company">
          <h2 id="no-company" className="text-lg font-semibold">
            {t("companies.mine.emptyTitle")}
          </h2>
          <p>{t("companies.mine.emptyBody")}</p>
          <p>
            <Link to="/company/new" className="btn-primary">
              {t("companies.mine.create")}
            </Link>
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("companies.mine.title")} lead={t("companies.mine.lead")} />
      <ul className="grid gap-4 md:grid-cols-2">
        {companies.map((company) => (
          <li key={company.id}>
            <article
              className="card flex h-full flex-col gap-3"
              aria-labelledby={`c-${company.id}`}
            >
              <div className="flex items-center gap-3">
                <CompanyLogo company={company} size="sm" />
                <div>
                  <h2 id={`c-${company.id}`} className="text-lg font-bold">
                    <Link to={`/companies/${company.id}`}>{company.name}</Link>
                  </h2>
                  <p className="text-sm text-muted">
                    {prefectureName(company.prefectureCode, locale)} {company.municipality}・
                    {industryName(company.industryCode, locale)}
                  </p>
                </div>
              </div>
              <p className="text-sm">
                {t(company.role === "OWNER" ? "companies.role.OWNER" : "companies.role.MEMBER")}
                {" · "}
                {t("companies.mine.memberCount", { count: company.memberCount })}
              </p>
              <nav aria-label={t("companies.mine.actionsFor", { name: company.name })}>
                <ul className="flex flex-wrap gap-2">
                  <li>
                    <Link to={`/companies/${company.id}/challenges`} className="btn-primary">
                      {t("companies.nav.challenges")}
                    </Link>
                  </li>
                  <li>
                    <Link to={`/companies/${company.id}/edit`} className="btn-secondary">
                      {t("companies.nav.edit")}
                    </Link>
                  </li>
                  <li>
                    <Link to={`/companies/${company.id}/members`} className="btn-secondary">
                      {t("companies.nav.members")}
                    </Link>
                  </li>
                </ul>
              </nav>
            </article>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link to="/company/new">{t("companies.mine.createAnother")}</Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
