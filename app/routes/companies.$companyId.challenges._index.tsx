import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { CompanyChallengeTable } from "~/modules/challenges/company-table";
import { companySummary, listCompanyChallenges } from "~/modules/challenges/challenges.server";
import { challengeStatuses } from "~/modules/challenges/schema";
import { wizardHref } from "~/modules/challenges/wizard-view";
import { requireCompanyMember } from "~/modules/companies/access.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "challenges.manage.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const companyId = params.companyId ?? "";
  await requireCompanyMember(request, context, companyId);
  const status = z
    .enum(challengeStatuses)
    .optional()
    .catch(undefined)
    .parse(new URL(request.url).searchParams.get("status") ?? undefined);
  const company = (await companySummary(companyId))!;
  const { challenges, counts } = await listCompanyChallenges(companyId, status);
  return { company: { id: company.id, name: company.name }, challenges, counts, status };
}

export default function CompanyChallengesPage() {
  const t = useT();
  const locale = useLocale();
  const { company, challenges, counts, status } = useLoaderData<typeof loader>();
  const base = `/companies/${company.id}/challenges`;
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const tabs = [
    { key: undefined, label: t("challenges.manage.all"), count: total },
    ...challengeStatuses.map((key) => ({
      key,
      label: t(`reference.status.${key}`),
      count: counts[key],
    })),
  ];
  return (
    <>
      <PageHeader title={t("challenges.manage.title")} lead={company.name} />
      <div className="mb-6 flex flex-wrap gap-3">
        <Link to={wizardHref(company.id, null, 1)} className="btn-primary">
          {t("challenges.manage.wizard")}
        </Link>
        <Link to={`${base}/new`} className="btn-secondary">
          {t("challenges.manage.new")}
        </Link>
      </div>
      <nav aria-label={t("challenges.manage.byStatus")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <li key={tab.key ?? "all"}>
              <Link
                to={tab.key ? `${base}?status=${tab.key}` : base}
                aria-current={tab.key === status ? "page" : undefined}
                className={`btn min-h-9 border px-3 py-1 text-sm ${
                  tab.key === status
                    ? "border-accent bg-accent text-white"
                    : "border-line bg-white text-ink"
                }`}
              >
                {tab.label} ({formatNumber(locale, tab.count)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {challenges.length === 0 ? (
        <p className="card text-muted">{t("challenges.manage.empty")}</p>
      ) : (
        <CompanyChallengeTable companyId={company.id} challenges={challenges} />
      )}
      <section aria-labelledby="export-heading" className="card mt-8 space-y-2">
        <h2 id="export-heading" className="text-lg font-semibold">
          {t("challenges.export.title")}
        </h2>
        <p className="text-sm text-muted">{t("challenges.export.lead")}</p>
        <p className="flex flex-wrap gap-3">
          <a href={`${base}/export?format=csv`} className="btn-secondary" download>
            {t("challenges.export.csv")}
          </a>
          <a href={`${base}/export?format=json`} className="btn-secondary" download>
            {t("challenges.export.json")}
          </a>
        </p>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
