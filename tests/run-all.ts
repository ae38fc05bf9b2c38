/**
 * `npm test`: every check and suite, in the order that fails fastest, then one line
 * totalling the tests of every suite: `N passed, N failed, N skipped`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const tmp = resolve("tests/.tmp");
mkdirSync(tmp, { recursive: true });
const vitestReport = resolve(tmp, "vitest-report.json");
const playwrightReport = resolve(tmp, "playwright-report.json");

type Totals = { passed: number; failed: number; skipped: number };
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = 0;

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps += 1;
  return ok;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

function countVitest() {
  const report = readJson(vitestReport) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  } | null;
  if (!report) return null;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function countPlaywright() {
  const report = readJson(playwrightReport) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  } | null;
  if (!report) return null;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

function add(suite: string, counts: Totals | null) {
  if (!counts) {
    console.log(`${suite}: no report (the suite did not run to the end)`);
    totals.failed += 1;
    return;
  }
  console.log(
    `${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

/** The browser tests drive Debian's chromium; a fresh machine may not have it yet. */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`${path} is missing: install it with "sudo apt-get install -y chromium".`);
    return false;
  }
  return (
    run("install Debian's chromium", "apt-get", ["update", "-qq"]) &&
    run("install Debian's chromium", "apt-get", ["install", "-y", "-qq", "chromium"], {
      DEBIAN_FRONTEND: "noninteractive",
    })
  );
}

rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

run("typecheck", "npm", ["run", "--silent", "typecheck"]);
run("lint", "npm", ["run", "--silent", "lint"]);
run("unit and integration tests (Vitest)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
const built = run("build", "npm", ["run", "--silent", "build"]);
const browserReady = built && ensureChromium();
if (browserReady) {
  run("browser tests (Playwright, Chromium)", "npx", ["playwright", "test"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
}

console.log("");
add("vitest", countVitest());
add("playwright", browserReady ? countPlaywright() : null);
if (failedSteps > 0) console.log(`${failedSteps} step(s) failed`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps > 0 || totals.failed > 0 ? 1 : 0);
