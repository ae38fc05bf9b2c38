import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedSearchEngine } from "#search/index";
import { db } from "~/lib/db.server";
import { buildChallengeDocument, CHALLENGE_INDEX } from "~/modules/search/documents";
import { configureIndexes } from "~/modules/search/engine.server";
import { enqueueSearchSync } from "~/modules/search/outbox.server";
import { challengeSourceSelect } from "~/modules/search/sources.server";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { projectRoot, tmpDir } from "../support/paths";

/**
 * THE KILL TEST. A drainer in its own process works through a large outbox and is
 * SIGKILLed mid-drain; while it is down, challenges keep changing; a new drainer
 * process then finishes. The index must equal the database: every OPEN challenge
 * present with its current title, nothing else.
 */

const OPEN = 1_800;
const CLOSED = 200;
const indexPath = resolve(tmpDir, `kill-${process.pid}-${Date.now()}.search.db`);

type Line = { applied?: number; failed?: number; done?: boolean; ms?: number };

/** Runs the child drainer; `killAfter` SIGKILLs it once it reports that many rows applied. */
function runDrainer(args: string[], killAfter?: number) {
  // One node process (not npx → tsx → node), so SIGKILL hits the drainer itself.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/support/search-drain-child.ts", ...args],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        SEARCH_ENGINE: "embedded",
        SEARCH_INDEX_PATH: indexPath,
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: Line[] = [];
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on("line", (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    if (killAfter !== undefined && (line.applied ?? 0) >= killAfter && !child.killed) {
      child.kill("SIGKILL");
    }
  });
  return new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    lines: Line[];
    stderr: string;
  }>((done) => child.on("close", (code, signal) => done({ code, signal, lines, stderr })));
}

async function openChallenges() {
  return db.challenge.findMany({
    where: { status: "OPEN" },
    select: { id: true, title: true },
    orderBy: { id: "asc" },
  });
}

beforeAll(async () => {
  await resetDatabase();
  const { company } = await createTestCompany({ name: "信州精密工業" });
  const base = {
    companyId: company.id,
    summary: "受発注の転記をなくしたい",
    background: "FAX と Excel で受発注を管理しています。",
    successCriteria: "受注から出荷までを一つのシステムで追える",
    category: "DX_IT" as const,
    engagementTypes: "SIDE_JOB",
    workStyle: "HYBRID" as const,
    hoursPerWeek: 8,
    durationMonths: 6,
    compensationType: "MONTHLY" as const,
    compensationMin: 200_000,
    prefectureCode: "20",
    municipality: "諏訪市",
  };
  const rows = Array.from({ length: OPEN + CLOSED }, (_, n) => ({
    ...base,
    id: `kill${String(n).padStart(5, "0")}`,
    title: `課題 ${n} 受発注のデジタル化`,
    status: n < OPEN ? ("OPEN" as const) : ("CLOSED" as const),
    publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000),
  }));
  await db.challenge.createMany({ data: rows });

  // The closed ones were open before: their stale documents are in the index.
  rmSync(indexPath, { force: true });
  const engine = new EmbeddedSearchEngine({ path: indexPath });
  await configureIndexes(engine);
  const closed = await db.challenge.findMany({
    where: { status: "CLOSED" },
    select: challengeSourceSelect,
  });
  await engine.upsert(
    CHALLENGE_INDEX,
    closed.map((source) => buildChallengeDocument({ ...source, status: "OPEN" })!),
  );
  await engine.close();

  await db.$transaction((tx) =>
    enqueueSearchSync(
      tx,
      "challenge",
      rows.map((row) => row.id),
    ),
  );
}, 60_000);

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(indexPath + suffix, { force: true });
});

describe("a drainer killed mid-drain", () => {
  it("leaves an index equal to the database once a new drainer has finished", async () => {
    const total = OPEN + CLOSED;
    const first = await runDrainer(["--batch", "50", "--pause-ms", "25"], 400);
    expect(first.signal, first.stderr).toBe("SIGKILL");
    const sentAfterKill = await db.searchOutbox.count({ where: { status: "SENT" } });
    expect(sentAfterKill).toBeGreaterThanOrEqual(400);
    expect(sentAfterKill).toBeLessThan(total);

    // While no drainer runs, challenges change (some already synced, some not yet).
    const renamed = ["kill00003", "kill00777", "kill01500"];
    const closedNow = ["kill00010", "kill01700"];
    await db.$transaction(async (tx) => {
      for (const id of renamed) {
        await tx.challenge.update({ where: { id }, data: { title: `改題 ${id} 販路開拓` } });
      }
      await tx.challenge.updateMany({
        where: { id: { in: closedNow } },
        data: { status: "CLOSED", closeReason: "FILLED" },
      });
      await enqueueSearchSync(tx, "challenge", [...renamed, ...closedNow]);
    });

    // The new process also takes back the rows the dead one had claimed.
    const second = await runDrainer(["--batch", "200", "--reclaim"]);
    expect(second.code, second.stderr).toBe(0);
    const done = second.lines.at(-1)!;
    expect(done.done).toBe(true);
    expect(await db.searchOutbox.count({ where: { status: { not: "SENT" } } })).toBe(0);
    console.info(
      `kill test: ${sentAfterKill} rows sent before SIGKILL; the restart applied ` +
        `${done.applied} rows in ${done.ms} ms (${Math.round((done.applied! / done.ms!) * 1000)} rows/s)`,
    );

    // Read the index file afresh, as a restarted app would.
    const engine = new EmbeddedSearchEngine({ path: indexPath });
    try {
      const expected = await openChallenges();
      expect(expected).toHaveLength(OPEN - closedNow.length);
      const { documentCount } = await engine.stats(CHALLENGE_INDEX);
      const result = await engine.search(CHALLENGE_INDEX, {
        hitsPerPage: documentCount + 10,
        highlight: ["title"],
        cropLength: 1_000,
      });
      const indexed = result.hits
        .map((hit) => ({ id: hit.id, title: hit.highlights.title!.map((s) => s.text).join("") }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(documentCount).toBe(expected.length);
      expect(indexed).toEqual(expected);
      const renamedHits = await engine.search(CHALLENGE_INDEX, { q: "販路開拓" });
      expect(renamedHits.hits.map((hit) => hit.id).sort()).toEqual(renamed);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
