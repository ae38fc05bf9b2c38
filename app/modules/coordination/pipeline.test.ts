import { describe, expect, it } from "vitest";
import {
  activityBefore,
  ageInDays,
  groupByStage,
  isStale,
  pipelineFilterSchema,
  pipelineMoveSchema,
  pipelineSearch,
} from "./pipeline";

const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("pipeline", () => {
  it("counts whole days since the last activity", () => {
    expect(ageInDays(daysAgo(0), now)).toBe(0);
    expect(ageInDays(new Date(daysAgo(14).getTime() + 1000), now)).toBe(13);
    expect(ageInDays(daysAgo(14), now)).toBe(14);
    expect(ageInDays(new Date(now.getTime() + 5000), now)).toBe(0);
  });

  it("flags open matches idle for 14 days or more, never ended ones", () => {
    expect(isStale("TALKING", 13)).toBe(false);
    expect(isStale("TALKING", 14)).toBe(true);
    expect(isStale("INTERESTED", 40)).toBe(true);
    expect(isStale("COMPLETED", 40)).toBe(false);
    expect(isStale("DECLINED", 40)).toBe(false);
  });

  it("parses the filters, dropping what it does not know", () => {
    expect(
      pipelineFilterSchema.parse({
        prefecture: "20",
        category: "DX_IT",
        coordinator: "u1",
        age: "14",
      }),
    ).toEqual({ prefecture: "20", category: "DX_IT", coordinator: "u1", age: "14" });
    expect(
      pipelineFilterSchema.parse({ prefecture: "x", category: "?", age: "3", coordinator: "" }),
    ).toEqual({});
    expect(pipelineSearch({ prefecture: "20", age: "30" })).toBe("?prefecture=20&age=30");
    expect(pipelineSearch({})).toBe("");
  });

  it("turns the age filter into a latest activity date", () => {
    expect(activityBefore(undefined, now)).toBeUndefined();
    expect(activityBefore("7", now)).toEqual(daysAgo(7));
  });

  it("checks a move's stage", () => {
    expect(pipelineMoveSchema.safeParse({ matchId: "m1", to: "PROPOSAL" }).success).toBe(true);
    expect(pipelineMoveSchema.safeParse({ matchId: "m1", to: "SOMEWHERE" }).success).toBe(false);
    expect(pipelineMoveSchema.safeParse({ to: "PROPOSAL" }).success).toBe(false);
  });

  it("groups cards by stage, every column present", () => {
    const columns = groupByStage([
      { id: "a", stage: "TALKING" as const },
      { id: "b", stage: "TALKING" as const },
      { id: "c", stage: "DECLINED" as const },
    ]);
    expect(columns.get("TALKING")!.map((card) => card.id)).toEqual(["a", "b"]);
    expect(columns.get("INTERESTED")).toEqual([]);
    expect(columns.get("DECLINED")!.length).toBe(1);
  });
});
