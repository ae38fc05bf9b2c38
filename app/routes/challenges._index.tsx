import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getEnv } from "~/lib/env.server";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { translate } from "~/lib/i18n/translate";
import { allowAnyone } from "~/modules/auth/guards.server";
import { ChallengeCard } from "~/modules/challenges/challenge-card";
import { localeOf, publicPageMeta } from "~/modules/challenges/meta";
import { listPublicChallenges } from "~/modules/challenges/public.server";
import { challengeCategories, parseListQuery } from "~/modules/challenges/schema";
import { prefectures } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";

const PAGE_SIZE = 20;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const locale = localeOf(matches);
  return publicPageMeta(locale, {
    title: translate(locale, "challenges.list.title"),
    description: translate(locale, "challenges.list.lead"),
    url: data?.canonicalUrl ?? "",
    type: "website",
  });
};

function listQuery(filters: { category?: string; prefectureCode?: string }, page: number) {
  const params = new URLSearchParams();
  if (filters.category) params.set("category", filters.category);
  if (filters.prefectureCode) params.set("prefecture", filters.prefectureCode);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export async function loader({ request }: LoaderFunctionArgs) {
  allowAnyone();
  const query = parseListQuery(new URL(request.url).searchParams);
  const result = await listPublicChallenges({ ...query, pageSize: PAGE_SIZE });
  const filters = { category: query.category, prefectureCode: query.prefectureCode };
  return {
    ...result,
    filters,
    canonicalUrl: `${getEnv().APP_URL}/challenges${listQuery(filters, result.page)}`,
  };
}

export default function ChallengesPage() {
  const t = useT();
  const locale = useLocale();
  const { items, total, page, pageCount, filters } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("challenges.list.title")} lead={t("challenges.list.lead")} />
      <Form
        method="get"
        className="card mb-6 grid items-end gap-4 sm:grid-cols-[1fr_1fr_auto]"
        aria-label={t("challenges.list.filters")}
      >
        <div>
          <label htmlFor="filter-category" className="mb-1 block font-semibold">
            {t("challenges.field.category")}
          </label>
          <select
            id="filter-category"
            name="category"
            defaultValue={filters.category ?? ""}
            className="input"
          >
            <option value="">{t("challenges.list.any")}</option>
            {challengeCategories.map((category) => (
              <option key={category} value={category}>
                {t(`reference.category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-prefecture" className="mb-1 block font-semibold">
            {t("reference.prefecture")}
          </label>
          <select
            id="filter-prefecture"
            name="prefecture"
            defaultValue={filters.prefectureCode ?? ""}
            className="input"
          >
            <option value="">{t("challenges.list.any")}</option>
            {prefectures.map((prefecture) => (
              <option key={prefecture.code} value={prefecture.code}>
                {prefecture[locale]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-primary">
          {t("challenges.list.apply")}
        </button>
      </Form>
      <h2 className="mb-3 text-lg font-semibold" aria-live="polite">
        {t("challenges.list.count", { count: formatNumber(locale, total) })}
      </h2>
      {items.length === 0 ? (
        <p className="card text-muted">{t("challenges.list.empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {items.map((challenge) => (
            <li key={challenge.id} className="flex">
              <ChallengeCard challenge={challenge} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t("challenges.list.pagination")} className="mt-6 flex items-center gap-4">
          {page > 1 ? (
            <Link
              to={`/challenges${listQuery(filters, page - 1)}`}
              className="btn-secondary"
              rel="prev"
            >
              {t("challenges.list.previous")}
            </Link>
          ) : null}
          <span aria-current="page">{t("challenges.list.pageOf", { page, pages: pageCount })}</span>
          {page < pageCount ? (
            <Link
              to={`/challenges${listQuery(filters, page + 1)}`}
              className="btn-secondary"
              rel="next"
            >
              {t("challenges.list.next")}
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
