import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

/**
 * Small helpers shared by the command-line scripts in app/cli and prisma/seed.ts.
 * Exit codes: 0 success, 1 failure, 2 usage error (bad or missing arguments, or a
 * confirmation that was not given).
 */

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad input on the command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `node:util` parseArgs, strict, with its errors turned into UsageErrors. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs({ strict: true, ...config });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** "--email: must be a valid email address", one line per problem. */
export function formatIssues(
  error: z.ZodError,
  messages: Record<string, string> = {},
  optionNames: Record<string, string> = {},
) {
  return error.issues
    .map((issue) => {
      const key = String(issue.path[0] ?? "");
      const option = optionNames[key] ?? (key ? `--${key}` : "arguments");
      return `${option}: ${messages[issue.message] ?? issue.message}`;
    })
    .join("\n");
}

/** Parses with a zod schema; a failure becomes a UsageError listing every problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  messages?: Record<string, string>,
  optionNames?: Record<string, string>,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new UsageError(formatIssues(result.error, messages, optionNames));
  return result.data;
}

/** Prisma's "table does not exist" means the database was never migrated. */
function hint(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2021" || /no such table/i.test(String(error))) {
    return "The database has no tables yet: run `npm run db:deploy` first.";
  }
  return null;
}

/**
 * Runs a script's main function and exits with its code. Usage errors print the usage
 * text; other errors print their message (the stack with DEBUG set).
 */
export function runCli(main: () => Promise<number | void>, usage: string) {
  main().then(
    (code) => {
      process.exitCode = code ?? EXIT_OK;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`error: ${error.message}\n\n${usage.trim()}\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: ${message}\n`);
      const extra = hint(error);
      if (extra) process.stderr.write(`${extra}\n`);
      if (process.env.DEBUG && error instanceof Error && error.stack) {
        process.stderr.write(`${error.stack}\n`);
      }
      process.exitCode = EXIT_FAILURE;
    },
  );
}
