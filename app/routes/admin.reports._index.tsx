import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateTime, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requireRole } from "~/modules/auth/guards.server";
import { listReports, REPORTS_PER_PAGE } from "~/modules/messaging/reports.server";
import { reportListSchema, reportStatuses } from "~/modules/messaging/safety-schemas";
import { ReportReason, ReportedBody } from "~/modules/messaging/reports-view";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "safety.admin.title");

/** The moderation queue: admins only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, ["ADMIN"]);
  const query = reportListSchema.parse(
    Object.fromEntries(new URL(request.url).searchParams.entries()),
  );
  const { reports, counts } = await listReports(query);
  return { ...query, reports, counts, hasNext: reports.length === REPORTS_PER_PAGE };
}

export default function ReportQueuePage() {
  const t = useT();
  const locale = useLocale();
  const { status, page, reports, counts, hasNext } = useLoaderData<typeof loader>();
  const pageLink = (target: number) => `?status=${status}&page=${target}`;
  return (
    <>
      <PageHeader title={t("safety.admin.title")} lead={t("safety.admin.lead")} />
      <nav aria-label={t("safety.admin.filter")} className="mb-6 flex flex-wrap gap-2">
        {reportStatuses.map((value) => (
          <Link
            key={value}
            to={`?status=${value}`}
            aria-current={value === status ? "page" : undefined}
            className={value === status ? "btn-primary" : "btn-secondary"}
          >
            {t("safety.admin.statusCount", {
              status: t(`safety.admin.status.${value}`),
              count: formatNumber(locale, counts[value]),
            })}
          </Link>
        ))}
      </nav>
      <h2 className="sr-only">{t(`safety.admin.status.${status}`)}</h2>
      {reports.length === 0 ? (
        <p className="card">{t("safety.admin.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {reports.map((report) => {
            const date = formatDateTime(locale, report.createdAt);
            return (
              <li key={report.id} className="card space-y-3" data-testid="report">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">
                    <ReportReason reason={report.reason} />
                  </h3>
                  <span className="text-sm text-muted">
                    {t("safety.admin.reportedAt")}:{" "}
                    <time dateTime={String(report.createdAt)}>{date}</time>
                  </span>
                </div>
                <ReportedBody body={report.body} />
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold">{t("safety.admin.author")}</dt>
                  <dd>{report.authorName ?? t("safety.admin.unknownUser")}</dd>
                  <dt className="font-semibold">{t("safety.admin.reporter")}</dt>
                  <dd>{report.reporterName ?? t("safety.admin.unknownUser")}</dd>
                  <dt className="font-semibold">{t("safety.admin.note")}</dt>
                  <dd className="whitespace-pre-wrap break-words">
                    {report.note || t("safety.admin.noNote")}
                  </dd>
                  <dt className="font-semibold">{t("safety.admin.challenge")}</dt>
                  <dd>{report.challengeTitle}</dd>
                </dl>
                <p>
                  <Link
                    to={`/admin/reports/${report.id}`}
                    className="btn-secondary"
                    aria-label={t("safety.admin.openLabel", { date })}
                  >
                    {t("safety.admin.open")}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {page > 1 || hasNext ? (
        <nav aria-label={t("safety.admin.pagination")} className="mt-6 flex gap-3">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} className="btn-secondary">
              {t("safety.admin.previous")}
            </Link>
          ) : null}
          {hasNext ? (
            <Link to={pageLink(page + 1)} className="btn-secondary">
              {t("safety.admin.next")}
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
