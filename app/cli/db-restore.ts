/**
 * `npm run db:restore -- <backup-file> [--yes]`: replaces the database named by
 * DATABASE_URL with a backup, after checking the backup's integrity.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { getEnv } from "~/lib/env.server";
import {
  backupDatabase,
  checkIntegrity,
  countRows,
  defaultBackupPath,
  formatSummary,
  restoreDatabase,
  sqlitePathFromUrl,
} from "~/modules/ops/backup.server";
import {
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  parseCliArgs,
  parseWith,
  runCli,
  UsageError,
} from "./support";

const usage = `
Usage: npm run db:restore -- <backup-file> [--yes] [--no-safety-backup]

Replaces the database named by DATABASE_URL with <backup-file> (made by
npm run db:backup). The backup is checked with PRAGMA integrity_check first and
refused when damaged; the restored database is checked again.

Stop the app and the worker first: whatever they write during the restore is lost,
and requests in flight would work on data that changes under them.

  --yes               really replace the database (without it, only checks and
                      shows what would happen)
  --no-safety-backup  do not back up the current database before replacing it
                      (by default it goes to backups/enishi-pre-restore-<time>.db
                      beside the database)
  -h, --help          shows this text
`;

const argsSchema = z.object({
  backup: z.string({ error: "the backup file is required" }).trim().min(1, {
    error: "the backup file is required",
  }),
  yes: z.boolean().default(false),
  safetyBackup: z.boolean().default(true),
});

function describeRows(path: string) {
  try {
    const counts = countRows(path);
    return counts.length
      ? counts.map((entry) => `${entry.table} ${entry.rows}`).join(", ")
      : "(no tables)";
  } catch (error) {
    return `(unreadable: ${error instanceof Error ? error.message : String(error)})`;
  }
}

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      yes: { type: "boolean", short: "y" },
      "no-safety-backup": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new UsageError(`expected one backup file, got ${positionals.length}`);
  }
  const args = parseWith(
    argsSchema,
    { backup: positionals[0], yes: values.yes, safetyBackup: !values["no-safety-backup"] },
    {},
    { backup: "<backup-file>", safetyBackup: "--no-safety-backup" },
  );

  const backup = resolve(args.backup);
  const target = sqlitePathFromUrl(getEnv().DATABASE_URL);
  if (!existsSync(backup)) {
    process.stderr.write(`error: no such file: ${backup}\n`);
    return EXIT_FAILURE;
  }

  const integrity = checkIntegrity(backup);
  if (!integrity.ok) {
    process.stderr.write(
      `error: ${backup} failed the integrity check and will not be restored:\n  ${integrity.problems
        .slice(0, 10)
        .join("\n  ")}\n`,
    );
    return EXIT_FAILURE;
  }
  process.stdout.write(
    `Backup ${backup}\n  integrity_check: ok\n  rows: ${describeRows(backup)}\n`,
  );
  const targetExists = existsSync(target);
  process.stdout.write(
    targetExists
      ? `Current database ${target}\n  rows: ${describeRows(target)}\n`
      : `Current database ${target} does not exist yet.\n`,
  );

  if (!args.yes) {
    process.stdout.write(
      `\nNothing changed. To replace ${target} with this backup, stop the app and the worker, then run:\n` +
        `  npm run db:restore -- ${args.backup} --yes\n`,
    );
    return EXIT_USAGE;
  }

  if (targetExists && args.safetyBackup) {
    const safety = defaultBackupPath(target, new Date(), "enishi-pre-restore");
    try {
      await backupDatabase(target, safety);
    } catch (error) {
      process.stderr.write(
        `error: could not back up the current database first (${String(error)}).\n` +
          "Nothing changed. If it is damaged beyond copying, run again with --no-safety-backup.\n",
      );
      return EXIT_FAILURE;
    }
    process.stdout.write(`Saved the current database first: ${safety}\n`);
  }
  const summary = await restoreDatabase(backup, target);
  process.stdout.write("Restored:\n" + formatSummary(summary));
  process.stdout.write("Done: start the app and the worker again.\n");
  return EXIT_OK;
}

runCli(main, usage);
