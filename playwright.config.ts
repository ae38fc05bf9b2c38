import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The config is evaluated again in every worker: choose the port and database once and
// hand them down through the environment.
if (!process.env.E2E_PORT) {
  const port = await new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
  process.env.E2E_PORT = String(port);
  // One database per run, so a second run (say, a single spec) cannot clobber the first.
  const database = resolve(`tests/.tmp/e2e-${process.pid}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });
  process.env.E2E_DATABASE_URL = `file:${database}`;
}

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    // A broken click fails in seconds rather than using up the whole test timeout.
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    locale: "ja-JP",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: chromiumArgs,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The built server, as `npm start` runs it, on its own database.
    command: "npx prisma migrate deploy && npx tsx prisma/seed.ts && node build/node/server.js",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: process.env.E2E_PORT!,
      HOST: "127.0.0.1",
      APP_URL: baseURL,
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      // Tests sign in many times from one address; the per-account limit stays as shipped.
      AUTH_RATE_LIMIT_PER_IP: "100000",
      LOG_LEVEL: "error",
    },
  },
});
