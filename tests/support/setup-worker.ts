import { copyFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { inject } from "vitest";

// Each worker gets its own copy of the migrated database, before any app module
// reads the environment.
const runDir = inject("testRunDir");
const workerDatabase = resolve(runDir, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
if (process.env.ENISHI_TEST_DB !== workerDatabase) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(workerDatabase + suffix, { force: true });
  copyFileSync(resolve(runDir, "template.db"), workerDatabase);
  process.env.ENISHI_TEST_DB = workerDatabase;
}
process.env.DATABASE_URL = `file:${workerDatabase}`;
process.env.NODE_ENV = "test";
process.env.APP_URL = "http://localhost:3000";
process.env.LOG_LEVEL = "error";
delete process.env.RESEND_API_KEY;
