import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createSession } from "~/modules/auth/session.server";
import { startBackgroundReindex } from "~/modules/search/reindex.server";
import { callRoute, type RouteHandler, statusLine } from "../support/routes";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of the synonyms admin (/admin/synonyms), called as each kind of
 * visitor: only admins read or change the groups; unknown group ids are 404 for them.
 */
const visitors = [
  "anonymous",
  "professional",
  "memberA",
  "memberB",
  "coordinator",
  "admin",
] as const;
type Visitor = (typeof visitors)[number];
type Expected = Record<Visitor, string>;

const cookies = new Map<Visitor, string>();
let groupId = "";
const groupTerms = ["ワーケーション", "リゾートワーク"];

beforeAll(async () => {
  await resetDatabase();
  const make = async (
    visitor: Visitor,
    role: "PROFESSIONAL" | "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN",
  ) => {
    const user = await createTestUser({
      role,
      email: `${visitor.toLowerCase()}@synonyms.example.jp`,
    });
    cookies.set(visitor, `enishi_session=${(await createSession(user.id)).token}`);
    return user;
  };
  await make("professional", "PROFESSIONAL");
  const memberA = await make("memberA", "COMPANY_MEMBER");
  const memberB = await make("memberB", "COMPANY_MEMBER");
  await make("coordinator", "COORDINATOR");
  await make("admin", "ADMIN");
  await createTestCompany({ ownerId: memberA.id, name: "A社" });
  await createTestCompany({ ownerId: memberB.id, name: "B社" });
  groupId = (await db.synonymGroup.create({ data: { terms: JSON.stringify(groupTerms) } })).id;
});

afterAll(async () => {
  // Let the reindex an admin's change started finish before the next file resets.
  await startBackgroundReindex();
});

async function outcome(
  handler: RouteHandler,
  visitor: Visitor,
  path: string,
  params: Record<string, string>,
  init?: RequestInit,
) {
  return statusLine(
    await callRoute(handler, {
      path,
      params,
      cookie: cookies.get(visitor),
      init,
    }),
  );
}

async function matrix(
  handler: RouteHandler,
  path: string,
  params: Record<string, string> = {},
  init?: () => RequestInit,
  only: readonly Visitor[] = visitors,
) {
  const actual: Partial<Expected> = {};
  for (const visitor of only) {
    actual[visitor] = await outcome(handler, visitor, path, params, init?.());
  }
  return actual;
}

const toLogin = "302 /login";
const adminOnly: Expected = {
  anonymous: toLogin,
  professional: "403",
  memberA: "403",
  memberB: "403",
  coordinator: "403",
  admin: "200",
};
const adminOnlyMissing: Expected = { ...adminOnly, admin: "404" };
const notAdmins = visitors.filter((visitor) => visitor !== "admin");
const refusedToOthers = Object.fromEntries(
  notAdmins.map((visitor) => [visitor, adminOnly[visitor]]),
);

const post =
  (body: Record<string, string> = {}) =>
  () => ({ method: "POST", body: new URLSearchParams(body) });

async function storedTerms() {
  const row = await db.synonymGroup.findUnique({ where: { id: groupId }, select: { terms: true } });
  return row ? (JSON.parse(row.terms) as string[]) : null;
}

describe("loaders", () => {
  it("/admin/synonyms", async () => {
    const { loader } = await import("~/routes/admin.synonyms._index");
    expect(await matrix(loader, "/admin/synonyms")).toEqual(adminOnly);
  });

  it("/admin/synonyms/:groupId, and an unknown id", async () => {
    const { loader } = await import("~/routes/admin.synonyms.$groupId");
    expect(await matrix(loader, `/admin/synonyms/${groupId}`, { groupId })).toEqual(adminOnly);
    expect(await matrix(loader, "/admin/synonyms/missing", { groupId: "missing" })).toEqual(
      adminOnlyMissing,
    );
  });
});

describe("actions refuse everyone but admins before reading their input", () => {
  it("POST /admin/synonyms (adds a group)", async () => {
    const { action } = await import("~/routes/admin.synonyms._index");
    const body = { terms: "関係人口\nファン人口" };
    expect(await matrix(action, "/admin/synonyms", {}, post(body), notAdmins)).toEqual(
      refusedToOthers,
    );
    expect(await db.synonymGroup.count()).toBe(1);
    // An empty form comes back to the admin with its errors.
    expect(await outcome(action, "admin", "/admin/synonyms", {}, post()())).toBe("200");
    expect(await outcome(action, "admin", "/admin/synonyms", {}, post(body)())).toBe(
      "302 /admin/synonyms",
    );
    expect(await db.synonymGroup.count()).toBe(2);
  });

  it("POST /admin/synonyms/:groupId (edits), and an unknown id", async () => {
    const { action } = await import("~/routes/admin.synonyms.$groupId");
    const body = { terms: "ワーケーション\nリゾートワーク\n二地域居住" };
    const path = `/admin/synonyms/${groupId}`;
    expect(await matrix(action, path, { groupId }, post(body), notAdmins)).toEqual(refusedToOthers);
    expect(await storedTerms()).toEqual(groupTerms);
    expect(
      await matrix(action, "/admin/synonyms/missing", { groupId: "missing" }, post(body)),
    ).toEqual({ ...adminOnlyMissing });
    expect(await outcome(action, "admin", path, { groupId }, post(body)())).toBe(
      "302 /admin/synonyms",
    );
    expect(await storedTerms()).toEqual(["ワーケーション", "リゾートワーク", "二地域居住"]);
  });

  it("POST /admin/synonyms/:groupId intent=delete: nobody but an admin deletes; unknown is 404", async () => {
    const { action } = await import("~/routes/admin.synonyms.$groupId");
    const path = `/admin/synonyms/${groupId}`;
    const body = { intent: "delete" };
    expect(await matrix(action, path, { groupId }, post(body), notAdmins)).toEqual(refusedToOthers);
    expect(await storedTerms()).not.toBeNull();
    expect(
      await matrix(action, "/admin/synonyms/missing", { groupId: "missing" }, post(body)),
    ).toEqual(adminOnlyMissing);
    expect(await outcome(action, "admin", path, { groupId }, post(body)())).toBe(
      "302 /admin/synonyms",
    );
    expect(await storedTerms()).toBeNull();
  });
});
