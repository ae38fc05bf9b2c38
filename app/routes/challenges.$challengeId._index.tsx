import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { useNonce } from "~/lib/nonce";
import { allowAnyone, getOptionalUser } from "~/modules/auth/guards.server";
import {
  ChallengeBody,
  ChallengeFacts,
  ChecklistView,
  StatusBadge,
  StatusHistory,
} from "~/modules/challenges/challenge-view";
import { challengePage } from "~/modules/challenges/detail.server";
import { localeOf, publicPageMeta } from "~/modules/challenges/meta";
import { StatusControls } from "~/modules/challenges/status-controls";
import { intakeNoteFor } from "~/modules/coordination/intake.server";
import { ChallengeIntakeForms, IntakeReturnedNote } from "~/modules/coordination/intake-view";
import { coversPrefecture } from "~/modules/coordination/regions.server";
import { currentSchemesFor } from "~/modules/coordination/subsidies.server";
import { SubsidyAside } from "~/modules/coordination/subsidies-view";
import { MatchEntry } from "~/modules/matching/match-entry";
import { matchEntryFor } from "~/modules/matching/targets.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const locale = localeOf(matches);
  if (!data) return [];
  const meta = publicPageMeta(locale, {
    title: data.page.view.title,
    description: data.page.view.summary,
    url: data.page.url,
    type: "article",
  });
  // Drafts, paused and closed challenges are for the company's members only.
  return data.page.status === "OPEN" ? meta : [...meta, { name: "robots", content: "noindex" }];
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  allowAnyone();
  const user = await getOptionalUser(request, context);
  const locale = await resolveLocale(request, user);
  const page = await challengePage(params.challengeId ?? "", user, locale);
  // Not public and not theirs: as if it did not exist.
  if (!page) notFound();
  const prefectureCode = page.view.prefectureCode ?? "";
  const matchEntry = await matchEntryFor(user, {
    id: page.id,
    status: page.status,
    companyId: page.company.id,
    prefectureCode,
  });
  // The prefecture's support schemes, for everyone who sees the challenge.
  const subsidies = await currentSchemesFor(prefectureCode);
  // Intake: the members read a "sent back" comment; the prefecture's coordinators act.
  const intakeNote = page.member ? await intakeNoteFor(page.id) : null;
  const canIntake =
    user !== null &&
    (user.role === "COORDINATOR" || user.role === "ADMIN") &&
    page.status !== "DRAFT" &&
    (await coversPrefecture(user, prefectureCode));
  return { page, matchEntry, subsidies, intakeNote, canIntake };
}

export default function ChallengePage() {
  const t = useT();
  const locale = useLocale();
  const nonce = useNonce();
  const { page, matchEntry, subsidies, intakeNote, canIntake } = useLoaderData<typeof loader>();
  const { view, member } = page;
  return (
    <article className="grid gap-8 lg:grid-cols-[1fr_20rem]" aria-labelledby="challenge-title">
      {page.jsonLd ? (
        <script
          type="application/ld+json"
          nonce={nonce}
          // Serialised by serializeJsonLd: <, > and & are escaped, so no text can end the element.
          dangerouslySetInnerHTML={{ __html: page.jsonLd }}
        />
      ) : null}
      <div className="min-w-0 space-y-6">
        {member && page.status !== "OPEN" ? (
          <p
            className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
            role="note"
          >
            {t(`challenges.detail.banner.${page.status}`)}
          </p>
        ) : null}
        {intakeNote ? <IntakeReturnedNote comment={intakeNote.comment} /> : null}
        <header className="space-y-2">
          <p>
            <Link to={`/companies/${page.company.id}`}>{page.company.name}</Link>
          </p>
          <h1 id="challenge-title" className="text-2xl font-bold md:text-3xl">
            {view.title}
          </h1>
          <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
            {member ? <StatusBadge status={page.status} /> : null}
            {page.publishedAt ? (
              <span>
                {t("challenges.card.published")}: {formatDate(locale, page.publishedAt)}
              </span>
            ) : null}
          </p>
          <p className="text-lg">{view.summary}</p>
        </header>
        <section aria-labelledby="facts-heading" className="card">
          <h2 id="facts-heading" className="mb-3 text-lg font-semibold">
            {t("challenges.detail.terms")}
          </h2>
          <ChallengeFacts challenge={view} />
        </section>
        <ChallengeBody challenge={view} level={2} />
      </div>
      <aside className="space-y-6" aria-label={t("challenges.detail.aside")}>
        <MatchEntry entry={matchEntry} challengeId={page.id} />
        {canIntake ? (
          <section className="card space-y-3" aria-labelledby="intake-heading">
            <h2 id="intake-heading" className="text-lg font-semibold">
              {t("coordination.intake.panelTitle")}
            </h2>
            <ChallengeIntakeForms challengeId={page.id} redirectTo={`/challenges/${page.id}`} />
          </section>
        ) : null}
        <SubsidyAside schemes={subsidies} />
        <section className="card space-y-2" aria-labelledby="company-heading">
          <h2 id="company-heading" className="text-lg font-semibold">
            {t("challenges.detail.company")}
          </h2>
          <p>
            <Link to={`/companies/${page.company.id}`}>{page.company.name}</Link>
          </p>
          <p>
            <Link to="/challenges">{t("challenges.detail.backToList")}</Link>
          </p>
        </section>
        {member ? (
          <>
            <section className="card space-y-4" aria-labelledby="manage-heading">
              <h2 id="manage-heading" className="text-lg font-semibold">
                {t("challenges.detail.manage")}
              </h2>
              <p className="flex flex-wrap gap-3">
                <Link to={`/challenges/${page.id}/edit`}>{t("challenges.detail.edit")}</Link>
                <Link to={`/companies/${page.company.id}/challenges`}>
                  {t("challenges.detail.allChallenges")}
                </Link>
              </p>
              {member.problems.length > 0 && page.status !== "CLOSED" ? (
                <div>
                  <p className="font-semibold">{t("challenges.detail.notReady")}</p>
                  <ul className="list-disc pl-5 text-sm">
                    {member.problems.map((key) => (
                      <li key={key}>{t(key)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <StatusControls
                challengeId={page.id}
                status={page.status}
                redirectTo={`/challenges/${page.id}`}
              />
            </section>
            <section className="card space-y-3" aria-labelledby="checklist-heading">
              <h2 id="checklist-heading" className="text-lg font-semibold">
                {t("challenges.checklist.title")}
              </h2>
              <ChecklistView items={member.checklist} />
            </section>
            <section className="card space-y-3" aria-labelledby="history-heading">
              <h2 id="history-heading" className="text-lg font-semibold">
                {t("challenges.history.title")}
              </h2>
              <StatusHistory entries={member.history} />
            </section>
          </>
        ) : null}
      </aside>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
