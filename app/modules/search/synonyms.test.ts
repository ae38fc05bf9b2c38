import { describe, expect, it } from "vitest";
import {
  foldTerm,
  mergeSynonyms,
  parseStoredTerms,
  parseTermsText,
  synonymGroupSchema,
  termProblems,
} from "./synonyms";

describe("the synonym group form", () => {
  it("reads terms one per line, or separated by commas, 読点 or =", () => {
    expect(parseTermsText("営業\nセールス, 販売、 外商 = 営業")).toEqual([
      "営業",
      "セールス",
      "販売",
      "外商",
    ]);
  });

  it("accepts 2 to 20 terms of 1 to 40 characters", () => {
    expect(synonymGroupSchema.safeParse({ terms: "営業\nセールス" }).success).toBe(true);
    const issues = (terms: string) =>
      synonymGroupSchema.safeParse({ terms }).error?.issues.map((issue) => issue.message);
    expect(issues("営業")).toEqual(["search.synonyms.errors.terms.tooFew"]);
    expect(issues("")).toEqual(["search.synonyms.errors.terms.tooFew"]);
    expect(issues(Array.from({ length: 21 }, (_, index) => `term${index}`).join("\n"))).toEqual([
      "search.synonyms.errors.terms.tooMany",
    ]);
    expect(issues(`営業\n${"あ".repeat(41)}`)).toEqual(["search.synonyms.errors.terms.tooLong"]);
    expect(synonymGroupSchema.safeParse({ terms: `営業\n${"あ".repeat(40)}` }).success).toBe(true);
  });
});

describe("one group per term", () => {
  const builtIn = [{ id: null, terms: ["営業", "セールス"] }];
  const edited = [{ id: "g1", terms: ["ふるさと納税", "故郷納税"] }];

  it("folds width, case, kana and the long-vowel mark like the analyser", () => {
    expect(foldTerm("ﾏｰｹﾃｨﾝｸﾞ")).toBe(foldTerm("マーケティング"));
    expect(foldTerm("ＤＸ")).toBe(foldTerm("dx"));
    expect(foldTerm("まーけたー")).toBe(foldTerm("マーケタ"));
  });

  it("refuses a term already in a built-in or an edited group, naming the group", () => {
    expect(termProblems(["ｾｰﾙｽ", "販売員"], [...builtIn, ...edited])).toEqual([
      { kind: "taken", term: "ｾｰﾙｽ", group: ["営業", "セールス"], builtIn: true },
    ]);
    expect(termProblems(["故郷納税", "ふるさと寄附"], [...builtIn, ...edited])).toEqual([
      { kind: "taken", term: "故郷納税", group: ["ふるさと納税", "故郷納税"], builtIn: false },
    ]);
  });

  it("lets a group keep its own terms when edited, and finds repeats within it", () => {
    expect(termProblems(["ふるさと納税", "故郷納税", "ふるさと寄附"], edited, "g1")).toEqual([]);
    expect(termProblems(["DX", "ｄｘ"], [])).toEqual([{ kind: "repeated", term: "ｄｘ" }]);
  });

  it("merges edited groups after the built-in ones without giving a term two groups", () => {
    expect(
      mergeSynonyms(
        [["営業", "セールス"]],
        [
          ["販路開拓", "販路拡大"],
          ["セールス", "販売員"], // "セールス" is taken: only one term left, dropped
        ],
      ),
    ).toEqual([
      ["営業", "セールス"],
      ["販路開拓", "販路拡大"],
    ]);
  });

  it("reads stored groups defensively", () => {
    expect(parseStoredTerms('["a","b"]')).toEqual(["a", "b"]);
    expect(parseStoredTerms("not json")).toEqual([]);
    expect(parseStoredTerms('[1,"b"]')).toEqual(["b"]);
  });
});
