/**
 * `npm run user:create -- --role coordinator --email a@b.jp --name "…" [--locale ja|en]
 * [--password … | --password-stdin]`: creates an account (see the usage text).
 */
import { text } from "node:stream/consumers";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { createUserAsStaff } from "~/modules/auth/accounts.server";
import { EXIT_FAILURE, EXIT_OK, runCli } from "./support";
import { parseStdinPassword, parseUserCreateArgs, userCreateUsage } from "./user-create-args";

async function main() {
  const args = parseUserCreateArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(userCreateUsage.trimStart());
    return EXIT_OK;
  }
  const password = args.passwordStdin
    ? parseStdinPassword(await text(process.stdin))
    : args.password;

  const env = getEnv();
  await ensureDatabaseReady();
  try {
    const result = await createUserAsStaff({ ...args.input, password }, null);
    if (!result.ok) {
      process.stderr.write(`error: an account with the email ${args.input.email} already exists\n`);
      return EXIT_FAILURE;
    }
    const { role, name, email, locale } = args.input;
    process.stdout.write(
      `Created ${role} account for ${name} <${email}> (id ${result.userId}, locale ${locale}).\n`,
    );
    if (result.inviteUrl) {
      process.stdout.write(
        [
          "No password was given: an invitation email is queued in the outbox (sent by the",
          "app's drainer or `npm run worker`). The link is valid for 7 days:",
          "",
          `  ${result.inviteUrl}`,
          "",
          ...(process.env.APP_URL
            ? []
            : [`(APP_URL is not set, so the link points at ${env.APP_URL}.)`]),
        ].join("\n") + "\n",
      );
    } else {
      process.stdout.write(
        "The password is set and the address counts as verified: the account can log in now.\n",
      );
    }
    return EXIT_OK;
  } finally {
    await db.$disconnect();
  }
}

runCli(main, userCreateUsage);
