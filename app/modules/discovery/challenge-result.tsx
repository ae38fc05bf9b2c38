import type { ChallengeCategory, WorkStyle } from "~/generated/prisma/enums";
import { ChallengeCard } from "~/modules/challenges/challenge-card";
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

/** A challenge in the results: its card, with the matched words marked. */
export function ChallengeResult({ hit }: { hit: ChallengeHit }) {
  return (
    <ChallengeCard
      challenge={hit}
      title={<Highlighted segments={hit.highlights.title} text={hit.title} />}
      summary={<Highlighted segments={hit.highlights.summary} text={hit.summary} />}
    />
  );
}
