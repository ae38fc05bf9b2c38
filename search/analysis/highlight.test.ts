import { describe, expect, it } from "vitest";
import { matchSpans, segmentsFromSpans } from "./highlight";

describe("segmentsFromSpans", () => {
  it("cuts text into plain and matched segments, merging overlaps", () => {
    expect(
      segmentsFromSpans("販路開拓を支援", [
        [0, 2],
        [0, 4],
        [5, 7],
      ]),
    ).toEqual([
      { text: "販路開拓", match: true },
      { text: "を", match: false },
      { text: "支援", match: true },
    ]);
    expect(segmentsFromSpans("営業", [])).toEqual([{ text: "営業", match: false }]);
  });

  it("crops long text around the first match with markers", () => {
    const text = "あ".repeat(100) + "営業" + "い".repeat(100);
    const segments = segmentsFromSpans(text, [[100, 102]], 40);
    expect(segments[0]).toEqual({ text: "…", match: false });
    expect(segments.at(-1)).toEqual({ text: "…", match: false });
    expect(segments).toContainEqual({ text: "営業", match: true });
    expect(segments.map((segment) => segment.text).join("").length).toBe(42);
  });
});

describe("matchSpans", () => {
  const spans = (text: string, words: string[], prefixes: string[] = []) =>
    matchSpans(text, { words, prefixes }).map(([start, end]) => text.slice(start, end));

  it("maps folded spellings back to the text as written", () => {
    expect(spans("ﾏｰｹﾃｨﾝｸﾞと営業", ["マーケティング"])).toEqual(["ﾏｰｹﾃｨﾝｸﾞ"]);
    expect(spans("デジタルマーケターです", ["マーケタ"])).toEqual(["マーケター"]);
    expect(spans("販路開拓と販路拡大", ["販路"])).toEqual(["販路", "販路"]);
    expect(spans("ＰｙｔｈｏｎとPYTHON", ["python"])).toEqual(["Ｐｙｔｈｏｎ", "PYTHON"]);
  });

  it("keeps Latin words whole unless matching a prefix", () => {
    expect(spans("Javascript and Java", ["java"])).toEqual(["Java"]);
    expect(spans("Shopify store", [], ["shop"])).toEqual(["Shopify"]);
  });
});
