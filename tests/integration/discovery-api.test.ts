import { beforeAll, describe, expect, it } from "vitest";
import { apiRateLimits } from "~/modules/discovery/api-limits";
import { challengeSearchSchema, professionalSearchSchema } from "~/modules/search/params";
import { suggestQuerySchema } from "~/modules/discovery/parse";
import * as challengesApi from "~/routes/api.v1.challenges";
import * as openapi from "~/routes/api.v1.openapi[.]json";
import * as professionalsApi from "~/routes/api.v1.professionals";
import * as suggestApi from "~/routes/api.v1.suggest";
import { resetDatabase } from "../support/database";
import {
  call,
  freshAddress,
  schemaProblems,
  seedChallengeMarket,
  seedProfileMarket,
} from "../support/discovery";
import { signedInUser } from "../support/professionals";

/** GET /api/v1/*: the JSON API over real SQLite and the real embedded engine. */

type Doc = Record<string, unknown> & {
  openapi: string;
  paths: Record<string, { get: Operation }>;
  components: Record<string, Record<string, unknown>>;
};
type Operation = {
  parameters: Array<{ name: string; in: string; schema: Record<string, unknown> }>;
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
  security: unknown[];
};

let market: Awaited<ReturnType<typeof seedProfileMarket>>;
let document: Doc;

beforeAll(async () => {
  await resetDatabase();
  await seedChallengeMarket();
  market = await seedProfileMarket();
  document = (await call(openapi.loader, "/api/v1/openapi.json")).body as Doc;
});

function conforms(path: string, status: string, body: unknown, type = "application/json") {
  const schema = document.paths[path]!.get.responses[status]!.content![type]!.schema;
  expect(schemaProblems(schema, body, document)).toEqual([]);
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document whose references all resolve", async () => {
    const result = await call(openapi.loader, "/api/v1/openapi.json");
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toMatch(/application\/json/);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/challenges",
      "/api/v1/professionals",
      "/api/v1/suggest",
    ]);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const target = ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
      expect(target, ref).toBeTruthy();
    }
    expect(document.components.securitySchemes).toMatchObject({
      sessionCookie: { type: "apiKey", in: "cookie", name: "enishi_session" },
    });
    for (const [path, item] of Object.entries(document.paths)) {
      expect(Object.keys(item.get.responses), path).toEqual(
        expect.arrayContaining(["200", "400", "429"]),
      );
    }
    expect(document.paths["/api/v1/professionals"]!.get.security).toEqual([{ sessionCookie: [] }]);
    expect(Object.keys(document.paths["/api/v1/professionals"]!.get.responses)).toEqual(
      expect.arrayContaining(["401", "403"]),
    );
  });

  it("documents every parameter of the schemas, and nothing else", () => {
    const names = (path: string) =>
      document.paths[path]!.get.parameters.map((parameter) => {
        expect(parameter.in).toBe("query");
        expect(parameter.schema).toBeTruthy();
        return parameter.name;
      });
    expect(names("/api/v1/challenges")).toEqual(Object.keys(challengeSearchSchema.shape));
    expect(names("/api/v1/professionals")).toEqual(Object.keys(professionalSearchSchema.shape));
    expect(names("/api/v1/suggest")).toEqual(Object.keys(suggestQuerySchema.shape));
    const pref = document.paths["/api/v1/challenges"]!.get.parameters.find(
      (p) => p.name === "pref",
    )!;
    expect(pref).toMatchObject({ style: "form", explode: true, schema: { type: "array" } });
    expect((pref.schema.items as { enum: string[] }).enum).toHaveLength(47);
  });
});

describe("GET /api/v1/challenges", () => {
  it("answers the same search as the page, in the documented envelope", async () => {
    const result = await call(challengesApi.loader, "/api/v1/challenges?q=営業&sort=newest");
    expect(result.status).toBe(200);
    expect(result.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body = result.body as {
      data: Array<{
        title: string;
        highlights: { title?: Array<{ text: string; match: boolean }> };
      }>;
      meta: Record<string, number>;
      links: Record<string, string | null>;
    };
    conforms("/api/v1/challenges", "200", body);
    expect(body.data.map((item) => item.title)).toEqual(["セールス体制を立て直したい"]);
    expect(body.data[0]!.highlights.title!.some((segment) => segment.match)).toBe(true);
    expect(body.meta).toEqual({ total: 1, page: 1, pageCount: 1, hitsPerPage: 20 });
    expect(body.links).toEqual({
      self: "http://localhost:3000/api/v1/challenges?q=%E5%96%B6%E6%A5%AD&sort=newest",
      next: null,
      prev: null,
    });
  });

  it("links the next and previous pages and keeps an out-of-range page as asked", async () => {
    const result = await call(challengesApi.loader, "/api/v1/challenges?page=2&category=DX_IT");
    const body = result.body as {
      data: unknown[];
      meta: { page: number };
      links: Record<string, string | null>;
    };
    expect(body.data).toEqual([]);
    expect(body.meta.page).toBe(2);
    expect(body.links.prev).toBe("http://localhost:3000/api/v1/challenges?category=DX_IT");
    expect(body.links.next).toBeNull();
  });

  it("answers 400 problem+json naming each invalid parameter in the caller's language", async () => {
    const ja = await call(challengesApi.loader, "/api/v1/challenges?pref=99&sort=x&payMin=abc", {
      language: "ja",
    });
    expect(ja.status).toBe(400);
    expect(ja.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    conforms("/api/v1/challenges", "400", ja.body, "application/problem+json");
    expect(ja.body).toMatchObject({
      status: 400,
      title: "検索条件が正しくありません",
      invalidParams: [
        { name: "pref", reason: "都道府県の指定が正しくありません" },
        { name: "payMin", reason: "報酬額は0以上の整数（円）で指定してください" },
        { name: "sort", reason: "並び順の指定が正しくありません" },
      ],
    });
    const en = await call(challengesApi.loader, "/api/v1/challenges?pref=99", { language: "en" });
    expect(en.body).toMatchObject({
      title: "Invalid search parameters",
      invalidParams: [{ name: "pref", reason: "Unknown prefecture" }],
    });
  });

  it("limits requests per address: 429 problem with Retry-After", async () => {
    const ip = freshAddress();
    for (let index = 0; index < apiRateLimits.challengesPerIp; index += 1) {
      const ok = await call(challengesApi.loader, "/api/v1/challenges?category=OTHER", { ip });
      expect(ok.status).toBe(200);
    }
    const limited = await call(challengesApi.loader, "/api/v1/challenges", { ip, language: "en" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(limited.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    conforms("/api/v1/challenges", "429", limited.body, "application/problem+json");
    expect(limited.body).toMatchObject({ status: 429, title: "Too many requests" });
    // Another address is not affected.
    expect((await call(challengesApi.loader, "/api/v1/challenges")).status).toBe(200);
  });
});

describe("GET /api/v1/professionals", () => {
  it("is for signed-in company members, coordinators and admins (401/403 problems otherwise)", async () => {
    const anonymous = await call(professionalsApi.loader, "/api/v1/professionals");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
    const professional = (await signedInUser("PROFESSIONAL")).cookie;
    const forbidden = await call(professionalsApi.loader, "/api/v1/professionals", {
      cookie: professional,
      language: "en",
    });
    expect(forbidden.status).toBe(403);
    // A signed-in user's own language setting wins over Accept-Language.
    expect(forbidden.body).toMatchObject({ status: 403, title: "この検索は利用できません" });
  });

  it("returns profiles per visibility: the anonymous one without its name; never cached", async () => {
    const result = await call(professionalsApi.loader, "/api/v1/professionals", {
      cookie: market.cookieA,
    });
    expect(result.status).toBe(200);
    expect(result.headers.get("Cache-Control")).toBe("private, no-store");
    conforms("/api/v1/professionals", "200", result.body);
    const body = result.body as { data: Array<{ id: string; view: string; name: string | null }> };
    expect(body.data).toHaveLength(3);
    const anonymous = body.data.find((item) => item.id === market.profiles.anonymous.profile.id)!;
    expect(anonymous).toMatchObject({ view: "anonymous", name: null });
    const text = JSON.stringify(result.body);
    expect(text).not.toContain("匿名 三郎");
    expect(text).not.toContain("B株式会社");
    expect(text).not.toContain("example.jp/me");
    expect(text).not.toContain(market.profiles.hidden.profile.id);
    const byName = await call(
      professionalsApi.loader,
      `/api/v1/professionals?q=${encodeURIComponent("三郎")}`,
      { cookie: market.cookieA },
    );
    expect((byName.body as { meta: { total: number } }).meta.total).toBe(0);
  });

  it("never shows a blocked company the profiles that block it", async () => {
    const byHeadline = await call(
      professionalsApi.loader,
      `/api/v1/professionals?q=${encodeURIComponent("マーケティング")}`,
      { cookie: market.cookieB },
    );
    expect(byHeadline.body).toMatchObject({ data: [], meta: { total: 0 } });
    const all = await call(professionalsApi.loader, "/api/v1/professionals", {
      cookie: market.cookieB,
    });
    const ids = (all.body as { data: Array<{ id: string }> }).data.map((item) => item.id);
    expect(ids).toEqual([market.profiles.publicPro.profile.id]);
    const counted = JSON.stringify((all.body as { facets: unknown }).facets);
    expect(counted).not.toContain("shikoku");
    expect(counted).not.toContain("HYBRID");
  });

  it("validates its parameters like the page", async () => {
    const result = await call(professionalsApi.loader, "/api/v1/professionals?tie=maybe", {
      cookie: market.cookieA,
      language: "en",
    });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      invalidParams: [{ name: "tie", reason: "値が正しくありません" }],
    });
  });

  it("limits each user, whatever their address", async () => {
    const { cookie } = await signedInUser("COORDINATOR");
    for (let index = 0; index < apiRateLimits.professionalsPerUser; index += 1) {
      expect(
        (await call(professionalsApi.loader, "/api/v1/professionals?hoursMin=80", { cookie }))
          .status,
      ).toBe(200);
    }
    const limited = await call(professionalsApi.loader, "/api/v1/professionals", { cookie });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBeTruthy();
  });
});

describe("GET /api/v1/suggest", () => {
  it("suggests challenge titles to anyone", async () => {
    const result = await call(
      suggestApi.loader,
      `/api/v1/suggest?index=challenges&q=${encodeURIComponent("販路")}`,
    );
    expect(result.status).toBe(200);
    conforms("/api/v1/suggest", "200", result.body);
    expect(
      (result.body as { data: Array<{ text: string }> }).data.map((item) => item.text),
    ).toContain("首都圏への販路開拓");
    const empty = await call(suggestApi.loader, "/api/v1/suggest?index=challenges&q=");
    expect(empty.body).toEqual({ data: [] });
  });

  it("keeps the professionals' suggestions to the people who may search them", async () => {
    expect((await call(suggestApi.loader, "/api/v1/suggest?index=professionals&q=a")).status).toBe(
      401,
    );
    const ok = await call(suggestApi.loader, "/api/v1/suggest?index=professionals&q=a", {
      cookie: market.cookieA,
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Cache-Control")).toBe("private, no-store");
    const bad = await call(suggestApi.loader, "/api/v1/suggest?index=people&q=a", {
      language: "en",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      invalidParams: [{ name: "index", reason: "index must be challenges or professionals" }],
    });
  });
});
