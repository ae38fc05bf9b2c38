import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import {
  challengeFormSchema,
  compensationIssues,
  parseListQuery,
  statusChangeSchema,
  wizardStep4Schema,
  wizardStep5Schema,
} from "./schema";

/** The whole form as a browser would send it. */
const valid: Record<string, string | string[]> = {
  title: "受発注管理をクラウド化したい",
  summary: "Excel と FAX の受発注をクラウドに移し、転記をなくします。",
  background: "受注は FAX と電話、在庫は Excel で管理しています。",
  successCriteria: "受注から出荷までを一つのシステムで追えるようにする",
  deliverables: "",
  category: "DX_IT",
  requiredSkills: "DX推進、業務システム導入",
  niceToHaveSkills: "",
  engagementTypes: ["SIDE_JOB", "CONTRACT"],
  workStyle: "HYBRID",
  onsiteVisitsPerMonth: "2",
  hoursPerWeek: "8",
  durationMonths: "6",
  compensationType: "MONTHLY",
  compensationMin: "200000",
  compensationMax: "300000",
  startDate: "2026-04-01",
  applicationDeadline: "2026-03-15",
  prefectureCode: "20",
  municipality: "諏訪市",
};

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

function errorsFor(values: Record<string, string | string[]>, schema = challengeFormSchema) {
  const submission = parseWithZod(form(values), { schema });
  return submission.status === "success" ? {} : submission.error;
}

describe("challengeFormSchema", () => {
  it("accepts a complete challenge and coerces numbers, lists and empty text", () => {
    const submission = parseWithZod(form(valid), { schema: challengeFormSchema });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({
      category: "DX_IT",
      engagementTypes: ["SIDE_JOB", "CONTRACT"],
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 8,
      compensationMin: 200_000,
      deliverables: "",
      startDate: "2026-04-01",
    });
  });

  it("requires the core fields, each with its own message", () => {
    expect(errorsFor({})).toEqual({
      title: ["reference.errors.required"],
      summary: ["reference.errors.required"],
      background: ["reference.errors.required"],
      successCriteria: ["reference.errors.required"],
      category: ["challenges.errors.category"],
      engagementTypes: ["reference.errors.chooseOne"],
      workStyle: ["challenges.errors.workStyle"],
      hoursPerWeek: ["reference.errors.required"],
      durationMonths: ["reference.errors.required"],
      compensationType: ["challenges.errors.compensationType"],
      prefectureCode: ["reference.errors.prefecture"],
    });
  });

  it("bounds the text lengths: title 80, summary 200, long text 4000", () => {
    expect(errorsFor({ ...valid, title: "あ".repeat(80) })).toEqual({});
    expect(errorsFor({ ...valid, title: "あ".repeat(81) })).toEqual({
      title: ["reference.errors.tooLong"],
    });
    expect(errorsFor({ ...valid, summary: "a".repeat(201) })).toEqual({
      summary: ["reference.errors.tooLong"],
    });
    expect(errorsFor({ ...valid, background: "a".repeat(4001) })).toEqual({
      background: ["reference.errors.tooLong"],
    });
    expect(errorsFor({ ...valid, deliverables: "a".repeat(4001) })).toEqual({
      deliverables: ["reference.errors.tooLong"],
    });
  });

  it("bounds hours (1–60), duration (1–36) and visits (0–30), whole numbers only", () => {
    expect(errorsFor({ ...valid, hoursPerWeek: "0" })).toEqual({
      hoursPerWeek: ["challenges.errors.hoursRange"],
    });
    expect(errorsFor({ ...valid, hoursPerWeek: "61" })).toEqual({
      hoursPerWeek: ["challenges.errors.hoursRange"],
    });
    expect(errorsFor({ ...valid, hoursPerWeek: "7.5" })).toEqual({
      hoursPerWeek: ["reference.errors.integer"],
    });
    expect(errorsFor({ ...valid, hoursPerWeek: "abc" })).toEqual({
      hoursPerWeek: ["reference.errors.integer"],
    });
    expect(errorsFor({ ...valid, durationMonths: "37" })).toEqual({
      durationMonths: ["challenges.errors.durationRange"],
    });
    expect(errorsFor({ ...valid, onsiteVisitsPerMonth: "31" })).toEqual({
      onsiteVisitsPerMonth: ["challenges.errors.onsiteRange"],
    });
  });

  it("ties on-site visits to the work style: 0 for REMOTE, at least 1 for ONSITE", () => {
    expect(errorsFor({ ...valid, workStyle: "REMOTE", onsiteVisitsPerMonth: "1" })).toEqual({
      onsiteVisitsPerMonth: ["challenges.errors.onsiteRemote"],
    });
    expect(errorsFor({ ...valid, workStyle: "REMOTE", onsiteVisitsPerMonth: "0" })).toEqual({});
    // Left empty, visits count as none.
    expect(errorsFor({ ...valid, workStyle: "REMOTE", onsiteVisitsPerMonth: "" })).toEqual({});
    expect(errorsFor({ ...valid, workStyle: "ONSITE", onsiteVisitsPerMonth: "0" })).toEqual({
      onsiteVisitsPerMonth: ["challenges.errors.onsiteRequired"],
    });
    expect(errorsFor({ ...valid, workStyle: "ONSITE", onsiteVisitsPerMonth: "4" })).toEqual({});
  });

  it("checks the pay range by type, max ≥ min", () => {
    expect(errorsFor({ ...valid, compensationMin: "9999", compensationMax: "" })).toEqual({
      compensationMin: ["challenges.errors.monthlyRange"],
    });
    expect(errorsFor({ ...valid, compensationMin: "10000", compensationMax: "3000001" })).toEqual({
      compensationMax: ["challenges.errors.monthlyRange"],
    });
    expect(errorsFor({ ...valid, compensationMin: "300000", compensationMax: "200000" })).toEqual({
      compensationMax: ["challenges.errors.maxBelowMin"],
    });
    expect(errorsFor({ ...valid, compensationMin: "", compensationMax: "" })).toEqual({
      compensationMin: ["challenges.errors.compensationRequired"],
    });
    const hourly = { ...valid, compensationType: "HOURLY", compensationMax: "" };
    expect(errorsFor({ ...hourly, compensationMin: "999" })).toEqual({
      compensationMin: ["challenges.errors.hourlyRange"],
    });
    expect(errorsFor({ ...hourly, compensationMin: "50000" })).toEqual({});
    expect(errorsFor({ ...hourly, compensationMin: "50001" })).toEqual({
      compensationMin: ["challenges.errors.hourlyRange"],
    });
  });

  it("allows unpaid work only for pro bono, and then without amounts", () => {
    const unpaid = { ...valid, compensationType: "NONE", compensationMin: "", compensationMax: "" };
    expect(errorsFor(unpaid)).toEqual({
      compensationType: ["challenges.errors.unpaidNeedsProBono"],
    });
    expect(errorsFor({ ...unpaid, engagementTypes: ["PRO_BONO"] })).toEqual({});
    expect(
      errorsFor({ ...unpaid, engagementTypes: ["PRO_BONO"], compensationMin: "1000" }),
    ).toEqual({ compensationMin: ["challenges.errors.unpaidNoAmount"] });
  });

  it("wants real calendar days, the deadline no later than the start", () => {
    expect(errorsFor({ ...valid, startDate: "2026-02-30" })).toEqual({
      startDate: ["reference.errors.date"],
    });
    expect(errorsFor({ ...valid, startDate: "1/4/2026" })).toEqual({
      startDate: ["reference.errors.date"],
    });
    expect(errorsFor({ ...valid, applicationDeadline: "2026-04-02" })).toEqual({
      applicationDeadline: ["challenges.errors.deadlineAfterStart"],
    });
    expect(errorsFor({ ...valid, applicationDeadline: "2026-04-01" })).toEqual({});
    expect(errorsFor({ ...valid, startDate: "", applicationDeadline: "" })).toEqual({});
  });

  it("rejects codes that are not ours", () => {
    expect(errorsFor({ ...valid, category: "HACKING" })).toEqual({
      category: ["challenges.errors.category"],
    });
    expect(errorsFor({ ...valid, engagementTypes: ["SIDE_JOB", "SLAVERY"] })).toEqual({
      "engagementTypes[1]": ["reference.errors.chooseOne"],
    });
    expect(errorsFor({ ...valid, prefectureCode: "48" })).toEqual({
      prefectureCode: ["reference.errors.prefecture"],
    });
  });
});

describe("wizard step schemas", () => {
  it("step 4 checks the work style rule on its own", () => {
    const step4 = {
      requiredSkills: "Python",
      engagementTypes: ["SIDE_JOB"],
      workStyle: "ONSITE",
      onsiteVisitsPerMonth: "0",
    };
    expect(errorsFor(step4, wizardStep4Schema as never)).toEqual({
      onsiteVisitsPerMonth: ["challenges.errors.onsiteRequired"],
    });
  });

  it("step 5 checks unpaid work against the engagement types saved at step 4", () => {
    const step5 = {
      hoursPerWeek: "4",
      durationMonths: "3",
      compensationType: "NONE",
      prefectureCode: "39",
    };
    expect(errorsFor(step5, wizardStep5Schema(["SIDE_JOB"]) as never)).toEqual({
      compensationType: ["challenges.errors.unpaidNeedsProBono"],
    });
    expect(errorsFor(step5, wizardStep5Schema(["PRO_BONO"]) as never)).toEqual({});
  });
});

describe("statusChangeSchema", () => {
  it("needs a reason to close, and keeps the note optional and short", () => {
    expect(statusChangeSchema.safeParse({ intent: "publish" }).success).toBe(true);
    expect(statusChangeSchema.safeParse({ intent: "close" }).success).toBe(false);
    expect(statusChangeSchema.parse({ intent: "close", closeReason: "FILLED" })).toEqual({
      intent: "close",
      closeReason: "FILLED",
      note: "",
    });
    expect(
      statusChangeSchema.safeParse({
        intent: "close",
        closeReason: "FILLED",
        note: "a".repeat(501),
      }).success,
    ).toBe(false);
    expect(statusChangeSchema.safeParse({ intent: "reopen" }).success).toBe(false);
  });
});

describe("compensationIssues", () => {
  it("accepts the edges of both ranges", () => {
    const base = { engagementTypes: ["SIDE_JOB"] as const };
    expect(
      compensationIssues({
        ...base,
        compensationType: "MONTHLY",
        compensationMin: 10_000,
        compensationMax: 3_000_000,
      }),
    ).toEqual([]);
    expect(
      compensationIssues({ ...base, compensationType: "HOURLY", compensationMin: 1_000 }),
    ).toEqual([]);
  });
});

describe("parseListQuery", () => {
  it("keeps valid filters and ignores the rest", () => {
    expect(parseListQuery(new URLSearchParams("category=DX_IT&prefecture=20&page=3"))).toEqual({
      category: "DX_IT",
      prefectureCode: "20",
      page: 3,
    });
    expect(parseListQuery(new URLSearchParams("category=x&prefecture=99&page=-1"))).toEqual({
      category: undefined,
      prefectureCode: undefined,
      page: 1,
    });
    expect(parseListQuery(new URLSearchParams("page=abc")).page).toBe(1);
  });
});
