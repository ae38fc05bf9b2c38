import { describe, expect, it } from "vitest";
import {
  parseChallengeSearch,
  parseProfessionalSearch,
  parseSuggestQuery,
  withLegacyNames,
} from "./parse";

const url = (query: string) => new URLSearchParams(query);

describe("reading a search from the URL", () => {
  it("reads repeated and comma-separated values and applies the defaults", () => {
    const { params, errors } = parseChallengeSearch(
      url("q=DX&pref=20&pref=39&category=DX_IT,BRANDING&remote=1&payMin=300000"),
    );
    expect(errors).toEqual({});
    expect(params).toMatchObject({
      q: "DX",
      pref: ["20", "39"],
      category: ["DX_IT", "BRANDING"],
      region: [],
      remote: true,
      payMin: 300000,
      sort: "relevance",
      page: 1,
    });
  });

  it("reports each bad parameter by name and searches with the rest", () => {
    const { params, errors } = parseChallengeSearch(
      url("q=営業&pref=99&pref=20&category=DX_IT&sort=cheapest&page=0&payMin=-5"),
    );
    expect(errors).toEqual({
      pref: ["search.errors.prefecture"],
      sort: ["search.errors.sort"],
      page: ["search.errors.page"],
      payMin: ["search.errors.pay"],
    });
    // The bad parameters fall back to nothing / their defaults; the good ones stay.
    expect(params).toMatchObject({
      q: "営業",
      pref: [],
      category: ["DX_IT"],
      sort: "relevance",
      page: 1,
    });
    expect(params.payMin).toBeUndefined();
  });

  it("reads the professionals' parameters the same way", () => {
    const { params, errors } = parseProfessionalSearch(url("tie=yes&hoursMin=10&region=kanto"));
    expect(errors).toEqual({ tie: ["search.errors.flag"] });
    expect(params).toMatchObject({ tie: false, hoursMin: 10, region: ["kanto"] });
  });

  it("ignores parameters no schema knows", () => {
    expect(parseChallengeSearch(url("utm_source=mail&category=OTHER")).errors).toEqual({});
  });

  it("maps the replaced lists' parameter names", () => {
    expect(withLegacyNames(url("prefecture=20&skill=Python&page=2")).toString()).toBe(
      "pref=20&q=Python&page=2",
    );
    // The new name wins when both are there.
    expect(withLegacyNames(url("prefecture=20&pref=39")).getAll("pref")).toEqual(["39"]);
  });
});

describe("suggest parameters", () => {
  it("needs a known index; q and limit have defaults", () => {
    expect(parseSuggestQuery(url("index=challenges&q=営")).params).toEqual({
      index: "challenges",
      q: "営",
      limit: 8,
    });
    expect(parseSuggestQuery(url("index=users&limit=99")).errors).toEqual({
      index: ["discovery.api.unknownIndex"],
      limit: ["discovery.api.limit"],
    });
  });
});
