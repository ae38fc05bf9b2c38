import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/lib/i18n/react";
import { addMonths, isMonth, monthInJapan } from "~/modules/coordination/kpis";
import { formatMonth } from "~/modules/coordination/kpis-view";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { ConsoleNumbersNav } from "~/modules/coordination/reports-nav";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "console.reports.title");

/** Pick a month: ?month=YYYY-MM goes to its report; otherwise the last 12 months are listed. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireCoordinator(request, context);
  const month = new URL(request.url).searchParams.get("month");
  if (month && isMonth(month)) throw redirect(`/console/reports/${month}`);
  const current = monthInJapan(new Date());
  return { current, months: Array.from({ length: 12 }, (_, index) => addMonths(current, -index)) };
}

export default function ReportsIndexPage() {
  const t = useT();
  const locale = useLocale();
  const { current, months } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <ConsoleNumbersNav />
      <PageHeader title={t("console.reports.title")} lead={t("console.reports.lead")} />
      <Form method="get" className="card flex flex-wrap items-end gap-4 p-4">
        <div>
          <label htmlFor="report-month" className="mb-1 block font-semibold">
            {t("console.reports.month")}
          </label>
          <input
            id="report-month"
            name="month"
            type="month"
            className="input"
            defaultValue={current}
            required
          />
        </div>
        <button type="submit" className="btn-primary">
          {t("console.reports.open")}
        </button>
      </Form>
      <section aria-labelledby="recent-months" className="card space-y-2">
        <h2 id="recent-months" className="text-lg font-semibold">
          {t("console.reports.recent")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-3">
          {months.map((month) => (
            <li key={month}>
              <Link to={`/console/reports/${month}`}>{formatMonth(locale, month)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
