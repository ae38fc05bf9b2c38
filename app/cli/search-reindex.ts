/**
 * `npm run search:reindex`: empties both search indexes and rebuilds them from the
 * database in batches, with a progress bar on stderr (redrawn in place on a terminal,
 * a line every few seconds otherwise), then prints the counts and the time.
 *
 * Safe while the app runs: the app notices that its embedded index file changed and
 * reopens it; changes made meanwhile stay queued in the search outbox and are applied
 * after (applying one twice is harmless).
 */
import { z } from "zod";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { getEnv, searchIndexPath } from "~/lib/env.server";
import { closeSearchEngine } from "~/modules/search/engine.server";
import { progressLine } from "~/modules/search/progress";
import { reindexAll, type ReindexProgress } from "~/modules/search/reindex.server";
import { EXIT_OK, parseCliArgs, parseWith, runCli, UsageError } from "./support";

const usage = `
Usage: npm run search:reindex [-- [--batch <n>] [--keep]]

Rebuilds the challenge and professional search indexes from the database named by
DATABASE_URL (engine: SEARCH_ENGINE, embedded index file: SEARCH_INDEX_PATH).

  --batch <n>  rows read and written at a time (default 500, 1-10000)
  --keep       rewrite documents in place instead of emptying the indexes first
               (search keeps answering during the rebuild)
  -h, --help   shows this text
`;

const argsSchema = z.object({
  batch: z.coerce
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be at least 1" })
    .max(10_000, { error: "must be at most 10000" })
    .default(500),
  keep: z.boolean().default(false),
});

const LINE_EVERY_MS = 2_000;

function progressReporter(stream: NodeJS.WriteStream) {
  let lastLine = 0;
  return {
    update(progress: ReindexProgress) {
      if (stream.isTTY) {
        stream.write(`\r${progressLine(progress)}`);
        return;
      }
      const now = Date.now();
      if (now - lastLine >= LINE_EVERY_MS || progress.done === progress.total) {
        lastLine = now;
        stream.write(`${progressLine(progress)}\n`);
      }
    },
    finish() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      batch: { type: "string" },
      keep: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const { batch, keep } = parseWith(argsSchema, { batch: values.batch, keep: values.keep });

  const env = getEnv();
  await ensureDatabaseReady();
  const target = env.SEARCH_ENGINE === "meilisearch" ? env.MEILI_HOST : searchIndexPath(env);
  process.stdout.write(`Reindexing into ${env.SEARCH_ENGINE} (${target}) …\n`);
  const reporter = progressReporter(process.stderr);
  try {
    const result = await reindexAll({
      clear: !keep,
      batchSize: batch,
      onProgress: (progress) => reporter.update(progress),
    });
    reporter.finish();
    const seconds = (result.milliseconds / 1000).toFixed(2);
    process.stdout.write(
      `Indexed ${result.challenges} challenges and ${result.profiles} profiles in ${seconds} s` +
        (keep ? ` (${result.removed} stale documents removed)` : "") +
        ".\n",
    );
    return EXIT_OK;
  } finally {
    await closeSearchEngine();
    await db.$disconnect();
  }
}

runCli(main, usage);
