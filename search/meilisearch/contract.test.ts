import { describe, it } from "vitest";
import { describeSearchEngineContract } from "../contract/contract";
import { MeilisearchEngine } from "./engine";

// The shared contract against a live Meilisearch, only when MEILI_HOST is set
// (MEILI_HOST=http://127.0.0.1:7700 MEILI_API_KEY=… npx vitest run search/meilisearch).
const host = process.env.MEILI_HOST;

if (host) {
  describeSearchEngineContract(
    `meilisearch at ${host}`,
    async () => new MeilisearchEngine({ host, apiKey: process.env.MEILI_API_KEY }),
    { indexPrefix: `contract_${process.pid}` },
  );
} else {
  describe("SearchEngine contract: meilisearch", () => {
    it.skip("needs a live server: set MEILI_HOST (and MEILI_API_KEY) to run it", () => {});
  });
}
