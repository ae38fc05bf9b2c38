import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useT } from "~/lib/i18n/react";
import { requireUser } from "~/modules/auth/guards.server";
import { Pagination } from "~/modules/discovery/pagination";
import { matchStages } from "~/modules/matching/lifecycle";
import { MatchList } from "~/modules/matching/match-list";
import { matchListSchema } from "~/modules/matching/schemas";
import { listMatches } from "~/modules/matching/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const filters = matchListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const list = await listMatches(user, filters, await resolveLocale(request, user));
  return { role: user.role, filters, ...list };
}

export default function MatchesPage() {
  const t = useT();
  const { role, filters, items, total, pageCount } = useLoaderData<typeof loader>();
  const hrefFor = (page: number) =>
    `/matches?${new URLSearchParams({ ...(filters.stage ? { stage: filters.stage } : {}), page: String(page) })}`;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("matches.title")} lead={t("matches.lead")} />
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <label>
          <span className="mb-1 block text-sm font-semibold">{t("matches.filter.stage")}</span>
          <select name="stage" defaultValue={filters.stage ?? ""} className="input">
            <option value="">{t("matches.filter.all")}</option>
            {matchStages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`matches.stage.${stage}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {t("matches.filter.apply")}
        </button>
        <p className="text-sm text-muted" aria-live="polite">
          {t("matches.count", { count: total })}
        </p>
      </Form>
      {items.length === 0 ? (
        <div className="card space-y-2">
          <p>{t("matches.empty")}</p>
          {role === "PROFESSIONAL" ? (
            <p>
              {t("matches.emptyProfessional")}{" "}
              <Link to="/challenges">{t("matches.findChallenges")}</Link>
            </p>
          ) : role === "COMPANY_MEMBER" ? (
            <p>
              {t("matches.emptyCompany")} <Link to="/pros">{t("matches.findProfessionals")}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <MatchList items={items} />
      )}
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={hrefFor} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
