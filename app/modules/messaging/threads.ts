/**
 * When a match gets its thread, pure. Contact opens with the match for an application
 * or a casual-talk request (the professional reached out), for a scout once the
 * professional accepts, and for an introduction once both sides have accepted — the
 * point where each side has agreed to talk. A coordinator may open a three-way thread
 * for an introduction earlier, taking part in it themself.
 */
import type { MatchSource, MatchStage } from "~/generated/prisma/enums";
import { isAgreed, isEnded } from "~/modules/matching/lifecycle";

type MatchFacts = {
  source: MatchSource;
  stage: MatchStage;
  professionalAcceptedAt: Date | null;
  companyAcceptedAt: Date | null;
};

export function threadAllowed(match: MatchFacts) {
  if (match.source === "APPLICATION" || match.source === "CASUAL_TALK") return true;
  return isAgreed(match);
}

/** A coordinator's three-way thread: introductions that have not ended. */
export function threeWayAllowed(match: MatchFacts) {
  return match.source === "INTRODUCTION" && !isEnded(match.stage);
}
