import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { consultationFiltersSchema } from "~/modules/coordination/consultations";
import { companiesInRegion, listConsultations } from "~/modules/coordination/consultations.server";
import { ConsultationTable } from "~/modules/coordination/consultations-view";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "coordination.consultations.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  const filters = consultationFiltersSchema.parse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const [list, companies] = await Promise.all([
    listConsultations(prefectures, filters),
    companiesInRegion(prefectures),
  ]);
  return { filters, companies, ...list };
}

export default function ConsultationsPage() {
  const t = useT();
  const locale = useLocale();
  const { filters, companies, items, total } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("coordination.consultations.title")}
        lead={t("coordination.consultations.lead")}
      />
      <p>
        <Link to="/console/consultations/new" className="btn-primary inline-block">
          {t("coordination.consultations.new")}
        </Link>
      </p>
      <Form method="get" className="card flex flex-wrap items-end gap-4">
        <label>
          <span className="mb-1 block font-semibold">{t("coordination.consultations.month")}</span>
          <input type="month" name="month" defaultValue={filters.month ?? ""} className="input" />
        </label>
        <label>
          <span className="mb-1 block font-semibold">
            {t("coordination.consultations.company")}
          </span>
          <select name="companyId" defaultValue={filters.companyId ?? ""} className="input">
            <option value="">{t("coordination.consultations.allCompanies")}</option>
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {t("coordination.filter.apply")}
        </button>
      </Form>
      <p className="text-sm text-muted" aria-live="polite">
        {t("coordination.consultations.count", { count: formatNumber(locale, total) })}
      </p>
      {items.length === 0 ? (
        <p className="card">{t("coordination.consultations.empty")}</p>
      ) : (
        <ConsultationTable items={items} />
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
