import { describe, expect, it } from "vitest";
import { columnsByKind, type ImportKind } from "./columns";
import { issuesToErrors, rowSchemaFor } from "./schemas";

const NOW = new Date("2026-03-01T00:00:00Z");

function cells(kind: ImportKind, values: Record<string, string>) {
  return {
    ...Object.fromEntries(columnsByKind[kind].map((column) => [column.name, ""])),
    ...values,
  };
}

function check(kind: ImportKind, values: Record<string, string>) {
  const result = rowSchemaFor(kind, NOW).safeParse(cells(kind, values));
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: issuesToErrors(2, result.error.issues) };
}

const company = {
  name: "信州精密工業株式会社",
  prefecture: "長野",
  municipality: "諏訪市",
  industry: "製造業",
  employees_band: "50〜99人",
};

const challenge = {
  company_name: "信州精密工業株式会社",
  title: "ECで販路を広げたい",
  summary: "個人向けのオンライン販売を始めたい",
  background: "取引先3社に売上が集中している",
  success_criteria: "月30件の受注",
  category: "販路開拓",
  engagement_types: "副業・兼業|業務委託",
  work_style: "ハイブリッド",
  onsite_visits_per_month: "1",
  hours_per_week: "10",
  duration_months: "6",
  compensation_type: "月額",
  compensation_min: "100,000",
  compensation_max: "200000",
};

describe("company rows", () => {
  it("normalise codes and optional fields", () => {
    expect(
      check("COMPANIES", { ...company, founded_year: "1952", owner_email: " Owner@Example.JP " }),
    ).toEqual({
      ok: true,
      data: {
        name: "信州精密工業株式会社",
        prefectureCode: "20",
        municipality: "諏訪市",
        industryCode: "E",
        employeesBand: "E50_99",
        foundedYear: 1952,
        website: null,
        description: "",
        ownerEmail: "owner@example.jp",
      },
    });
  });

  it("report every bad cell by column", () => {
    const result = check("COMPANIES", {
      name: "",
      prefecture: "ナガノ",
      municipality: "x".repeat(101),
      industry: "Z",
      employees_band: "lots",
      founded_year: "2099",
      website: "javascript:alert(1)",
      owner_email: "not-an-email",
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { row: 2, field: "name", message: "reference.errors.required" },
      {
        row: 2,
        field: "prefecture",
        message: "imports.errors.prefecture",
        vars: { value: "ナガノ" },
      },
      { row: 2, field: "municipality", message: "imports.errors.tooLong", vars: { max: 100 } },
      { row: 2, field: "industry", message: "imports.errors.industry", vars: { value: "Z" } },
      {
        row: 2,
        field: "employees_band",
        message: "imports.errors.unknownValue",
        vars: { value: "lots", allowed: "E1_9, E10_49, E50_99, E100_299, E300_999, E1000_PLUS" },
      },
      {
        row: 2,
        field: "founded_year",
        message: "imports.errors.range",
        vars: { min: 1800, max: 2026 },
      },
      { row: 2, field: "website", message: "reference.errors.url" },
      { row: 2, field: "owner_email", message: "reference.errors.email" },
    ]);
  });
});

describe("challenge rows", () => {
  it("normalise lists, numbers and defaults", () => {
    const result = check("CHALLENGES", {
      ...challenge,
      required_skills: "EC運営、Webマーケティング",
      start_date: "2026/5/1",
      application_deadline: "2026-04-15",
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        category: "SALES_CHANNELS",
        engagementTypes: ["SIDE_JOB", "CONTRACT"],
        workStyle: "HYBRID",
        onsiteVisitsPerMonth: 1,
        compensationType: "MONTHLY",
        compensationMin: 100000,
        compensationMax: 200000,
        requiredSkills: ["EC運営", "Webマーケティング"],
        niceToHaveSkills: [],
        startDate: "2026-05-01",
        applicationDeadline: "2026-04-15",
        prefectureCode: null,
        municipality: "",
        status: "DRAFT",
      },
    });
  });

  it("apply the form's rules across columns", () => {
    const errors = (values: Record<string, string>) => {
      const result = check("CHALLENGES", { ...challenge, ...values });
      return result.ok ? [] : result.errors.map((error) => `${error.field}: ${error.message}`);
    };
    expect(errors({ work_style: "リモート", onsite_visits_per_month: "2" })).toEqual([
      "onsite_visits_per_month: imports.errors.onsiteRemote",
    ]);
    expect(errors({ work_style: "現地勤務", onsite_visits_per_month: "" })).toEqual([
      "onsite_visits_per_month: imports.errors.onsiteRequired",
    ]);
    expect(errors({ compensation_type: "なし" })).toEqual([
      "compensation_type: imports.errors.compensationNone",
      "compensation_min: imports.errors.compensationUnpaid",
      "compensation_max: imports.errors.compensationUnpaid",
    ]);
    expect(
      errors({
        engagement_types: "プロボノ",
        compensation_type: "NONE",
        compensation_min: "",
        compensation_max: "",
      }),
    ).toEqual([]);
    expect(errors({ compensation_min: "", compensation_max: "" })).toEqual([
      "compensation_min: reference.errors.required",
    ]);
    expect(errors({ compensation_min: "300000", compensation_max: "200000" })).toEqual([
      "compensation_max: imports.errors.minAboveMax",
    ]);
    expect(
      errors({ compensation_type: "時給", compensation_min: "500", compensation_max: "" }),
    ).toEqual(["compensation_min: imports.errors.range"]);
    expect(errors({ start_date: "2026-04-01", application_deadline: "2026-04-02" })).toEqual([
      "application_deadline: imports.errors.deadlineAfterStart",
    ]);
    expect(errors({ status: "募集中", application_deadline: "2026-02-01" })).toEqual([
      "application_deadline: imports.errors.deadlinePast",
    ]);
    expect(errors({ status: "PAUSED" })).toEqual(["status: imports.errors.unknownValue"]);
    expect(errors({ required_skills: "SQL", nice_to_have_skills: "SQL|Excel" })).toEqual([
      "nice_to_have_skills: imports.errors.skillBoth",
    ]);
    expect(errors({ hours_per_week: "0", duration_months: "", category: "" })).toEqual([
      "category: reference.errors.required",
      "hours_per_week: imports.errors.range",
      "duration_months: reference.errors.required",
    ]);
  });

  it("still reports cross-column rules when another cell is bad", () => {
    const result = check("CHALLENGES", { ...challenge, title: "", work_style: "REMOTE" });
    expect(!result.ok && result.errors.map((error) => error.field)).toEqual([
      "title",
      "onsite_visits_per_month",
    ]);
  });
});

describe("professional rows", () => {
  it("read skills, regions and hometown ties", () => {
    const result = check("PROFESSIONALS", {
      email: "Hanako@Example.jp",
      name: "山田 花子",
      skills: "Python:5:ADVANCED|SQL:3|Excel|Python:1",
      engagement_types: "副業",
      work_styles: "リモート、ハイブリッド",
      regions: "高知|長野県|20",
      hometown: "長野県:出身地|高知",
      visibility: "",
      available_from: "2026/4/1",
    });
    expect(result).toEqual({
      ok: true,
      data: {
        email: "hanako@example.jp",
        name: "山田 花子",
        locale: "ja",
        headline: "",
        bio: "",
        skills: [
          { name: "Python", years: 5, level: "ADVANCED" },
          { name: "SQL", years: 3, level: "INTERMEDIATE" },
          { name: "Excel", years: 0, level: "INTERMEDIATE" },
        ],
        engagementTypes: ["SIDE_JOB"],
        workStyles: ["REMOTE", "HYBRID"],
        onsiteVisitsPerMonth: 0,
        hoursPerWeek: null,
        availableFrom: "2026-04-01",
        expectedMonthlyYen: null,
        expectedHourlyYen: null,
        regions: ["20", "39"],
        hometown: [
          { prefectureCode: "20", kind: "BIRTHPLACE" },
          { prefectureCode: "39", kind: "OTHER" },
        ],
        visibility: "SIGNED_IN",
      },
    });
  });

  it("report malformed lists with the offending item", () => {
    const result = check("PROFESSIONALS", {
      email: "x@example.jp",
      name: "X",
      skills: "Python:many",
      hometown: "Atlantis:BIRTHPLACE",
      regions: "長野|Atlantis",
      locale: "fr",
    });
    expect(!result.ok && result.errors).toEqual([
      {
        row: 2,
        field: "locale",
        message: "imports.errors.unknownValue",
        vars: { value: "fr", allowed: "ja, en" },
      },
      {
        row: 2,
        field: "skills",
        message: "imports.errors.skillFormat",
        vars: { value: "Python:many" },
      },
      {
        row: 2,
        field: "regions",
        message: "imports.errors.prefecture",
        vars: { value: "Atlantis" },
      },
      {
        row: 2,
        field: "hometown",
        message: "imports.errors.hometownFormat",
        vars: { value: "Atlantis:BIRTHPLACE" },
      },
    ]);
  });
});
