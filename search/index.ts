import { EmbeddedSearchEngine } from "./embedded/engine";
import type { SearchEngine } from "./engine";
import { MeilisearchEngine } from "./meilisearch/engine";

export * from "./engine";
export { BUSINESS_DOMAIN_TERMS_JA, BUSINESS_SYNONYMS_JA } from "./synonyms/business-ja";
export { EmbeddedSearchEngine, MeilisearchEngine };

export interface SearchEnvironment {
  SEARCH_ENGINE?: string;
  MEILI_HOST?: string;
  MEILI_API_KEY?: string;
}

/**
 * The engine the environment asks for: Meilisearch when `SEARCH_ENGINE=meilisearch`
 * (then `MEILI_HOST` is required), otherwise the embedded engine in `embeddedPath`.
 */
export function createSearchEngine(env: SearchEnvironment, embeddedPath: string): SearchEngine {
  if (env.SEARCH_ENGINE === "meilisearch") {
    if (!env.MEILI_HOST) throw new Error("SEARCH_ENGINE=meilisearch needs MEILI_HOST");
    return new MeilisearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY });
  }
  return new EmbeddedSearchEngine({ path: embeddedPath });
}
