/**
 * Demo data: `npm run db:seed` (adds whatever demo data is missing) or
 * `tsx prisma/seed.ts --if-empty` (does nothing once any user exists; run by
 * `npm run dev` and `npm run serve`). Nothing is seeded when SEED_DEMO_DATA=false.
 *
 * Each kind of data has its own small function, run in order by runSeed: the demo
 * logins, the skills taxonomy, companies (with their members), professionals'
 * profiles, then challenges. Every demo row has a stable id (prisma/demo/random.ts),
 * so a second run adds only what is missing. The content is fixed; its dates are
 * day offsets from the day the seed runs (midnight in Japan), so open challenges'
 * deadlines always lie ahead.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { EXIT_OK, parseCliArgs, runCli, UsageError } from "~/cli/support";
import { db, ensureDatabaseReady } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { createUserAsStaff } from "~/modules/auth/accounts.server";
import { enqueueEverything } from "~/modules/search/outbox.server";
import { skillTaxonomy, type TaxonomySkill } from "~/modules/skills/taxonomy";
import {
  DEMO_PASSWORD,
  demoAccountList,
  demoAccounts,
  type DemoAccount,
  type DemoAccountKey,
} from "./demo-accounts";
import { generatedChallenges, generatedCompanies, generatedProfiles } from "./demo/generated";
import { namedChallenges, namedCompanies, namedProfiles } from "./demo/named";
import { consultationRows, coordinatorRegions, subsidyRows } from "./demo/coordination";
import { generateMatches, matchRows, namedMatches, type MatchSpec } from "./demo/matches";
import { anchorDay, demoId } from "./demo/random";
import {
  challengeRows,
  challengeId,
  companyId,
  companyRow,
  memberEmail,
  profileId,
  profileRows,
  userCreatedAt,
} from "./demo/rows";
import type { ChallengeSpec, CompanySpec, ProfileSpec } from "./demo/types";

export type SeedOptions = {
  /** do nothing when the database already has a user */
  ifEmpty?: boolean;
  /** defaults to SEED_DEMO_DATA */
  enabled?: boolean;
  /** the clock the demo dates count from (tests fix it) */
  now?: Date;
};

export type SeedCounts = {
  skills: number;
  companies: number;
  profiles: number;
  challenges: number;
  matches: number;
  consultations: number;
};

export type SeedResult =
  | { status: "skipped"; reason: "disabled" | "not-empty" }
  | {
      status: "seeded";
      users: { created: string[]; existing: string[] };
      /** rows created by this run */
      created: SeedCounts;
      milliseconds: number;
    };

/** All demo companies, challenges and profiles: the named story first, then the rest. */
export const demoData = {
  companies: [...namedCompanies, ...generatedCompanies] as readonly CompanySpec[],
  challenges: [...namedChallenges, ...generatedChallenges] as readonly ChallengeSpec[],
  profiles: [...namedProfiles, ...generatedProfiles] as readonly ProfileSpec[],
  matches: [
    ...namedMatches,
    ...generateMatches(generatedChallenges, generatedProfiles, 20261004),
  ] as readonly MatchSpec[],
};

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

/** The taxonomy's skills that are not there yet (by slug); admins' edits are kept. */
export async function seedSkills(skills: readonly TaxonomySkill[] = skillTaxonomy) {
  const existing = new Set(
    (await db.skill.findMany({ select: { slug: true } })).map((skill) => skill.slug),
  );
  const missing = skills.filter((skill) => !existing.has(skill.slug));
  if (missing.length === 0) return 0;
  const { count } = await db.skill.createMany({
    data: missing.map((skill) => ({
      slug: skill.slug,
      nameJa: skill.ja,
      nameEn: skill.en,
      aliases: JSON.stringify(skill.aliases),
      groupKey: skill.group,
    })),
  });
  return count;
}

async function userIdsByEmail(emails: readonly string[]) {
  const rows = await db.user.findMany({
    where: { email: { in: [...emails] } },
    select: { id: true, email: true },
  });
  return new Map(rows.map((row) => [row.email, row.id]));
}

function accountEmail(key: string) {
  const account = (demoAccounts as Record<string, DemoAccount>)[key as DemoAccountKey];
  if (!account) throw new Error(`unknown demo account ${key}`);
  return account.email;
}

async function skillIdsBySlug() {
  const rows = await db.skill.findMany({ select: { id: true, slug: true } });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/** Companies not there yet (by id), with their owner and members (no password). */
export async function seedCompanies(specs: readonly CompanySpec[], anchor: Date) {
  const existing = new Set(
    (
      await db.company.findMany({
        where: { id: { in: specs.map((spec) => companyId(spec.key)) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const missing = specs.filter((spec) => !existing.has(companyId(spec.key)));
  if (missing.length === 0) return 0;
  const memberUsers = missing.flatMap((spec) =>
    spec.members.map((member) => ({ spec, member, email: memberEmail(member.key) })),
  );
  const known = await userIdsByEmail([
    ...memberUsers.map((user) => user.email),
    ...missing.flatMap((spec) => (spec.ownerAccount ? [accountEmail(spec.ownerAccount)] : [])),
  ]);
  await db.$transaction(async (tx) => {
    await tx.company.createMany({ data: missing.map((spec) => companyRow(spec, anchor)) });
    const newUsers = memberUsers.filter((user) => !known.has(user.email));
    if (newUsers.length > 0) {
      await tx.user.createMany({
        data: newUsers.map(({ spec, member, email }) => {
          const createdAt = userCreatedAt(anchor, spec.joinedDaysAgo, member.key);
          return {
            email,
            name: member.name,
            role: "COMPANY_MEMBER" as const,
            locale: "ja",
            passwordHash: null,
            emailVerifiedAt: createdAt,
            createdAt,
            updatedAt: createdAt,
          };
        }),
      });
      const created = await tx.user.findMany({
        where: { email: { in: newUsers.map((user) => user.email) } },
        select: { id: true, email: true },
      });
      for (const row of created) known.set(row.email, row.id);
    }
    await tx.membership.createMany({
      data: missing.flatMap((spec) => {
        const members = spec.members.map((member) => ({
          userId: known.get(memberEmail(member.key)),
          role: member.role,
        }));
        const owner = spec.ownerAccount ? known.get(accountEmail(spec.ownerAccount)) : undefined;
        return [...(owner ? [{ userId: owner, role: "OWNER" as const }] : []), ...members]
          .filter((row): row is { userId: string; role: "OWNER" | "MEMBER" } => !!row.userId)
          .map((row) => ({ ...row, companyId: companyId(spec.key) }));
      }),
    });
  });
  return missing.length;
}

/** Professionals' users (no password, except the named logins) and their profiles. */
export async function seedProfiles(specs: readonly ProfileSpec[], anchor: Date) {
  const known = await userIdsByEmail(specs.map((spec) => spec.email));
  const withProfile = new Set(
    (
      await db.professionalProfile.findMany({
        where: { userId: { in: [...known.values()] } },
        select: { userId: true },
      })
    ).map((row) => row.userId),
  );
  const missing = specs.filter((spec) => {
    const userId = known.get(spec.email);
    return !userId || !withProfile.has(userId);
  });
  if (missing.length === 0) return 0;
  const companies = new Set(
    (await db.company.findMany({ select: { id: true } })).map((row) => row.id),
  );
  const skillIds = await skillIdsBySlug();
  await db.$transaction(async (tx) => {
    const newUsers = missing.filter((spec) => !spec.account && !known.has(spec.email));
    if (newUsers.length > 0) {
      await tx.user.createMany({
        data: newUsers.map((spec) => {
          const createdAt = userCreatedAt(anchor, spec.joinedDaysAgo, spec.key);
          return {
            email: spec.email,
            name: spec.name,
            role: "PROFESSIONAL" as const,
            locale: spec.locale,
            passwordHash: null,
            emailVerifiedAt: createdAt,
            createdAt,
            updatedAt: createdAt,
          };
        }),
      });
      const created = await tx.user.findMany({
        where: { email: { in: newUsers.map((spec) => spec.email) } },
        select: { id: true, email: true },
      });
      for (const row of created) known.set(row.email, row.id);
    }
    const rows = missing.flatMap((spec) => {
      const userId = known.get(spec.email);
      return userId ? [profileRows(spec, anchor, userId, skillIds)] : [];
    });
    await tx.professionalProfile.createMany({ data: rows.map((row) => row.profile) });
    await tx.profileSkill.createMany({ data: rows.flatMap((row) => row.skills) });
    await tx.careerEntry.createMany({ data: rows.flatMap((row) => row.careers) });
    await tx.profileRegion.createMany({ data: rows.flatMap((row) => row.regions) });
    await tx.hometownTie.createMany({ data: rows.flatMap((row) => row.ties) });
    await tx.profileBlock.createMany({
      data: rows.flatMap((row) => row.blocks).filter((block) => companies.has(block.companyId)),
    });
  });
  return missing.length;
}

/** Challenges not there yet (by id), with their skills and status history. */
export async function seedChallenges(
  specs: readonly ChallengeSpec[],
  companies: readonly CompanySpec[],
  anchor: Date,
) {
  const existing = new Set(
    (await db.challenge.findMany({ select: { id: true } })).map((row) => row.id),
  );
  const present = new Set(
    (await db.company.findMany({ select: { id: true } })).map((row) => row.id),
  );
  const owners = await db.membership.findMany({
    where: { role: "OWNER", companyId: { in: companies.map((spec) => companyId(spec.key)) } },
    select: { companyId: true, userId: true },
  });
  const ownerOf = new Map(owners.map((row) => [row.companyId, row.userId]));
  const skillIds = await skillIdsBySlug();
  const rows = specs
    .map((spec) => {
      const company = companyId(spec.companyKey);
      return challengeRows(spec, anchor, ownerOf.get(company) ?? null, skillIds);
    })
    .filter((row) => !existing.has(row.challenge.id) && present.has(row.challenge.companyId));
  if (rows.length === 0) return 0;
  await db.$transaction(async (tx) => {
    await tx.challenge.createMany({ data: rows.map((row) => row.challenge) });
    await tx.challengeSkill.createMany({ data: rows.flatMap((row) => row.skills) });
    await tx.challengeStatusChange.createMany({ data: rows.flatMap((row) => row.statusChanges) });
  });
  return rows.length;
}

/** Matches not there yet (by id), with their timelines and reviews. */
export async function seedMatches(specs: readonly MatchSpec[], anchor: Date) {
  const ids = specs.map((spec) => demoId("match", spec.key));
  const existing = new Set(
    (await db.match.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (row) => row.id,
    ),
  );
  const profiles = await db.professionalProfile.findMany({
    where: { id: { in: specs.map((spec) => profileId(spec.profileKey)) } },
    select: { id: true, userId: true },
  });
  const userOfProfile = new Map(profiles.map((row) => [row.id, row.userId]));
  const challenges = await db.challenge.findMany({
    where: { id: { in: specs.map((spec) => challengeId(spec.challengeKey)) } },
    select: {
      id: true,
      company: { select: { memberships: { select: { userId: true, role: true } } } },
    },
  });
  const membersOfChallenge = new Map(
    challenges.map((row) => [row.id, row.company.memberships] as const),
  );
  const staff = await db.user.findMany({
    where: { email: { in: demoAccountList.map((account) => account.email) } },
    select: { id: true, email: true },
  });
  const staffId = (key: DemoAccountKey) =>
    staff.find((user) => user.email === demoAccounts[key].email)?.id ?? null;
  const rows = specs.flatMap((spec) => {
    const id = demoId("match", spec.key);
    const profile = profileId(spec.profileKey);
    const challenge = challengeId(spec.challengeKey);
    const professionalUserId = userOfProfile.get(profile);
    const members = membersOfChallenge.get(challenge);
    if (existing.has(id) || !professionalUserId || !members) return [];
    return [
      matchRows(
        spec,
        {
          challengeId: challenge,
          profileId: profile,
          professionalUserId,
          companyOwnerId: members.find((member) => member.role === "OWNER")?.userId ?? null,
          companyMemberIds: members.map((member) => member.userId),
          introducerId: spec.introducer ? staffId(spec.introducer) : null,
        },
        anchor,
      ),
    ];
  });
  if (rows.length === 0) return 0;
  await db.$transaction(async (tx) => {
    await tx.match.createMany({ data: rows.map((row) => row.match) });
    await tx.matchEvent.createMany({ data: rows.flatMap((row) => row.events) });
    await tx.matchReview.createMany({ data: rows.flatMap((row) => row.reviews) });
    const threads = rows.flatMap((row) => (row.thread ? [row.thread] : []));
    await tx.thread.createMany({ data: threads.map((thread) => thread.thread) });
    await tx.threadParticipant.createMany({
      data: threads.flatMap((thread) => thread.participants),
    });
    await tx.message.createMany({ data: threads.flatMap((thread) => thread.messages) });
    await tx.threadEvent.createMany({ data: threads.flatMap((thread) => thread.events) });
  });
  return rows.length;
}

/**
 * The prefecture centres: the demo coordinators' prefectures, support schemes,
 * consultations, and the intake state of the demo companies and challenges (older ones
 * already taken in, the last two weeks' still waiting).
 */
export async function seedCoordination(anchor: Date) {
  const staff = await db.user.findMany({
    where: { email: { in: demoAccountList.map((account) => account.email) } },
    select: { id: true, email: true },
  });
  const userId = (key: DemoAccountKey) =>
    staff.find((user) => user.email === demoAccounts[key].email)?.id ?? null;
  const regions = coordinatorRegions.flatMap(({ coordinator, prefectures }) => {
    const id = userId(coordinator);
    return id ? prefectures.map((prefectureCode) => ({ userId: id, prefectureCode })) : [];
  });
  const schemes = subsidyRows(anchor);
  const consultations = consultationRows(anchor, companyId, userId);
  const known = async <T extends { id: string }>(
    rows: T[],
    find: (ids: string[]) => Promise<Array<{ id: string }>>,
  ) => {
    const existing = new Set((await find(rows.map((row) => row.id))).map((row) => row.id));
    return rows.filter((row) => !existing.has(row.id));
  };
  const newSchemes = await known(schemes, (ids) =>
    db.subsidyScheme.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  const newConsultations = await known(consultations, (ids) =>
    db.consultation.findMany({ where: { id: { in: ids } }, select: { id: true } }),
  );
  const demoChallengeIds = demoData.challenges.map((spec) => challengeId(spec.key));
  const demoCompanyIds = demoData.companies.map((spec) => companyId(spec.key));
  const recent = new Date(anchor.getTime() - 14 * 86_400_000);
  await db.$transaction(async (tx) => {
    for (const region of regions) {
      await tx.coordinatorRegion.upsert({
        where: { userId_prefectureCode: region },
        create: region,
        update: {},
      });
    }
    await tx.subsidyScheme.createMany({ data: newSchemes });
    await tx.consultation.createMany({ data: newConsultations });
    await tx.challenge.updateMany({
      where: { id: { in: demoChallengeIds }, intakeStatus: null, publishedAt: { lt: recent } },
      data: { intakeStatus: "REVIEWED", intakeReviewedAt: recent },
    });
    await tx.challenge.updateMany({
      where: { id: { in: demoChallengeIds }, intakeStatus: null, publishedAt: { gte: recent } },
      data: { intakeStatus: "PENDING" },
    });
    await tx.company.updateMany({
      where: { id: { in: demoCompanyIds }, intakeReviewedAt: null, createdAt: { lt: recent } },
      data: { intakeReviewedAt: recent },
    });
  });
  return newConsultations.length;
}

export async function runSeed(options: SeedOptions = {}): Promise<SeedResult> {
  const enabled = options.enabled ?? getEnv().SEED_DEMO_DATA;
  if (!enabled) return { status: "skipped", reason: "disabled" };
  if (options.ifEmpty && (await db.user.count()) > 0) {
    return { status: "skipped", reason: "not-empty" };
  }
  const started = performance.now();
  const anchor = anchorDay(options.now ?? new Date());
  const users = await seedUsers();
  const skills = await seedSkills();
  const companies = await seedCompanies(demoData.companies, anchor);
  const profiles = await seedProfiles(demoData.profiles, anchor);
  const challenges = await seedChallenges(demoData.challenges, demoData.companies, anchor);
  const matches = await seedMatches(demoData.matches, anchor);
  const consultations = await seedCoordination(anchor);
  // Queue every challenge and profile for the search index: the app's drainer builds
  // their documents (only missing or stale ones change; applying one twice is harmless).
  await db.$transaction((tx) => enqueueEverything(tx));
  return {
    status: "seeded",
    users,
    created: { skills, companies, profiles, challenges, matches, consultations },
    milliseconds: Math.round(performance.now() - started),
  };
}

const usage = `
Usage: npm run db:seed [-- --if-empty]
       tsx prisma/seed.ts --if-empty

Adds the demo data to the database named by DATABASE_URL: logins for every role
(password "${DEMO_PASSWORD}"), the skills taxonomy, companies, challenges and
professionals. Only what is missing is added; existing rows are left as they are.
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
    const counts = result.created;
    process.stdout.write(
      `Seeded demo data in ${result.milliseconds} ms: ${created.length} login(s) created` +
        (existing.length ? `, ${existing.length} already there` : "") +
        `; ${counts.skills} skills, ${counts.companies} companies, ${counts.profiles} profiles, ` +
        `${counts.challenges} challenges, ${counts.matches} matches added.\n\n` +
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
