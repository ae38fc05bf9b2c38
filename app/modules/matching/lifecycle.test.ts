import { describe, expect, it } from "vitest";
import {
  actionsFor,
  initialAcceptance,
  movesFor,
  transition,
  type MatchSide,
  type MatchState,
} from "./lifecycle";

const now = new Date("2026-11-01T00:00:00Z");
const earlier = new Date("2026-10-01T00:00:00Z");

function state(overrides: Partial<MatchState> = {}): MatchState {
  return {
    source: "APPLICATION",
    stage: "INTERESTED",
    professionalAcceptedAt: earlier,
    companyAcceptedAt: null,
    ...overrides,
  };
}

describe("initialAcceptance", () => {
  it.each([
    ["APPLICATION", true, false],
    ["CASUAL_TALK", true, false],
    ["SCOUT", false, true],
    ["INTRODUCTION", false, false],
  ] as const)("%s: professional %s, company %s", (source, professional, company) => {
    const acceptance = initialAcceptance(source, now);
    expect(acceptance.professionalAcceptedAt !== null).toBe(professional);
    expect(acceptance.companyAcceptedAt !== null).toBe(company);
  });
});

describe("accepting", () => {
  it("moves an application to TALKING when the company takes it up", () => {
    const result = transition(state(), "company", { kind: "accept" }, now);
    expect(result).toEqual({
      ok: true,
      patch: { stage: "TALKING", companyAcceptedAt: now },
      fromStage: "INTERESTED",
    });
  });

  it("keeps an introduction INTERESTED until the second side agrees", () => {
    const introduction = state({ source: "INTRODUCTION", professionalAcceptedAt: null });
    const first = transition(introduction, "professional", { kind: "accept" }, now);
    expect(first).toEqual({
      ok: true,
      patch: { stage: "INTERESTED", professionalAcceptedAt: now },
      fromStage: null,
    });
    const second = transition(
      { ...introduction, professionalAcceptedAt: now },
      "company",
      { kind: "accept" },
      now,
    );
    expect(second.ok && second.patch.stage).toBe("TALKING");
  });

  it("refuses a second acceptance and acceptance by a coordinator", () => {
    expect(transition(state(), "professional", { kind: "accept" }, now).ok).toBe(false);
    expect(transition(state(), "coordinator", { kind: "accept" }, now).ok).toBe(false);
  });
});

describe("moving stages", () => {
  const talking = state({ stage: "TALKING", companyAcceptedAt: earlier });

  it("lets the company and coordinators move forward, skipping stages", () => {
    expect(movesFor(talking, "company")).toEqual([
      "PROPOSAL",
      "CONTRACTED",
      "WORKING",
      "COMPLETED",
    ]);
    expect(movesFor(talking, "coordinator")).toEqual(movesFor(talking, "company"));
  });

  it("never lets the professional move stages", () => {
    expect(movesFor(talking, "professional")).toEqual([]);
  });

  it("allows no moves until both sides agreed", () => {
    expect(movesFor(state(), "company")).toEqual([]);
  });

  it("lets a proposal go back to talking, and nothing else backwards", () => {
    expect(movesFor({ ...talking, stage: "PROPOSAL" }, "company")).toContain("TALKING");
    expect(movesFor({ ...talking, stage: "CONTRACTED" }, "company")).toEqual([
      "WORKING",
      "COMPLETED",
    ]);
  });

  it("stamps contractedAt and completedAt when a move reaches or passes them", () => {
    const contracted = transition(talking, "company", { kind: "move", to: "CONTRACTED" }, now);
    expect(contracted).toEqual({
      ok: true,
      patch: { stage: "CONTRACTED", contractedAt: now },
      fromStage: "TALKING",
    });
    const completed = transition(talking, "company", { kind: "move", to: "COMPLETED" }, now);
    expect(completed.ok && completed.patch).toEqual({
      stage: "COMPLETED",
      contractedAt: now,
      completedAt: now,
    });
    const working = transition(
      { ...talking, stage: "CONTRACTED" },
      "company",
      { kind: "move", to: "WORKING" },
      now,
    );
    expect(working.ok && working.patch).toEqual({ stage: "WORKING" });
  });

  it("refuses a move that is not offered", () => {
    expect(transition(talking, "company", { kind: "move", to: "INTERESTED" }, now).ok).toBe(false);
    expect(transition(talking, "professional", { kind: "move", to: "PROPOSAL" }, now).ok).toBe(
      false,
    );
  });
});

describe("ending", () => {
  it.each([
    ["company", "SKILLS", "DECLINED"],
    ["professional", "NOT_INTERESTED", "WITHDRAWN"],
  ] as const)("%s ending with %s makes it %s", (side, reason, stage) => {
    const result = transition(state({ stage: "TALKING" }), side, { kind: "end", reason }, now);
    expect(result).toEqual({ ok: true, patch: { stage, endReason: reason }, fromStage: "TALKING" });
  });

  it("refuses a reason the side does not have, coordinators, and ended matches", () => {
    expect(transition(state(), "professional", { kind: "end", reason: "FILLED" }, now).ok).toBe(
      false,
    );
    expect(transition(state(), "coordinator", { kind: "end", reason: "OTHER" }, now).ok).toBe(
      false,
    );
    for (const stage of ["COMPLETED", "DECLINED", "WITHDRAWN"] as const) {
      for (const side of ["company", "professional"] as MatchSide[]) {
        expect(actionsFor(state({ stage }), side)).toMatchObject({ accept: false, end: false });
      }
    }
  });
});
