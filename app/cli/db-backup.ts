/**
 * `npm run db:backup [-- --out <path>]`: online backup of the live SQLite database
 * (safe while the app runs), checked with PRAGMA integrity_check.
 */
import { resolve } from "node:path";
import { z } from "zod";
import { getEnv } from "~/lib/env.server";
import {
  backupDatabase,
  defaultBackupPath,
  formatSummary,
  sqlitePathFromUrl,
} from "~/modules/ops/backup.server";
import { EXIT_OK, parseCliArgs, parseWith, runCli, UsageError } from "./support";

const usage = `
Usage: npm run db:backup [-- --out <path>]

Copies the database named by DATABASE_URL with SQLite's online backup API (safe while
the app is running), then checks the copy with PRAGMA integrity_check.

  --out <path>  where to write the backup (must not exist yet); default:
                backups/enishi-<UTC time>.db beside the database
                (prisma/data/backups/ for the default DATABASE_URL)
  -h, --help    shows this text

Restore with: npm run db:restore -- <backup-file> --yes
`;

const argsSchema = z.object({
  out: z
    .string()
    .trim()
    .min(1, { error: "must be a file path" })
    .refine((path) => !path.endsWith("/"), { error: "must be a file path, not a directory" })
    .optional(),
});

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}" (use --out <path>)`);
  }
  const { out } = parseWith(argsSchema, { out: values.out });

  const source = sqlitePathFromUrl(getEnv().DATABASE_URL);
  const destination = out ? resolve(out) : defaultBackupPath(source);
  process.stdout.write(`Backing up ${source} …\n`);
  const started = performance.now();
  const summary = await backupDatabase(source, destination);
  process.stdout.write(`Backup written in ${Math.round(performance.now() - started)} ms:\n`);
  process.stdout.write(formatSummary(summary));
  return EXIT_OK;
}

runCli(main, usage);
