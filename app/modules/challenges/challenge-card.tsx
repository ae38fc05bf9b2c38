import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import type { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { prefectureName } from "~/modules/reference/prefectures";
import type { EngagementType } from "~/modules/reference/work";

/** What a card needs: one item of listPublicChallenges (dates may arrive as strings). */
export type ChallengeCardData = {
  id: string;
  title: string;
  summary: string;
  category: ChallengeCategory;
  prefectureCode: string;
  workStyle: WorkStyle;
  engagementTypes: readonly EngagementType[];
  publishedAt: Date | string | null;
  applicationDeadline?: Date | string | null;
  company: { id: string; name: string };
};

/**
 * One open challenge in a list: an <article> named by its heading (a link to the
 * challenge). `headingLevel` fits the surrounding outline (h2 under a page's h1, h3
 * under a section's h2, the default).
 */
export function ChallengeCard({
  challenge,
  headingLevel = 3,
  title = challenge.title,
  summary = challenge.summary,
}: {
  challenge: ChallengeCardData;
  headingLevel?: 2 | 3 | 4;
  /** the title and summary as shown, e.g. with a search's matches marked */
  title?: ReactNode;
  summary?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const headingId = `challenge-${challenge.id}-title`;
  const dateOf = (value: Date | string) => (
    <time dateTime={new Date(value).toISOString()}>{formatDate(locale, value)}</time>
  );
  return (
    <article className="card flex w-full flex-col gap-2" aria-labelledby={headingId}>
      <Heading id={headingId} className="text-lg font-bold">
        <Link to={`/challenges/${challenge.id}`} className="underline-offset-2 hover:underline">
          {title}
        </Link>
      </Heading>
      <p className="text-sm text-muted">{challenge.company.name}</p>
      <p className="line-clamp-3">{summary}</p>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.category")}</dt>
          <dd>{t(`reference.category.${challenge.category}`)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.location")}</dt>
          <dd>{prefectureName(challenge.prefectureCode, locale)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.workStyle")}</dt>
          <dd>{t(`reference.workStyle.${challenge.workStyle}`)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.engagement")}</dt>
          <dd>
            {challenge.engagementTypes
              .map((code) => t(`reference.engagement.${code}`))
              .join(locale === "ja" ? "・" : ", ")}
          </dd>
        </div>
        {challenge.publishedAt ? (
          <div className="flex gap-1">
            <dt className="text-muted">{t("challenges.card.published")}</dt>
            <dd>{dateOf(challenge.publishedAt)}</dd>
          </div>
        ) : null}
        {challenge.applicationDeadline ? (
          <div className="flex gap-1">
            <dt className="text-muted">{t("challenges.card.deadline")}</dt>
            <dd>{dateOf(challenge.applicationDeadline)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
