/**
 * `npm run bench:import`: times the import of a 1,000-row file of each kind in a fresh
 * SQLite database (migrated like the tests', with the skills taxonomy loaded): the dry
 * run (decode, parse, validate, store the preview) and the write, separately, plus an
 * all-or-nothing write; then the process's peak memory.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { ImportKind as Kind } from "~/modules/imports/columns";

const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const database = resolve("tests/.tmp/bench-import.db");
mkdirSync(resolve("tests/.tmp"), { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });
process.env.DATABASE_URL = `file:${database}`;
process.env.LOG_LEVEL = "error";
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "ignore" });

// App modules read DATABASE_URL when first imported: only now.
const { db, ensureDatabaseReady } = await import("~/lib/db.server");
const { skillTaxonomy } = await import("~/modules/skills/taxonomy");
const { toCsv } = await import("~/modules/imports/csv");
const { previewImport } = await import("~/modules/imports/jobs.server");
const { startImport, waitForImport } = await import("~/modules/imports/run.server");

await ensureDatabaseReady();
await db.skill.createMany({
  data: skillTaxonomy.map((skill) => ({
    slug: skill.slug,
    nameJa: skill.ja,
    nameEn: skill.en,
    aliases: JSON.stringify(skill.aliases),
    groupKey: skill.group,
  })),
});
const skills = skillTaxonomy.map((skill) => skill.ja);
const pick = (n: number, count: number) =>
  Array.from({ length: count }, (_, index) => skills[(n * 7 + index * 13) % skills.length]!);
const coordinator = await db.user.create({
  data: { email: "bench@enishi.example", name: "Bench", role: "COORDINATOR" },
});

const prefectures = ["長野県", "高知県", "北海道", "沖縄県", "東京都", "大阪府"];
const files: Record<Kind, (run: string) => string[][]> = {
  COMPANIES: (run) => [
    [
      "name",
      "prefecture",
      "municipality",
      "industry",
      "employees_band",
      "founded_year",
      "website",
      "description",
    ],
    ...Array.from({ length: ROWS }, (_, n) => [
      `ベンチ株式会社${run}-${n}`,
      prefectures[n % prefectures.length]!,
      "中央区",
      ["E", "製造業", "情報通信業", "M"][n % 4]!,
      ["1-9", "10〜49人", "E50_99", "250"][n % 4]!,
      String(1950 + (n % 70)),
      `https://bench${n}.example.jp`,
      "地域の製造業。".repeat(10),
    ]),
  ],
  CHALLENGES: (run) => [
    [
      "company_name",
      "title",
      "summary",
      "background",
      "success_criteria",
      "category",
      "required_skills",
      "nice_to_have_skills",
      "engagement_types",
      "work_style",
      "onsite_visits_per_month",
      "hours_per_week",
      "duration_months",
      "compensation_type",
      "compensation_min",
      "compensation_max",
      "start_date",
      "application_deadline",
      "status",
    ],
    ...Array.from({ length: ROWS }, (_, n) => {
      const [a, b, c] = pick(n, 3);
      return [
        `ベンチ株式会社companies-${n % ROWS}`,
        `課題${run}-${n}: 販路を広げたい`,
        "新しい販路をつくりたい。",
        "現状と課題。".repeat(40),
        "6か月後の姿。".repeat(20),
        ["販路開拓", "DX_IT", "事業承継", "BRANDING"][n % 4]!,
        `${a}|${b}`,
        c!,
        "副業・兼業|業務委託",
        "ハイブリッド",
        "2",
        "10",
        "6",
        "月額",
        "100000",
        "300000",
        "2027-04-01",
        "2027-03-01",
        n % 3 ? "OPEN" : "DRAFT",
      ];
    }),
  ],
  PROFESSIONALS: (run) => [
    [
      "email",
      "name",
      "headline",
      "bio",
      "skills",
      "engagement_types",
      "work_styles",
      "hours_per_week",
      "regions",
      "hometown",
      "visibility",
    ],
    ...Array.from({ length: ROWS }, (_, n) => {
      const [a, b, c] = pick(n, 3);
      return [
        `pro-${run}-${n}@bench.example.jp`,
        `ベンチ 太郎${n}`,
        "製造業のDX推進",
        "自己紹介。".repeat(50),
        `${a}:5:ADVANCED|${b}:3|${c}:10:EXPERT`,
        "副業・兼業",
        "リモート|ハイブリッド",
        "8",
        "長野県|高知県|北海道",
        "長野県:出身地|高知県:家族",
        ["PUBLIC", "SIGNED_IN", "ANONYMOUS", "HIDDEN"][n % 4]!,
      ];
    }),
  ],
};

type Result = { case: string; rows: number; ms: number; rowsPerSecond: number };
const results: Result[] = [];
function record(label: string, rows: number, started: number) {
  const ms = performance.now() - started;
  results.push({
    case: label,
    rows,
    ms: Math.round(ms),
    rowsPerSecond: Math.round((rows / ms) * 1000),
  });
}

async function bench(kind: Kind, run: string, mode: "valid" | "all") {
  const bytes = new TextEncoder().encode(toCsv(files[kind](run)));
  let started = performance.now();
  const job = await previewImport(coordinator, { kind, fileName: `${run}.csv`, bytes });
  record(
    `${kind.toLowerCase()}: dry run (${(bytes.length / 1024).toFixed(0)} KiB)`,
    job.totalRows,
    started,
  );
  if (job.validRows !== ROWS) throw new Error(`${kind}: ${job.errorCount} unexpected errors`);
  started = performance.now();
  await startImport(job.id, coordinator.id, mode);
  await waitForImport(job.id);
  const done = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
  if (done.status !== "DONE" || done.imported !== ROWS) {
    throw new Error(`${kind}: ${done.status}, imported ${done.imported}, ${done.failure ?? ""}`);
  }
  record(
    `${kind.toLowerCase()}: write, ${mode === "all" ? "all-or-nothing" : "in batches"}`,
    ROWS,
    started,
  );
}

await bench("COMPANIES", "companies", "valid");
await bench("CHALLENGES", "challenges", "valid");
await bench("PROFESSIONALS", "professionals", "valid");
await bench("COMPANIES", "companies-all", "all");
await bench("PROFESSIONALS", "professionals-all", "all");

console.table(results);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
await db.$disconnect();
for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });
