import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SearchEngine, type SearchQuery, and, anyOf, eq, not, or, range } from "../engine";
import { COMPOUND_DOCUMENTS, CONTRACT_DOCUMENTS, contractSettings } from "./corpus";

export interface ContractOptions {
  /** Prefix for the index names, so runs against a shared server do not collide. */
  indexPrefix?: string;
  /** Whether `prefix: false` turns prefix matching off (Meilisearch always prefixes the last word). */
  exactWordsWithoutPrefix?: boolean;
}

/**
 * The behaviour every `SearchEngine` must show, on a small Japanese/English profile
 * corpus. Engines run it from their own test file with a factory for a fresh engine.
 */
export function describeSearchEngineContract(
  name: string,
  makeEngine: () => Promise<SearchEngine>,
  options: ContractOptions = {},
): void {
  const prefix = options.indexPrefix ?? "contract";
  const main = `${prefix}_main`;
  const writes = `${prefix}_writes`;

  describe(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine;
    const ids = async (query: SearchQuery, index = main) =>
      (await engine.search(index, { hitsPerPage: 50, ...query })).hits.map((hit) => hit.id);
    const idSet = async (query: SearchQuery, index = main) => new Set(await ids(query, index));

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.configure(contractSettings(main));
      await engine.clear(main);
      await engine.upsert(main, CONTRACT_DOCUMENTS);
    });
    afterAll(async () => {
      await engine?.close();
    });

    describe("documents", () => {
      beforeAll(async () => {
        await engine.configure(contractSettings(writes));
        await engine.clear(writes);
      });

      it("upserts idempotently, replaces by id and deletes unknown ids harmlessly", async () => {
        await engine.upsert(writes, CONTRACT_DOCUMENTS);
        await engine.upsert(writes, CONTRACT_DOCUMENTS);
        expect((await engine.stats(writes)).documentCount).toBe(CONTRACT_DOCUMENTS.length);

        const p5 = CONTRACT_DOCUMENTS.find((document) => document.id === "p5")!;
        await engine.upsert(writes, [{ ...p5, headline: "物流改善コーディネーター" }]);
        expect(await ids({ q: "物流改善" }, writes)).toEqual(["p5"]);
        expect(await ids({ q: "営業代行" }, writes)).toEqual([]);
        expect((await engine.stats(writes)).documentCount).toBe(CONTRACT_DOCUMENTS.length);

        await engine.delete(writes, ["p5", "does-not-exist"]);
        await engine.delete(writes, ["p5"]);
        expect((await engine.stats(writes)).documentCount).toBe(CONTRACT_DOCUMENTS.length - 1);
        expect(await ids({ q: "物流改善" }, writes)).toEqual([]);
        expect((await engine.stats(writes)).sizeBytes).toBeGreaterThan(0);
      });

      it("clears an index and keeps its settings", async () => {
        await engine.upsert(writes, CONTRACT_DOCUMENTS);
        await engine.clear(writes);
        expect((await engine.stats(writes)).documentCount).toBe(0);
        expect((await engine.search(writes, {})).total).toBe(0);
        await engine.upsert(writes, CONTRACT_DOCUMENTS.slice(0, 2));
        expect(await idSet({ q: "", filter: eq("prefecture", "13") }, writes)).toEqual(
          new Set(["p2"]),
        );
      });
    });

    describe("filters", () => {
      it("matches a keyword, a set member, a range and a boolean", async () => {
        expect(await idSet({ filter: eq("prefecture", "13") })).toEqual(
          new Set(["p2", "p6", "p9", "p10"]),
        );
        expect(await idSet({ filter: eq("engagementTypes", "プロボノ") })).toEqual(
          new Set(["p4", "p8"]),
        );
        expect(await idSet({ filter: anyOf("prefecture", ["27", "40"]) })).toEqual(
          new Set(["p3", "p4", "p7", "p8"]),
        );
        expect(await idSet({ filter: range("hourlyRate", { gte: 5000, lte: 7000 }) })).toEqual(
          new Set(["p1", "p2", "p3", "p7", "p11"]),
        );
        expect(await idSet({ filter: eq("remoteOk", false) })).toEqual(
          new Set(["p3", "p5", "p9", "p11"]),
        );
        const july = Date.parse("2024-07-01T00:00:00Z");
        expect(await idSet({ filter: range("updatedAt", { gte: july }) })).toEqual(
          new Set(["p8", "p10"]),
        );
      });

      it("combines filters with and, or and not", async () => {
        expect(
          await idSet({
            filter: and(
              eq("engagementTypes", "副業"),
              or(eq("prefecture", "01"), eq("prefecture", "27")),
              not(eq("remoteOk", false)),
            ),
          }),
        ).toEqual(new Set(["p1", "p7"]));
        expect(await idSet({ q: "営業", filter: not(eq("prefecture", "01")) })).toEqual(new Set());
      });

      it("escapes values that look like syntax", async () => {
        expect(await ids({ filter: eq("prefecture", `13" OR prefecture = "01`) })).toEqual([]);
      });
    });

    describe("facets", () => {
      it("counts values over the matches, after the filter", async () => {
        const all = await engine.search(main, { facets: ["prefecture", "remoteOk"] });
        expect(all.facets.prefecture).toEqual({ "01": 3, "13": 4, "27": 2, "40": 2 });
        expect(all.facets.remoteOk).toEqual({ true: 7, false: 4 });

        const tokyo = await engine.search(main, {
          filter: eq("prefecture", "13"),
          facets: ["prefecture", "engagementTypes"],
        });
        expect(tokyo.total).toBe(4);
        expect(tokyo.facets.prefecture).toEqual({ "13": 4 });
        expect(tokyo.facets.engagementTypes).toEqual({ 副業: 3, 業務委託: 2 });
      });
    });

    describe("sort and pagination", () => {
      it("sorts ascending and descending, missing values last, ties by fit", async () => {
        const ascending = await ids({ sort: [{ field: "hourlyRate", direction: "asc" }] });
        expect(ascending).toEqual([
          "p5",
          "p4",
          "p9",
          "p1",
          "p11",
          "p7",
          "p2",
          "p3",
          "p6",
          "p10",
          "p8",
        ]);
        const descending = await ids({ sort: [{ field: "hourlyRate", direction: "desc" }] });
        expect(descending).toEqual([
          "p10",
          "p6",
          "p3",
          "p2",
          "p7",
          "p1",
          "p11",
          "p9",
          "p4",
          "p5",
          "p8",
        ]);
      });

      it("orders by fit without a sort", async () => {
        expect(await ids({ filter: eq("prefecture", "13") })).toEqual(["p2", "p10", "p6", "p9"]);
      });

      it("pages through the same ordering with a stable total", async () => {
        const sort = [{ field: "updatedAt", direction: "desc" as const }];
        const everything = await ids({ sort });
        const pages: string[] = [];
        for (let page = 1; page <= 4; page++) {
          const result = await engine.search(main, { sort, page, hitsPerPage: 3 });
          expect(result.total).toBe(CONTRACT_DOCUMENTS.length);
          expect(result.page).toBe(page);
          expect(result.hitsPerPage).toBe(3);
          pages.push(...result.hits.map((hit) => hit.id));
        }
        expect(pages).toEqual(everything);
        expect(everything[0]).toBe("p10");
      });
    });

    describe("relevance", () => {
      it("finds セールス for 営業 through the synonym table", async () => {
        const found = await idSet({ q: "営業" });
        expect(found.has("p1")).toBe(true);
        expect(found.has("p5")).toBe(true);
      });

      it("finds マーケティング for half-width ﾏｰｹﾃｨﾝｸﾞ", async () => {
        const found = await idSet({ q: "ﾏｰｹﾃｨﾝｸﾞ" });
        expect(found.has("p8")).toBe(true);
        expect(found.has("p2")).toBe(true);
      });

      it("finds 販路開拓 and 販路拡大 for 販路", async () => {
        expect(await idSet({ q: "販路" })).toEqual(new Set(["p2", "p8", "p11"]));
      });

      it("finds 通販 and ECサイト as one concept", async () => {
        const found = await idSet({ q: "通販" });
        expect(found.has("p2")).toBe(true);
        expect(found.has("p7")).toBe(true);
      });

      it("tolerates a typo in a Latin word: pyhton finds Python", async () => {
        expect(await idSet({ q: "pyhton" })).toEqual(new Set(["p3", "p9", "p10"]));
      });

      it("ranks a headline match above a skills match above a body match", async () => {
        expect(await ids({ q: "python" })).toEqual(["p3", "p10", "p9"]);
      });

      it("requires every query word", async () => {
        expect(await ids({ q: "python 機械学習" })).toEqual(["p10"]);
      });

      it("matches the last word as a prefix for autocomplete", async () => {
        expect(await ids({ q: "shopi", prefix: true })).toEqual(["p7"]);
        expect(await ids({ q: "デューデリ", prefix: true })).toEqual(["p6"]);
        if (options.exactWordsWithoutPrefix) {
          expect(await ids({ q: "shopi", prefix: false })).toEqual([]);
        }
      });

      it("scores hits between 0 and 1, best first", async () => {
        const result = await engine.search(main, { q: "python" });
        const scores = result.hits.map((hit) => hit.score);
        for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
        for (const score of scores) expect(score).toBeLessThanOrEqual(1);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      });
    });

    describe("compounds and short kana words", () => {
      const compounds = `${prefix}_compounds`;
      beforeAll(async () => {
        await engine.configure(contractSettings(compounds));
        await engine.clear(compounds);
        await engine.upsert(compounds, COMPOUND_DOCUMENTS);
      });

      it("finds a katakana compound by the words it contains", async () => {
        const marketing = new Set(["c1", "c2", "c4"]);
        expect(await idSet({ q: "マーケティング" }, compounds)).toEqual(marketing);
        expect(await idSet({ q: "ﾏｰｹﾃｨﾝｸﾞ" }, compounds)).toEqual(marketing);
        expect(await idSet({ q: "セールス" }, compounds)).toEqual(new Set(["c3"]));
        expect(await idSet({ q: "インバウンド" }, compounds)).toEqual(new Set(["c2"]));
        expect(await idSet({ q: "EC" }, compounds)).toEqual(new Set(["c4", "c6"]));
        expect(await idSet({ q: "デジタル" }, compounds)).toEqual(new Set(["c1", "c5"]));
      });

      it("keeps a query for the whole compound to the compound and its synonyms", async () => {
        expect(await ids({ q: "デジタルマーケティング" }, compounds)).toEqual(["c1", "c4"]);
        const result = await engine.search(compounds, {
          q: "マーケティング",
          filter: eq("prefecture", "13"),
          highlight: ["headline"],
        });
        expect(result.hits[0]?.highlights.headline).toContainEqual({
          text: "マーケティング",
          match: true,
        });
      });

      it("searches two-character kana words, but not particles", async () => {
        expect(await ids({ q: "ゆず" }, compounds)).toEqual(["c6"]);
        expect(await ids({ q: "ゆず 加工品" }, compounds)).toEqual(["c6"]);
        expect(await ids({ q: "みかん" }, compounds)).toEqual(["c6"]);
        expect(await ids({ q: "いちご" }, compounds)).toEqual(["c6"]);
        for (const word of ["そば", "うどん", "のり"]) {
          expect(await ids({ q: word }, compounds)).toEqual(["c7"]);
        }
        expect(await ids({ q: "ゆずの加工品" }, compounds)).toEqual(["c6"]);
      });
    });

    describe("highlights", () => {
      it("marks the matched words of Japanese text as segments", async () => {
        const result = await engine.search(main, {
          q: "販路",
          filter: eq("prefecture", "13"),
          highlight: ["headline", "bio"],
        });
        const [hit] = result.hits;
        expect(hit?.id).toBe("p2");
        const bio = hit!.highlights.bio!;
        expect(bio.map((segment) => segment.text).join("")).toBe(
          CONTRACT_DOCUMENTS.find((document) => document.id === "p2")!.bio,
        );
        expect(bio.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
          expect.stringContaining("販路"),
        ]);
        expect(hit!.highlights.headline).toEqual([{ text: "デジタルマーケター", match: false }]);
      });

      it("highlights synonyms and crops long text around the match", async () => {
        const result = await engine.search(main, {
          q: "kintone",
          filter: eq("prefecture", "01"),
          highlight: ["bio"],
          cropLength: 40,
        });
        const bio = result.hits[0]!.highlights.bio!;
        const text = bio.map((segment) => segment.text).join("");
        const original = CONTRACT_DOCUMENTS.find((document) => document.id === "p11")!.bio;
        expect(text.length).toBeLessThan(String(original).length);
        expect(bio.at(-1)).toEqual({ text: "…", match: false });
        expect(bio.some((segment) => segment.match && /kintone/i.test(segment.text))).toBe(true);

        const synonym = await engine.search(main, { q: "セールス", highlight: ["headline"] });
        const p5 = synonym.hits.find((hit) => hit.id === "p5");
        expect(p5?.highlights.headline).toContainEqual({ text: "営業", match: true });
      });
    });
  });
}
