import { describe, expect, it } from "vitest";
import {
  addMonths,
  byCategory,
  byEngagement,
  byMonth,
  byPrefecture,
  effectivePrefectures,
  funnelRates,
  kpiFilterSchema,
  kpiSearchParams,
  median,
  monthInJapan,
  monthsBetween,
  resolveKpiFilters,
  totals,
  type KpiRow,
} from "./kpis";

const rows: KpiRow[] = [
  {
    kind: "consultations",
    month: "2026-04",
    prefectureCode: "20",
    category: null,
    engagementTypes: null,
    count: 2,
  },
  {
    kind: "consultations",
    month: "2026-05",
    prefectureCode: "39",
    category: "DX_IT",
    engagementTypes: "SIDE_JOB",
    count: 1,
  },
  {
    kind: "contracts",
    month: "2026-05",
    prefectureCode: "20",
    category: "DX_IT",
    engagementTypes: "SIDE_JOB,CONTRACT",
    count: 3,
  },
  {
    kind: "introductions",
    month: "2026-06",
    prefectureCode: "20",
    category: "BRANDING",
    engagementTypes: "PRO_BONO",
    count: 1,
  },
];

describe("months", () => {
  it("takes the calendar month in Japan time", () => {
    expect(monthInJapan(new Date("2026-04-30T14:59:59Z"))).toBe("2026-04");
    expect(monthInJapan(new Date("2026-04-30T15:00:00Z"))).toBe("2026-05");
  });

  it("adds months across years", () => {
    expect(addMonths("2026-01", -2)).toBe("2025-11");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(monthsBetween("2025-11", "2026-02")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });
});

describe("filters", () => {
  const now = new Date("2026-06-10T00:00:00Z");

  it("defaults to the last 12 months up to this one", () => {
    expect(resolveKpiFilters(kpiFilterSchema.parse({}), now)).toEqual({
      from: "2025-07",
      to: "2026-06",
    });
  });

  it("drops malformed values, swaps a reversed range and caps a long one", () => {
    const parsed = kpiFilterSchema.parse({
      from: "2026-13",
      to: "x",
      prefecture: "tokyo",
      category: "NOPE",
      engagement: "",
    });
    expect(parsed).toEqual({});
    expect(resolveKpiFilters({ from: "2026-05", to: "2026-02" }, now)).toEqual({
      from: "2026-02",
      to: "2026-05",
    });
    expect(resolveKpiFilters({ from: "2000-01", to: "2026-06" }, now).from).toBe("2021-07");
  });

  it("keeps valid filters and writes them back as a query string", () => {
    const filters = resolveKpiFilters(
      kpiFilterSchema.parse({
        from: "2026-01",
        to: "2026-03",
        prefecture: "20",
        category: "DX_IT",
        engagement: "SIDE_JOB",
      }),
      now,
    );
    expect(kpiSearchParams(filters).toString()).toBe(
      "from=2026-01&to=2026-03&prefecture=20&category=DX_IT&engagement=SIDE_JOB",
    );
  });

  it("narrows the viewer's prefectures; another region's gives nothing", () => {
    expect(effectivePrefectures(null, undefined)).toBeNull();
    expect(effectivePrefectures(null, "39")).toEqual(["39"]);
    expect(effectivePrefectures(["20"], undefined)).toEqual(["20"]);
    expect(effectivePrefectures(["20"], "20")).toEqual(["20"]);
    expect(effectivePrefectures(["20"], "39")).toEqual([]);
  });
});

describe("roll-ups", () => {
  it("fills every month of the range, ignoring rows outside it", () => {
    const table = byMonth(rows, "2026-04", "2026-05");
    expect(table.map((row) => row.key)).toEqual(["2026-04", "2026-05"]);
    expect(table[0]!.counts.consultations).toBe(2);
    expect(table[1]!.counts).toMatchObject({ consultations: 1, contracts: 3, introductions: 0 });
  });

  it("totals, and by prefecture", () => {
    expect(totals(rows)).toMatchObject({
      consultations: 3,
      contracts: 3,
      introductions: 1,
      published: 0,
    });
    expect(
      byPrefecture(rows).map((row) => [row.key, row.counts.consultations, row.counts.contracts]),
    ).toEqual([
      ["20", 2, 3],
      ["39", 1, 0],
    ]);
  });

  it("by category, with consultations without a challenge apart", () => {
    const table = byCategory(rows);
    expect(table.find((row) => row.key === "DX_IT")!.counts).toMatchObject({
      consultations: 1,
      contracts: 3,
    });
    expect(table.find((row) => row.key === "NONE")!.counts.consultations).toBe(2);
    expect(byCategory(rows.slice(1)).some((row) => row.key === "NONE")).toBe(false);
  });

  it("by engagement type, counting a challenge under each of its types", () => {
    const table = Object.fromEntries(byEngagement(rows).map((row) => [row.key, row.counts]));
    expect(table.SIDE_JOB).toMatchObject({ consultations: 1, contracts: 3 });
    expect(table.CONTRACT).toMatchObject({ consultations: 0, contracts: 3 });
    expect(table.PRO_BONO!.introductions).toBe(1);
    expect(table.FULL_TIME_RELOCATION!.contracts).toBe(0);
  });
});

describe("funnel and median", () => {
  it("gives each step's share of the created matches", () => {
    expect(funnelRates({ created: 8, talking: 4, contracted: 2, completed: 1 })).toEqual({
      created: 100,
      talking: 50,
      contracted: 25,
      completed: 13,
    });
    expect(funnelRates({ created: 0, talking: 0, contracted: 0, completed: 0 }).talking).toBe(0);
  });

  it("takes the median of odd and even counts", () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });
});
