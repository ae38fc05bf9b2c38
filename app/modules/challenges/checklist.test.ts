import { describe, expect, it } from "vitest";
import {
  challengeChecklist,
  problemMessageKey,
  publishProblems,
  type ChecklistDraft,
} from "./checklist";

const complete: ChecklistDraft = {
  title: "受発注をクラウド化したい",
  summary: "転記をなくす",
  background: "FAX と Excel で管理",
  successCriteria: "一つのシステムで追える",
  deliverables: "導入計画",
  requiredSkillCount: 1,
  engagementTypes: ["SIDE_JOB"],
  workStyle: "HYBRID",
  onsiteVisitsPerMonth: 1,
  hoursPerWeek: 8,
  durationMonths: 6,
  compensationType: "MONTHLY",
  compensationMin: 200_000,
  compensationMax: null,
  startDate: "2026-04-01",
  applicationDeadline: "2026-03-15",
  prefectureCode: "20",
  hasContactPerson: true,
};

/** A wizard draft right after step 1. */
const fresh: ChecklistDraft = {
  ...complete,
  summary: "",
  background: "",
  successCriteria: "",
  deliverables: "",
  requiredSkillCount: 0,
  engagementTypes: [],
  hoursPerWeek: 0,
  durationMonths: 0,
  compensationMin: null,
  startDate: null,
  applicationDeadline: null,
};

const okOf = (draft: ChecklistDraft) =>
  Object.fromEntries(challengeChecklist(draft).map((item) => [item.key, item.ok]));

describe("challengeChecklist", () => {
  it("ticks everything for a complete challenge", () => {
    expect(Object.values(okOf(complete)).every(Boolean)).toBe(true);
  });

  it("computes each item from the draft", () => {
    expect(okOf(fresh)).toEqual({
      problem: false,
      outcome: false,
      deliverables: false,
      skills: false,
      engagement: false,
      time: false,
      onsite: true,
      budget: false,
      start: false,
      deadline: false,
      location: true,
      contact: true,
    });
    expect(okOf({ ...complete, workStyle: "ONSITE", onsiteVisitsPerMonth: 0 }).onsite).toBe(false);
    expect(okOf({ ...complete, workStyle: "REMOTE", onsiteVisitsPerMonth: 2 }).onsite).toBe(false);
    expect(okOf({ ...complete, compensationType: "NONE", compensationMin: null }).budget).toBe(
      false,
    );
    expect(
      okOf({
        ...complete,
        compensationType: "NONE",
        compensationMin: null,
        engagementTypes: ["PRO_BONO"],
      }).budget,
    ).toBe(true);
    expect(okOf({ ...complete, hasContactPerson: false }).contact).toBe(false);
    expect(okOf({ ...complete, summary: "   " }).problem).toBe(false);
  });

  it("marks deliverables, start, deadline and contact as recommended, the rest required", () => {
    const optional = challengeChecklist(complete)
      .filter((item) => !item.required)
      .map((item) => item.key);
    expect(optional).toEqual(["deliverables", "start", "deadline", "contact"]);
  });
});

describe("publishProblems", () => {
  it("is empty for a complete challenge", () => {
    expect(publishProblems(complete, "2026-03-01")).toEqual([]);
  });

  it("lists the required items missing, not the recommended ones", () => {
    expect(publishProblems(fresh, "2026-03-01").map(problemMessageKey)).toEqual([
      "challenges.missing.problem",
      "challenges.missing.outcome",
      "challenges.missing.skills",
      "challenges.missing.engagement",
      "challenges.missing.time",
      "challenges.missing.budget",
    ]);
  });

  it("refuses a deadline already past in Japan, or after the start", () => {
    expect(publishProblems(complete, "2026-03-16")).toEqual([{ kind: "deadlinePassed" }]);
    expect(publishProblems(complete, "2026-03-15")).toEqual([]);
    expect(
      publishProblems({ ...complete, applicationDeadline: "2026-04-02" }, "2026-03-01").map(
        problemMessageKey,
      ),
    ).toEqual(["challenges.errors.deadlineAfterStart"]);
  });
});
