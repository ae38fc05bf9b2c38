import { db } from "~/lib/db.server";
import { CHALLENGE_INDEX, PROFILE_INDEX } from "~/modules/search/documents";
import { readySearchEngine } from "~/modules/search/engine.server";
import { drainAll } from "~/modules/search/drainer.server";
import { reindexAll } from "~/modules/search/reindex.server";

/**
 * The search index in tests: the real embedded engine on this worker's own index file
 * (beside its database copy, see searchIndexPath). Never mocked.
 */

/** Empties both indexes (call after resetDatabase). */
export async function resetSearchIndex() {
  const engine = await readySearchEngine();
  await engine.clear(CHALLENGE_INDEX);
  await engine.clear(PROFILE_INDEX);
}

/** Rebuilds both indexes from the database: for fixtures written straight to the tables. */
export async function indexEverything() {
  await db.searchOutbox.deleteMany();
  return reindexAll({ clear: true });
}

/** Applies every queued outbox row, as the app's drainer would. */
export function drainSearch() {
  return drainAll();
}

/** The outbox rows for `entity`, oldest first. */
export function outboxRows(entity?: "challenge" | "profile") {
  return db.searchOutbox.findMany({
    where: entity ? { entity } : {},
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The ids of pending rows for `entity`, sorted. */
export async function pendingIds(entity: "challenge" | "profile") {
  const rows = await db.searchOutbox.findMany({
    where: { entity, status: "PENDING" },
    select: { entityId: true },
  });
  return [...new Set(rows.map((row) => row.entityId))].sort();
}
