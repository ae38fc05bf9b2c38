import type { ChallengeStatus } from "~/generated/prisma/enums";

/**
 * The challenge lifecycle: draft → open ⇄ paused → closed (filled or cancelled).
 * Only OPEN challenges are public; CLOSED is final.
 */
export const statusActions = ["publish", "pause", "resume", "close"] as const;
export type StatusAction = (typeof statusActions)[number];

/** Which action moves a challenge from which state to which. */
export const transitions: Record<
  StatusAction,
  { from: readonly ChallengeStatus[]; to: ChallengeStatus }
> = {
  publish: { from: ["DRAFT"], to: "OPEN" },
  pause: { from: ["OPEN"], to: "PAUSED" },
  resume: { from: ["PAUSED"], to: "OPEN" },
  close: { from: ["DRAFT", "OPEN", "PAUSED"], to: "CLOSED" },
};

/** The state `action` leads to from `status`, or null when it is not allowed there. */
export function nextStatus(status: ChallengeStatus, action: StatusAction): ChallengeStatus | null {
  const transition = transitions[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** The actions a member may take on a challenge in `status`, in display order. */
export function availableActions(status: ChallengeStatus): StatusAction[] {
  return statusActions.filter((action) => nextStatus(status, action) !== null);
}

/** Whether any action moves `from` to `to`. */
export function canTransition(from: ChallengeStatus, to: ChallengeStatus): boolean {
  return statusActions.some((action) => nextStatus(from, action) === to);
}

/** Actions that make a challenge public, so it must be complete first. */
export function makesPublic(action: StatusAction): boolean {
  return transitions[action].to === "OPEN";
}

export function isPublic(status: ChallengeStatus): boolean {
  return status === "OPEN";
}
