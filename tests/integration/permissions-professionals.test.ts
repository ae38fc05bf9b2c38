import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { createTestProfile, signedInUser } from "../support/professionals";
import { callRoute, sessionCookie, statusLine } from "../support/routes";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of the professionals feature, called as each kind of visitor.
 * The target profile blocks company B, so "member of B" is the blocked employer.
 */
type Visitor =
  "anonymous" | "owner" | "professional" | "memberA" | "memberB" | "coordinator" | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "owner",
  "professional",
  "memberA",
  "memberB",
  "coordinator",
  "admin",
];
const cookies = new Map<Visitor, string>();
let signedInProfileId = "";
let anonymousProfileId = "";
let hiddenProfileId = "";
let publicProfileId = "";
let companyBId = "";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

beforeAll(async () => {
  await resetDatabase();
  const memberA = await createTestUser({ role: "COMPANY_MEMBER", email: "a@perm.example.jp" });
  const memberB = await createTestUser({ role: "COMPANY_MEMBER", email: "b@perm.example.jp" });
  await createTestCompany({ name: "A社", ownerId: memberA.id });
  const { company: companyB } = await createTestCompany({ name: "B社", ownerId: memberB.id });
  companyBId = companyB.id;
  const owner = await createTestProfile({
    visibility: "SIGNED_IN",
    blockedCompanyIds: [companyB.id],
    withPhoto: true,
  });
  signedInProfileId = owner.profile.id;
  cookies.set("owner", owner.cookie);
  anonymousProfileId = (
    await createTestProfile({
      visibility: "ANONYMOUS",
      blockedCompanyIds: [companyB.id],
      withPhoto: true,
    })
  ).profile.id;
  hiddenProfileId = (await createTestProfile({ visibility: "HIDDEN" })).profile.id;
  publicProfileId = (
    await createTestProfile({
      visibility: "PUBLIC",
      blockedCompanyIds: [companyB.id],
      withPhoto: true,
    })
  ).profile.id;
  cookies.set("professional", (await signedInUser("PROFESSIONAL")).cookie);
  cookies.set("memberA", await sessionCookie(memberA.id));
  cookies.set("memberB", await sessionCookie(memberB.id));
  cookies.set("coordinator", (await signedInUser("COORDINATOR")).cookie);
  cookies.set("admin", (await signedInUser("ADMIN")).cookie);
});

async function outcome(
  handler: Handler,
  visitor: Visitor,
  path: string,
  options: { params?: Record<string, string>; form?: Record<string, string> } = {},
) {
  return statusLine(await callRoute(handler, { path, cookie: cookies.get(visitor), ...options }));
}

async function matrix(
  handler: Handler,
  path: string,
  options: { params?: Record<string, string>; form?: Record<string, string> } = {},
) {
  const actual: Record<string, string> = {};
  for (const visitor of visitors) actual[visitor] = await outcome(handler, visitor, path, options);
  return actual;
}

const toLogin = "302 /login";
const professionalsOnly = {
  anonymous: toLogin,
  owner: "200",
  professional: "200",
  memberA: "403",
  memberB: "403",
  coordinator: "403",
  admin: "403",
};

const profileLoaders: Array<{ path: string; module: () => Promise<{ loader: Handler }> }> = [
  { path: "/profile", module: () => import("~/routes/profile") },
  { path: "/profile", module: () => import("~/routes/profile._index") },
  { path: "/profile/basics", module: () => import("~/routes/profile.basics") },
  { path: "/profile/skills", module: () => import("~/routes/profile.skills") },
  { path: "/profile/career", module: () => import("~/routes/profile.career") },
  { path: "/profile/industries", module: () => import("~/routes/profile.industries") },
  { path: "/profile/credentials", module: () => import("~/routes/profile.credentials") },
  { path: "/profile/preferences", module: () => import("~/routes/profile.preferences") },
  { path: "/profile/regions", module: () => import("~/routes/profile.regions") },
  { path: "/profile/privacy", module: () => import("~/routes/profile.privacy") },
  { path: "/profile/preview", module: () => import("~/routes/profile.preview") },
  { path: "/profile/export", module: () => import("~/routes/profile.export") },
];

describe("/profile loaders: the professional's own data only", () => {
  for (const { path, module } of profileLoaders) {
    it(`GET ${path} (${module.toString().match(/routes\/([^"']+)/)?.[1]})`, async () => {
      const { loader } = await module();
      expect(await matrix(loader, path)).toEqual(professionalsOnly);
    });
  }
});

describe("/profile actions refuse other roles before reading their input", () => {
  const actions: Array<{
    path: string;
    module: () => Promise<{ action: Handler }>;
    /** what the professional gets for an empty form: saved (a redirect) or errors (200) */
    professional: string;
  }> = [
    {
      path: "/profile/basics",
      module: () => import("~/routes/profile.basics"),
      professional: "302 /profile/basics",
    },
    {
      path: "/profile/skills",
      module: () => import("~/routes/profile.skills"),
      professional: "302 /profile/skills",
    },
    {
      path: "/profile/career",
      module: () => import("~/routes/profile.career"),
      professional: "302 /profile/career",
    },
    {
      path: "/profile/industries",
      module: () => import("~/routes/profile.industries"),
      professional: "302 /profile/industries",
    },
    {
      path: "/profile/credentials",
      module: () => import("~/routes/profile.credentials"),
      professional: "302 /profile/credentials",
    },
    {
      path: "/profile/preferences",
      module: () => import("~/routes/profile.preferences"),
      professional: "302 /profile/preferences",
    },
    {
      path: "/profile/regions",
      module: () => import("~/routes/profile.regions"),
      professional: "302 /profile/regions",
    },
    {
      path: "/profile/privacy",
      module: () => import("~/routes/profile.privacy"),
      professional: "200",
    },
  ];
  for (const { path, module, professional } of actions) {
    it(`POST ${path}`, async () => {
      const { action } = await module();
      // A throwaway professional for the allowed case, so saving empty forms changes
      // nobody's real profile; the other visitors must be refused whatever they send.
      const actual = await matrix(action, path, { form: { _: "" } });
      expect(actual).toEqual({
        ...professionalsOnly,
        owner: professional,
        professional,
      });
    });
  }
});

describe("/pros: company members, coordinators and admins", () => {
  it("GET /pros", async () => {
    const { loader } = await import("~/routes/pros._index");
    expect(await matrix(loader, "/pros")).toEqual({
      anonymous: toLogin,
      owner: "403",
      professional: "403",
      memberA: "200",
      memberB: "200",
      coordinator: "200",
      admin: "200",
    });
  });
});

describe("/pros/:profileId: by profileViewFor, and 404 (never 403) when not shown", () => {
  const detail = () => import("~/routes/pros.$profileId._index");
  const photo = () => import("~/routes/pros.$profileId.photo");

  it("a SIGNED_IN profile that blocks company B", async () => {
    const { loader } = await detail();
    const expected = {
      anonymous: "404",
      owner: "200",
      professional: "404",
      memberA: "200",
      memberB: "404",
      coordinator: "200",
      admin: "200",
    };
    const params = { profileId: signedInProfileId };
    expect(await matrix(loader, `/pros/${signedInProfileId}`, { params })).toEqual(expected);
    const photoLoader = (await photo()).loader;
    expect(await matrix(photoLoader, `/pros/${signedInProfileId}/photo`, { params })).toEqual(
      expected,
    );
  });

  it("an ANONYMOUS profile: readable by companies and coordinators, its photo is not", async () => {
    const params = { profileId: anonymousProfileId };
    expect(
      await matrix((await detail()).loader, `/pros/${anonymousProfileId}`, { params }),
    ).toEqual({
      anonymous: "404",
      owner: "404", // the owner of the *other* profile: another professional
      professional: "404",
      memberA: "200",
      memberB: "404",
      coordinator: "200",
      admin: "200",
    });
    expect(
      await matrix((await photo()).loader, `/pros/${anonymousProfileId}/photo`, { params }),
    ).toEqual({
      anonymous: "404",
      owner: "404",
      professional: "404",
      memberA: "404",
      memberB: "404",
      coordinator: "404",
      admin: "200",
    });
  });

  it("a PUBLIC profile: everyone but the blocked company, signed in or not", async () => {
    const params = { profileId: publicProfileId };
    const expected = {
      anonymous: "200",
      owner: "200",
      professional: "200",
      memberA: "200",
      memberB: "404",
      coordinator: "200",
      admin: "200",
    };
    expect(await matrix((await detail()).loader, `/pros/${publicProfileId}`, { params })).toEqual(
      expected,
    );
    expect(
      await matrix((await photo()).loader, `/pros/${publicProfileId}/photo`, { params }),
    ).toEqual(expected);
  });

  it("a HIDDEN profile, and one that does not exist: 404 alike", async () => {
    for (const profileId of [hiddenProfileId, "no-such-profile"]) {
      const params = { profileId };
      expect(await matrix((await detail()).loader, `/pros/${profileId}`, { params })).toEqual({
        anonymous: "404",
        owner: "404",
        professional: "404",
        memberA: "404",
        memberB: "404",
        coordinator: "404",
        admin: profileId === hiddenProfileId ? "200" : "404",
      });
    }
  });
});

describe("acting on someone else's records by id", () => {
  it("unblocking a company only ever touches the caller's own profile", async () => {
    const { action } = await import("~/routes/profile.privacy");
    const result = await callRoute(action, {
      path: "/profile/privacy",
      cookie: cookies.get("professional"),
      form: { intent: "unblock", companyId: companyBId },
    });
    expect(result.status).toBe(302);
    expect(
      await db.profileBlock.count({
        where: { profileId: signedInProfileId, companyId: companyBId },
      }),
    ).toBe(1);
  });

  it("a blocked company's member cannot unblock itself: the action is for professionals", async () => {
    const { action } = await import("~/routes/profile.privacy");
    const result = await callRoute(action, {
      path: "/profile/privacy",
      cookie: cookies.get("memberB"),
      form: { intent: "unblock", companyId: companyBId },
    });
    expect(result.status).toBe(403);
    expect(await db.profileBlock.count({ where: { companyId: companyBId } })).toBe(3);
  });

  it("blocking a company that does not exist is refused", async () => {
    const { action } = await import("~/routes/profile.privacy");
    const result = await callRoute(action, {
      path: "/profile/privacy",
      cookie: cookies.get("owner"),
      form: { intent: "block", companyId: "no-such-company" },
    });
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.data)).toContain("professionals.blocks.notFound");
  });
});
