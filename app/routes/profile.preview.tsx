import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/lib/i18n/react";
import { requireProfessional } from "~/modules/professionals/guards.server";
import { ProfileDetails } from "~/modules/professionals/profile-details";
import { ownProfileId, readPrivacy } from "~/modules/professionals/profile.server";
import { anonymousProfile } from "~/modules/professionals/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) =>
  pageTitle(matches, "professionals.preview.title");

/** "See how companies see you": the anonymous rendering, built by the same code as /pros/:id. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, locale } = await requireProfessional(request, context);
  const profileId = await ownProfileId(user.id);
  const { visibility } = await readPrivacy(user.id);
  return {
    visibility,
    profile: profileId ? await anonymousProfile(profileId, locale) : null,
  };
}

export default function ProfilePreview() {
  const t = useT();
  const { visibility, profile } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={t("professionals.preview.title")} lead={t("professionals.preview.lead")} />
      <p className="mb-6">
        {t("professionals.preview.current", {
          visibility: t(`reference.visibility.${visibility}`),
        })}{" "}
        <Link to="/profile/privacy">{t("professionals.overview.change")}</Link>
      </p>
      {profile ? (
        <>
          <p className="mb-4 text-xl font-bold" data-testid="anonymous-summary">
            {profile.summary}
          </p>
          <ProfileDetails profile={profile} />
        </>
      ) : (
        <p className="card">{t("professionals.overview.notCreated")}</p>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
