import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "../support/database";
import { call, seedChallengeMarket, seedProfileMarket } from "../support/discovery";
import { signedInUser } from "../support/professionals";

/**
 * Every loader of the search pages and the JSON API, requested as each kind of visitor.
 * Company B is the employer blocked by two of the three visible profiles. None of these
 * routes has an action (a POST is answered 405 by Remix).
 */
type Visitor = "anonymous" | "professional" | "memberA" | "memberB" | "coordinator" | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "memberA",
  "memberB",
  "coordinator",
  "admin",
];
const cookies = new Map<Visitor, string | undefined>();

type Loader = (args: LoaderFunctionArgs) => unknown;
type RouteModule = { loader: Loader; action?: unknown };

beforeAll(async () => {
  await resetDatabase();
  await seedChallengeMarket();
  const market = await seedProfileMarket();
  cookies.set("anonymous", undefined);
  cookies.set("professional", (await signedInUser("PROFESSIONAL")).cookie);
  cookies.set("memberA", market.cookieA);
  cookies.set("memberB", market.cookieB);
  cookies.set("coordinator", (await signedInUser("COORDINATOR")).cookie);
  cookies.set("admin", (await signedInUser("ADMIN")).cookie);
});

/** "200", "403", "302 /login", or for lists "200 ×N" (how many results the visitor got). */
async function matrix(module: RouteModule, path: string) {
  const outcome: Record<string, string> = {};
  for (const visitor of visitors) {
    const result = await call(module.loader, path, { cookie: cookies.get(visitor) });
    const body = result.body as { items?: unknown[]; data?: unknown[] } | null;
    const list = body?.items ?? body?.data;
    outcome[visitor] = result.location
      ? `${result.status} ${result.location.split("?")[0]}`
      : Array.isArray(list) && result.status === 200
        ? `200 ×${list.length}`
        : String(result.status);
  }
  return outcome;
}

const cases: Array<{
  path: string;
  module: () => Promise<RouteModule>;
  expected: Record<Visitor, string>;
}> = [
  {
    path: "/challenges",
    module: () => import("~/routes/challenges._index"),
    expected: {
      anonymous: "200 ×5",
      professional: "200 ×5",
      memberA: "200 ×5",
      memberB: "200 ×5",
      coordinator: "200 ×5",
      admin: "200 ×5",
    },
  },
  {
    path: "/pros",
    module: () => import("~/routes/pros._index"),
    expected: {
      anonymous: "302 /login",
      professional: "403",
      memberA: "200 ×3",
      memberB: "200 ×1",
      coordinator: "200 ×3",
      admin: "200 ×3",
    },
  },
  {
    path: "/api/v1/challenges",
    module: () => import("~/routes/api.v1.challenges"),
    expected: {
      anonymous: "200 ×5",
      professional: "200 ×5",
      memberA: "200 ×5",
      memberB: "200 ×5",
      coordinator: "200 ×5",
      admin: "200 ×5",
    },
  },
  {
    path: "/api/v1/professionals",
    module: () => import("~/routes/api.v1.professionals"),
    expected: {
      anonymous: "401",
      professional: "403",
      memberA: "200 ×3",
      memberB: "200 ×1",
      coordinator: "200 ×3",
      admin: "200 ×3",
    },
  },
  {
    path: "/api/v1/suggest?index=challenges&q=%E8%B2%A9%E8%B7%AF",
    module: () => import("~/routes/api.v1.suggest"),
    expected: {
      anonymous: "200 ×1",
      professional: "200 ×1",
      memberA: "200 ×1",
      memberB: "200 ×1",
      coordinator: "200 ×1",
      admin: "200 ×1",
    },
  },
  {
    path: "/api/v1/suggest?index=professionals&q=x",
    module: () => import("~/routes/api.v1.suggest"),
    expected: {
      anonymous: "401",
      professional: "403",
      memberA: "200 ×0",
      memberB: "200 ×0",
      coordinator: "200 ×0",
      admin: "200 ×0",
    },
  },
  {
    path: "/api/v1/openapi.json",
    module: () => import("~/routes/api.v1.openapi[.]json"),
    expected: {
      anonymous: "200",
      professional: "200",
      memberA: "200",
      memberB: "200",
      coordinator: "200",
      admin: "200",
    },
  },
];

describe("discovery loaders, per visitor", () => {
  for (const { path, module, expected } of cases) {
    it(`GET ${path}`, async () => {
      const route = await module();
      expect(await matrix(route, path)).toEqual(expected);
      expect(route.action, `${path} has no action`).toBeUndefined();
    });
  }

  it("the data URL of /pros (?_data=) is guarded the same way", async () => {
    const { loader } = await import("~/routes/pros._index");
    const path = "/pros?_data=routes%2Fpros._index";
    expect(await matrix({ loader }, path)).toMatchObject({
      anonymous: "302 /login",
      professional: "403",
      memberB: "200 ×1",
    });
  });

  it("the professionals endpoints answer problem+json, never the login page", async () => {
    const api = await import("~/routes/api.v1.professionals");
    const result = await call(api.loader, "/api/v1/professionals");
    expect(result.location).toBeNull();
    expect(result.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);
  });
});
