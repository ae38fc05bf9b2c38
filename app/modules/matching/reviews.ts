/**
 * Reviews after completion. Each side writes one. A review stays private to
 * coordinators (and its author) until both sides have written, or 14 days have passed
 * since completion, so neither side writes in answer to the other's.
 */
import type { MatchSide } from "./lifecycle";

export const REVIEW_EMBARGO_DAYS = 14;
export const REVIEW_COMMENT_MAX = 1000;
const DAY_MS = 86_400_000;

export type ReviewSide = Exclude<MatchSide, "coordinator">;

export function reviewsPublished(
  completedAt: Date | null,
  writtenBy: readonly ReviewSide[],
  now: Date,
) {
  if (completedAt === null) return false;
  const bothWritten = writtenBy.includes("company") && writtenBy.includes("professional");
  return bothWritten || now.getTime() - completedAt.getTime() >= REVIEW_EMBARGO_DAYS * DAY_MS;
}

/** Whether `viewer` may read the review written by `author`. */
export function reviewVisibleTo(
  viewer: MatchSide,
  author: ReviewSide,
  published: boolean,
): boolean {
  return viewer === "coordinator" || viewer === author || published;
}

/** When the embargo on a match's reviews lifts, if no one else writes. */
export function embargoEndsAt(completedAt: Date) {
  return new Date(completedAt.getTime() + REVIEW_EMBARGO_DAYS * DAY_MS);
}
