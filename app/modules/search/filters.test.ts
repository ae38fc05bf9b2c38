import { describe, expect, it } from "vitest";
import { and, anyOf, eq, not, or, range } from "#search/index";
import {
  challengeFilter,
  challengeQuery,
  facetLists,
  pageCountOf,
  professionalFilter,
  professionalQuery,
  visibilityFilter,
} from "./filters";
import { challengeSearchSchema, professionalSearchSchema } from "./params";

const challengeParams = (input: Record<string, unknown> = {}) => challengeSearchSchema.parse(input);
const proParams = (input: Record<string, unknown> = {}) => professionalSearchSchema.parse(input);

describe("challenge filters", () => {
  it("are absent when nothing is chosen", () => {
    expect(challengeFilter(challengeParams())).toBeUndefined();
  });

  it("turn every parameter into a condition, values of one parameter as alternatives", () => {
    const filter = challengeFilter(
      challengeParams({
        category: ["DX_IT", "SALES_CHANNELS"],
        engagement: "SIDE_JOB",
        style: "REMOTE",
        remote: "1",
        payMin: "200000",
      }),
    );
    expect(filter).toEqual(
      and(
        anyOf("category", ["DX_IT", "SALES_CHANNELS"]),
        eq("engagementTypes", "SIDE_JOB"),
        eq("workStyle", "REMOTE"),
        eq("remoteOk", true),
        range("payMonthlyMax", { gte: 200_000 }),
      ),
    );
  });

  it("treat region blocks and prefectures as one place condition", () => {
    expect(challengeFilter(challengeParams({ region: "kanto", pref: ["20", "39"] }))).toEqual(
      or(eq("region", "kanto"), anyOf("prefecture", ["20", "39"])),
    );
    expect(challengeFilter(challengeParams({ pref: "20" }))).toEqual(eq("prefecture", "20"));
  });

  it("keep only challenges published after `since` (digests)", () => {
    const since = new Date("2025-12-01T00:00:00Z");
    expect(challengeFilter(challengeParams(), since)).toEqual(
      range("publishedAt", { gte: since.getTime() + 1 }),
    );
  });

  it("ignore a zero minimum pay", () => {
    expect(challengeFilter(challengeParams({ payMin: "0" }))).toBeUndefined();
  });
});

describe("challenge queries", () => {
  it("map the sort orders, newest first when there are no keywords", () => {
    expect(challengeQuery(challengeParams({ q: "DX" })).sort).toBeUndefined();
    expect(challengeQuery(challengeParams()).sort).toEqual([
      { field: "publishedAt", direction: "desc" },
    ]);
    expect(challengeQuery(challengeParams({ q: "DX", sort: "newest" })).sort).toEqual([
      { field: "publishedAt", direction: "desc" },
    ]);
    expect(challengeQuery(challengeParams({ sort: "deadline" })).sort).toEqual([
      { field: "deadline", direction: "asc" },
    ]);
  });

  it("ask for the facets, highlights and page", () => {
    const query = challengeQuery(challengeParams({ q: "営業", page: "3" }), { hitsPerPage: 500 });
    expect(query).toMatchObject({
      q: "営業",
      page: 3,
      hitsPerPage: 100,
      highlight: ["title", "summary"],
    });
    expect(query.facets).toEqual([
      "region",
      "prefecture",
      "category",
      "engagementTypes",
      "workStyle",
      "payBand",
      "remoteOk",
    ]);
  });
});

describe("who sees which profiles", () => {
  const visible = (role: "PROFESSIONAL" | "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN") =>
    visibilityFilter({
      userId: "me",
      role,
      companyIds: role === "COMPANY_MEMBER" ? ["A", "B"] : [],
    });

  it("anonymous visitors: public profiles only", () => {
    expect(visibilityFilter(null)).toEqual(eq("visibility", "PUBLIC"));
  });

  it("professionals: public ones and their own", () => {
    expect(visible("PROFESSIONAL")).toEqual(or(eq("userId", "me"), eq("visibility", "PUBLIC")));
  });

  it("company members: public, signed-in and anonymous ones their companies are not blocked from", () => {
    expect(visible("COMPANY_MEMBER")).toEqual(
      or(
        eq("userId", "me"),
        and(
          anyOf("visibility", ["PUBLIC", "SIGNED_IN", "ANONYMOUS"]),
          not(anyOf("blockedCompanyIds", ["A", "B"])),
        ),
      ),
    );
  });

  it("coordinators: the same, without companies; admins: everything indexed", () => {
    expect(visible("COORDINATOR")).toEqual(
      or(eq("userId", "me"), anyOf("visibility", ["PUBLIC", "SIGNED_IN", "ANONYMOUS"])),
    );
    expect(visible("ADMIN")).toBeNull();
  });
});

describe("professional filters", () => {
  const coordinator = { userId: "me", role: "COORDINATOR" as const, companyIds: [] };
  const visibility = visibilityFilter(coordinator)!;

  it("match a place by interest or hometown tie", () => {
    expect(professionalFilter(proParams({ region: "shikoku", pref: "20" }), coordinator)).toEqual(
      and(
        visibility,
        or(
          eq("regionBlocks", "shikoku"),
          eq("tieRegions", "shikoku"),
          eq("regions", "20"),
          eq("tiePrefs", "20"),
        ),
      ),
    );
  });

  it("match only hometown ties with tie=1 (any tie when no place is given)", () => {
    expect(professionalFilter(proParams({ pref: "39", tie: "1" }), coordinator)).toEqual(
      and(visibility, eq("tiePrefs", "39")),
    );
    expect(professionalFilter(proParams({ tie: "1" }), coordinator)).toEqual(
      and(visibility, eq("hasTie", true)),
    );
  });

  it("filter engagement, work style, hours and recency", () => {
    const since = new Date("2025-12-01T00:00:00Z");
    expect(
      professionalFilter(
        proParams({ engagement: ["SIDE_JOB", "CONTRACT"], style: "REMOTE", hoursMin: "8" }),
        coordinator,
        since,
      ),
    ).toEqual(
      and(
        visibility,
        anyOf("engagementTypes", ["SIDE_JOB", "CONTRACT"]),
        eq("workStyles", "REMOTE"),
        range("hoursPerWeek", { gte: 8 }),
        range("updatedAt", { gte: since.getTime() + 1 }),
      ),
    );
  });

  it("query with the viewer's rules, facets and highlights", () => {
    const query = professionalQuery(proParams({ q: "DX", sort: "available" }), null);
    expect(query.filter).toEqual(eq("visibility", "PUBLIC"));
    expect(query.sort).toEqual([{ field: "availableFrom", direction: "asc" }]);
    expect(query.highlight).toEqual(["headline", "details"]);
    expect(professionalQuery(proParams(), null).sort).toEqual([
      { field: "updatedAt", direction: "desc" },
    ]);
  });
});

describe("result helpers", () => {
  it("list facet values by count, then value, with every facet present", () => {
    expect(
      facetLists(["region", "category"], { region: { kanto: 2, chubu: 5, tohoku: 2 } }),
    ).toEqual({
      region: [
        { value: "chubu", count: 5 },
        { value: "kanto", count: 2 },
        { value: "tohoku", count: 2 },
      ],
      category: [],
    });
  });

  it("count pages, at least one", () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(41, 20)).toBe(3);
  });
});
