import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { defaultLocale, isLocale } from "~/lib/i18n/locales";
import { useT } from "~/lib/i18n/react";
import { translate } from "~/lib/i18n/translate";
import { notesPanelFor } from "~/modules/coordination/notes.server";
import { NotesPanel } from "~/modules/coordination/notes-panel";
import { currentViewer } from "~/modules/professionals/guards.server";
import { ProfileDetails } from "~/modules/professionals/profile-details";
import { profileForViewer } from "~/modules/professionals/views.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return pageTitle(matches, "professionals.detail.title");
  const rootData = matches.find((match) => match.id === "root")?.data as
    { locale?: string } | undefined;
  const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale;
  const heading = data.profile.view === "full" ? data.profile.name : data.profile.summary;
  return [
    { title: `${heading} | ${translate(locale, "app.name")}` },
    // Profiles are found through the app, not through search engines.
    { name: "robots", content: "noindex" },
  ];
};

/**
 * Anyone may ask; profileViewFor decides. "none" (hidden, blocked, not for this role, or
 * no such profile) is always 404, so a profile's existence is never revealed.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, locale } = await currentViewer(request, context);
  const profile = await profileForViewer(viewer, params.profileId ?? "", locale);
  if (!profile) notFound();
  return {
    profile,
    canBrowse: viewer !== null && viewer.role !== "PROFESSIONAL",
    canScout: viewer?.role === "COMPANY_MEMBER",
    // Coordinators' private notes: staff only, never the professional or companies.
    notes: viewer
      ? await notesPanelFor({ id: viewer.userId, role: viewer.role }, "profile", profile.id)
      : null,
  };
}

export default function ProDetail() {
  const t = useT();
  const { profile, canBrowse, canScout, notes } = useLoaderData<typeof loader>();
  return (
    <>
      {canBrowse ? (
        <p className="mb-4">
          <Link to="/pros">{t("professionals.detail.back")}</Link>
        </p>
      ) : null}
      <PageHeader title={profile.view === "full" ? profile.name : profile.summary} />
      {canScout ? (
        <p className="mb-6">
          <Link to={`/pros/${profile.id}/scout`} className="btn-primary inline-block">
            {t("matches.scout.cta")}
          </Link>
        </p>
      ) : null}
      <ProfileDetails profile={profile} />
      {notes ? (
        <div className="mt-8">
          <NotesPanel panel={notes} />
        </div>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
