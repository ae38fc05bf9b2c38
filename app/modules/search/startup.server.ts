import { errorFields, logger } from "~/lib/logger.server";
import { CHALLENGE_INDEX, PROFILE_INDEX } from "./documents";
import { startSearchDrainer } from "./drainer.server";
import { readySearchEngine } from "./engine.server";
import { startBackgroundReindex } from "./reindex.server";
import { countIndexable } from "./sources.server";

/**
 * What the app process runs for search (from app/lib/background.server.ts): configures
 * both indexes, rebuilds them when they are empty but the database is not (a new or
 * lost index file, a first start after upgrading), and starts the outbox drainer.
 * Returns the function that stops the drainer.
 */
export function startSearchJobs({ pollMs }: { pollMs?: number } = {}): () => void {
  void (async () => {
    try {
      const engine = await readySearchEngine();
      const [challenges, profiles] = await Promise.all([
        engine.stats(CHALLENGE_INDEX),
        engine.stats(PROFILE_INDEX),
      ]);
      const indexable = await countIndexable();
      if (
        challenges.documentCount + profiles.documentCount === 0 &&
        indexable.challenges + indexable.profiles > 0
      ) {
        logger.info("search index empty: rebuilding from the database", indexable);
        void startBackgroundReindex();
      }
    } catch (error) {
      logger.error("search engine not ready", errorFields(error));
    }
  })();
  return startSearchDrainer({ pollMs });
}
