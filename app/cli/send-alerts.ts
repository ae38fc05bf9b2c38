/**
 * `npm run alerts:send`: sends the saved-search digests that are due now, once, then
 * exits: for cron setups (the app process also does it hourly; both together are safe).
 * `--now <ISO date>` pretends it is another time (tests, catching up by hand).
 */
import { z } from "zod";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { sendDueDigests } from "~/modules/alerts/digest.server";
import { closeSearchEngine } from "~/modules/search/engine.server";
import { EXIT_FAILURE, EXIT_OK, parseCliArgs, parseWith, runCli, UsageError } from "./support";

const usage = `
Usage: npm run alerts:send [-- [--now <ISO date>]]

Queues one email for each saved search whose daily or weekly digest is due and that has
new matches; the mail drainer (the app, or npm run worker) delivers them.

  --now <date>  the time to act at, e.g. 2026-11-26T09:00:00+09:00 (default: now)
  -h, --help    shows this text
`;

const argsSchema = z.object({
  now: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return new Date();
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: "custom", message: "must be a date, e.g. 2026-11-26T09:00:00Z" });
        return z.NEVER;
      }
      return date;
    }),
});

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { now: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const { now } = parseWith(argsSchema, { now: values.now });
  await ensureDatabaseReady();
  try {
    const run = await sendDueDigests(now);
    process.stdout.write(
      `checked ${run.checked}, sent ${run.sent}, no new matches ${run.empty}, failed ${run.failed}\n`,
    );
    return run.failed > 0 ? EXIT_FAILURE : EXIT_OK;
  } finally {
    await closeSearchEngine();
    await db.$disconnect();
  }
}

runCli(main, usage);
