import { describe, expect, it } from "vitest";
import { parseEnv, searchIndexPath } from "~/lib/env.server";

describe("the embedded search index file", () => {
  it("sits beside the database unless SEARCH_INDEX_PATH says otherwise", () => {
    expect(searchIndexPath(parseEnv({}))).toBe("./prisma/data/search.db");
    expect(searchIndexPath(parseEnv({ DATABASE_URL: "file:/var/lib/enishi/prod.db" }))).toBe(
      "/var/lib/enishi/prod.search.db",
    );
    expect(
      searchIndexPath(parseEnv({ DATABASE_URL: "file:x.db", SEARCH_INDEX_PATH: "/srv/idx.db" })),
    ).toBe("/srv/idx.db");
  });

  it("needs MEILI_HOST for Meilisearch", () => {
    expect(() => parseEnv({ SEARCH_ENGINE: "meilisearch" })).toThrow(
      "MEILI_HOST: is required when SEARCH_ENGINE=meilisearch",
    );
    expect(() => parseEnv({ SEARCH_ENGINE: "elastic" })).toThrow("SEARCH_ENGINE");
    expect(
      parseEnv({ SEARCH_ENGINE: "meilisearch", MEILI_HOST: "http://127.0.0.1:7700" }).SEARCH_ENGINE,
    ).toBe("meilisearch");
  });
});
