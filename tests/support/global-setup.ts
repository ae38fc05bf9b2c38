import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot, tmpDir } from "./paths";

declare module "vitest" {
  export interface ProvidedContext {
    /** This run's own folder, so two runs at once never share a database file. */
    testRunDir: string;
  }
}

/** Builds the migrated template database once per test run. */
export default function setup(project: TestProject) {
  const runDir = resolve(tmpDir, `vitest-${process.pid}`);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: `file:${resolve(runDir, "template.db")}` },
    stdio: "pipe",
  });
  project.provide("testRunDir", runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
