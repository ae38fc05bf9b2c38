import { describe, expect, it } from "vitest";
import { getTranslator } from "~/lib/i18n/translate";
import {
  activeFilterChips,
  effectiveSort,
  facetGroups,
  pageWindow,
  payOptionCounts,
  searchHref,
  trueCount,
  without,
  withoutFilters,
} from "./filters";
import { parseChallengeSearch, parseProfessionalSearch } from "./parse";

const challenges = (query: string) => parseChallengeSearch(new URLSearchParams(query)).params;
const pros = (query: string) => parseProfessionalSearch(new URLSearchParams(query)).params;
const ja = getTranslator("ja");
const en = getTranslator("en");

describe("links of a search", () => {
  it("are canonical: sorted keys, defaults left out", () => {
    expect(searchHref("challenges", challenges("sort=relevance&page=1"))).toBe("/challenges");
    expect(searchHref("challenges", challenges("pref=20&category=DX_IT&q=DX&page=3"))).toBe(
      "/challenges?category=DX_IT&page=3&pref=20&q=DX",
    );
    expect(searchHref("professionals", pros("tie=on&hoursMin=10"))).toBe("/pros?hoursMin=10&tie=1");
  });

  it("remove one value, or a whole parameter, and go back to page 1", () => {
    const params = challenges("pref=20&pref=39&remote=1&payMin=100000&q=DX&page=4&sort=newest");
    expect(searchHref("challenges", without(params, "pref", "20"))).toBe(
      "/challenges?payMin=100000&pref=39&q=DX&remote=1&sort=newest",
    );
    expect(searchHref("challenges", without(params, "remote"))).toBe(
      "/challenges?payMin=100000&pref=20&pref=39&q=DX&sort=newest",
    );
    expect(searchHref("challenges", withoutFilters(params))).toBe("/challenges?q=DX&sort=newest");
  });
});

describe("the order shown", () => {
  it("is the newest (updated) first without keywords, as asked otherwise", () => {
    expect(effectiveSort("challenges", challenges(""))).toBe("newest");
    expect(effectiveSort("challenges", challenges("q=DX"))).toBe("relevance");
    expect(effectiveSort("challenges", challenges("sort=deadline"))).toBe("deadline");
    expect(effectiveSort("professionals", pros(""))).toBe("updated");
  });
});

describe("active-filter chips", () => {
  it("name each value in the reader's language and link to the search without it", () => {
    const params = challenges(
      "q=販路&region=chubu&pref=20&category=SALES_CHANNELS&remote=1&payMin=300000",
    );
    const chips = activeFilterChips("challenges", params, ja, "ja");
    expect(chips.map((chip) => chip.label)).toEqual([
      "キーワード: 販路",
      "中部",
      "長野県",
      "販路開拓",
      "リモート可",
      "月300,000円以上",
    ]);
    expect(chips[2]!.href).toBe(
      "/challenges?category=SALES_CHANNELS&payMin=300000&q=%E8%B2%A9%E8%B7%AF&region=chubu&remote=1",
    );
    expect(
      activeFilterChips("professionals", pros("tie=1&hoursMin=20&style=REMOTE"), en, "en").map(
        (chip) => chip.label,
      ),
    ).toEqual(["Remote", "Hometown tie", "20 h a week or more"]);
  });
});

describe("facet groups", () => {
  const facets = {
    region: [{ value: "chubu", count: 3 }],
    prefecture: [
      { value: "20", count: 2 },
      { value: "15", count: 1 },
    ],
    category: [{ value: "DX_IT", count: 3 }],
    engagementTypes: [],
    workStyle: [{ value: "HYBRID", count: 3 }],
    payBand: [
      { value: "100kTo300k", count: 2 },
      { value: "500kPlus", count: 1 },
      { value: "none", count: 4 },
    ],
    remoteOk: [{ value: "true", count: 3 }],
  };

  it("list values in reference order with counts; prefectures only with matches or checked", () => {
    const groups = facetGroups("challenges", challenges("pref=47"), facets, ja, "ja");
    expect(groups.map((group) => group.name)).toEqual([
      "region",
      "pref",
      "category",
      "engagement",
      "style",
    ]);
    const pref = groups.find((group) => group.name === "pref")!;
    expect(pref.options).toEqual([
      { value: "15", label: "新潟県", count: 1, checked: false },
      { value: "20", label: "長野県", count: 2, checked: false },
      { value: "47", label: "沖縄県", count: 0, checked: true },
    ]);
    const region = groups.find((group) => group.name === "region")!;
    expect(region.options).toHaveLength(8);
    expect(region.options.find((option) => option.value === "chubu")!.count).toBe(3);
    expect(region.options.find((option) => option.value === "kanto")!.count).toBe(0);
  });

  it("count pay thresholds from the bands at or above them, and remote from its true value", () => {
    expect(payOptionCounts(facets)).toEqual(
      new Map([
        [100_000, 3],
        [300_000, 1],
        [500_000, 1],
      ]),
    );
    expect(payOptionCounts({})).toBeNull();
    expect(trueCount(facets, "remoteOk")).toBe(3);
    expect(trueCount({}, "remoteOk")).toBeNull();
  });

  it("for profiles, count places of interest, or of ties when only ties are asked for", () => {
    const counts = {
      regionBlocks: [{ value: "kanto", count: 5 }],
      tieRegions: [{ value: "shikoku", count: 2 }],
      regions: [],
      tiePrefs: [],
    };
    const interest = facetGroups("professionals", pros(""), counts, ja, "ja")[0]!;
    expect(interest.options.find((option) => option.value === "kanto")!.count).toBe(5);
    const ties = facetGroups("professionals", pros("tie=1"), counts, ja, "ja")[0]!;
    expect(ties.options.find((option) => option.value === "shikoku")!.count).toBe(2);
    expect(ties.options.find((option) => option.value === "kanto")!.count).toBe(0);
  });
});

describe("pagination window", () => {
  it("centres on the current page within the bounds", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(6, 10)).toEqual([4, 5, 6, 7, 8]);
    expect(pageWindow(10, 10)).toEqual([6, 7, 8, 9, 10]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});
