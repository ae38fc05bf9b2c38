/**
 * The match's state machine, pure. A match opens at INTERESTED; once both sides have
 * agreed it is TALKING, then moves forward (stages may be skipped) to COMPLETED. Either
 * side can end it before then: the company declines (見送り, DECLINED), the
 * professional withdraws (辞退, WITHDRAWN), always with a reason.
 *
 * The company and coordinators move stages; the professional accepts and withdraws.
 * Who agreed when is kept apart from the stage, because it also decides what the
 * company may see of an anonymous professional (see disclosure.ts).
 */
import type { MatchSource, MatchStage } from "~/generated/prisma/enums";

export const matchStages = [
  "INTERESTED",
  "TALKING",
  "PROPOSAL",
  "CONTRACTED",
  "WORKING",
  "COMPLETED",
  "DECLINED",
  "WITHDRAWN",
] as const satisfies readonly MatchStage[];

/** The stages a match passes through in order, before it is completed. */
export const progressStages = [
  "INTERESTED",
  "TALKING",
  "PROPOSAL",
  "CONTRACTED",
  "WORKING",
  "COMPLETED",
] as const satisfies readonly MatchStage[];

export const endedStages = ["COMPLETED", "DECLINED", "WITHDRAWN"] as const;

export const matchSources = [
  "APPLICATION",
  "CASUAL_TALK",
  "SCOUT",
  "INTRODUCTION",
] as const satisfies readonly MatchSource[];

/** Reasons for declining (company) or withdrawing (professional); KPIs count them. */
export const companyEndReasons = ["SKILLS", "CONDITIONS", "TIMING", "FILLED", "OTHER"] as const;
export const professionalEndReasons = ["CONDITIONS", "TIMING", "NOT_INTERESTED", "OTHER"] as const;
export const endReasons = [
  "SKILLS",
  "CONDITIONS",
  "TIMING",
  "FILLED",
  "NOT_INTERESTED",
  "OTHER",
] as const satisfies readonly (
  (typeof companyEndReasons)[number] | (typeof professionalEndReasons)[number]
)[];
export type EndReason = (typeof endReasons)[number];

/** Whose side someone acts on. Admins act as coordinators. */
export type MatchSide = "professional" | "company" | "coordinator";

export interface MatchState {
  source: MatchSource;
  stage: MatchStage;
  professionalAcceptedAt: Date | null;
  companyAcceptedAt: Date | null;
}

export type MatchAction =
  { kind: "accept" } | { kind: "end"; reason: EndReason } | { kind: "move"; to: MatchStage };

export function isEnded(stage: MatchStage) {
  return (endedStages as readonly MatchStage[]).includes(stage);
}

export function isAgreed(match: MatchState) {
  return match.professionalAcceptedAt !== null && match.companyAcceptedAt !== null;
}

function stageIndex(stage: MatchStage) {
  return (progressStages as readonly MatchStage[]).indexOf(stage);
}

/** The stages `side` may move the match to from where it is now. */
export function movesFor(match: MatchState, side: MatchSide): MatchStage[] {
  if (side === "professional" || isEnded(match.stage) || !isAgreed(match)) return [];
  const current = stageIndex(match.stage);
  const forward = progressStages.filter((_, index) => index > current && index >= 1);
  // A proposal turned down goes back to talking; nothing else moves backwards.
  return match.stage === "PROPOSAL" ? ["TALKING", ...forward] : forward;
}

/** Whether `side` has still to agree to this match. */
export function awaitsAcceptanceFrom(match: MatchState, side: MatchSide) {
  if (isEnded(match.stage)) return false;
  if (side === "professional") return match.professionalAcceptedAt === null;
  if (side === "company") return match.companyAcceptedAt === null;
  return false;
}

/** Everything `side` may do with the match now. */
export function actionsFor(match: MatchState, side: MatchSide) {
  const ended = isEnded(match.stage);
  return {
    accept: awaitsAcceptanceFrom(match, side),
    end: !ended && side !== "coordinator",
    endReasons:
      side === "company"
        ? companyEndReasons
        : side === "professional"
          ? professionalEndReasons
          : [],
    moves: movesFor(match, side),
  };
}

export type TransitionResult =
  | {
      ok: true;
      patch: {
        stage: MatchStage;
        professionalAcceptedAt?: Date;
        companyAcceptedAt?: Date;
        contractedAt?: Date;
        completedAt?: Date;
        endReason?: EndReason;
      };
      /** the stage before, when it changed */
      fromStage: MatchStage | null;
    }
  | { ok: false; reason: "notAllowed" };

/** What happens when `side` does `action`: the new state, or a refusal. */
export function transition(
  match: MatchState,
  side: MatchSide,
  action: MatchAction,
  now: Date,
): TransitionResult {
  const allowed = actionsFor(match, side);
  switch (action.kind) {
    case "accept": {
      if (!allowed.accept) return { ok: false, reason: "notAllowed" };
      const accepted = {
        ...match,
        ...(side === "professional" ? { professionalAcceptedAt: now } : { companyAcceptedAt: now }),
      };
      const stage = isAgreed(accepted) ? "TALKING" : match.stage;
      return {
        ok: true,
        patch: {
          stage,
          ...(side === "professional"
            ? { professionalAcceptedAt: now }
            : { companyAcceptedAt: now }),
        },
        fromStage: stage === match.stage ? null : match.stage,
      };
    }
    case "end": {
      if (!allowed.end || !(allowed.endReasons as readonly string[]).includes(action.reason)) {
        return { ok: false, reason: "notAllowed" };
      }
      return {
        ok: true,
        patch: { stage: side === "company" ? "DECLINED" : "WITHDRAWN", endReason: action.reason },
        fromStage: match.stage,
      };
    }
    case "move": {
      if (!allowed.moves.includes(action.to)) return { ok: false, reason: "notAllowed" };
      const reaches = (stage: MatchStage) =>
        stageIndex(action.to) >= stageIndex(stage) && stageIndex(match.stage) < stageIndex(stage);
      return {
        ok: true,
        patch: {
          stage: action.to,
          ...(reaches("CONTRACTED") ? { contractedAt: now } : {}),
          ...(reaches("COMPLETED") ? { completedAt: now } : {}),
        },
        fromStage: match.stage,
      };
    }
  }
}

/** Who has agreed when a match is created, by how it started. */
export function initialAcceptance(source: MatchSource, now: Date) {
  switch (source) {
    case "APPLICATION":
    case "CASUAL_TALK":
      return { professionalAcceptedAt: now, companyAcceptedAt: null };
    case "SCOUT":
      return { professionalAcceptedAt: null, companyAcceptedAt: now };
    case "INTRODUCTION":
      return { professionalAcceptedAt: null, companyAcceptedAt: null };
  }
}
