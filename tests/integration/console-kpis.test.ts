import { beforeAll, describe, expect, it } from "vitest";
import { resolveKpiFilters, type KpiFilterInput } from "~/modules/coordination/kpis";
import { kpiReport } from "~/modules/coordination/kpis.server";
import { regionsOf } from "~/modules/coordination/regions.server";
import { monthBounds, monthlyReport } from "~/modules/coordination/reports.server";
import { resetDatabase } from "../support/database";
import { seedConsoleMarket, type ConsoleMarket } from "../support/console";

/** Each KPI on the hand-made dataset of tests/support/console.ts, April–May 2026. */
let market: ConsoleMarket;
let nagano: string[];
let kochi: string[];

beforeAll(async () => {
  await resetDatabase();
  market = await seedConsoleMarket();
  nagano = await regionsOf(market.coordinatorNagano.user.id);
  kochi = await regionsOf(market.coordinatorKochi.user.id);
});

const now = new Date("2026-06-15T00:00:00Z");
function report(scope: string[] | null, input: KpiFilterInput = {}) {
  return kpiReport(resolveKpiFilters({ from: "2026-04", to: "2026-05", ...input }, now), scope);
}

describe("KPIs of a Nagano coordinator", () => {
  it("counts each KPI, months in Japan time with both ends of the range included", async () => {
    const { totals, months } = await report(nagano);
    expect(totals).toEqual({
      consultations: 2, // 1 April 00:00 JST and 15 May; not 31 March 23:59:59 JST
      published: 2, // cN1 (10 April) and cN3 (31 May 23:59:59 JST); not cN2 (31 March JST)
      introductions: 1, // m1
      applications: 1, // m2; m5 started in March
      casualTalks: 1, // m3
      scouts: 0, // m4 started at midnight of 1 June JST
      contracts: 2, // m1 and m2 (last second of May JST); not m5 (1 June JST)
      completions: 1, // m2
      repeats: 1, // m2: the company's second contract, after m1
    });
    expect(months.map((row) => row.key)).toEqual(["2026-04", "2026-05"]);
    expect(months[0]!.counts).toMatchObject({
      consultations: 1,
      published: 1,
      introductions: 1,
      applications: 1,
      contracts: 0,
    });
    expect(months[1]!.counts).toMatchObject({
      consultations: 1,
      published: 1,
      casualTalks: 1,
      contracts: 2,
      completions: 1,
      repeats: 1,
    });
  });

  it("never counts Kochi's rows", async () => {
    const { prefectures } = await report(nagano);
    expect(prefectures.map((row) => row.key)).toEqual(["20"]);
    const outside = await report(nagano, { prefecture: "39" });
    expect(Object.values(outside.totals).every((count) => count === 0)).toBe(true);
    expect(outside.funnel.created).toBe(0);
    expect(outside.medianDays).toBeNull();
  });

  it("gives the funnel of the matches started in the range and the median days to contract", async () => {
    const { funnel, medianDays } = await report(nagano);
    expect(funnel).toEqual({ created: 3, talking: 2, contracted: 2, completed: 1 });
    expect(medianDays).toBe(41); // 21 days (m1) and 61 days (m2)
  });

  it("filters by category: consultations count under the challenge they drafted", async () => {
    const { totals } = await report(nagano, { category: "DX_IT" });
    expect(totals).toMatchObject({
      consultations: 1,
      published: 2,
      introductions: 1,
      applications: 0,
      casualTalks: 1,
      contracts: 1,
      completions: 0,
      repeats: 0,
    });
  });

  it("filters and breaks down by engagement type, a challenge under each of its types", async () => {
    const { totals } = await report(nagano, { engagement: "PRO_BONO" });
    expect(totals).toMatchObject({
      consultations: 0,
      published: 0,
      applications: 1,
      contracts: 1,
      completions: 1,
      repeats: 1,
    });
    const { engagements, categories } = await report(nagano);
    const byType = Object.fromEntries(engagements.map((row) => [row.key, row.counts]));
    expect(byType.SIDE_JOB).toMatchObject({
      consultations: 1,
      published: 1,
      introductions: 1,
      contracts: 1,
    });
    expect(byType.CONTRACT).toMatchObject({
      consultations: 1,
      published: 2,
      casualTalks: 1,
      contracts: 1,
    });
    expect(byType.PRO_BONO).toMatchObject({ applications: 1, contracts: 1 });
    const none = categories.find((row) => row.key === "NONE");
    expect(none?.counts.consultations).toBe(1); // 15 May: no challenge drafted
  });
});

describe("KPIs of others", () => {
  it("a Kochi coordinator sees Kochi only", async () => {
    const { totals, funnel, medianDays } = await report(kochi);
    expect(totals).toMatchObject({
      consultations: 1,
      published: 1,
      introductions: 1,
      applications: 0,
      contracts: 1,
      repeats: 0,
    });
    expect(funnel).toEqual({ created: 1, talking: 1, contracted: 1, completed: 0 });
    expect(medianDays).toBe(20);
    expect((await report(kochi, { prefecture: "20" })).totals.contracts).toBe(0);
  });

  it("a coordinator without regions sees nothing", async () => {
    const { totals, funnel } = await report([]);
    expect(Object.values(totals).every((count) => count === 0)).toBe(true);
    expect(funnel.created).toBe(0);
  });

  it("an admin sees every prefecture, and may filter by one", async () => {
    const all = await report(null);
    expect(all.totals).toMatchObject({
      consultations: 3,
      published: 3,
      introductions: 2,
      contracts: 3,
    });
    expect(all.prefectures.map((row) => row.key)).toEqual(["20", "39"]);
    expect((await report(null, { prefecture: "39" })).totals.contracts).toBe(1);
  });
});

describe("the monthly report", () => {
  it("has the month's KPIs, its categories by contracts and its contracts", async () => {
    const viewer = market.coordinatorNagano.user;
    const report = await monthlyReport(viewer, nagano, "2026-05", "ja");
    expect(report.kpis.totals).toMatchObject({ consultations: 1, published: 1, contracts: 2 });
    expect(report.topCategories.map((row) => [row.key, row.counts.contracts])).toEqual([
      ["DX_IT", 1], // one contract each; DX_IT also had a challenge published
      ["BRANDING", 1],
    ]);
    expect(report.contracts).toEqual([
      expect.objectContaining({
        id: market.matches.m1.id,
        contractedOn: "2026-05-01",
        professional: "公開 一郎",
        introducedBy: "長野 コーディ",
      }),
      expect.objectContaining({ id: market.matches.m2.id, contractedOn: "2026-05-31" }),
    ]);
  });

  it("bounds a month by Japan's midnights", () => {
    expect(monthBounds("2026-05")).toEqual({
      start: new Date("2026-04-30T15:00:00Z"),
      end: new Date("2026-05-31T15:00:00Z"),
    });
  });
});
