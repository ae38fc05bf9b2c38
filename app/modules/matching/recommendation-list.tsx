/**
 * The ranked lists of recommendations: a challenge's professionals and a
 * professional's challenges. Each entry is an <article> named by its heading, with its
 * rank, the score bar and the reasons (ScoreSummary), and the next step: scout or
 * introduce, apply or ask for a casual talk, or the conversation already under way.
 */
import { Link } from "@remix-run/react";
import type { MatchStage, WorkStyle } from "~/generated/prisma/enums";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectureName } from "~/modules/reference/prefectures";
import type { EngagementType } from "~/modules/reference/work";
import type { PairScore } from "./score";
import { ScoreSummary } from "./score-bar";

type ExistingMatch = { id: string; stage: MatchStage };

export type CandidateEntry = {
  id: string;
  view: "full" | "anonymous";
  name: string | null;
  summary: string | null;
  headline: string;
  skills: ReadonlyArray<{ name: string; years: number }>;
  score: PairScore;
  match: ExistingMatch | null;
};

export type ChallengeEntry = {
  id: string;
  title: string;
  summary: string;
  prefectureCode: string;
  workStyle: WorkStyle;
  engagementTypes: readonly EngagementType[];
  applicationDeadline: Date | string | null;
  company: { id: string; name: string };
  score: PairScore;
  match: ExistingMatch | null;
};

/** What a candidate's viewer may do: scout (company member), introduce (coordinator), or look. */
export type CandidateAction = "scout" | "introduce" | null;

function Rank({ rank }: { rank: number }) {
  const t = useT();
  return (
    <p className="w-fit rounded-full bg-accent-soft px-3 py-0.5 text-sm font-semibold text-accent-strong">
      {t("recommendations.rank", { rank })}
    </p>
  );
}

function InContact({ match }: { match: ExistingMatch }) {
  const t = useT();
  return (
    <p className="text-sm">
      <span className="text-muted">
        {t("recommendations.inContact", { stage: t(`matches.stage.${match.stage}`) })}
      </span>{" "}
      <Link to={`/matches/${match.id}`}>{t("recommendations.openMatch")}</Link>
    </p>
  );
}

export function CandidateList({
  challengeId,
  entries,
  action,
}: {
  challengeId: string;
  entries: readonly CandidateEntry[];
  action: CandidateAction;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol
      className="grid gap-4 lg:grid-cols-2"
      aria-label={t("recommendations.candidates.listLabel")}
      data-testid="candidate-list"
    >
      {entries.map((entry, index) => {
        const headingId = `candidate-${entry.id}-title`;
        const title =
          entry.view === "full" ? (entry.name ?? entry.headline) : (entry.summary ?? "");
        return (
          <li key={entry.id} className="flex">
            <article className="card flex w-full flex-col gap-3" aria-labelledby={headingId}>
              <Rank rank={index + 1} />
              <h2 id={headingId} className="text-lg font-bold">
                <Link to={`/pros/${entry.id}`} className="underline-offset-2 hover:underline">
                  {title}
                </Link>
              </h2>
              {entry.view === "anonymous" ? (
                <p className="text-sm">
                  <span className="rounded bg-paper px-2 py-0.5 text-muted">
                    {t("recommendations.anonymous")}
                  </span>
                </p>
              ) : null}
              {entry.headline ? <p>{entry.headline}</p> : null}
              {entry.skills.length > 0 ? (
                <p className="text-sm text-muted">
                  {entry.skills
                    .map((skill) =>
                      skill.years > 0
                        ? t("recommendations.skillYears", { skill: skill.name, years: skill.years })
                        : skill.name,
                    )
                    .join(locale === "ja" ? "・" : ", ")}
                </p>
              ) : null}
              <ScoreSummary score={entry.score} maxReasons={4} />
              <div className="mt-auto flex flex-wrap items-center gap-3">
                {entry.match ? (
                  <InContact match={entry.match} />
                ) : action === "scout" ? (
                  <Link
                    to={`/challenges/${challengeId}/scout/${entry.id}`}
                    className="btn-primary"
                    aria-label={t("recommendations.candidates.scoutLabel", { name: title })}
                  >
                    {t("recommendations.candidates.scout")}
                  </Link>
                ) : action === "introduce" ? (
                  <Link
                    to={`/challenges/${challengeId}/introduce/${entry.id}`}
                    className="btn-primary"
                    aria-label={t("recommendations.candidates.introduceLabel", { name: title })}
                  >
                    {t("recommendations.candidates.introduce")}
                  </Link>
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

export function ChallengeRecommendationList({ entries }: { entries: readonly ChallengeEntry[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol
      className="grid gap-4 lg:grid-cols-2"
      aria-label={t("recommendations.recommended.listLabel")}
      data-testid="challenge-recommendations"
    >
      {entries.map((entry, index) => {
        const headingId = `recommended-${entry.id}-title`;
        return (
          <li key={entry.id} className="flex">
            <article className="card flex w-full flex-col gap-3" aria-labelledby={headingId}>
              <Rank rank={index + 1} />
              <h2 id={headingId} className="text-lg font-bold">
                <Link to={`/challenges/${entry.id}`} className="underline-offset-2 hover:underline">
                  {entry.title}
                </Link>
              </h2>
              <p className="line-clamp-3">{entry.summary}</p>
              <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="text-muted">{t("recommendations.recommended.company")}</dt>
                  <dd>{entry.company.name}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">{t("recommendations.recommended.location")}</dt>
                  <dd>{prefectureName(entry.prefectureCode, locale)}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">{t("recommendations.recommended.workStyle")}</dt>
                  <dd>{t(`reference.workStyle.${entry.workStyle}`)}</dd>
                </div>
                {entry.applicationDeadline ? (
                  <div className="flex gap-1">
                    <dt className="text-muted">{t("recommendations.recommended.deadline")}</dt>
                    <dd>
                      <time dateTime={new Date(entry.applicationDeadline).toISOString()}>
                        {formatDate(locale, entry.applicationDeadline)}
                      </time>
                    </dd>
                  </div>
                ) : null}
              </dl>
              <ScoreSummary score={entry.score} maxReasons={4} />
              <div className="mt-auto flex flex-wrap items-center gap-3">
                {entry.match ? (
                  <InContact match={entry.match} />
                ) : (
                  <>
                    <Link
                      to={`/challenges/${entry.id}/apply`}
                      className="btn-primary"
                      aria-label={t("recommendations.recommended.applyLabel", {
                        title: entry.title,
                      })}
                    >
                      {t("recommendations.recommended.apply")}
                    </Link>
                    <Link
                      to={`/challenges/${entry.id}/apply?kind=casual`}
                      className="btn-secondary"
                      aria-label={t("recommendations.recommended.casualLabel", {
                        title: entry.title,
                      })}
                    >
                      {t("recommendations.recommended.casual")}
                    </Link>
                  </>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
