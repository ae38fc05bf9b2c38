import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useT } from "~/lib/i18n/react";
import { MatchRowHeader, professionalLabel } from "~/modules/matching/match-list";
import { requireCandidatesAccess } from "~/modules/matching/recommend-access.server";
import { ScoreSummary } from "~/modules/matching/score-bar";
import { applicantSorts } from "~/modules/matching/schemas";
import { applicantsOf } from "~/modules/matching/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "matches.applicants.title");

const sortSchema = z.object({ sort: z.enum(applicantSorts).catch("score").default("score") });

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, locale, challenge } = await requireCandidatesAccess(
    request,
    context,
    params.challengeId ?? "",
  );
  const { sort } = sortSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const applicants = await applicantsOf(challenge.id, user, sort, locale);
  return { challengeId: challenge.id, sort, ...applicants };
}

export default function ApplicantsPage() {
  const t = useT();
  const { challengeId, sort, title, items } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader
        title={t("matches.applicants.title")}
        lead={t("matches.applicants.lead", { challenge: title })}
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Form method="get" className="flex items-end gap-3">
          <label>
            <span className="mb-1 block text-sm font-semibold">{t("matches.applicants.sort")}</span>
            <select name="sort" defaultValue={sort} className="input">
              {applicantSorts.map((value) => (
                <option key={value} value={value}>
                  {t(`matches.applicants.sort.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn-secondary">
            {t("matches.filter.apply")}
          </button>
        </Form>
        <Link to={`/challenges/${challengeId}/candidates`}>
          {t("matches.applicants.candidates")}
        </Link>
      </div>
      {items.length === 0 ? <p className="card">{t("matches.applicants.empty")}</p> : null}
      <ol className="space-y-4" aria-label={t("matches.applicants.title")}>
        {items.map((item) => (
          <li key={item.id} className="card space-y-3" data-testid="applicant">
            <MatchRowHeader
              item={item}
              title={professionalLabel(item.professional)}
              subtitle={item.professional.headline || null}
            />
            <ScoreSummary score={item.score} />
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
