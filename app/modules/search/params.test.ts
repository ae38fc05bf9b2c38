import { describe, expect, it } from "vitest";
import {
  challengeSearchSchema,
  professionalSearchSchema,
  searchParamsObject,
  toQueryString,
} from "./params";

const parse = (query: string) =>
  challengeSearchSchema.safeParse(searchParamsObject(new URLSearchParams(query)));

describe("challenge search parameters", () => {
  it("reads repeated and comma-separated lists, flags and numbers", () => {
    const result = parse(
      "q=%E5%96%B6%E6%A5%AD&category=DX_IT&category=BRANDING&pref=20,39&remote=1&payMin=300000",
    );
    expect(result.success && result.data).toEqual({
      q: "営業",
      region: [],
      pref: ["20", "39"],
      category: ["DX_IT", "BRANDING"],
      engagement: [],
      style: [],
      remote: true,
      payMin: 300000,
      sort: "relevance",
      page: 1,
    });
  });

  it("rejects unknown codes with a message key per field", () => {
    const result = parse("category=NOPE&pref=48&page=0&sort=random&payMin=abc");
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
    );
    expect(messages).toEqual({
      category: "search.errors.category",
      pref: "search.errors.prefecture",
      page: "search.errors.page",
      sort: "search.errors.sort",
      payMin: "search.errors.pay",
    });
  });

  it("writes a canonical query string that parses back to the same search", () => {
    const first = parse("sort=newest&pref=39&pref=20&q=DX&page=1");
    expect(first.success).toBe(true);
    const query = toQueryString(first.data!);
    expect(query).toBe("pref=39&pref=20&q=DX&sort=newest");
    expect(parse(query).data).toEqual(first.data);
  });
});

describe("professional search parameters", () => {
  it("defaults to relevance, page 1 and no filters", () => {
    expect(professionalSearchSchema.parse({})).toEqual({
      q: undefined,
      region: [],
      pref: [],
      tie: false,
      engagement: [],
      style: [],
      hoursMin: undefined,
      sort: "relevance",
      page: 1,
    });
  });
});
