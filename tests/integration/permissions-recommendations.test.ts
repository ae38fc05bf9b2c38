import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { resetDatabase } from "../support/database";
import { seedRecommendationMarket, type RecommendationMarket } from "../support/recommendations";
import { callRoute, statusLine } from "../support/routes";

/**
 * Both recommendation pages, requested as each kind of visitor, including a member of
 * another company asking for company A's challenges by id. Neither route has an action
 * (Remix answers a POST with 405). "200 ×N" counts the entries the visitor got.
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

let market: RecommendationMarket;
const cookies = new Map<Visitor, string | undefined>();

beforeAll(async () => {
  await resetDatabase();
  market = await seedRecommendationMarket();
  cookies.set("anonymous", undefined);
  cookies.set("professional", market.profiles.strong.cookie);
  cookies.set("memberA", market.cookieA);
  cookies.set("memberB", market.cookieB);
  cookies.set("coordinator", market.coordinator.cookie);
  cookies.set("admin", market.admin.cookie);
});

type RouteModule = { loader: (args: LoaderFunctionArgs) => unknown; action?: unknown };

async function matrix(module: RouteModule, path: string, params: Record<string, string>) {
  const outcome: Record<string, string> = {};
  for (const visitor of visitors) {
    const result = await callRoute(module.loader, { path, params, cookie: cookies.get(visitor) });
    const items = (result.data as { items?: unknown[] } | null)?.items;
    outcome[visitor] =
      result.status === 200 && Array.isArray(items) ? `200 ×${items.length}` : statusLine(result);
  }
  return outcome;
}

const candidates = () => import("~/routes/challenges.$challengeId.candidates");
const recommended = () => import("~/routes/recommended");

describe("recommendation pages, per visitor", () => {
  it("GET /challenges/:id/candidates of A's open challenge", async () => {
    const id = market.challenges.open.id;
    const route = await candidates();
    expect((route as RouteModule).action).toBeUndefined();
    // Three candidates for A: strong, weak, anonymous (not the hidden one, not the one blocking A).
    expect(await matrix(route, `/challenges/${id}/candidates`, { challengeId: id })).toEqual({
      anonymous: "302 /login",
      professional: "403",
      memberA: "200 ×3",
      memberB: "403",
      coordinator: "200 ×3",
      admin: "200 ×3",
    });
  });

  it("GET /challenges/:id/candidates of A's draft and paused challenges", async () => {
    const route = await candidates();
    for (const challenge of [market.challenges.draft, market.challenges.paused]) {
      const id = challenge.id;
      const outcome = await matrix(route, `/challenges/${id}/candidates`, { challengeId: id });
      expect(outcome.memberA).toMatch(/^200 ×\d+$/);
      expect({ ...outcome, memberA: "ok" }).toEqual({
        anonymous: "302 /login",
        professional: "404",
        memberA: "ok",
        memberB: "404",
        coordinator: "404",
        admin: "404",
      });
    }
  });

  it("GET /challenges/:id/candidates of B's open challenge: B never gets the profile blocking it", async () => {
    const id = market.challenges.openB.id;
    const route = await candidates();
    const asB = await callRoute(route.loader, {
      path: `/challenges/${id}/candidates`,
      params: { challengeId: id },
      cookie: market.cookieB,
    });
    expect(asB.status).toBe(200);
    const ids = (asB.data as { items: Array<{ id: string }> }).items.map((item) => item.id);
    expect(ids).not.toContain(market.profiles.anonymous.profile.id);
    expect(ids).not.toContain(market.profiles.hidden.profile.id);
    expect(ids).toContain(market.profiles.blocksA.profile.id);
    const asA = await callRoute(route.loader, {
      path: `/challenges/${id}/candidates`,
      params: { challengeId: id },
      cookie: market.cookieA,
    });
    expect(asA.status).toBe(403);
  });

  it("GET /challenges/:id/candidates of a challenge that does not exist", async () => {
    const route = await candidates();
    expect(
      await matrix(route, "/challenges/missing/candidates", { challengeId: "missing" }),
    ).toEqual({
      anonymous: "302 /login",
      professional: "404",
      memberA: "404",
      memberB: "404",
      coordinator: "404",
      admin: "404",
    });
  });

  it("gives each viewer the next step their role allows", async () => {
    const id = market.challenges.open.id;
    const route = await candidates();
    const actionOf = async (cookie: string | undefined) =>
      (
        (
          await callRoute(route.loader, {
            path: `/challenges/${id}/candidates`,
            params: { challengeId: id },
            cookie,
          })
        ).data as { action: string | null }
      ).action;
    expect(await actionOf(market.cookieA)).toBe("scout");
    expect(await actionOf(market.coordinator.cookie)).toBe("introduce");
    expect(await actionOf(market.admin.cookie)).toBeNull();
    const paused = market.challenges.paused.id;
    const onPaused = await callRoute(route.loader, {
      path: `/challenges/${paused}/candidates`,
      params: { challengeId: paused },
      cookie: market.cookieA,
    });
    expect((onPaused.data as { action: string | null }).action).toBeNull();
  });

  it("GET /recommended", async () => {
    const route = await recommended();
    expect((route as RouteModule).action).toBeUndefined();
    // The strong professional gets both open challenges; only professionals may ask.
    expect(await matrix(route, "/recommended", {})).toEqual({
      anonymous: "302 /login",
      professional: "200 ×2",
      memberA: "403",
      memberB: "403",
      coordinator: "403",
      admin: "403",
    });
  });

  it("GET /recommended for a professional without a profile", async () => {
    const route = await recommended();
    const result = await callRoute(route.loader, {
      path: "/recommended",
      cookie: market.professional.cookie,
    });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ hasProfile: false, items: [] });
  });

  it("returns no name, employer or email of an anonymous candidate", async () => {
    const id = market.challenges.open.id;
    const route = await candidates();
    for (const cookie of [market.cookieA, market.coordinator.cookie]) {
      const result = await callRoute(route.loader, {
        path: `/challenges/${id}/candidates`,
        params: { challengeId: id },
        cookie,
      });
      const json = JSON.stringify(result.data);
      expect(json).toContain(market.profiles.anonymous.profile.id);
      expect(json).not.toContain("匿名 三郎");
      expect(json).not.toContain("土佐商事");
      expect(json).not.toContain("@example.jp");
    }
  });
});
