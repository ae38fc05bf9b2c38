import { describe, expect, it } from "vitest";
import { Analyzer } from "../analysis/analyzer";
import { foldKana, foldLongVowel, normalizeText } from "../analysis/normalize";
import { BUSINESS_DOMAIN_TERMS_JA, BUSINESS_SYNONYMS_JA } from "./business-ja";

const fold = (term: string) => foldLongVowel(foldKana(normalizeText(term)));

describe("business synonym table", () => {
  it("has at least 150 groups of two or more distinct terms", () => {
    expect(BUSINESS_SYNONYMS_JA.length).toBeGreaterThanOrEqual(150);
    for (const group of BUSINESS_SYNONYMS_JA) {
      expect(new Set(group.map(fold)).size, group.join("=")).toBeGreaterThanOrEqual(2);
    }
  });

  it("puts every term in one group only, after normalisation", () => {
    const groupOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const group of BUSINESS_SYNONYMS_JA) {
      for (const term of new Set(group.map(fold))) {
        const other = groupOf.get(term);
        if (other) clashes.push(`${term}: ${other} / ${group[0]}`);
        groupOf.set(term, group[0]!);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("leaves out the general-dictionary senses that are false friends here", () => {
    const terms = new Set(BUSINESS_SYNONYMS_JA.flat().map(fold));
    for (const falseFriend of ["欧州共同体", "午後", "午前", "アメリカ合衆国"]) {
      expect(terms.has(fold(falseFriend)), falseFriend).toBe(false);
    }
    const groupWith = (term: string) =>
      BUSINESS_SYNONYMS_JA.find((group) => group.map(fold).includes(fold(term)));
    expect(groupWith("PM")).toContain("プロジェクトマネージャー");
    expect(groupWith("PM")).not.toContain("プロダクトマネージャー");
    expect(groupWith("事業承継")).not.toContain("M&A");
  });

  it("analyses every term to one token carrying its group", () => {
    const analyzer = new Analyzer({
      synonyms: BUSINESS_SYNONYMS_JA,
      domainTerms: BUSINESS_DOMAIN_TERMS_JA,
    });
    const split: string[] = [];
    for (const group of BUSINESS_SYNONYMS_JA) {
      const expected = analyzer.synonymOf(fold(group[0]!));
      for (const term of group) {
        const tokens = analyzer.queryTokens(term);
        if (tokens.length !== 1 || tokens[0]!.synonym !== expected) split.push(term);
      }
    }
    expect(split).toEqual([]);
  });
});
