import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createSession } from "~/modules/auth/session.server";
import { callRoute, type RouteHandler, statusLine } from "../support/routes";
import { resetDatabase } from "../support/database";
import { createTestCompany, createTestSkills } from "../support/market";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of the skills feature (the admin editor and the suggestion
 * API), called as each kind of visitor: only admins edit the taxonomy; every
 * signed-in user may ask for suggestions.
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
let skillId = "";

beforeAll(async () => {
  await resetDatabase();
  const make = async (
    visitor: Visitor,
    role: "PROFESSIONAL" | "COMPANY_MEMBER" | "COORDINATOR" | "ADMIN",
  ) => {
    const user = await createTestUser({
      role,
      email: `${visitor.toLowerCase()}@skills.example.jp`,
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
  const [python] = await createTestSkills([
    { ja: "Python", en: "Python" },
    { ja: "データ分析", en: "Data analysis" },
  ]);
  skillId = python!.id;
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
) {
  const actual: Partial<Expected> = {};
  for (const visitor of visitors) {
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
const signedInApi: Expected = {
  anonymous: "401",
  professional: "200",
  memberA: "200",
  memberB: "200",
  coordinator: "200",
  admin: "200",
};

const post =
  (body: Record<string, string> = {}) =>
  () => ({
    method: "POST",
    body: new URLSearchParams(body),
  });

describe("loaders", () => {
  it("/admin/skills", async () => {
    const { loader } = await import("~/routes/admin.skills._index");
    expect(await matrix(loader, "/admin/skills?q=py")).toEqual(adminOnly);
  });

  it("/admin/skills/new", async () => {
    const { loader } = await import("~/routes/admin.skills.new");
    expect(await matrix(loader, "/admin/skills/new")).toEqual(adminOnly);
  });

  it("/admin/skills/:skillId, and an unknown id", async () => {
    const { loader } = await import("~/routes/admin.skills.$skillId._index");
    expect(await matrix(loader, `/admin/skills/${skillId}`, { skillId })).toEqual(adminOnly);
    expect(await matrix(loader, "/admin/skills/missing", { skillId: "missing" })).toEqual(
      adminOnlyMissing,
    );
  });

  it("/admin/skills/:skillId/delete, and an unknown id", async () => {
    const { loader } = await import("~/routes/admin.skills.$skillId.delete");
    expect(await matrix(loader, `/admin/skills/${skillId}/delete`, { skillId })).toEqual(adminOnly);
    expect(await matrix(loader, "/admin/skills/missing/delete", { skillId: "missing" })).toEqual(
      adminOnlyMissing,
    );
  });

  it("/api/skills: signed-in users; a bad query is 400 for them", async () => {
    const { loader } = await import("~/routes/api.skills");
    expect(await matrix(loader, "/api/skills?q=py")).toEqual(signedInApi);
    expect(await matrix(loader, "/api/skills?q=py&limit=500")).toEqual({
      ...Object.fromEntries(visitors.map((visitor) => [visitor, "400"])),
      anonymous: "401",
    });
  });
});

describe("actions refuse everyone but admins before reading their input", () => {
  it("POST /admin/skills/new (an empty form is sent back with errors)", async () => {
    const { action } = await import("~/routes/admin.skills.new");
    expect(await matrix(action, "/admin/skills/new", {}, post())).toEqual(adminOnly);
    expect(await db.skill.count()).toBe(2);
  });

  it("POST /admin/skills/:skillId, and an unknown id", async () => {
    const { action } = await import("~/routes/admin.skills.$skillId._index");
    const body = { nameJa: "パイソン言語", nameEn: "Python 3", group: "it-dev" };
    const others = visitors.filter((visitor) => visitor !== "admin");
    for (const visitor of others) {
      expect([
        visitor,
        await outcome(action, visitor, `/admin/skills/${skillId}`, { skillId }, post(body)()),
      ]).toEqual([visitor, adminOnly[visitor]]);
    }
    expect(await db.skill.findUnique({ where: { id: skillId }, select: { nameEn: true } })).toEqual(
      { nameEn: "Python" },
    );
    expect(
      await matrix(action, "/admin/skills/missing", { skillId: "missing" }, post(body)),
    ).toEqual(adminOnlyMissing);
  });

  it("POST /admin/skills/:skillId/delete: nobody but an admin deletes; unknown is 404", async () => {
    const { action } = await import("~/routes/admin.skills.$skillId.delete");
    for (const visitor of visitors.filter((visitor) => visitor !== "admin")) {
      expect([
        visitor,
        await outcome(action, visitor, `/admin/skills/${skillId}/delete`, { skillId }, post()()),
      ]).toEqual([visitor, adminOnly[visitor]]);
    }
    expect(await db.skill.count({ where: { id: skillId } })).toBe(1);
    expect(
      await matrix(action, "/admin/skills/missing/delete", { skillId: "missing" }, post()),
    ).toEqual(adminOnlyMissing);
    expect(
      await outcome(action, "admin", `/admin/skills/${skillId}/delete`, { skillId }, post()()),
    ).toBe("302 /admin/skills");
    expect(await db.skill.count({ where: { id: skillId } })).toBe(0);
  });
});
