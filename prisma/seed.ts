/**
 * Demo data: `npm run db:seed` (adds whatever demo data is missing) or
 * `tsx prisma/seed.ts --if-empty` (does nothing once any user exists; run by
 * `npm run dev` and `npm run serve`). Nothing is seeded when SEED_DEMO_DATA=false.
 *
 * Each kind of data has its own small function (seedUsers, …), run in order by runSeed.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { EXIT_OK, parseCliArgs, runCli, UsageError } from "~/cli/support";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { createUserAsStaff } from "~/modules/auth/accounts.server";
import { DEMO_PASSWORD, demoAccountList, type DemoAccount } from "./demo-accounts";

export type SeedOptions = {
  /** do nothing when the database already has a user */
  ifEmpty?: boolean;
  /** defaults to SEED_DEMO_DATA */
  enabled?: boolean;
};

export type SeedResult =
  | { status: "skipped"; reason: "disabled" | "not-empty" }
  | { status: "seeded"; users: { created: string[]; existing: string[] } };

/**
 * The demo accounts, verified, with the demo password. Goes through createUserAsStaff
 * so each gets the same audit row as an account made by an admin. Accounts that
 * already exist (by email) are left as they are.
 */
export async function seedUsers(accounts: readonly DemoAccount[] = demoAccountList) {
  const created: string[] = [];
  const existing: string[] = [];
  for (const account of accounts) {
    const result = await createUserAsStaff(
      {
        role: account.role,
        name: account.name,
        email: account.email,
        locale: account.locale,
        password: DEMO_PASSWORD,
      },
      null,
    );
    (result.ok ? created : existing).push(account.email);
  }
  return { created, existing };
}

export async function runSeed(options: SeedOptions = {}): Promise<SeedResult> {
  const enabled = options.enabled ?? getEnv().SEED_DEMO_DATA;
  if (!enabled) return { status: "skipped", reason: "disabled" };
  if (options.ifEmpty && (await db.user.count()) > 0) {
    return { status: "skipped", reason: "not-empty" };
  }
  const users = await seedUsers();
  // Later: seedCompanies(), seedProfessionalProfiles(), seedChallenges(), …
  return { status: "seeded", users };
}

const usage = `
Usage: npm run db:seed [-- --if-empty]
       tsx prisma/seed.ts --if-empty

Adds the demo data (users for every role, password "${DEMO_PASSWORD}") to the
database named by DATABASE_URL. Existing demo users are left as they are.
Does nothing when SEED_DEMO_DATA=false.

  --if-empty  do nothing when the database already has any user
  -h, --help  shows this text
`;

export function formatDemoLogins(accounts: readonly DemoAccount[] = demoAccountList) {
  const width = Math.max(...accounts.map((account) => account.email.length));
  const roleWidth = Math.max(...accounts.map((account) => account.role.length));
  return [
    `Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...accounts.map(
      (account) =>
        `  ${account.role.padEnd(roleWidth)}  ${account.email.padEnd(width)}  ${account.name} (${account.locale})`,
    ),
  ].join("\n");
}

async function main() {
  const { values, positionals } = parseCliArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { "if-empty": { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(usage.trimStart());
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);

  if (!getEnv().SEED_DEMO_DATA) {
    process.stdout.write("SEED_DEMO_DATA=false: not seeding demo data.\n");
    return EXIT_OK;
  }
  await ensureDatabaseReady();
  try {
    const result = await runSeed({ ifEmpty: values["if-empty"] ?? false, enabled: true });
    if (result.status === "skipped") {
      process.stdout.write("The database already has users: not seeding demo data (--if-empty).\n");
      return EXIT_OK;
    }
    const { created, existing } = result.users;
    process.stdout.write(
      `Seeded demo data: ${created.length} user(s) created` +
        (existing.length ? `, ${existing.length} already there` : "") +
        ".\n\n" +
        formatDemoLogins() +
        "\n",
    );
    return EXIT_OK;
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) runCli(main, usage);
