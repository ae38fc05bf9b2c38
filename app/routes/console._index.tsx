import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { currentMonth, monthRange } from "~/modules/coordination/consultations";
import { consoleOverview } from "~/modules/coordination/intake.server";
import { STALE_DAYS } from "~/modules/coordination/pipeline";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { prefectureName } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "coordination.home.title");

const stages = ["INTERESTED", "TALKING", "PROPOSAL", "CONTRACTED", "WORKING", "COMPLETED"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  const overview = await consoleOverview(prefectures, monthRange(currentMonth()).gte);
  return { prefectures, overview, staleDays: STALE_DAYS };
}

export default function ConsoleHome() {
  const t = useT();
  const locale = useLocale();
  const { prefectures, overview, staleDays } = useLoaderData<typeof loader>();
  const regions =
    prefectures === null
      ? t("coordination.home.allPrefectures")
      : prefectures.map((code) => prefectureName(code, locale)).join("・");
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("coordination.home.title")}
        lead={t("coordination.home.lead", { regions: regions || "—" })}
      />
      {prefectures !== null && prefectures.length === 0 ? (
        <p className="card" role="note">
          {t("coordination.noRegions")}
        </p>
      ) : null}
      <section aria-labelledby="numbers-heading" className="space-y-3">
        <h2 id="numbers-heading" className="text-xl font-semibold">
          {t("coordination.home.numbers")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="card">
            <dt className="text-sm text-muted">{t("coordination.home.intake")}</dt>
            <dd className="text-2xl font-bold" data-testid="home-intake">
              {formatNumber(locale, overview.intake.challenges + overview.intake.companies)}
            </dd>
            <dd className="text-sm">
              {t("coordination.home.intakeDetail", {
                challenges: formatNumber(locale, overview.intake.challenges),
                companies: formatNumber(locale, overview.intake.companies),
              })}
            </dd>
            <dd>
              <Link to="/console/intake">{t("coordination.home.openIntake")}</Link>
            </dd>
          </div>
          <div className="card">
            <dt className="text-sm text-muted">{t("coordination.home.consultations")}</dt>
            <dd className="text-2xl font-bold" data-testid="home-consultations">
              {formatNumber(locale, overview.consultations)}
            </dd>
            <dd>
              <Link to="/console/consultations">{t("coordination.home.openConsultations")}</Link>
            </dd>
          </div>
          <div className="card">
            <dt className="text-sm text-muted">
              {t("coordination.home.stale", { days: staleDays })}
            </dt>
            <dd className="text-2xl font-bold">{formatNumber(locale, overview.stale)}</dd>
            <dd>
              <Link to="/console/pipeline">{t("coordination.home.openPipeline")}</Link>
            </dd>
          </div>
          <div className="card">
            <dt className="text-sm text-muted">{t("coordination.home.byStage")}</dt>
            <dd>
              <ul className="text-sm">
                {stages.map((stage) => (
                  <li key={stage} className="flex justify-between gap-3">
                    <span>{t(`matches.stage.${stage}`)}</span>
                    <span>{formatNumber(locale, overview.byStage[stage] ?? 0)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>
      <nav aria-labelledby="links-heading" className="space-y-3">
        <h2 id="links-heading" className="text-xl font-semibold">
          {t("coordination.home.links")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link to="/console/consultations/new" className="btn-primary inline-block">
              {t("coordination.consultations.new")}
            </Link>
          </li>
          <li>
            <Link to="/console/intake" className="btn-secondary inline-block">
              {t("coordination.intake.title")}
            </Link>
          </li>
          <li>
            <Link to="/console/pipeline" className="btn-secondary inline-block">
              {t("coordination.home.pipeline")}
            </Link>
          </li>
          <li>
            <Link to="/console/kpis" className="btn-secondary inline-block">
              {t("coordination.home.kpis")}
            </Link>
          </li>
          <li>
            <Link to="/console/subsidies" className="btn-secondary inline-block">
              {t("coordination.subsidies.title")}
            </Link>
          </li>
          <li>
            <Link to="/companies" className="btn-secondary inline-block">
              {t("coordination.home.companies")}
            </Link>
          </li>
          <li>
            <Link to="/matches" className="btn-secondary inline-block">
              {t("coordination.home.matches")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
