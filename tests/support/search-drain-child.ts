/**
 * A drainer in its own process, for the kill test (tests/integration/search-kill.test.ts):
 * drains the search outbox of DATABASE_URL into SEARCH_INDEX_PATH batch by batch,
 * printing one JSON line per batch, then `{"done":…}`.
 *
 *   --batch <n>     rows per batch (default 50)
 *   --pause-ms <n>  wait between batches (so the parent can kill it mid-drain)
 *   --reclaim       act as if the claims of a dead drainer had run out
 */
import { parseArgs } from "node:util";
import { db } from "~/lib/db.server";
import { CLAIM_MS, drainSearchOutbox } from "~/modules/search/drainer.server";
import { closeSearchEngine } from "~/modules/search/engine.server";

const { values } = parseArgs({
  options: {
    batch: { type: "string", default: "50" },
    "pause-ms": { type: "string", default: "0" },
    reclaim: { type: "boolean", default: false },
  },
});
const batchSize = Number(values.batch);
const pauseMs = Number(values["pause-ms"]);
const offset = values.reclaim ? CLAIM_MS + 1_000 : 0;

const started = performance.now();
let applied = 0;
for (;;) {
  const result = await drainSearchOutbox({ batchSize, now: new Date(Date.now() + offset) });
  if (result.claimed === 0) break;
  applied += result.applied;
  process.stdout.write(`${JSON.stringify({ applied, failed: result.failed })}\n`);
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
}
const ms = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ done: true, applied, ms })}\n`);
await closeSearchEngine();
await db.$disconnect();
