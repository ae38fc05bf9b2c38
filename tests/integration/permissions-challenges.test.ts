import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createTestChallenge } from "../support/challenges";
import { callRoute, sessionCookie, statusLine } from "../support/routes";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of the challenges feature, called as each kind of visitor
 * against company A's records: what each one gets back is the permission matrix.
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
const cookies = new Map<Visitor, string>();
const ids = { companyA: "", companyB: "", open: "", draft: "", paused: "", draftOfB: "" };

beforeAll(async () => {
  await resetDatabase();
  const a = await createTestCompany({ name: "A社" });
  const b = await createTestCompany({ name: "B社" });
  ids.companyA = a.company.id;
  ids.companyB = b.company.id;
  ids.open = (await createTestChallenge(a.company.id, { status: "OPEN" })).id;
  ids.draft = (await createTestChallenge(a.company.id, { status: "DRAFT" })).id;
  ids.paused = (await createTestChallenge(a.company.id, { status: "PAUSED" })).id;
  ids.draftOfB = (await createTestChallenge(b.company.id, { status: "DRAFT" })).id;
  cookies.set("memberA", await sessionCookie(a.ownerId));
  cookies.set("memberB", await sessionCookie(b.ownerId));
  for (const [visitor, role] of [
    ["professional", "PROFESSIONAL"],
    ["coordinator", "COORDINATOR"],
    ["admin", "ADMIN"],
  ] as const) {
    const user = await createTestUser({ role, email: `${visitor}@matrix-challenges.example.jp` });
    cookies.set(visitor, await sessionCookie(user.id));
  }
});

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

async function outcome(
  handler: Handler,
  visitor: Visitor,
  path: string,
  params: Record<string, string>,
  form?: Record<string, string>,
) {
  return statusLine(await callRoute(handler, { path, params, cookie: cookies.get(visitor), form }));
}

const toLogin = "302 /login";
const everyone = Object.fromEntries(visitors.map((visitor) => [visitor, "200"])) as Record<
  Visitor,
  string
>;
const nobody = Object.fromEntries(visitors.map((visitor) => [visitor, "404"])) as Record<
  Visitor,
  string
>;
/** Members of A only; others know the thing exists (a company, an open challenge): 403. */
const membersOfA = {
  anonymous: toLogin,
  professional: "403",
  memberA: "200",
  memberB: "403",
  coordinator: "403",
  admin: "403",
};
/** Members of A only; to everyone else it does not exist. */
const hiddenButFromA = {
  ...membersOfA,
  professional: "404",
  memberB: "404",
  coordinator: "404",
  admin: "404",
};

type Case = {
  name: string;
  path: () => string;
  params: () => Record<string, string>;
  module: () => Promise<{ loader?: Handler; action?: Handler }>;
  expected: Record<Visitor, string>;
};

const challengePage = (id: keyof typeof ids) => ({
  path: () => `/challenges/${ids[id]}`,
  params: () => ({ challengeId: ids[id] }),
});
const companyPage = (suffix: string, query?: () => string) => ({
  path: () => `/companies/${ids.companyA}/challenges${suffix}${query ? `?${query()}` : ""}`,
  params: () => ({ companyId: ids.companyA }),
});

const loaders: Case[] = [
  {
    name: "/challenges",
    path: () => "/challenges",
    params: () => ({}),
    module: () => import("~/routes/challenges._index"),
    expected: everyone,
  },
  {
    name: "/challenges/:open",
    ...challengePage("open"),
    module: () => import("~/routes/challenges.$challengeId._index"),
    expected: everyone,
  },
  {
    name: "/challenges/:draft",
    ...challengePage("draft"),
    module: () => import("~/routes/challenges.$challengeId._index"),
    expected: { ...nobody, memberA: "200" },
  },
  {
    name: "/challenges/:paused",
    ...challengePage("paused"),
    module: () => import("~/routes/challenges.$challengeId._index"),
    expected: { ...nobody, memberA: "200" },
  },
  {
    name: "/challenges/:missing",
    path: () => "/challenges/missing",
    params: () => ({ challengeId: "missing" }),
    module: () => import("~/routes/challenges.$challengeId._index"),
    expected: nobody,
  },
  {
    name: "/challenges/:open/edit",
    path: () => `/challenges/${ids.open}/edit`,
    params: () => ({ challengeId: ids.open }),
    module: () => import("~/routes/challenges.$challengeId.edit"),
    expected: membersOfA,
  },
  {
    name: "/challenges/:draft/edit",
    path: () => `/challenges/${ids.draft}/edit`,
    params: () => ({ challengeId: ids.draft }),
    module: () => import("~/routes/challenges.$challengeId.edit"),
    expected: hiddenButFromA,
  },
  {
    name: "/challenges/:open/status",
    path: () => `/challenges/${ids.open}/status`,
    params: () => ({ challengeId: ids.open }),
    module: () => import("~/routes/challenges.$challengeId.status"),
    expected: membersOfA,
  },
  {
    name: "/challenges/:paused/status",
    path: () => `/challenges/${ids.paused}/status`,
    params: () => ({ challengeId: ids.paused }),
    module: () => import("~/routes/challenges.$challengeId.status"),
    expected: hiddenButFromA,
  },
  {
    name: "/companies/:A/challenges",
    ...companyPage(""),
    module: () => import("~/routes/companies.$companyId.challenges._index"),
    expected: membersOfA,
  },
  {
    name: "/companies/:A/challenges/new",
    ...companyPage("/new"),
    module: () => import("~/routes/companies.$companyId.challenges.new"),
    expected: membersOfA,
  },
  {
    name: "/companies/:A/challenges/wizard",
    ...companyPage("/wizard"),
    module: () => import("~/routes/companies.$companyId.challenges.wizard"),
    expected: membersOfA,
  },
  {
    name: "/companies/:A/challenges/wizard?id=:draft&step=3",
    ...companyPage("/wizard", () => `id=${ids.draft}&step=3`),
    module: () => import("~/routes/companies.$companyId.challenges.wizard"),
    expected: membersOfA,
  },
  {
    name: "/companies/:A/challenges/export?format=csv",
    ...companyPage("/export", () => "format=csv"),
    module: () => import("~/routes/companies.$companyId.challenges.export"),
    expected: membersOfA,
  },
  {
    name: "/companies/:A/challenges/export?format=json",
    ...companyPage("/export", () => "format=json"),
    module: () => import("~/routes/companies.$companyId.challenges.export"),
    expected: membersOfA,
  },
  {
    name: "/companies/:missing/challenges",
    path: () => "/companies/missing/challenges",
    params: () => ({ companyId: "missing" }),
    module: () => import("~/routes/companies.$companyId.challenges._index"),
    expected: { ...nobody, anonymous: toLogin },
  },
];

describe("loaders", () => {
  for (const { name, path, params, module, expected } of loaders) {
    it(name, async () => {
      const { loader } = await module();
      const actual: Record<string, string> = {};
      for (const visitor of visitors) {
        actual[visitor] = await outcome(loader!, visitor, path(), params());
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe("actions refuse visitors before reading their input", () => {
  // An empty form: allowed visitors get it back with errors (200), nothing is written.
  const actions: Case[] = [
    {
      name: "POST /companies/:A/challenges/new",
      ...companyPage("/new"),
      module: () => import("~/routes/companies.$companyId.challenges.new"),
      expected: membersOfA,
    },
    {
      name: "POST /companies/:A/challenges/wizard",
      ...companyPage("/wizard", () => "step=1"),
      module: () => import("~/routes/companies.$companyId.challenges.wizard"),
      expected: membersOfA,
    },
    {
      name: "POST /companies/:A/challenges/wizard?id=:draft&step=2",
      ...companyPage("/wizard", () => `id=${ids.draft}&step=2`),
      module: () => import("~/routes/companies.$companyId.challenges.wizard"),
      expected: membersOfA,
    },
    {
      name: "POST /challenges/:open/edit",
      path: () => `/challenges/${ids.open}/edit`,
      params: () => ({ challengeId: ids.open }),
      module: () => import("~/routes/challenges.$challengeId.edit"),
      expected: membersOfA,
    },
    {
      name: "POST /challenges/:draft/edit",
      path: () => `/challenges/${ids.draft}/edit`,
      params: () => ({ challengeId: ids.draft }),
      module: () => import("~/routes/challenges.$challengeId.edit"),
      expected: hiddenButFromA,
    },
    {
      name: "POST /challenges/:open/status",
      path: () => `/challenges/${ids.open}/status`,
      params: () => ({ challengeId: ids.open }),
      module: () => import("~/routes/challenges.$challengeId.status"),
      expected: membersOfA,
    },
    {
      name: "POST /challenges/:draft/status",
      path: () => `/challenges/${ids.draft}/status`,
      params: () => ({ challengeId: ids.draft }),
      module: () => import("~/routes/challenges.$challengeId.status"),
      expected: hiddenButFromA,
    },
  ];
  for (const { name, path, params, module, expected } of actions) {
    it(name, async () => {
      const { action } = await module();
      for (const visitor of visitors) {
        const result = await outcome(action!, visitor, path(), params(), {});
        expect([visitor, result]).toEqual([visitor, expected[visitor]]);
      }
    });
  }
});

describe("acting on another company's records by id", () => {
  it("B's member cannot publish, pause or close A's challenges", async () => {
    const { action } = await import("~/routes/challenges.$challengeId.status");
    for (const [id, intent, expected] of [
      [ids.draft, "publish", "404"],
      [ids.open, "pause", "403"],
      [ids.open, "close", "403"],
    ] as const) {
      const result = await outcome(
        action,
        "memberB",
        `/challenges/${id}/status`,
        { challengeId: id },
        { intent, closeReason: "CANCELLED" },
      );
      expect([intent, result]).toEqual([intent, expected]);
    }
    const rows = await db.challenge.findMany({
      where: { id: { in: [ids.draft, ids.open] } },
      select: { status: true },
      orderBy: { status: "asc" },
    });
    expect(rows.map((row) => row.status).sort()).toEqual(["DRAFT", "OPEN"]);
  });

  it("A's member cannot reach B's draft through A's wizard", async () => {
    const { loader, action } = await import("~/routes/companies.$companyId.challenges.wizard");
    const path = `/companies/${ids.companyA}/challenges/wizard?id=${ids.draftOfB}&step=2`;
    const params = { companyId: ids.companyA };
    expect(await outcome(loader, "memberA", path, params)).toBe("404");
    expect(
      await outcome(action, "memberA", path, params, { summary: "乗っ取り", background: "x" }),
    ).toBe("404");
    const theirs = await db.challenge.findUniqueOrThrow({ where: { id: ids.draftOfB } });
    expect(theirs.summary).not.toBe("乗っ取り");
  });

  it("B's member cannot use B's wizard on A's draft either", async () => {
    const { action } = await import("~/routes/companies.$companyId.challenges.wizard");
    const path = `/companies/${ids.companyB}/challenges/wizard?id=${ids.draft}&step=1`;
    expect(
      await outcome(
        action,
        "memberB",
        path,
        { companyId: ids.companyB },
        {
          category: "OTHER",
          title: "乗っ取り",
        },
      ),
    ).toBe("404");
    expect((await db.challenge.findUniqueOrThrow({ where: { id: ids.draft } })).title).not.toBe(
      "乗っ取り",
    );
  });
});
