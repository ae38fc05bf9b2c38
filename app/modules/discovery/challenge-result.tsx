import { Link } from "@remix-run/react";
import type { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { formatDate } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectureName } from "~/modules/reference/prefectures";
import type { EngagementType } from "~/modules/reference/work";
import { Highlighted, type Segment } from "./highlighted";

/** One challenge hit as the loader hands it over (dates arrive as strings). */
export type ChallengeHit = {
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
  highlights: { title?: Segment[]; summary?: Segment[] };
};

/** A challenge in the results: its title and summary with the matched words marked. */
export function ChallengeResult({ hit }: { hit: ChallengeHit }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `challenge-${hit.id}-title`;
  const dateOf = (value: Date | string) => (
    <time dateTime={new Date(value).toISOString()}>{formatDate(locale, value)}</time>
  );
  return (
    <article className="card flex w-full flex-col gap-2" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-lg font-bold">
        <Link to={`/challenges/${hit.id}`} className="underline-offset-2 hover:underline">
          <Highlighted segments={hit.highlights.title} text={hit.title} />
        </Link>
      </h3>
      <p className="text-sm text-muted">{hit.company.name}</p>
      <p className="line-clamp-3">
        <Highlighted segments={hit.highlights.summary} text={hit.summary} />
      </p>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.category")}</dt>
          <dd>{t(`reference.category.${hit.category}`)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.location")}</dt>
          <dd>{prefectureName(hit.prefectureCode, locale)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.workStyle")}</dt>
          <dd>{t(`reference.workStyle.${hit.workStyle}`)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-muted">{t("challenges.card.engagement")}</dt>
          <dd>
            {hit.engagementTypes
              .map((code) => t(`reference.engagement.${code}`))
              .join(locale === "ja" ? "・" : ", ")}
          </dd>
        </div>
        {hit.publishedAt ? (
          <div className="flex gap-1">
            <dt className="text-muted">{t("challenges.card.published")}</dt>
            <dd>{dateOf(hit.publishedAt)}</dd>
          </div>
        ) : null}
        {hit.applicationDeadline ? (
          <div className="flex gap-1">
            <dt className="text-muted">{t("discovery.results.deadline")}</dt>
            <dd>{dateOf(hit.applicationDeadline)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
