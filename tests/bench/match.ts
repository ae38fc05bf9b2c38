/**
 * `npm run bench:match`: top-20 recommendations on a 100k-profile market.
 *
 * Builds a scratch SQLite database through the migrations (like bench:import) and fills
 * it with the demo generators of prisma/demo scaled up: 100,000 professionals
 * (generateProfiles in chunks) and 20,000 challenges (generateChallenges over copies of
 * the demo companies), turned into rows by the seed's own row builders and written with
 * batched inserts. The search bench's corpus (search/bench/corpus.ts) holds engine
 * documents only, with free-text skills; recommendations need database rows with
 * taxonomy skills, levels, regions, ties and terms, which the demo generators have. The
 * embedded index is built from the same rows with the app's document builders.
 *
 * Then it reopens the engine (as after a restart), warms up, and times
 * recommendProfessionals for random open challenges (as a member of the challenge's
 * company) and recommendChallenges for random professionals, twice each: p50/p95/p99,
 * the candidate pool, RSS. Target: p95 ≤ 30 ms.
 * Options: --profiles=N --challenges=N --runs=N (defaults 100000 / 20000 / 200);
 * --reuse times the market the previous run left in tests/.tmp instead of building one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import type { SearchDocument } from "#search/index";
import type { ChallengeSource, ProfileSource } from "~/modules/search/documents";

const option = (name: string, fallback: number) => {
  const found = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : fallback;
};
const PROFILES = option("profiles", 100_000);
const CHALLENGES = option("challenges", 20_000);
const RUNS = option("runs", 200);
const REUSE = process.argv.includes("--reuse");
const WARM_UP = 50;
const PROFILE_CHUNK = 5_000;
const SEED = 20_261_125;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const progress = (message: string) => console.log(`[${elapsed()}] ${message}`);

const folder = resolve("tests/.tmp");
mkdirSync(folder, { recursive: true });
const database = resolve(folder, "bench-match.db");
const indexFile = resolve(folder, "bench-match.search.db");
const reusing = REUSE && existsSync(database) && existsSync(indexFile);
if (!reusing) {
  for (const file of [database, indexFile]) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
}
process.env.DATABASE_URL = `file:${database}`;
process.env.SEARCH_INDEX_PATH = indexFile;
process.env.LOG_LEVEL = "error";
if (!reusing) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "ignore" });
  progress("database migrated");
}

// App modules read DATABASE_URL and SEARCH_INDEX_PATH when first imported: only now.
const { generateCompanies } = await import("../../prisma/demo/companies");
const { generateChallenges } = await import("../../prisma/demo/challenges");
const { generateProfiles } = await import("../../prisma/demo/people");
const { anchorDay, createRandom, demoId } = await import("../../prisma/demo/random");
const { challengeRows, companyRow, profileRows } = await import("../../prisma/demo/rows");
const { skillTaxonomy } = await import("~/modules/skills/taxonomy");
const { db, ensureDatabaseReady } = await import("~/lib/db.server");
const documents = await import("~/modules/search/documents");
const { EmbeddedSearchEngine } = await import("#search/index");
const { closeSearchEngine, configureIndexes, readySearchEngine } =
  await import("~/modules/search/engine.server");
const { recommendChallenges, recommendProfessionals } =
  await import("~/modules/matching/recommend.server");
type CompanySpec = ReturnType<typeof generateCompanies>[number];

type Market = {
  open: Array<{ id: string; companyId: string }>;
  visibleProfiles: string[];
  profileCount: number;
  challengeCount: number;
  indexSeconds: number | null;
};

/** Writes the market's rows and indexes their documents. */
async function build(): Promise<Market> {
  const open: Market["open"] = [];
  const visibleProfiles: string[] = [];
  // ---------------------------------------------------------------------------
  // Rows
  // ---------------------------------------------------------------------------

  const raw = new Database(database);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = OFF");
  raw.pragma("foreign_keys = OFF");

  type Value = string | number | bigint | Buffer | null;
  const statements = new Map<string, Database.Statement>();
  function cell(value: unknown): Value {
    if (value === undefined || value === null) return null;
    if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
    if (typeof value === "boolean") return value ? 1 : 0;
    return value as Value;
  }
  function insert(table: string, row: Record<string, unknown>) {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(",")}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = raw.prepare(
        `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      statements.set(key, statement);
    }
    statement.run(...columns.map((column) => cell(row[column])));
  }

  const anchor = anchorDay(new Date());
  const stamp = anchor;

  // Skills: the taxonomy.
  const skillIds = new Map<string, string>();
  const skillNames = new Map<string, { nameJa: string; nameEn: string; aliases: string }>();
  raw.transaction(() => {
    for (const skill of skillTaxonomy) {
      const id = demoId("skill", skill.slug);
      skillIds.set(skill.slug, id);
      const names = { nameJa: skill.ja, nameEn: skill.en, aliases: JSON.stringify(skill.aliases) };
      skillNames.set(id, names);
      insert("Skill", {
        id,
        slug: skill.slug,
        ...names,
        groupKey: skill.group,
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  })();

  // The engine reads the skills as its vocabulary when it is configured: open it now.
  await ensureDatabaseReady();
  const engine = await readySearchEngine();
  const INDEX_BATCH = 1_000;
  let indexSeconds = 0;
  async function index(name: string, list: SearchDocument[]) {
    const before = performance.now();
    for (let start = 0; start < list.length; start += INDEX_BATCH) {
      await engine.upsert(name, list.slice(start, start + INDEX_BATCH));
    }
    indexSeconds += (performance.now() - before) / 1000;
  }

  // Companies and challenges: copies of the demo companies ("~r"), each round with its own seed.
  const baseCompanies = generateCompanies(SEED);
  let challengeCount = 0;
  let companyCount = 0;
  for (let round = 0; challengeCount < CHALLENGES; round++) {
    const companies: CompanySpec[] = baseCompanies.map((company) => ({
      ...company,
      key: round === 0 ? company.key : `${company.key}~${round}`,
      name: round === 0 ? company.name : `${company.name}（${round}）`,
    }));
    const companyNames = new Map<string, string>();
    const specs = generateChallenges(companies, SEED + 1 + round).slice(
      0,
      CHALLENGES - challengeCount,
    );
    const batch: SearchDocument[] = [];
    raw.transaction(() => {
      for (const company of companies) {
        const row = companyRow(company, anchor);
        companyNames.set(row.id, row.name);
        insert("Company", row);
        companyCount += 1;
      }
      for (const spec of specs) {
        const rows = challengeRows(spec, anchor, null, skillIds);
        insert("Challenge", rows.challenge);
        for (const skill of rows.skills) insert("ChallengeSkill", skill);
        challengeCount += 1;
        const source: ChallengeSource = {
          ...rows.challenge,
          company: { name: companyNames.get(rows.challenge.companyId)! },
          skills: rows.skills.map((skill) => ({
            required: skill.required,
            skill: skillNames.get(skill.skillId)!,
          })),
        };
        const document = documents.buildChallengeDocument(source);
        if (document) {
          batch.push(document);
          open.push({ id: rows.challenge.id, companyId: rows.challenge.companyId });
        }
      }
    })();
    await index(documents.CHALLENGE_INDEX, batch);
  }
  progress(
    `${challengeCount} challenges (${open.length} open) of ${companyCount} companies written and indexed`,
  );

  // Professionals, in chunks of generateProfiles with their own seeds and keys.
  let profileCount = 0;
  for (let chunk = 0; profileCount < PROFILES; chunk++) {
    const count = Math.min(PROFILE_CHUNK, PROFILES - profileCount);
    const specs = generateProfiles(count, SEED + 1000 + chunk);
    const batch: SearchDocument[] = [];
    raw.transaction(() => {
      for (const generated of specs) {
        const spec = {
          ...generated,
          key: `${chunk}/${generated.key}`,
          email: `${chunk}.${generated.email}`,
        };
        const userId = demoId("user", spec.key);
        insert("User", {
          id: userId,
          email: spec.email,
          name: spec.name,
          role: "PROFESSIONAL",
          locale: spec.locale,
          emailVerifiedAt: stamp,
          createdAt: stamp,
          updatedAt: stamp,
        });
        const rows = profileRows(spec, anchor, userId, skillIds);
        insert("ProfessionalProfile", rows.profile);
        for (const skill of rows.skills) insert("ProfileSkill", skill);
        for (const career of rows.careers) insert("CareerEntry", career);
        for (const region of rows.regions) insert("ProfileRegion", region);
        for (const tie of rows.ties) insert("HometownTie", tie);
        for (const block of rows.blocks) insert("ProfileBlock", block);
        profileCount += 1;
        const source: ProfileSource = {
          ...rows.profile,
          photoId: null,
          user: { name: spec.name },
          skills: rows.skills.map((skill) => ({
            years: skill.years,
            level: skill.level,
            skill: skillNames.get(skill.skillId)!,
          })),
          careers: rows.careers,
          regions: rows.regions,
          ties: rows.ties,
          blocks: rows.blocks,
        };
        const document = documents.buildProfileDocument(source);
        if (document) {
          batch.push(document);
          visibleProfiles.push(rows.profile.id);
        }
      }
    })();
    await index(documents.PROFILE_INDEX, batch);
    if ((chunk + 1) % 4 === 0 || profileCount >= PROFILES) {
      progress(`${profileCount} professionals written and indexed`);
    }
  }
  raw.pragma("wal_checkpoint(TRUNCATE)");
  raw.close();
  progress(`index built: ${indexSeconds.toFixed(1)} s of upserts`);
  return { open, visibleProfiles, profileCount, challengeCount, indexSeconds };
}

/** The market a previous run left: what to sample from. */
async function reuse(): Promise<Market> {
  await ensureDatabaseReady();
  const [open, visible, profileCount, challengeCount] = await Promise.all([
    db.challenge.findMany({ where: { status: "OPEN" }, select: { id: true, companyId: true } }),
    db.professionalProfile.findMany({
      where: { visibility: { not: "HIDDEN" } },
      select: { id: true },
    }),
    db.professionalProfile.count(),
    db.challenge.count(),
  ]);
  progress("reusing the previous run's market");
  return {
    open,
    visibleProfiles: visible.map((row) => row.id),
    profileCount,
    challengeCount,
    indexSeconds: null,
  };
}

const { open, visibleProfiles, profileCount, challengeCount, indexSeconds } = reusing
  ? await reuse()
  : await build();
const anchor = anchorDay(new Date());

// As after a restart: the engine reopened and configured like the app's, measured once
// its background warm-up has read the long lists (as bench:search does).
await closeSearchEngine();
const engine = new EmbeddedSearchEngine({ path: indexFile });
await configureIndexes(engine);
const reopened = performance.now();
await engine.warmed;
progress(`engine reopened, warmed up in ${((performance.now() - reopened) / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

const random = createRandom(SEED + 7);
const sampledChallenges = Array.from({ length: RUNS }, () => random.pick(open));
const sampledProfiles = Array.from({ length: RUNS }, () => random.pick(visibleProfiles));
const now = new Date(anchor.getTime() + 12 * 3_600_000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Pass = {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** the process's CPU time per call (user + system, GC threads included) */
  cpu50: number;
  cpu95: number;
  pool: number;
  shown: number;
};

async function measure(
  run: (index: number) => Promise<{ items: unknown[]; poolSize: number } | null>,
  count: number,
): Promise<Pass> {
  const times: number[] = [];
  const cpu: number[] = [];
  let pool = 0;
  let shown = 0;
  for (let index = 0; index < count; index++) {
    const before = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await run(index);
    times.push(performance.now() - before);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    pool += result?.poolSize ?? 0;
    shown += result?.items.length ?? 0;
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1]!,
    cpu50: percentile(cpu, 50),
    cpu95: percentile(cpu, 95),
    pool: pool / count,
    shown: shown / count,
  };
}

const forChallenge = (index: number) => {
  const { id, companyId } = sampledChallenges[index % RUNS]!;
  return recommendProfessionals(
    id,
    { userId: "bench-member", role: "COMPANY_MEMBER", companyIds: [companyId] },
    { locale: "ja", now, engine },
  );
};
const forProfessional = (index: number) =>
  recommendChallenges(sampledProfiles[index % RUNS]!, { locale: "ja", now, engine });

// Warm-up on other samples than the measured ones.
const warmRandom = createRandom(SEED + 11);
for (let index = 0; index < WARM_UP; index++) {
  const challenge = warmRandom.pick(open);
  await recommendProfessionals(
    challenge.id,
    { userId: "bench-member", role: "COMPANY_MEMBER", companyIds: [challenge.companyId] },
    { locale: "ja", now, engine },
  );
  await recommendChallenges(warmRandom.pick(visibleProfiles), { locale: "ja", now, engine });
}
progress(`warmed up (${WARM_UP} of each)`);

const loadBefore = loadavg()
  .map((value) => value.toFixed(2))
  .join(" ");
const results: Array<[string, Pass]> = [];
results.push(["challenge → professionals, 1st pass", await measure(forChallenge, RUNS)]);
results.push(["professional → challenges, 1st pass", await measure(forProfessional, RUNS)]);
results.push(["challenge → professionals, 2nd pass", await measure(forChallenge, RUNS)]);
results.push(["professional → challenges, 2nd pass", await measure(forProfessional, RUNS)]);
const rss = process.memoryUsage().rss / 2 ** 20;

console.log("");
console.log(
  `corpus: ${profileCount} profiles (${visibleProfiles.length} indexed), ` +
    `${challengeCount} challenges (${open.length} open); ${RUNS} runs each; node ${process.version}`,
);
const header = [
  "top-20 recommendations",
  "p50",
  "p95",
  "p99",
  "max",
  "cpu p50",
  "cpu p95",
  "pool",
  "listed",
];
const lines = [
  header,
  ...results.map(([name, pass]) => [
    name,
    pass.p50.toFixed(2),
    pass.p95.toFixed(2),
    pass.p99.toFixed(2),
    pass.max.toFixed(1),
    pass.cpu50.toFixed(2),
    pass.cpu95.toFixed(2),
    pass.pool.toFixed(0),
    pass.shown.toFixed(1),
  ]),
];
const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
for (const line of lines) {
  console.log(
    line
      .map((text, column) =>
        column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!),
      )
      .join("  "),
  );
}
console.log(
  "(ms; cpu: this process's CPU time per call, GC threads included, which waiting for a " +
    "busy machine does not inflate; pool: candidates scored per call, mean)",
);
console.log(`load average before the runs: ${loadBefore}`);
const built = indexSeconds === null ? "reused" : `${indexSeconds.toFixed(1)} s`;
console.log(`index build ${built}; RSS ${rss.toFixed(0)} MB; total ${elapsed()}`);
const worst = Math.max(...results.map(([, pass]) => pass.p95));
console.log(
  worst <= 30
    ? `p95 target (≤ 30 ms): met`
    : `p95 target (≤ 30 ms): MISSED (${worst.toFixed(1)} ms)`,
);

await engine.close();
await db.$disconnect();
