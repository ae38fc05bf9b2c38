import { describe, expect, it } from "vitest";
import { formatAliasText, parseAliasText, suggestionQuerySchema } from "./schemas";
import { currentTerm, insertSuggestion, matchRank, rankSkills } from "./search";

const skills = [
  { slug: "local-seo", nameJa: "ローカルSEO", nameEn: "Local SEO", aliases: "[]" },
  {
    slug: "web-marketing",
    nameJa: "Webマーケティング",
    nameEn: "Web marketing",
    aliases: JSON.stringify(["デジタルマーケティング", "web marketing"]),
  },
  { slug: "seo", nameJa: "SEO", nameEn: "SEO", aliases: JSON.stringify(["検索エンジン最適化"]) },
  { slug: "python", nameJa: "Python", nameEn: "Python", aliases: "[]" },
];

describe("matching skills by any spelling", () => {
  it("ranks an exact spelling, then a prefix, then a part", () => {
    expect(matchRank(skills[2]!, "ｓｅｏ")).toBe(0);
    expect(matchRank(skills[1]!, "でじたる")).toBe(1);
    expect(matchRank(skills[0]!, "seo")).toBe(2);
    expect(matchRank(skills[3]!, "seo")).toBeNull();
    expect(matchRank(skills[3]!, "  ")).toBeNull();
  });

  it("orders results by rank, keeping the given order within a rank", () => {
    expect(rankSkills(skills, "SEO").map((skill) => skill.slug)).toEqual(["seo", "local-seo"]);
    expect(rankSkills(skills, "マーケ").map((skill) => skill.slug)).toEqual(["web-marketing"]);
    expect(rankSkills(skills, "web-mark").map((skill) => skill.slug)).toEqual(["web-marketing"]);
    expect(rankSkills(skills, "zzz")).toEqual([]);
  });
});

describe("the term at the caret", () => {
  it("is the part between separators around the caret", () => {
    expect(currentTerm("Python、Sales")).toEqual({ term: "Sales", start: 7, end: 12 });
    expect(currentTerm("Python, Sal, SEO", 11)).toEqual({ term: "Sal", start: 7, end: 11 });
    expect(currentTerm("Python、")).toEqual({ term: "", start: 7, end: 7 });
    expect(currentTerm("")).toEqual({ term: "", start: 0, end: 0 });
  });

  it("is replaced by the chosen name and a separator", () => {
    expect(insertSuggestion("Python、Sales", { start: 7, end: 12 }, "Salesforce", "、")).toEqual({
      value: "Python、Salesforce、",
      caret: 18,
    });
    expect(insertSuggestion("Python, Sal, SEO", { start: 7, end: 11 }, "Salesforce", ", ")).toEqual(
      { value: "Python, Salesforce, SEO", caret: 20 },
    );
    expect(insertSuggestion("web", { start: 0, end: 3 }, "Webマーケティング", "、")).toEqual({
      value: "Webマーケティング、",
      caret: 11,
    });
  });
});

describe("aliases as typed", () => {
  it("split on commas and 読点 but not slashes, trimmed, without repeats", () => {
    expect(parseAliasText(" EC、ネットショップ, CI/CD，ｅｃ\nshop ,, ")).toEqual([
      "EC",
      "ネットショップ",
      "CI/CD",
      "shop",
    ]);
    expect(parseAliasText("")).toEqual([]);
  });

  it("are shown with the separator of the language", () => {
    expect(formatAliasText(["a", "b"], "ja")).toBe("a、b");
    expect(formatAliasText(["a", "b"], "en")).toBe("a, b");
  });
});

describe("the suggestion query", () => {
  it("defaults the limit and refuses one out of range", () => {
    expect(suggestionQuerySchema.parse({ q: " py " })).toEqual({ q: "py", limit: 8 });
    expect(suggestionQuerySchema.safeParse({ q: "py", limit: "0" }).success).toBe(false);
    expect(suggestionQuerySchema.safeParse({ q: "py", limit: "21" }).success).toBe(false);
    expect(suggestionQuerySchema.safeParse({ q: "py", limit: "abc" }).success).toBe(false);
    expect(suggestionQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
  });
});
