import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedSearchEngine } from "#search/index";
import { db } from "~/lib/db.server";
import { CHALLENGE_INDEX, PROFILE_INDEX } from "~/modules/search/documents";
import { configureIndexes, SearchEngineHandle } from "~/modules/search/engine.server";
import { createTestChallenge } from "../support/challenges";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { createTestProfile } from "../support/professionals";
import { projectRoot, tmpDir } from "../support/paths";

/** `npm run search:reindex`, run as the command it is, on this worker's database. */

const indexPath = resolve(tmpDir, `reindex-${process.pid}-${Date.now()}.search.db`);

function reindexCli(args: string[] = []) {
  const child = spawn(process.execPath, ["--import", "tsx", "app/cli/search-reindex.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, SEARCH_ENGINE: "embedded", SEARCH_INDEX_PATH: indexPath },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on("close", (code) => done({ code, stdout, stderr })),
  );
}

async function indexed(index: string) {
  const engine = new EmbeddedSearchEngine({ path: indexPath });
  try {
    const { documentCount } = await engine.stats(index);
    const result = await engine.search(index, { hitsPerPage: documentCount + 10 });
    return result.hits.map((hit) => hit.id).sort();
  } finally {
    await engine.close();
  }
}

let openIds: string[] = [];
let visibleProfileIds: string[] = [];

beforeAll(async () => {
  await resetDatabase();
  rmSync(indexPath, { force: true });
  const { company } = await createTestCompany();
  for (let n = 0; n < 30; n++) {
    openIds.push((await createTestChallenge(company.id, { title: `課題 ${n}` })).id);
  }
  await createTestChallenge(company.id, { status: "DRAFT" });
  await createTestChallenge(company.id, { status: "CLOSED" });
  visibleProfileIds = [
    (await createTestProfile({ visibility: "PUBLIC" })).profile.id,
    (await createTestProfile({ visibility: "ANONYMOUS" })).profile.id,
  ];
  await createTestProfile({ visibility: "HIDDEN" });
  openIds = openIds.sort();
  visibleProfileIds = visibleProfileIds.sort();
}, 60_000);

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(indexPath + suffix, { force: true });
});

describe("npm run search:reindex", () => {
  it("rebuilds both indexes from the database with progress, counts and time", async () => {
    const { code, stdout, stderr } = await reindexCli(["--batch", "7"]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Reindexing into embedded \(.+\.search\.db\) …$/m);
    expect(stdout).toMatch(/^Indexed 30 challenges and 2 profiles in \d+\.\d\d s\.$/m);
    // Not a terminal: progress comes as whole lines, ending at 100 %.
    expect(stderr).toMatch(/\[#+\] 100% {2}32\/32 {2}profiles\n$/);
    expect(await indexed(CHALLENGE_INDEX)).toEqual(openIds);
    expect(await indexed(PROFILE_INDEX)).toEqual(visibleProfileIds);
  });

  it("with --keep rewrites in place and removes documents the database no longer shows", async () => {
    await db.challenge.update({ where: { id: openIds[0] }, data: { status: "PAUSED" } });
    const { code, stdout, stderr } = await reindexCli(["--keep"]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(
      /Indexed 29 challenges and 2 profiles in .* \(1 stale documents removed\)\./,
    );
    expect(await indexed(CHALLENGE_INDEX)).toEqual(openIds.slice(1));
    await db.challenge.update({ where: { id: openIds[0] }, data: { status: "OPEN" } });
  });

  it("refuses bad options with the usage text and exit code 2", async () => {
    const { code, stderr } = await reindexCli(["--batch", "0"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--batch: must be at least 1");
    expect(stderr).toContain("Usage: npm run search:reindex");
  });

  it("is noticed by an app process that has the same index open", async () => {
    const handle = new SearchEngineHandle(
      () => new EmbeddedSearchEngine({ path: indexPath }),
      indexPath,
    );
    try {
      await configureIndexes(handle);
      await handle.clear(CHALLENGE_INDEX);
      expect((await handle.stats(CHALLENGE_INDEX)).documentCount).toBe(0);
      // Another process rebuilds the file the handle has open…
      expect((await reindexCli()).code).toBe(0);
      // …and the handle reopens it rather than answering from stale memory.
      expect((await handle.stats(CHALLENGE_INDEX)).documentCount).toBe(30);
      expect((await handle.search(CHALLENGE_INDEX, { q: "課題" })).total).toBe(30);
    } finally {
      await handle.close();
    }
  });
});
