import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requireCandidatesAccess } from "~/modules/matching/recommend-access.server";
import { recommendProfessionals } from "~/modules/matching/recommend.server";
import { CandidateList, type CandidateAction } from "~/modules/matching/recommendation-list";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

/**
 * /challenges/:challengeId/candidates: the 20 professionals who fit a challenge best,
 * with the score and its reasons. For the challenge's company members (any state; they
 * scout once it is open), coordinators (introduce) and admins (open challenges only).
 */
export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "recommendations.candidates.title");

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, locale, challenge, actor } = await requireCandidatesAccess(
    request,
    context,
    params.challengeId ?? "",
  );
  const result = await recommendProfessionals(challenge.id, viewer, { locale });
  const action: CandidateAction =
    actor === "member"
      ? challenge.status === "OPEN"
        ? "scout"
        : null
      : actor === "coordinator"
        ? "introduce"
        : null;
  return {
    challenge: { id: challenge.id, title: challenge.title, status: challenge.status },
    member: actor === "member",
    action,
    items: result?.items ?? [],
  };
}

export default function ChallengeCandidatesPage() {
  const t = useT();
  const { challenge, member, action, items } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t("recommendations.candidates.title")}
        lead={t("recommendations.candidates.lead", {
          title: challenge.title,
          count: items.length,
        })}
      />
      <p className="mb-4 flex flex-wrap gap-4">
        <Link to={`/challenges/${challenge.id}`}>
          {t("recommendations.candidates.backToChallenge")}
        </Link>
        {member ? (
          <Link to={`/challenges/${challenge.id}/edit`}>
            {t("recommendations.candidates.editChallenge")}
          </Link>
        ) : null}
      </p>
      {challenge.status !== "OPEN" ? (
        <p
          className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
          role="note"
        >
          {t("recommendations.candidates.notOpen", {
            status: t(`reference.status.${challenge.status}`),
          })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <CandidateList challengeId={challenge.id} entries={items} action={action} />
      ) : (
        <div className="card space-y-3">
          <p className="font-semibold">{t("recommendations.candidates.empty")}</p>
          <p className="text-muted">{t("recommendations.candidates.emptyHint")}</p>
          <p className="flex flex-wrap gap-3">
            {member ? (
              <Link to={`/challenges/${challenge.id}/edit`} className="btn-primary">
                {t("recommendations.candidates.editChallenge")}
              </Link>
            ) : null}
            <Link to="/pros" className="btn-secondary">
              {t("recommendations.candidates.searchPros")}
            </Link>
          </p>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
