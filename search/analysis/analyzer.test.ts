import { describe, expect, it } from "vitest";
import { BUSINESS_DOMAIN_TERMS_JA, BUSINESS_SYNONYMS_JA } from "../synonyms/business-ja";
import { Analyzer } from "./analyzer";

const analyzer = new Analyzer({
  synonyms: BUSINESS_SYNONYMS_JA,
  domainTerms: BUSINESS_DOMAIN_TERMS_JA,
});
const words = (text: string) => analyzer.queryTokens(text).map((token) => token.term);

describe("Analyzer", () => {
  it("folds width, case, kana script and the final long-vowel mark", () => {
    expect(words("ﾏｰｹﾃｨﾝｸﾞ")).toEqual(words("マーケティング"));
    expect(words("ＰＹＴＨＯＮ")).toEqual(["python"]);
    expect(words("まーけてぃんぐ")).toEqual(words("マーケティング"));
    expect(words("マーケター")).toEqual(words("マーケタ"));
    expect(words("コンピューター")).toEqual(["コンピュータ"]);
  });

  it("keeps katakana loanwords and dictionary terms whole", () => {
    expect(words("セールスイネーブルメントの担当")).toEqual(["セールスイネーブルメント", "担当"]);
    expect(words("デジタルマーケターを募集")).toEqual(["デジタルマーケタ", "募集"]);
    expect(words("販路開拓と事業承継")).toEqual(["販路開拓", "事業承継"]);
    expect(words("越境ECサイト")).toEqual(["越境ec", "サイト"]);
  });

  it("keeps Latin words whole, with their symbols", () => {
    expect(words("PythonとC++、C#、node.js、kintone、M&A")).toEqual([
      "python",
      "c++",
      "c#",
      "node.js",
      "kintone",
      "m&a",
    ]);
    expect(words("2024年に3社")).toEqual(["2024", "年", "3", "社"]);
  });

  it("drops particles and endings written in kana", () => {
    expect(words("地域の課題をです")).toEqual(["地域", "課題"]);
  });

  it("indexes compounds with their parts, so parts find the whole", () => {
    const terms = analyzer.indexTerms("販路開拓とデジタルマーケター、セールスイネーブルメント");
    expect(terms).toEqual(
      expect.arrayContaining(["販路開拓", "販路", "開拓", "デジタル", "マーケタ", "セールス"]),
    );
    // マーケ is a dictionary word, but マーケタ|ー would leave a lone character.
    expect(analyzer.indexTerms("マーケター")).not.toContain("マーケ");
  });

  it("indexes a compound dictionary term with the dictionary words it contains", () => {
    const group = (text: string) => analyzer.queryTokens(text).map((token) => token.synonym)[0];
    const whole = analyzer.indexTerms("デジタルマーケティング");
    expect(whole).toEqual(
      expect.arrayContaining([
        "デジタルマーケティング",
        group("デジタルマーケティング"),
        "デジタル",
        "マーケティング",
        group("マーケティング"),
      ]),
    );
    // Every spelling of a part finds the whole: マーケ, ﾏｰｹﾃｨﾝｸﾞ, まーけてぃんぐ.
    for (const part of ["マーケティング", "マーケ", "ﾏｰｹﾃｨﾝｸﾞ", "まーけてぃんぐ"]) {
      expect(whole).toContain(group(part));
    }
    expect(analyzer.indexTerms("インバウンドマーケティング")).toEqual(
      expect.arrayContaining(["インバウンド", group("インバウンド"), group("マーケティング")]),
    );
    expect(analyzer.indexTerms("ウェブマーケティング")).toEqual(
      expect.arrayContaining([
        group("ウェブマーケティング"),
        group("Web"),
        group("マーケティング"),
      ]),
    );
    expect(analyzer.indexTerms("Webマーケティング")).toContain(group("マーケティング"));
    expect(analyzer.indexTerms("マーケティングオートメーション")).toEqual(
      expect.arrayContaining([group("MA"), group("マーケティング")]),
    );
    expect(analyzer.indexTerms("検索エンジンマーケティング")).toContain(group("マーケティング"));
    expect(analyzer.indexTerms("ECサイト")).toContain(group("EC"));
    expect(analyzer.indexTerms("セールスイネーブルメント")).toContain(group("セールス"));
  });

  it("keeps a query for a compound whole, without its parts", () => {
    const tokens = analyzer.queryTokens("デジタルマーケティング");
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.synonym).toBe(analyzer.queryTokens("Webマーケティング")[0]!.synonym);
    expect(words("デジタルマーケティング")).not.toContain("デジタル");
    // A part never leaves a lone character: マーケタ|ー is not a split of マーケター.
    expect(analyzer.indexTerms("デジタルマーケター")).not.toContain("マーケ");
  });

  it("drops only listed particles and endings, not short kana words", () => {
    for (const word of ["ゆず", "みかん", "いちご", "そば", "うどん", "のり"]) {
      expect(words(word)).toHaveLength(1);
      expect(analyzer.indexTerms(`地元の${word}を使う`)).toContain(words(word)[0]);
    }
    expect(analyzer.indexTerms("土佐ゆず食品")).toContain(words("ゆず")[0]);
    expect(analyzer.indexTerms("「ゆず加工品の自社EC立ち上げ」")).toContain(words("ゆず")[0]);
    expect(words("の")).toEqual([]);
    expect(words("のは、がをにへでともやからまでよりなどねよかですますするしたされる")).toEqual([]);
    expect(words("経験してきました")).toEqual(["経験"]);
  });

  it("gives every word of a synonym group the same group token", () => {
    const group = (text: string) => analyzer.queryTokens(text).map((token) => token.synonym);
    expect(group("営業")).toEqual(group("セールス"));
    expect(group("EC")).toEqual(group("ネットショップ"));
    expect(group("eコマース")).toEqual(group("通販"));
    expect(group("DX")).toEqual(group("デジタル化"));
    expect(group("販路開拓")).toEqual(group("販路拡大"));
    expect(group("副業")).toEqual(group("複業"));
    expect(group("Salesforce")).toEqual(group("セールスフォース"));
    expect(group("営業")).not.toEqual(group("マーケティング"));
    expect(analyzer.indexTerms("セールス")).toEqual(["セールス", group("営業")[0]]);
  });
});
