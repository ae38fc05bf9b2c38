import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONTRACT_DOCUMENTS, contractSettings } from "../contract/corpus";
import { eq } from "../engine";
import { EmbeddedSearchEngine } from "./engine";

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0))
    rmSync(directory, { recursive: true, force: true });
});

function indexFile(): string {
  const directory = mkdtempSync(join(tmpdir(), "enishi-search-"));
  directories.push(directory);
  return join(directory, "search.db");
}

describe("embedded engine", () => {
  it("reopens its file with documents, settings, columns and vocabulary", async () => {
    const path = indexFile();
    const first = new EmbeddedSearchEngine({ path });
    await first.configure(contractSettings("profiles"));
    await first.upsert("profiles", CONTRACT_DOCUMENTS);
    await first.delete("profiles", ["p9"]);
    await first.close();

    const reopened = new EmbeddedSearchEngine({ path });
    expect((await reopened.stats("profiles")).documentCount).toBe(CONTRACT_DOCUMENTS.length - 1);
    const result = await reopened.search("profiles", {
      q: "pyhton",
      filter: eq("remoteOk", true),
      facets: ["prefecture"],
    });
    expect(result.hits.map((hit) => hit.id)).toEqual(["p10"]);
    expect(result.facets).toEqual({ prefecture: { "13": 1 } });
    await reopened.upsert("profiles", [{ ...CONTRACT_DOCUMENTS[0]!, id: "p12" }]);
    expect((await reopened.stats("profiles")).documentCount).toBe(CONTRACT_DOCUMENTS.length);
    await reopened.close();
  });

  it("re-analyses stored text when the synonyms change", async () => {
    const engine = new EmbeddedSearchEngine({ path: ":memory:" });
    await engine.configure({ ...contractSettings("profiles"), synonyms: [] });
    await engine.upsert("profiles", CONTRACT_DOCUMENTS);
    expect(
      (await engine.search("profiles", { q: "セールス" })).hits.map((hit) => hit.id),
    ).not.toContain("p5");
    await engine.configure({ ...contractSettings("profiles"), synonyms: [["営業", "セールス"]] });
    expect(
      (await engine.search("profiles", { q: "セールス" })).hits.map((hit) => hit.id),
    ).toContain("p5");
    await engine.close();
  });

  it("keeps cached posting lists right across writes", async () => {
    const engine = new EmbeddedSearchEngine({ path: ":memory:" });
    await engine.configure(contractSettings("profiles"));
    const many = Array.from({ length: 2500 }, (_, index) => ({
      id: `bulk${index}`,
      headline: "営業マネージャー",
      bio: "法人向けの提案",
    }));
    await engine.upsert("profiles", many);
    const count = async (q: string, prefix = false) =>
      (await engine.search("profiles", { q, prefix })).total;
    expect(await count("営業")).toBe(2500);
    expect(await count("マネ", true)).toBe(2500);
    await engine.upsert("profiles", [{ id: "bulk0", headline: "経理担当" }]);
    await engine.delete("profiles", ["bulk1"]);
    await engine.upsert("profiles", [
      { id: "extra", headline: "セールス" },
      { id: "bulk2", headline: "マネージャー", bio: "営業" },
    ]);
    expect(await count("営業")).toBe(2499);
    expect(await count("マネ", true)).toBe(2498);
    expect(await count("経理")).toBe(1);
    expect((await engine.search("profiles", { q: "営業" })).hits[0]?.id).not.toBe("bulk2");
    await engine.close();
  });

  it("rejects attributes the settings do not declare", async () => {
    const engine = new EmbeddedSearchEngine({ path: ":memory:" });
    await engine.configure(contractSettings("profiles"));
    await expect(engine.search("profiles", { filter: eq("employer", "x") })).rejects.toThrow(
      /not filterable/,
    );
    await expect(
      engine.search("profiles", { sort: [{ field: "prefecture", direction: "asc" }] }),
    ).rejects.toThrow(/not sortable/);
    await expect(engine.search("missing", {})).rejects.toThrow(/not configured/);
    await engine.close();
  });
});
