import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { contractSettings } from "../contract/corpus";
import { and, anyOf, eq, not, or, range } from "../engine";
import { MeilisearchEngine, symmetricSynonyms } from "./engine";
import { toMeilisearchFilter } from "./filter";
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, segmentsFromFormatted } from "./highlight";

// The adapter at its HTTP boundary: the exact requests it sends and how it reads the
// answers, with Meilisearch's response shapes. No server is faked beyond canned replies.

const HOST = "http://meili.test";
const INDEX = "profiles";

interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

let requests: RecordedRequest[] = [];
let nextTask = 1;
let taskReplies = new Map<number, Record<string, unknown>>();
let failTask: ((uid: number) => Record<string, unknown> | null) | null = null;
let searchReply: Record<string, unknown> = {};

const server = setupServer(
  http.get(`${HOST}/tasks/:uid`, ({ params }) => {
    const uid = Number(params.uid);
    const failure = failTask?.(uid);
    return HttpResponse.json({
      ...taskReplies.get(uid),
      uid,
      status: failure ? "failed" : "succeeded",
      error: failure ?? null,
    });
  }),
  http.post(`${HOST}/indexes/${INDEX}/search`, async ({ request }) => {
    await record(request);
    return HttpResponse.json(searchReply);
  }),
  http.get(`${HOST}/indexes/${INDEX}/stats`, async ({ request }) => {
    await record(request);
    return HttpResponse.json({
      numberOfDocuments: 12,
      rawDocumentDbSize: 40960,
      isIndexing: false,
      fieldDistribution: {},
    });
  }),
  http.all(`${HOST}/*`, async ({ request }) => {
    await record(request);
    const taskUid = nextTask++;
    const enqueued = {
      taskUid,
      indexUid: INDEX,
      status: "enqueued",
      type: "documentAdditionOrUpdate",
      enqueuedAt: "2025-01-01T00:00:00Z",
    };
    taskReplies.set(taskUid, { indexUid: INDEX, type: enqueued.type });
    return HttpResponse.json(enqueued, { status: 202 });
  }),
);

async function record(request: Request) {
  const url = new URL(request.url);
  const text = await request.text();
  requests.push({
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body: text ? JSON.parse(text) : null,
  });
}

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => {
  requests = [];
  nextTask = 1;
  taskReplies = new Map();
  failTask = null;
  searchReply = {};
});

async function configuredEngine(batchSize = 1000) {
  const engine = new MeilisearchEngine({ host: HOST, apiKey: "key", batchSize, taskIntervalMs: 0 });
  await engine.configure({ ...contractSettings(INDEX), synonyms: [["営業", "セールス"]] });
  requests = [];
  return engine;
}

describe("Meilisearch adapter requests", () => {
  it("creates the index and sends the same settings as the embedded engine", async () => {
    const engine = new MeilisearchEngine({ host: HOST, taskIntervalMs: 0 });
    await engine.configure({
      ...contractSettings(INDEX),
      synonyms: [["EC", "通販", "ネットショップ"]],
    });
    expect(requests).toEqual([
      { method: "POST", path: "/indexes", query: {}, body: { uid: INDEX, primaryKey: "id" } },
      {
        method: "PATCH",
        path: `/indexes/${INDEX}/settings`,
        query: {},
        body: {
          searchableAttributes: ["headline", "skills", "bio"],
          filterableAttributes: [
            "prefecture",
            "engagementTypes",
            "hourlyRate",
            "remoteOk",
            "updatedAt",
          ],
          sortableAttributes: ["hourlyRate", "updatedAt"],
          rankingRules: [
            "words",
            "typo",
            "proximity",
            "attribute",
            "sort",
            "exactness",
            "fit:desc",
          ],
          synonyms: {
            ec: ["通販", "ネットショップ"],
            通販: ["ec", "ネットショップ"],
            ネットショップ: ["ec", "通販"],
          },
          localizedAttributes: [{ attributePatterns: ["*"], locales: ["jpn"] }],
          typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
          faceting: { maxValuesPerFacet: 100 },
          pagination: { maxTotalHits: 10000 },
        },
      },
    ]);
  });

  it("treats an existing index as created and surfaces other task failures", async () => {
    failTask = (uid) =>
      uid === 1
        ? { code: "index_already_exists", message: "Index `profiles` already exists." }
        : null;
    await expect(configuredEngine()).resolves.toBeInstanceOf(MeilisearchEngine);

    failTask = (uid) =>
      uid === 2 ? { code: "invalid_settings_ranking_rules", message: "bad rule" } : null;
    nextTask = 1;
    await expect(configuredEngine()).rejects.toThrow(
      /task failed for settings of profiles: invalid_settings_ranking_rules bad rule/,
    );
  });

  it("upserts projected documents in awaited batches, dates as milliseconds", async () => {
    const engine = await configuredEngine(2);
    await engine.upsert(INDEX, [
      {
        id: "a",
        headline: "営業",
        skills: ["Python"],
        privateNote: "never sent",
        updatedAt: new Date("2024-01-01T00:00:00Z"),
        fit: 0.5,
      },
      { id: "b", headline: "経理", remoteOk: true },
      { id: 3, headline: "人事", engagementTypes: "副業" },
    ]);
    const documentRequests = requests.filter((request) => request.path.endsWith("/documents"));
    expect(documentRequests).toEqual([
      {
        method: "POST",
        path: `/indexes/${INDEX}/documents`,
        query: { primaryKey: "id" },
        body: [
          { id: "a", headline: "営業", skills: ["Python"], updatedAt: 1704067200000, fit: 0.5 },
          { id: "b", headline: "経理", remoteOk: true },
        ],
      },
      {
        method: "POST",
        path: `/indexes/${INDEX}/documents`,
        query: { primaryKey: "id" },
        body: [{ id: 3, headline: "人事", engagementTypes: ["副業"] }],
      },
    ]);
  });

  it("fails the upsert when Meilisearch fails the task", async () => {
    const engine = await configuredEngine();
    failTask = () => ({
      code: "invalid_document_id",
      message: "Document identifier `a b` is invalid.",
    });
    await expect(engine.upsert(INDEX, [{ id: "a b", headline: "x" }])).rejects.toThrow(
      /task failed for documents of profiles: invalid_document_id/,
    );
  });

  it("deletes by id, clears, and reads stats", async () => {
    const engine = await configuredEngine();
    await engine.delete(INDEX, ["a", 7]);
    await engine.clear(INDEX);
    expect(await engine.stats(INDEX)).toEqual({ documentCount: 12, sizeBytes: 40960 });
    expect(requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: "POST", path: `/indexes/${INDEX}/documents/delete-batch`, body: ["a", "7"] },
      { method: "DELETE", path: `/indexes/${INDEX}/documents`, body: null },
      { method: "GET", path: `/indexes/${INDEX}/stats`, body: null },
    ]);
  });

  it("maps a search to Meilisearch parameters and its answer to segments", async () => {
    const engine = await configuredEngine();
    searchReply = {
      hits: [
        {
          id: "p2",
          _rankingScore: 0.93,
          _formatted: {
            id: "p2",
            headline: "デジタルマーケター",
            bio: `…ECサイトの集客。${HIGHLIGHT_PRE_TAG}販路${HIGHLIGHT_POST_TAG}開拓の実績…`,
          },
        },
      ],
      query: "販路",
      processingTimeMs: 1,
      hitsPerPage: 10,
      page: 2,
      totalPages: 3,
      totalHits: 21,
      facetDistribution: { prefecture: { "13": 15, "27": 6 } },
    };
    const result = await engine.search(INDEX, {
      q: "販路",
      filter: and(eq("prefecture", "13"), range("hourlyRate", { gte: 3000 })),
      facets: ["prefecture"],
      sort: [{ field: "updatedAt", direction: "desc" }],
      page: 2,
      hitsPerPage: 10,
      highlight: ["headline", "bio"],
      cropLength: 60,
      prefix: true,
    });
    expect(requests).toEqual([
      {
        method: "POST",
        path: `/indexes/${INDEX}/search`,
        query: {},
        body: {
          q: "販路",
          page: 2,
          hitsPerPage: 10,
          matchingStrategy: "all",
          showRankingScore: true,
          attributesToRetrieve: ["id", "headline", "bio"],
          filter: '(prefecture = "13") AND (hourlyRate >= 3000)',
          facets: ["prefecture"],
          sort: ["updatedAt:desc"],
          attributesToHighlight: ["headline", "bio"],
          highlightPreTag: HIGHLIGHT_PRE_TAG,
          highlightPostTag: HIGHLIGHT_POST_TAG,
          attributesToCrop: ["headline", "bio"],
          cropLength: 30,
          cropMarker: "…",
        },
      },
    ]);
    expect(result).toMatchObject({
      total: 21,
      page: 2,
      hitsPerPage: 10,
      facets: { prefecture: { "13": 15, "27": 6 } },
      hits: [
        {
          id: "p2",
          score: 0.93,
          highlights: {
            headline: [{ text: "デジタルマーケター", match: false }],
            bio: [
              { text: "…ECサイトの集客。", match: false },
              { text: "販路", match: true },
              { text: "開拓の実績…", match: false },
            ],
          },
        },
      ],
    });
  });

  it("ends the query with a space when the last word must not be a prefix", async () => {
    const engine = await configuredEngine();
    searchReply = { hits: [], totalHits: 0, page: 1, hitsPerPage: 20, totalPages: 0 };
    await engine.search(INDEX, { q: "shop" });
    await engine.search(INDEX, { q: "shop", prefix: true });
    await engine.search(INDEX, {});
    expect(requests.map((request) => (request.body as { q: string }).q)).toEqual([
      "shop ",
      "shop",
      "",
    ]);
  });
});

describe("filter serialisation", () => {
  it("writes every operator with quoted, escaped strings", () => {
    expect(
      toMeilisearchFilter(
        or(
          and(eq("prefecture", "13"), not(eq("remoteOk", false))),
          anyOf("engagementTypes", ["副業", 'say "hi" \\ bye']),
          range("hourlyRate", { gte: 1000, lte: 5000.5 }),
          range("updatedAt", { lte: 1704067200000 }),
        ),
      ),
    ).toBe(
      '((prefecture = "13") AND (NOT (remoteOk = false))) OR ' +
        '(engagementTypes IN ["副業", "say \\"hi\\" \\\\ bye"]) OR ' +
        "(hourlyRate >= 1000 AND hourlyRate <= 5000.5) OR (updatedAt <= 1704067200000)",
    );
  });

  it("rejects attribute names and numbers that could break the expression", () => {
    expect(() => toMeilisearchFilter(eq("a = 1 OR b", "x"))).toThrow(/bad attribute/);
    expect(() => toMeilisearchFilter(range("hourlyRate", { gte: Number.NaN }))).toThrow(
      /bad number/,
    );
    expect(() => toMeilisearchFilter(or())).toThrow(/empty or/);
  });
});

describe("highlight and synonym mapping", () => {
  it("turns tagged text into segments, lists joined", () => {
    const tagged = (text: string) => `${HIGHLIGHT_PRE_TAG}${text}${HIGHLIGHT_POST_TAG}`;
    expect(segmentsFromFormatted(`${tagged("営業")}と${tagged("セールス")}`)).toEqual([
      { text: "営業", match: true },
      { text: "と", match: false },
      { text: "セールス", match: true },
    ]);
    expect(segmentsFromFormatted([tagged("Python"), "AWS"])).toEqual([
      { text: "Python", match: true },
      { text: "、AWS", match: false },
    ]);
    expect(segmentsFromFormatted(undefined)).toEqual([]);
  });

  it("maps each term of a group to the others", () => {
    expect(
      symmetricSynonyms([
        ["DX", "デジタル化"],
        ["営業", "セールス"],
      ]),
    ).toEqual({
      dx: ["デジタル化"],
      デジタル化: ["dx"],
      営業: ["セールス"],
      セールス: ["営業"],
    });
  });
});
