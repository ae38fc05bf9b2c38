/**
 * `npm run bench:search`: builds the embedded index and the MiniSearch peer over the
 * same deterministic corpus, runs the same queries on both, and prints one table.
 * Options: --profiles=N --challenges=N (defaults 100000 / 20000), --no-peer.
 */
import { existsSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { IndexSettings, SearchDocument, SearchQuery, SearchResult } from "../engine";
import { EmbeddedSearchEngine } from "../embedded/engine";
import { CHALLENGE_SETTINGS, PROFILE_SETTINGS, batches, challenge, profile } from "./corpus";
import { MiniSearchPeer } from "./minisearch-peer";
import { type BenchQuery, benchQueries } from "./queries";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const option = (name: string, fallback: number) => {
  const found = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return found ? Number(found.split("=")[1]) : fallback;
};
const PROFILES = option("profiles", 100_000);
const CHALLENGES = option("challenges", 20_000);
const WITH_PEER = !process.argv.includes("--no-peer");
const PROFILE_SEED = 1;
const CHALLENGE_SEED = 2;
const UPDATE_ROUNDS = 5;
const UPDATE_SIZE = 100;

type Row = [metric: string, embedded: number, peer: number | null, unit: string];
const rows: Row[] = [];

function memory() {
  collectGarbage();
  const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heap: heapUsed / 2 ** 20, buffers: arrayBuffers / 2 ** 20 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function latencies(run: (query: BenchQuery) => SearchResult, queries: BenchQuery[]) {
  const times: number[] = [];
  const totals: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    totals.push(run(query).total);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    totals,
  };
}

function corpus(): Array<[IndexSettings, () => Generator<SearchDocument[]>]> {
  return [
    [PROFILE_SETTINGS, () => batches(profile, PROFILES, PROFILE_SEED)],
    [CHALLENGE_SETTINGS, () => batches(challenge, CHALLENGES, CHALLENGE_SEED)],
  ];
}

/** 100 existing profiles with a changed bio, different for each round. */
function updates(round: number): SearchDocument[] {
  const [first] = batches(profile, UPDATE_SIZE, PROFILE_SEED + 100 + round, UPDATE_SIZE);
  return first!.map((document, index) => ({
    ...document,
    id: `pro_${(round * 9973 + index * 997) % PROFILES}`,
  }));
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function benchEmbedded(queries: BenchQuery[]) {
  const path = join(tmpdir(), "enishi-bench-search.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  const before = memory();
  let engine = new EmbeddedSearchEngine({ path });
  const buildStarted = performance.now();
  for (const [settings, documents] of corpus()) {
    await engine.configure(settings);
    for (const batch of documents()) await engine.upsert(settings.name, batch);
  }
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const built = memory();
  await engine.close();
  const fileMb =
    ["", "-wal"].reduce(
      (total, suffix) => total + (existsSync(path + suffix) ? statSync(path + suffix).size : 0),
      0,
    ) /
    2 ** 20;

  const reopenStarted = performance.now();
  engine = new EmbeddedSearchEngine({ path });
  const reopenMs = performance.now() - reopenStarted;
  const reopened = memory();
  // The first pass runs once the background warm-up has read the long lists ahead.
  await engine.warmed;
  const warmedMs = performance.now() - reopenStarted;
  const warmedUp = memory();

  const run = (query: BenchQuery) => engine.searchSync(query.index, query.query);
  const cold = latencies(run, queries);
  const warm = latencies(run, queries);

  const updateTimes: number[] = [];
  const afterUpdateTimes: number[] = [];
  for (let round = 0; round < UPDATE_ROUNDS; round++) {
    const started = performance.now();
    await engine.upsert("profiles", updates(round));
    updateTimes.push(performance.now() - started);
    const queryStarted = performance.now();
    engine.searchSync("profiles", { q: "営業", facets: ["prefecture"], highlight: ["headline"] });
    afterUpdateTimes.push(performance.now() - queryStarted);
  }
  const sample = engine.searchSync("profiles", { q: "販路", hitsPerPage: 1, highlight: ["bio"] });
  await engine.close();
  rmSync(path, { force: true });
  for (const suffix of ["-wal", "-shm"]) rmSync(path + suffix, { force: true });
  return {
    buildSeconds,
    fileMb,
    rss: built.rss,
    heapDelta: built.heap - before.heap,
    reopenMs,
    reopenedRss: reopened.rss,
    warmedMs,
    warmedRss: warmedUp.rss,
    warmedHeap: warmedUp.heap + warmedUp.buffers - (reopened.heap + reopened.buffers),
    cold,
    warm,
    update: median(updateTimes),
    afterUpdate: median(afterUpdateTimes),
    sample,
  };
}

function benchPeer(queries: BenchQuery[]) {
  const before = memory();
  const peers = new Map<string, MiniSearchPeer>();
  const buildStarted = performance.now();
  for (const [settings, documents] of corpus()) {
    const peer = new MiniSearchPeer(settings);
    for (const batch of documents()) peer.add(batch);
    peers.set(settings.name, peer);
  }
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const built = memory();
  const run = (query: BenchQuery) => peers.get(query.index)!.search(query.query);
  const cold = latencies(run, queries);
  const warm = latencies(run, queries);
  const updateTimes: number[] = [];
  for (let round = 0; round < UPDATE_ROUNDS; round++) {
    const started = performance.now();
    peers.get("profiles")!.replace(updates(round));
    updateTimes.push(performance.now() - started);
  }
  return {
    buildSeconds,
    rss: built.rss,
    heapDelta: built.heap - before.heap,
    cold,
    warm,
    update: median(updateTimes),
  };
}

function printTable() {
  const format = (value: number | null) =>
    value === null
      ? "—"
      : value >= 100
        ? value.toFixed(0)
        : value >= 10
          ? value.toFixed(1)
          : value.toFixed(2);
  const lines = [
    ["metric", "embedded", "MiniSearch", "peer/embedded", "unit"],
    ...rows.map(([metric, embedded, peer, unit]) => [
      metric,
      format(embedded),
      format(peer),
      peer === null || embedded === 0 ? "—" : `${(peer / embedded).toFixed(1)}×`,
      unit,
    ]),
  ];
  const widths = lines[0]!.map((_, column) =>
    Math.max(...lines.map((line) => line[column]!.length)),
  );
  for (const line of lines) {
    console.log(
      line
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join("  "),
    );
  }
}

async function main() {
  const queries = benchQueries();
  const sampleQuery: SearchQuery = { q: "販路" };
  console.log(
    `corpus: ${PROFILES} profiles + ${CHALLENGES} challenges; ${queries.length} queries ` +
      `(${queries.filter((query) => query.query.filter).length} filtered, ` +
      `${queries.filter((query) => query.query.facets).length} with facets, all highlighted); node ${process.version}`,
  );
  const embedded = await benchEmbedded(queries);
  console.log(
    `embedded built in ${embedded.buildSeconds.toFixed(1)} s; sample "${sampleQuery.q}" total ${embedded.sample.total}`,
  );
  const peer = WITH_PEER ? benchPeer(queries) : null;
  const both = (
    name: string,
    pick: (result: typeof embedded | NonNullable<typeof peer>) => number,
    unit: string,
  ) => rows.push([name, pick(embedded), peer ? pick(peer) : null, unit]);
  both("index build", (result) => result.buildSeconds, "s");
  rows.push(["index file (SQLite)", embedded.fileMb, null, "MB"]);
  both("RSS after build", (result) => result.rss, "MB");
  both("JS heap held by the index", (result) => result.heapDelta, "MB");
  rows.push(["cold reopen", embedded.reopenMs, null, "ms"]);
  rows.push(["RSS after reopen", embedded.reopenedRss, null, "MB"]);
  rows.push(["cold reopen to warmed up", embedded.warmedMs, null, "ms"]);
  rows.push(["RSS after warm-up", embedded.warmedRss, null, "MB"]);
  rows.push(["JS heap + buffers held by warm-up", embedded.warmedHeap, null, "MB"]);
  both("query p50 (first pass)", (result) => result.cold.p50, "ms");
  both("query p95 (first pass)", (result) => result.cold.p95, "ms");
  both("query p99 (first pass)", (result) => result.cold.p99, "ms");
  both("query p50 (second pass)", (result) => result.warm.p50, "ms");
  both("query p95 (second pass)", (result) => result.warm.p95, "ms");
  both("query p99 (second pass)", (result) => result.warm.p99, "ms");
  both(`upsert ${UPDATE_SIZE} profiles (median)`, (result) => result.update, "ms");
  rows.push(["first query after that upsert", embedded.afterUpdate, null, "ms"]);
  printTable();
  if (peer) {
    const same = embedded.warm.totals.filter(
      (total, index) => total === peer.warm.totals[index],
    ).length;
    console.log(`same total hits on both engines: ${same} of ${queries.length} queries`);
  }
}

await main();
