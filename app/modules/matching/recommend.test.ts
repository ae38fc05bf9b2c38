import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { and, anyOf, eq, or, range, type Filter, type SearchQuery } from "#search/index";
import { visibilityFilter } from "~/modules/search/filters";
import {
  ALL_REQUIRED,
  ANY_TERMS,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_QUERIED_SKILLS,
  PER_SKILL,
  PLACE_AND_SKILL,
  PLACE_ONLY,
  POOL_MAX,
  candidateFilter,
  challengePlaceFilter,
  challengeTermsFilter,
  challengeRetrieval,
  limitOf,
  mergePool,
  profilePlaceFilter,
  profileTermsFilter,
  professionalRetrieval,
  rankByScore,
} from "./recommend";

/** Every filter node of a query, flattened. */
function nodes(filter: Filter | undefined): Filter[] {
  if (!filter) return [];
  if (filter.op === "and" || filter.op === "or") return [filter, ...filter.filters.flatMap(nodes)];
  if (filter.op === "not") return [filter, ...nodes(filter.filter)];
  return [filter];
}

const excludes = (query: SearchQuery, field: string, value: string) =>
  nodes(query.filter).some(
    (node) =>
      node.op === "not" &&
      ((node.filter.op === "eq" && node.filter.field === field && node.filter.value === value) ||
        (node.filter.op === "in" &&
          node.filter.field === field &&
          node.filter.values.includes(value))),
  );

describe("candidateFilter", () => {
  const member = { userId: "m", role: "COMPANY_MEMBER" as const, companyIds: ["a"] };
  it("filters nothing for viewers who may see every indexed profile (the database checks blocks)", () => {
    expect(candidateFilter(member)).toBeNull();
    expect(candidateFilter({ userId: "c", role: "COORDINATOR", companyIds: [] })).toBeNull();
    expect(candidateFilter({ userId: "x", role: "ADMIN", companyIds: [] })).toBeNull();
  });

  it("applies the /pros visibility filter to anyone who sees less", () => {
    const professional = { userId: "p", role: "PROFESSIONAL" as const, companyIds: [] };
    expect(candidateFilter(professional)).toEqual(visibilityFilter(professional));
    expect(candidateFilter(null)).toEqual(visibilityFilter(null));
  });
});

describe("professionalRetrieval", () => {
  const member = { userId: "m", role: "COMPANY_MEMBER" as const, companyIds: ["company-a"] };
  const challenge = {
    prefectureCode: "20",
    skills: [
      { nameJa: "マーケティング", required: false },
      { nameJa: "Python", required: true },
      { nameJa: "Salesforce", required: true },
    ],
    engagementTypes: ["SIDE_JOB", "CONTRACT"],
    workStyle: "HYBRID",
    hoursPerWeek: 8,
  };

  it("asks within the challenge's terms: all required skills, each skill, the place; one skill without them", () => {
    const terms = profileTermsFilter(challenge)!;
    const near = and(terms, profilePlaceFilter("20"));
    expect(professionalRetrieval(challenge, member)).toEqual([
      { q: "Python Salesforce", hitsPerPage: ALL_REQUIRED, filter: terms },
      { q: "Python", hitsPerPage: PER_SKILL, filter: terms },
      { q: "Salesforce", hitsPerPage: PER_SKILL, filter: terms },
      { q: "マーケティング", hitsPerPage: PER_SKILL, filter: terms },
      { q: "Python", hitsPerPage: PLACE_AND_SKILL, filter: near },
      { q: "Python", hitsPerPage: ANY_TERMS },
      { hitsPerPage: PLACE_ONLY, filter: near },
    ]);
    expect(terms).toEqual(
      and(
        anyOf("engagementTypes", ["SIDE_JOB", "CONTRACT"]),
        eq("workStyles", "HYBRID"),
        range("hoursPerWeek", { gte: 6 }),
      ),
    );
    expect(profilePlaceFilter("20")).toEqual(or(eq("regions", "20"), eq("tiePrefs", "20")));
  });

  it("leaves out terms the challenge does not state", () => {
    expect(
      profileTermsFilter({ engagementTypes: [], workStyle: "REMOTE", hoursPerWeek: 0 }),
    ).toEqual(eq("workStyles", "REMOTE"));
  });

  it("carries a restricted viewer's visibility filter in every query", () => {
    const professional = { userId: "p", role: "PROFESSIONAL" as const, companyIds: [] };
    const visibility = visibilityFilter(professional)!;
    for (const query of professionalRetrieval(challenge, professional)) {
      expect(nodes(query.filter)).toContainEqual(visibility);
    }
  });

  it("queries a skill once and at most MAX_QUERIED_SKILLS skills", () => {
    const many = Array.from({ length: 10 }, (_, index) => ({ nameJa: `skill${index}` }));
    const queries = professionalRetrieval(
      { ...challenge, skills: [...many, { nameJa: " skill0 " }] },
      member,
    );
    const asked = new Set(queries.flatMap((query) => (query.q ? [query.q] : [])));
    expect(asked.size).toBe(MAX_QUERIED_SKILLS);
  });

  it("without skills, falls back to the place and then to everyone", () => {
    const near = and(profileTermsFilter(challenge)!, profilePlaceFilter("20"));
    expect(professionalRetrieval({ ...challenge, skills: [] }, member)).toEqual([
      { hitsPerPage: POOL_MAX, filter: near },
      { hitsPerPage: POOL_MAX },
    ]);
  });
});

describe("challengeRetrieval", () => {
  const profile = {
    skills: [
      { nameJa: "経理", years: 2 },
      { nameJa: "財務", years: 10 },
    ],
    placeCodes: ["39", "20", "39"],
    blockedCompanyIds: [] as string[],
    engagementTypes: ["SIDE_JOB"],
    workStyles: ["REMOTE", "HYBRID"],
    expectedMonthlyYen: 300_000,
  };

  it("asks per skill, longest practised first, within the terms and in the professional's places", () => {
    const terms = challengeTermsFilter(profile)!;
    const near = and(terms, challengePlaceFilter(["39", "20"])!);
    expect(challengeRetrieval(profile)).toEqual([
      { q: "財務", hitsPerPage: PER_SKILL, filter: terms },
      { q: "経理", hitsPerPage: PER_SKILL, filter: terms },
      { q: "財務", hitsPerPage: PLACE_AND_SKILL, filter: near },
      { q: "財務", hitsPerPage: ANY_TERMS },
      { hitsPerPage: PLACE_ONLY, filter: near },
    ]);
    expect(terms).toEqual(
      and(
        anyOf("engagementTypes", ["SIDE_JOB"]),
        anyOf("workStyle", ["REMOTE", "HYBRID"]),
        range("payMonthlyMax", { gte: 200_000 }),
      ),
    );
    expect(challengePlaceFilter(["39", "20"])).toEqual(
      or(anyOf("prefecture", ["39", "20"]), anyOf("region", ["shikoku", "chubu"])),
    );
  });

  it("leaves out the companies the professional blocks, in every query", () => {
    const queries = challengeRetrieval({ ...profile, blockedCompanyIds: ["employer", "other"] });
    for (const query of queries) {
      expect(excludes(query, "companyId", "employer")).toBe(true);
      expect(excludes(query, "companyId", "other")).toBe(true);
    }
  });

  it("without terms or places asks per skill only; without skills either, takes everyone", () => {
    const bare = {
      skills: [{ nameJa: "営業" }],
      placeCodes: [],
      blockedCompanyIds: [],
      engagementTypes: [],
      workStyles: [],
      expectedMonthlyYen: null,
    };
    expect(challengeRetrieval(bare)).toEqual([{ q: "営業", hitsPerPage: PER_SKILL }]);
    expect(challengeRetrieval({ ...bare, skills: [] })).toEqual([{ hitsPerPage: POOL_MAX }]);
    expect(challengePlaceFilter([])).toBeNull();
    expect(challengeTermsFilter(bare)).toBeNull();
  });
});

describe("mergePool", () => {
  it("takes each list's best in turn, without duplicates, up to the maximum", () => {
    expect(mergePool([["a", "b", "c"], ["b", "d"], ["e"]], 10)).toEqual(["a", "b", "e", "d", "c"]);
    expect(
      mergePool(
        [
          ["a", "b", "c"],
          ["d", "e"],
        ],
        3,
      ),
    ).toEqual(["a", "d", "b"]);
    expect(mergePool([], 5)).toEqual([]);
  });

  it("holds distinct ids from the lists, at most max, every list's first among them", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom<string>("a", "b", "c", "d", "e", "f", "g"), { maxLength: 6 }),
          {
            maxLength: 5,
          },
        ),
        fc.integer({ min: 0, max: 12 }),
        (lists, max) => {
          const pool = mergePool(lists, max);
          const all = new Set(lists.flat());
          expect(new Set(pool).size).toBe(pool.length);
          expect(pool.length).toBe(Math.min(max, all.size));
          for (const id of pool) expect(all.has(id)).toBe(true);
          if (max >= lists.length) {
            for (const list of lists) if (list[0]) expect(pool).toContain(list[0]);
          }
        },
      ),
    );
  });
});

describe("rankByScore", () => {
  const item = (id: string, total: number) => ({ id, score: { total } });

  it("orders by total, best first, then by id, and keeps the limit", () => {
    const ranked = rankByScore([item("b", 50), item("c", 80), item("a", 50), item("d", 10)], 3);
    expect(ranked.map((entry) => entry.id)).toEqual(["c", "a", "b"]);
  });

  it("gives the same order whatever the input order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string(), total: fc.integer({ min: 0, max: 100 }) }), {
          selector: (entry) => entry.id,
          maxLength: 30,
        }),
        (entries) => {
          const items = entries.map((entry) => item(entry.id, entry.total));
          const once = rankByScore(items, 20).map((entry) => entry.id);
          const reversed = rankByScore([...items].reverse(), 20).map((entry) => entry.id);
          expect(reversed).toEqual(once);
          for (let index = 1; index < once.length; index++) {
            const previous = items.find((entry) => entry.id === once[index - 1])!;
            const current = items.find((entry) => entry.id === once[index])!;
            expect(previous.score.total).toBeGreaterThanOrEqual(current.score.total);
          }
        },
      ),
    );
  });
});

describe("limitOf", () => {
  it("defaults, truncates and clamps", () => {
    expect(limitOf(undefined)).toBe(DEFAULT_LIMIT);
    expect(limitOf(Number.NaN)).toBe(DEFAULT_LIMIT);
    expect(limitOf(7.9)).toBe(7);
    expect(limitOf(0)).toBe(1);
    expect(limitOf(1000)).toBe(MAX_LIMIT);
  });
});
