import { describe, expect, it } from "vitest";
import { CONTRACT_DOCUMENTS, contractSettings } from "../contract/corpus";
import type { SearchQuery } from "../engine";
import { EmbeddedSearchEngine } from "./engine";

const QUERIES: SearchQuery[] = [
  { q: "営業" },
  { q: "マネ", prefix: true },
  { q: "法人 提案" },
  { q: "セールス", facets: ["prefecture"] },
  { q: "pyhton" },
  { facets: ["prefecture"], sort: [{ field: "hourlyRate", direction: "desc" }] },
];

function bulk(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `bulk${index}`,
    headline: index % 3 === 0 ? "営業マネージャー" : "マーケター",
    bio: index % 2 === 0 ? "法人向けの提案" : "営業の仕組みづくり",
  }));
}

/** Every list is read ahead, a few slots per step, so writes land between steps. */
const EAGER = { minDocuments: 1, chunkRows: 7 };

async function results(engine: EmbeddedSearchEngine) {
  return Promise.all(QUERIES.map((query) => engine.search("profiles", query)));
}

describe("embedded engine warm-up", () => {
  it("returns the same results before and after warming up", async () => {
    const plain = new EmbeddedSearchEngine({ path: ":memory:", warmUp: false });
    const warming = new EmbeddedSearchEngine({ path: ":memory:", warmUp: EAGER });
    for (const engine of [plain, warming]) {
      await engine.configure(contractSettings("profiles"));
      await engine.upsert("profiles", [...CONTRACT_DOCUMENTS, ...bulk(300)]);
    }
    const expected = await results(plain);
    const before = await results(warming);
    await warming.warmed;
    const after = await results(warming);
    const strip = (list: typeof expected) => list.map(({ tookMs: _, ...rest }) => rest);
    expect(strip(before)).toEqual(strip(expected));
    expect(strip(after)).toEqual(strip(expected));
    await plain.close();
    await warming.close();
  });

  it("keeps lists right when documents are written during the warm-up", async () => {
    const plain = new EmbeddedSearchEngine({ path: ":memory:", warmUp: false });
    const warming = new EmbeddedSearchEngine({ path: ":memory:", warmUp: EAGER });
    for (const engine of [plain, warming]) {
      await engine.configure(contractSettings("profiles"));
      await engine.upsert("profiles", [...CONTRACT_DOCUMENTS, ...bulk(300)]);
    }
    // configure starts a warm-up; write between its steps.
    await warming.configure({ ...contractSettings("profiles"), domainTerms: ["仕組みづくり"] });
    await plain.configure({ ...contractSettings("profiles"), domainTerms: ["仕組みづくり"] });
    const writes: Array<(engine: EmbeddedSearchEngine) => Promise<void>> = [
      (engine) => engine.upsert("profiles", [{ id: "bulk0", headline: "経理担当" }]),
      (engine) => engine.delete("profiles", ["bulk1", "bulk150"]),
      (engine) =>
        engine.upsert("profiles", [
          { id: "new1", headline: "営業マネージャー", bio: "法人向けの提案" },
          { id: "bulk2", headline: "マネージャー", bio: "営業" },
        ]),
      (engine) => engine.upsert("profiles", [{ id: "bulk299", bio: "マーケター" }]),
    ];
    for (const write of writes) {
      await new Promise((resolve) => setImmediate(resolve));
      await write(warming);
      await write(plain);
    }
    await warming.warmed;
    const strip = (list: Awaited<ReturnType<typeof results>>) =>
      list.map(({ tookMs: _, ...rest }) => rest);
    expect(strip(await results(warming))).toEqual(strip(await results(plain)));
    expect((await warming.search("profiles", { q: "経理" })).hits.map((hit) => hit.id)).toContain(
      "bulk0",
    );
    await plain.close();
    await warming.close();
  });

  it("stops when the engine closes", async () => {
    const engine = new EmbeddedSearchEngine({ path: ":memory:", warmUp: EAGER });
    await engine.configure(contractSettings("profiles"));
    await engine.upsert("profiles", bulk(300));
    await engine.close();
    await expect(engine.warmed).resolves.toBeUndefined();
  });
});
