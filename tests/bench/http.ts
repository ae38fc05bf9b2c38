/**
 * `npm run bench:http`: drives the main pages of the built server at 50 connections and
 * prints throughput, latency percentiles, errors and the server's peak memory.
 * Loopback only; each run is bounded (DURATION_S per page).
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import autocannon from "autocannon";
import { DEMO_PASSWORD, demoAccounts } from "../../prisma/demo-accounts";
import { challengeId, companyId, profileId } from "../../prisma/demo/rows";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

async function freePort() {
  return new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function rssMiB(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kib / 1024;
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const database = resolve("tests/.tmp/bench-http.db");
for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true });
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: String(port),
  HOST: "127.0.0.1",
  APP_URL: origin,
  DATABASE_URL: `file:${database}`,
  AUTH_RATE_LIMIT_PER_IP: "1000000",
  LOG_LEVEL: "warn",
};
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });

const server = spawn("node", ["build/node/server.js"], {
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      if (attempt > 100) throw new Error("server did not start");
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  async function sessionCookie(email: string) {
    const login = await fetch(`${origin}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith("enishi_session="))
      ?.split(";")[0];
    if (!cookie) throw new Error(`login failed for ${email}: ${login.status}`);
    return cookie;
  }
  const cookie = await sessionCookie(demoAccounts.proSato.email);
  const companyCookie = await sessionCookie(demoAccounts.companyTosa.email);

  const targets = [
    { name: "GET / (anonymous)", path: "/", headers: {} },
    { name: "GET /login", path: "/login", headers: {} },
    { name: "GET / (signed in)", path: "/", headers: { cookie } },
    { name: "GET /settings (signed in)", path: "/settings", headers: { cookie } },
    { name: "GET /settings.data (signed in)", path: "/settings.data", headers: { cookie } },
    { name: "GET /challenges (anonymous)", path: "/challenges", headers: {} },
    {
      name: "GET /challenges?category&page (anonymous)",
      path: "/challenges?category=DX_IT&page=2",
      headers: {},
    },
    {
      name: "GET /challenges/:id (anonymous)",
      path: `/challenges/${challengeId("shinshuDx")}`,
      headers: {},
    },
    {
      name: "GET /companies/:id (anonymous)",
      path: `/companies/${companyId("shinshu")}`,
      headers: {},
    },
    { name: "GET /profile (professional)", path: "/profile", headers: { cookie } },
    { name: "GET /pros (company member)", path: "/pros", headers: { cookie: companyCookie } },
    {
      name: "GET /pros/:id (company member)",
      path: `/pros/${profileId("proSato")}`,
      headers: { cookie: companyCookie },
    },
    { name: "GET /healthz", path: "/healthz", headers: {} },
  ];

  console.log(
    `Enishi HTTP bench: ${CONNECTIONS} connections, ${DURATION_S} s per page, built server, SQLite, loopback`,
  );
  console.log(
    "page | req/s | p50 ms | p97.5 ms | p99 ms | max ms | errors | non-2xx | peak RSS MiB",
  );
  for (const target of targets) {
    let peak = rssMiB(server.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(server.pid!))), 200);
    const result = await autocannon({
      url: origin + target.path,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: target.headers,
    });
    clearInterval(sampler);
    console.log(
      [
        target.name,
        Math.round(result.requests.average),
        result.latency.p50,
        result.latency.p97_5,
        result.latency.p99,
        result.latency.max,
        result.errors + result.timeouts,
        result.non2xx,
        peak.toFixed(0),
      ].join(" | "),
    );
  }
} finally {
  server.kill("SIGTERM");
}
