import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateTime, formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { profileCompleteness } from "~/modules/professionals/completeness";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { readOverview } from "~/modules/professionals/profile.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.overview.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireProfessional(request, context);
  const overview = await readOverview(user.id);
  return {
    profile: overview
      ? {
          id: overview.id,
          headline: overview.headline,
          visibility: overview.visibility,
          updatedAt: overview.updatedAt,
          blockCount: overview.blockCount,
        }
      : null,
    completeness: profileCompleteness(overview?.facts ?? null),
  };
}

export default function ProfileOverview() {
  const t = useT();
  const locale = useLocale();
  const { profile, completeness } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t("professionals.overview.title")}
        lead={t("professionals.overview.lead")}
      />
      <section aria-labelledby="completeness-heading" className="card mb-6 space-y-3">
        <h2 id="completeness-heading" className="text-lg font-semibold">
          {t("professionals.completeness.title")}
        </h2>
        <div className="flex items-center gap-4">
          <progress
            className="h-3 w-full accent-accent"
            max={100}
            value={completeness.percent}
            aria-labelledby="completeness-heading"
            aria-valuetext={`${completeness.percent}%`}
          />
          <span className="text-2xl font-bold" data-testid="completeness-percent">
            {formatNumber(locale, completeness.percent)}%
          </span>
        </div>
        {completeness.next ? (
          <p>
            {t("professionals.completeness.nextLabel")}{" "}
            <Link to={completeness.next.to} className="font-semibold">
              {t(completeness.next.label)}
            </Link>
          </p>
        ) : (
          <p className="text-success">{t("professionals.completeness.done")}</p>
        )}
        {completeness.missing.length > 1 ? (
          <details>
            <summary className="cursor-pointer">
              {t("professionals.completeness.missingTitle", {
                count: completeness.missing.length,
              })}
            </summary>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {completeness.missing.map((item) => (
                <li key={item.key}>
                  <Link to={item.to}>{t(item.label)}</Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="status-heading" className="card space-y-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("professionals.overview.status")}
        </h2>
        {profile ? (
          <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">{t("professionals.overview.visibility")}</dt>
            <dd>
              {t(`reference.visibility.${profile.visibility}`)} ·{" "}
              <Link to="/profile/privacy">{t("professionals.overview.change")}</Link>
            </dd>
            <dt className="font-semibold">{t("professionals.overview.blocks")}</dt>
            <dd>{t("professionals.overview.blockCount", { count: profile.blockCount })}</dd>
            <dt className="font-semibold">{t("professionals.overview.updated")}</dt>
            <dd>{formatDateTime(locale, profile.updatedAt)}</dd>
          </dl>
        ) : (
          <p>{t("professionals.overview.notCreated")}</p>
        )}
        <ul className="flex flex-wrap gap-3 pt-2">
          {profile ? (
            <li>
              <Link to={`/pros/${profile.id}`} className="btn-secondary">
                {t("professionals.overview.viewProfile")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to="/profile/preview" className="btn-secondary">
              {t("professionals.overview.preview")}
            </Link>
          </li>
          <li>
            <a href="/profile/export" download className="btn-secondary">
              {t("professionals.overview.export")}
            </a>
          </li>
        </ul>
        <p className="text-sm text-muted">{t("professionals.overview.exportHint")}</p>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
