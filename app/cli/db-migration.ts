/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<UTC time>_<name>/migration.sql
 * with the SQL that takes a database built from the existing migrations to
 * prisma/schema.prisma. Works offline, where `prisma migrate dev` does not.
 *
 * How: `prisma migrate diff --from-migrations` cannot run with the js-engine adapter
 * (Prisma 6.19 runs each whole migration.sql on the in-memory shadow database as one
 * prepared statement, which better-sqlite3 refuses for several statements: P3006), and
 * `--from-url` is not allowed with an
 * adapter. So this script builds the shadow itself: it applies every migration.sql in
 * order to a temporary SQLite file (as `migrate deploy` would), introspects it with
 * `prisma db pull` into a temporary schema, and diffs that against schema.prisma with
 * `prisma migrate diff --from-schema-datamodel`. Then it checks the result: the new SQL
 * must apply to the shadow, after which a second diff must be empty.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { NAME_PATTERN, nextMigrationTimestamp, suggestName } from "./migration-naming";
import { EXIT_FAILURE, EXIT_OK, parseCliArgs, parseWith, runCli, UsageError } from "./support";

const projectRoot = resolve(import.meta.dirname, "../..");

const usage = `
Usage: npm run db:migration -- <name> [--schema <file>] [--migrations <dir>]

Creates prisma/migrations/<yyyymmddHHMMSS UTC>_<name>/migration.sql from the difference
between the existing migrations and prisma/schema.prisma, offline. Prints "no schema
changes" and creates nothing when they already match.

  <name>              what the migration does, in lowercase letters, digits and
                      underscores: add_companies, challenge_status_index
  --schema <file>     the schema to migrate to (default: prisma/schema.prisma)
  --migrations <dir>  the migrations directory (default: prisma/migrations)
  -h, --help          shows this text

Then apply it with \`npm run db:deploy\` and regenerate the client (\`npx prisma generate\`).
`;

const argsSchema = z.object({
  name: z
    .string({ error: "is required (e.g. add_companies)" })
    .max(80, { error: "must be at most 80 characters" })
    .superRefine((name, ctx) => {
      if (!NAME_PATTERN.test(name)) {
        const suggestion = suggestName(name);
        ctx.addIssue({
          code: "custom",
          message:
            "must start with a lowercase letter and use only lowercase letters, digits and underscores" +
            (suggestion && suggestion !== name ? ` (did you mean "${suggestion}"?)` : ""),
        });
      }
    }),
  schema: z.string().min(1).default("prisma/schema.prisma"),
  migrations: z.string().min(1).default("prisma/migrations"),
});

function listMigrations(dir: string) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

function prisma(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync("npx", ["--no-install", "prisma", ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

function prismaOrThrow(args: string[], env?: Record<string, string>) {
  const result = prisma(args, env);
  if (result.status !== 0) {
    throw new Error(
      `prisma ${args[0]} ${args[1] ?? ""} failed:\n${(result.stderr || result.stdout).trim()}`,
    );
  }
  return result;
}

function applySql(databasePath: string, sql: string, label: string) {
  const connection = new Database(databasePath);
  try {
    connection.exec(sql);
  } catch (error) {
    throw new Error(
      `${label} does not apply: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    connection.close();
  }
}

function hasTables(databasePath: string) {
  const connection = new Database(databasePath, { readonly: true });
  try {
    return (
      connection
        .prepare(
          "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
        )
        .pluck()
        .get() !== 0
    );
  } finally {
    connection.close();
  }
}

/**
 * The datamodel of a SQLite database (by `prisma db pull`), or null when it has no
 * tables. Written to `schemaPath`.
 */
function introspect(databasePath: string, schemaPath: string) {
  if (!hasTables(databasePath)) return null;
  writeFileSync(
    schemaPath,
    'datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n',
  );
  prismaOrThrow(["db", "pull", "--schema", schemaPath], { DATABASE_URL: `file:${databasePath}` });
  return schemaPath;
}

/** SQL from the database at `shadowPath` to `schema`; "" when they match. */
function diffSql(shadowPath: string, schema: string, workDir: string, label: string) {
  const from = introspect(shadowPath, join(workDir, `${label}.prisma`));
  const output = join(workDir, `${label}.sql`);
  const result = prisma([
    "migrate",
    "diff",
    ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
    "--to-schema-datamodel",
    schema,
    "--script",
    "--exit-code",
    "--output",
    output,
  ]);
  if (result.status === 0) return "";
  if (result.status !== 2) {
    throw new Error(`prisma migrate diff failed:\n${(result.stderr || result.stdout).trim()}`);
  }
  return readFileSync(output, "utf8");
}

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      schema: { type: "string" },
      migrations: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one migration name, got ${positionals.length}: ${positionals.join(" ")}`,
    );
  }
  const args = parseWith(
    argsSchema,
    { name: positionals[0], schema: values.schema, migrations: values.migrations },
    {},
    { name: "<name>" },
  );
  const schema = resolve(args.schema);
  const migrationsDir = resolve(args.migrations);
  if (!existsSync(schema)) throw new UsageError(`--schema: no such file: ${schema}`);

  const existing = listMigrations(migrationsDir);
  const duplicate = existing.find((name) => name.replace(/^\d{14}_/, "") === args.name);
  if (duplicate) {
    process.stderr.write(
      `error: a migration named "${args.name}" already exists (${duplicate}); choose another name\n`,
    );
    return EXIT_FAILURE;
  }

  const workDir = mkdtempSync(join(tmpdir(), "enishi-migration-"));
  try {
    // The shadow: an empty database with every existing migration applied in order.
    const shadow = join(workDir, "shadow.db");
    new Database(shadow).close();
    for (const name of existing) {
      applySql(
        shadow,
        readFileSync(join(migrationsDir, name, "migration.sql"), "utf8"),
        `migration ${name}`,
      );
    }
    process.stdout.write(
      `Applied ${existing.length} existing migration(s) to a scratch database; diffing against ${relative(process.cwd(), schema) || schema} …\n`,
    );

    const sql = diffSql(shadow, schema, workDir, "current");
    if (!sql.trim()) {
      process.stdout.write(
        "No schema changes: the migrations already match the schema. Nothing created.\n",
      );
      return EXIT_OK;
    }

    // Check: the new SQL applies on top of the existing migrations and leaves no difference.
    const check = join(workDir, "check.db");
    copyFileSync(shadow, check);
    applySql(check, sql, "the generated migration");
    const remaining = diffSql(check, schema, workDir, "check");

    const directory = join(migrationsDir, `${nextMigrationTimestamp(existing)}_${args.name}`);
    mkdirSync(directory, { recursive: true });
    const file = join(directory, "migration.sql");
    writeFileSync(file, sql);
    process.stdout.write(
      `\nCreated ${relative(process.cwd(), file) || file}:\n\n${sql.trimEnd()}\n\n`,
    );
    if (remaining.trim()) {
      process.stderr.write(
        `warning: after applying it, prisma still sees differences; review the migration:\n${remaining}\n`,
      );
    }
    process.stdout.write(
      "Review it, then apply with `npm run db:deploy` and run `npx prisma generate`.\n",
    );
    return EXIT_OK;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

runCli(main, usage);
