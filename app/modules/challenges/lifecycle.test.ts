import { describe, expect, it } from "vitest";
import type { ChallengeStatus } from "~/generated/prisma/enums";
import {
  availableActions,
  canTransition,
  isPublic,
  makesPublic,
  nextStatus,
  statusActions,
  type StatusAction,
} from "./lifecycle";

const statuses: ChallengeStatus[] = ["DRAFT", "OPEN", "PAUSED", "CLOSED"];

/** The whole table, written out: every state × every action. */
const expected: Record<ChallengeStatus, Record<StatusAction, ChallengeStatus | null>> = {
  DRAFT: { publish: "OPEN", pause: null, resume: null, close: "CLOSED" },
  OPEN: { publish: null, pause: "PAUSED", resume: null, close: "CLOSED" },
  PAUSED: { publish: null, pause: null, resume: "OPEN", close: "CLOSED" },
  CLOSED: { publish: null, pause: null, resume: null, close: null },
};

describe("the lifecycle", () => {
  for (const status of statuses) {
    for (const action of statusActions) {
      it(`${status} + ${action} → ${expected[status][action] ?? "not allowed"}`, () => {
        expect(nextStatus(status, action)).toBe(expected[status][action]);
      });
    }
  }

  it("offers exactly the allowed actions in each state", () => {
    expect(availableActions("DRAFT")).toEqual(["publish", "close"]);
    expect(availableActions("OPEN")).toEqual(["pause", "close"]);
    expect(availableActions("PAUSED")).toEqual(["resume", "close"]);
    expect(availableActions("CLOSED")).toEqual([]);
  });

  it("knows every pair of states", () => {
    const allowed = new Set([
      "DRAFT>OPEN",
      "DRAFT>CLOSED",
      "OPEN>PAUSED",
      "OPEN>CLOSED",
      "PAUSED>OPEN",
      "PAUSED>CLOSED",
    ]);
    for (const from of statuses) {
      for (const to of statuses) {
        expect([from, to, canTransition(from, to)]).toEqual([
          from,
          to,
          allowed.has(`${from}>${to}`),
        ]);
      }
    }
  });

  it("only OPEN is public; publish and resume make it public", () => {
    expect(statuses.filter(isPublic)).toEqual(["OPEN"]);
    expect(statusActions.filter(makesPublic)).toEqual(["publish", "resume"]);
  });
});
