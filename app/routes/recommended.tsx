import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { profileOfUser } from "~/modules/matching/recommend-sources.server";
import { recommendChallenges } from "~/modules/matching/recommend.server";
import { ChallengeRecommendationList } from "~/modules/matching/recommendation-list";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

/**
 * /recommended: a professional's 20 best open challenges, with the score and its
 * reasons. Professionals only (others 403, visitors to the login page).
 */
export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "recommendations.recommended.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, locale } = await requireProfessional(request, context);
  const profile = await profileOfUser(user.id);
  if (!profile) return { hasProfile: false, hasSkills: false, hasRegions: false, items: [] };
  const result = await recommendChallenges(profile.id, { locale });
  return {
    hasProfile: true,
    hasSkills: profile._count.skills > 0,
    hasRegions: profile._count.regions > 0,
    items: result?.items ?? [],
  };
}

export default function RecommendedPage() {
  const t = useT();
  const { hasProfile, hasSkills, hasRegions, items } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={t("recommendations.recommended.title")}
        lead={
          items.length > 0
            ? t("recommendations.recommended.lead", { count: items.length })
            : undefined
        }
      />
      {!hasProfile ? (
        <div className="card space-y-3">
          <p>{t("recommendations.recommended.noProfile")}</p>
          <p>
            <Link to="/profile" className="btn-primary">
              {t("recommendations.recommended.createProfile")}
            </Link>
          </p>
        </div>
      ) : items.length > 0 ? (
        <>
          {!hasSkills || !hasRegions ? (
            <p className="mb-4 text-muted">
              {t("recommendations.recommended.emptyHint")}{" "}
              <Link to={hasSkills ? "/profile/regions" : "/profile/skills"}>
                {t(
                  hasSkills
                    ? "recommendations.recommended.addRegions"
                    : "recommendations.recommended.addSkills",
                )}
              </Link>
            </p>
          ) : null}
          <ChallengeRecommendationList entries={items} />
        </>
      ) : (
        <div className="card space-y-3">
          <p className="font-semibold">{t("recommendations.recommended.empty")}</p>
          <p className="text-muted">{t("recommendations.recommended.emptyHint")}</p>
          <p className="flex flex-wrap gap-3">
            <Link to="/profile/skills" className="btn-primary">
              {t("recommendations.recommended.addSkills")}
            </Link>
            <Link to="/profile/regions" className="btn-secondary">
              {t("recommendations.recommended.addRegions")}
            </Link>
            <Link to="/challenges" className="btn-secondary">
              {t("recommendations.recommended.browse")}
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
