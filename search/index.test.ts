import { describe, expect, it } from "vitest";
import { EmbeddedSearchEngine, MeilisearchEngine, createSearchEngine } from "./index";

describe("createSearchEngine", () => {
  it("picks the embedded engine by default and Meilisearch when asked", async () => {
    const embedded = createSearchEngine({}, ":memory:");
    expect(embedded).toBeInstanceOf(EmbeddedSearchEngine);
    await embedded.close();
    expect(
      createSearchEngine(
        { SEARCH_ENGINE: "meilisearch", MEILI_HOST: "http://127.0.0.1:7700" },
        ":memory:",
      ),
    ).toBeInstanceOf(MeilisearchEngine);
    expect(() => createSearchEngine({ SEARCH_ENGINE: "meilisearch" }, ":memory:")).toThrow(
      /MEILI_HOST/,
    );
  });
});
