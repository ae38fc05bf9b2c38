/**
 * `npm run bench:messaging`: holds 1,000 message streams (SSE) open against the built
 * server on loopback, sends messages between pairs, and prints the delivery latency
 * (from the moment the sender starts its POST to the moment the receiver's stream
 * delivers the event) p50/p95/p99, the server's memory, errors, and whether every
 * message reached both of its participants' streams exactly once.
 *
 * A scratch database (tests/.tmp/bench-messaging.db) gets PAIRS companies with one member
 * each, an open challenge each, PAIRS professionals, and one application per pair (so a
 * thread per pair), written with createMany; sessions come from the app's createSession.
 * Target: p95 < 50 ms, zero lost messages.
 * Options: --pairs=N --messages=N --concurrency=N (defaults 500 / 2000 / 2).
 *
 * Two sends in flight already keep the server at its ceiling (about 90 messages a second
 * on 2 cores: each costs a transaction plus an event built for each of its two streams);
 * more in flight only queues them, which adds to the latency and not to the throughput.
 * Run with --concurrency=8 to see that queueing.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import { resolve } from "node:path";

const option = (name: string, fallback: number) => {
  const found = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : fallback;
};
const PAIRS = option("pairs", 500);
const MESSAGES = option("messages", 2_000);
const CONCURRENCY = option("concurrency", 2);
const CONNECT_BATCH = 50;

const started = performance.now();
const progress = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

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
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// --- the scratch database ---------------------------------------------------------------
const folder = resolve("tests/.tmp");
mkdirSync(folder, { recursive: true });
const database = resolve(folder, "bench-messaging.db");
for (const file of [database, `${folder}/bench-messaging.search.db`]) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: String(port),
  HOST: "127.0.0.1",
  APP_URL: origin,
  DATABASE_URL: `file:${database}`,
  SEARCH_INDEX_PATH: resolve(folder, "bench-messaging.search.db"),
  LOG_LEVEL: "error",
};
Object.assign(process.env, env);
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });

const { db } = await import("~/lib/db.server");
const { createSession } = await import("~/modules/auth/session.server");

type Pair = {
  threadId: string;
  pro: { id: string; cookie: string };
  member: { id: string; cookie: string };
};

async function buildMarket(): Promise<Pair[]> {
  const now = new Date();
  const index = Array.from({ length: PAIRS }, (_, i) => i);
  const id = (kind: string, i: number) => `bench-${kind}-${String(i).padStart(5, "0")}`;
  await db.user.createMany({
    data: index.flatMap((i) => [
      {
        id: id("pro", i),
        email: `pro${i}@bench.example`,
        name: `プロ ${i}`,
        role: "PROFESSIONAL" as const,
        emailVerifiedAt: now,
      },
      {
        id: id("member", i),
        email: `member${i}@bench.example`,
        name: `担当 ${i}`,
        role: "COMPANY_MEMBER" as const,
        emailVerifiedAt: now,
      },
    ]),
  });
  await db.company.createMany({
    data: index.map((i) => ({
      id: id("company", i),
      name: `ベンチ工業${i}`,
      prefectureCode: "20",
      municipality: "松本市",
      industryCode: "E",
      employeesBand: "E10_49",
      description: "精密部品の製造",
    })),
  });
  await db.membership.createMany({
    data: index.map((i) => ({
      companyId: id("company", i),
      userId: id("member", i),
      role: "OWNER",
    })),
  });
  await db.challenge.createMany({
    data: index.map((i) => ({
      id: id("challenge", i),
      companyId: id("company", i),
      title: `受発注のDX ${i}`,
      summary: "受発注の転記をなくしたい",
      background: "FAX と Excel で受発注を管理しています。",
      successCriteria: "受注から出荷までを一つのシステムで追える",
      deliverables: "導入計画",
      category: "DX_IT",
      engagementTypes: "SIDE_JOB,CONTRACT",
      workStyle: "HYBRID",
      onsiteVisitsPerMonth: 2,
      hoursPerWeek: 8,
      durationMonths: 6,
      compensationType: "MONTHLY",
      compensationMin: 200_000,
      compensationMax: 300_000,
      prefectureCode: "20",
      municipality: "諏訪市",
      status: "OPEN",
      publishedAt: now,
    })),
  });
  await db.professionalProfile.createMany({
    data: index.map((i) => ({
      id: id("profile", i),
      userId: id("pro", i),
      visibility: "SIGNED_IN",
      headline: "製造業のDX推進",
      bio: "",
      links: "[]",
    })),
  });
  await db.match.createMany({
    data: index.map((i) => ({
      id: id("match", i),
      challengeId: id("challenge", i),
      profileId: id("profile", i),
      source: "APPLICATION",
      stage: "INTERESTED",
      professionalAcceptedAt: now,
      initiatedById: id("pro", i),
      lastActivityAt: now,
      createdAt: now,
    })),
  });
  await db.thread.createMany({
    data: index.map((i) => ({ id: id("thread", i), matchId: id("match", i), createdAt: now })),
  });
  await db.threadParticipant.createMany({
    data: index.flatMap((i) => [
      { threadId: id("thread", i), userId: id("pro", i), side: "professional", joinedAt: now },
      { threadId: id("thread", i), userId: id("member", i), side: "company", joinedAt: now },
    ]),
  });
  const pairs: Pair[] = [];
  for (const i of index) {
    const pro = await createSession(id("pro", i));
    const member = await createSession(id("member", i));
    pairs.push({
      threadId: id("thread", i),
      pro: { id: id("pro", i), cookie: `enishi_session=${pro.token}` },
      member: { id: id("member", i), cookie: `enishi_session=${member.token}` },
    });
  }
  return pairs;
}

const pairs = await buildMarket();
await db.$disconnect();
progress(`market built: ${PAIRS} pairs, ${PAIRS} threads`);

// --- the server -------------------------------------------------------------------------
const server = spawn("node", ["build/node/server.js"], {
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
const streamAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const postAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
const streams: http.ClientRequest[] = [];
let exitCode = 0;
try {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      if (attempt > 100) throw new Error("server did not start");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  progress("server up");

  // --- 1,000 streams ----------------------------------------------------------------------
  const sentAt = new Map<string, number>();
  const received = new Map<string, number>(); // `${seq}/${userId}` → times delivered
  const latencies: number[] = [];
  let streamErrors = 0;
  let eventsSeen = 0;

  function openStream(userId: string, cookie: string) {
    return new Promise<void>((ready, fail) => {
      const request = http.get(
        `${origin}/messages/stream`,
        { agent: streamAgent, headers: { Cookie: cookie, Accept: "text/event-stream" } },
        (response) => {
          if (response.statusCode !== 200) {
            fail(new Error(`stream ${response.statusCode}`));
            return;
          }
          response.setEncoding("utf8");
          let buffer = "";
          let connected = false;
          response.on("data", (chunk: string) => {
            buffer += chunk;
            let end: number;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              if (!connected && block.includes(": connected")) {
                connected = true;
                ready();
              }
              const data = block.split("\n").find((line) => line.startsWith("data: "));
              if (!data || !block.includes("event: thread")) continue;
              const payload = JSON.parse(data.slice(6)) as {
                kind: string;
                message?: { body: string };
              };
              if (payload.kind !== "message" || !payload.message) continue;
              eventsSeen += 1;
              const seq = /^bench:(\d+)$/.exec(payload.message.body)?.[1];
              if (!seq) continue;
              const key = `${seq}/${userId}`;
              received.set(key, (received.get(key) ?? 0) + 1);
              const t0 = sentAt.get(seq);
              // The receiver's delivery (not the sender's own echo) is the latency sample.
              if (t0 !== undefined && receiverOf.get(seq) === userId) {
                latencies.push(performance.now() - t0);
              }
            }
          });
          response.on("error", () => (streamErrors += 1));
        },
      );
      request.on("error", (error) => {
        streamErrors += 1;
        fail(error);
      });
      streams.push(request);
    });
  }
  const receiverOf = new Map<string, string>();

  const users = pairs.flatMap((pair) => [pair.pro, pair.member]);
  for (let i = 0; i < users.length; i += CONNECT_BATCH) {
    await Promise.all(
      users.slice(i, i + CONNECT_BATCH).map((user) => openStream(user.id, user.cookie)),
    );
  }
  progress(`${users.length} streams open; server RSS ${rssMiB(server.pid!).toFixed(0)} MiB`);

  // --- messages -----------------------------------------------------------------------------
  let postErrors = 0;
  const postDurations: number[] = [];
  let peakRss = rssMiB(server.pid!);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(server.pid!))), 200);

  function post(seq: number) {
    const pair = pairs[seq % pairs.length]!;
    const fromPro = Math.floor(seq / pairs.length) % 2 === 0;
    const sender = fromPro ? pair.pro : pair.member;
    const receiver = fromPro ? pair.member : pair.pro;
    receiverOf.set(String(seq), receiver.id);
    const body = new URLSearchParams({
      intent: "post",
      mode: "fetch",
      body: `bench:${seq}`,
    }).toString();
    return new Promise<void>((done) => {
      sentAt.set(String(seq), performance.now());
      const request = http.request(
        `${origin}/messages/${pair.threadId}.data`,
        {
          method: "POST",
          agent: postAgent,
          headers: {
            Cookie: sender.cookie,
            Origin: origin,
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": Buffer.byteLength(body),
          },
        },
        (response) => {
          if (response.statusCode !== 200) postErrors += 1;
          response.resume();
          response.on("end", () => {
            postDurations.push(performance.now() - sentAt.get(String(seq))!);
            done();
          });
        },
      );
      request.on("error", () => {
        postErrors += 1;
        done();
      });
      request.end(body);
    });
  }

  const sendStarted = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < MESSAGES) await post(next++);
    }),
  );
  const sendSeconds = (performance.now() - sendStarted) / 1000;
  // Let the last deliveries land.
  const settleUntil = Date.now() + 5_000;
  while (latencies.length < MESSAGES && Date.now() < settleUntil) {
    await new Promise((r) => setTimeout(r, 50));
  }
  clearInterval(sampler);

  let lost = 0;
  let duplicated = 0;
  for (let seq = 0; seq < MESSAGES; seq++) {
    const pair = pairs[seq % pairs.length]!;
    for (const userId of [pair.pro.id, pair.member.id]) {
      const count = received.get(`${seq}/${userId}`) ?? 0;
      if (count === 0) lost += 1;
      if (count > 1) duplicated += count - 1;
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const fmt = (value: number) => value.toFixed(1);
  console.log("");
  console.log(
    `Enishi messaging bench: ${users.length} SSE clients, ${MESSAGES} messages between ${PAIRS} pairs, ` +
      `${CONCURRENCY} in flight, built server, SQLite, loopback`,
  );
  console.log(`sent in ${sendSeconds.toFixed(1)} s (${Math.round(MESSAGES / sendSeconds)} msg/s)`);
  console.log(
    `delivery latency ms (send → receiver's stream): p50 ${fmt(percentile(sorted, 50))} | ` +
      `p95 ${fmt(percentile(sorted, 95))} | p99 ${fmt(percentile(sorted, 99))} | ` +
      `max ${fmt(sorted.at(-1) ?? Number.NaN)}`,
  );
  const posts = [...postDurations].sort((a, b) => a - b);
  console.log(
    `POST round trip ms (for comparison): p50 ${fmt(percentile(posts, 50))} | ` +
      `p95 ${fmt(percentile(posts, 95))} | p99 ${fmt(percentile(posts, 99))}`,
  );
  console.log(
    `load average during the run: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    `deliveries: ${MESSAGES * 2} expected (receiver + sender's own stream), lost ${lost}, ` +
      `duplicated ${duplicated}; events seen ${eventsSeen}`,
  );
  console.log(`errors: POST ${postErrors}, stream ${streamErrors}`);
  console.log(
    `server RSS: ${rssMiB(server.pid!).toFixed(0)} MiB now, ${peakRss.toFixed(0)} MiB peak`,
  );
  const p95 = percentile(sorted, 95);
  const ok = lost === 0 && duplicated === 0 && postErrors === 0 && streamErrors === 0 && p95 < 50;
  console.log(ok ? "PASS: p95 < 50 ms, nothing lost" : "FAIL: see the figures above");
  if (!ok) exitCode = 1;
} finally {
  for (const request of streams) request.destroy();
  streamAgent.destroy();
  postAgent.destroy();
  server.kill("SIGTERM");
}
process.exit(exitCode);
